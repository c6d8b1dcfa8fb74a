import Foundation
import PlannerCore
import PlannerPricing
import Testing

/// Bedrock reserved capacity priced from first principles against the bundled snapshot: Claude
/// Sonnet 4.6 in us-east-1, per hour per 1K tokens a minute (AmazonBedrockFoundationModels usage
/// types Reserved_{1Month,3Month}_{Input,Output}TPM_{Geo,Global}): Geo input $0.198 and output $0.99
/// for 1 month, $0.1782 and $0.891 for 3 months; on demand $3.30 and $16.50 per 1M tokens.
@Suite("Bedrock reserved capacity")
struct ReservedCapacityTests {
    static let sonnet = "anthropic.claude-sonnet-4-6"

    func reserved(
        _ commitment: BedrockOption.Commitment = .oneMonth, endpoint: EndpointScope = .regional,
        input: Int? = nil, output: Int? = nil
    ) -> DeploymentOption {
        var option = BedrockOption(model: Self.sonnet, mode: .reserved, commitment: commitment, endpoint: endpoint)
        option.reservedInputTPM = input
        option.reservedOutputTPM = output
        return .bedrock(option)
    }

    /// 10 requests a second of 1,000 input and 200 output tokens: a mean of 600,000 input and 120,000
    /// output tokens a minute.
    func estimate(_ options: [DeploymentOption], peakToMean: Int = 2, configure: (inout Workload) -> Void = { _ in })
        throws -> ProfileEstimate
    {
        let plan = profile(options, requests: RequestRate(Fixed(10), per: .second), input: 1000, output: 200) {
            $0.workload.peakToMean = Fixed(peakToMean)
            configure(&$0.workload)
        }
        return Estimator(catalog: try CatalogLoader.embedded()).estimate(plan)
    }

    @Test("sized from the peak: 2 × 600,000 input TPM × $0.198 + 2 × 120,000 output TPM × $0.99, per 1K TPM × 730 h")
    func sizedFromThePeak() throws {
        let option = try #require(try estimate([reserved()]).options.first)
        #expect(option.mode == .reserved)
        #expect(option.errors.isEmpty)
        #expect(option.lineItems.count == 2)
        #expect(option.lineItems[0].quantity == Fixed(1_200 * 730))
        #expect(option.lineItems[0].cost == dec("173448"))
        #expect(option.lineItems[1].quantity == Fixed(240 * 730))
        #expect(option.lineItems[1].cost == dec("173448"))
        #expect(option.configuration.contains("1,200,000 input + 240,000 output tokens a minute"))
    }

    @Test("at the same TPM, fully used: a 1-month reservation costs what on demand costs, a 3-month one 10% less")
    func againstOnDemandAtTheSameTPM() throws {
        let result = try estimate(
            [
                .bedrock(BedrockOption(model: Self.sonnet)),
                reserved(input: 600_000, output: 120_000),
                reserved(.threeMonth, input: 600_000, output: 120_000),
            ], peakToMean: 1)
        let costs = result.options.compactMap(\.monthlyCost)
        #expect(costs.count == 3)
        // On demand: 26.28 billion input × $3.30/1M + 5.256 billion output × $16.50/1M.
        #expect(costs[0] == dec("173448"))
        #expect(costs[1] == costs[0])
        #expect(costs[2] == costs[0] * dec("0.9"))
        #expect(result.options[1].lineItems.count == 2, "a reservation at the mean of a flat load overflows nothing")
    }

    @Test("a reservation below the load overflows to the Standard tier at on-demand prices")
    func overflow() throws {
        // Peak 6 hours a day at 2 × the mean, the rest at (24 − 12) ÷ 18 = 2/3 of it; 600,000 input TPM
        // reserved covers the off-peak hours and half the peak: a quarter × (2 − 1) = 25% overflows.
        let result = try estimate([reserved(input: 600_000, output: 120_000)]) { $0.peakHoursPerDay = Fixed(6) }
        let option = try #require(result.options.first)
        let overflow = option.lineItems.filter { $0.description.contains("above the reservation") }
        #expect(overflow.count == 2)
        // 25% of 26,280 M input tokens at $3.30, of 5,256 M output tokens at $16.50.
        #expect(overflow[0].cost == dec("21681"))
        #expect(overflow[1].cost == dec("21681"))
        #expect(option.notes.contains { $0.code == .reservationOverflow && $0.message.hasPrefix("25% of the input") })
        // The cost function agrees with the line items at the profile's volume.
        let plan = profile([], requests: RequestRate(Fixed(10), per: .second), input: 1000, output: 200) {
            $0.workload.peakToMean = Fixed(2)
            $0.workload.peakHoursPerDay = Fixed(6)
        }
        let estimator = Estimator(catalog: try CatalogLoader.embedded())
        let function = try #require(estimator.costFunction(reserved(input: 600_000, output: 120_000), in: plan))
        let total = try #require(option.monthlyCost)
        let difference = function.monthlyCost(requests: result.requestsPerMonth) - total
        #expect(difference < dec("0.000001") && difference > dec("-0.000001"))
    }

    @Test("cache reads do not count against the reservation; the minimum reservation applies")
    func cacheReadsAndMinimum() throws {
        let result = try estimate([reserved(input: 50_000, output: 1_000)]) { $0.cachedInputShare = dec("0.5") }
        let option = try #require(result.options.first)
        #expect(option.lineItems[0].description.hasSuffix("× 100,000"))
        #expect(option.lineItems[1].description.hasSuffix("× 10,000"))
        #expect(option.notes.filter { $0.code == FindingCode.invalidValue }.count == 2)
        #expect(option.lineItems.contains { $0.description.contains("cache-read input tokens (not counted") })
    }

    @Test("a model without reserved prices, or a term reserved capacity does not sell, is an error, never $0")
    func missingPrice() throws {
        let result = try estimate([
            .bedrock(BedrockOption(model: "anthropic.claude-3-haiku", mode: .reserved, commitment: .oneMonth))
        ])
        let option = try #require(result.options.first)
        #expect(option.monthlyCost == nil)
        #expect(option.errors.contains { $0.code == .priceMissing && $0.message.contains("reserved-capacity price") })
    }

    @Test("break-even: reserved capacity sized at the peak against on demand")
    func breakEven() throws {
        let catalog = try CatalogLoader.embedded()
        let plan = profile(
            [.bedrock(BedrockOption(model: Self.sonnet)), reserved(.threeMonth)],
            requests: RequestRate(Fixed(10), per: .second), input: 1000, output: 200
        ) { $0.workload.peakToMean = .one }
        let analysis = BreakEvenAnalyzer(estimator: Estimator(catalog: catalog)).analyze(plan, withSensitivity: false)
        // The minimum reservation (100K input, 10K output) is dearer than on demand at low volume; at a
        // flat load the 3-month rate is 10% below on demand, so reserved wins above about 3.65 million
        // requests, except just after the 1K-TPM steps that follow (each output step adds $650.43 at once).
        let crossing = try #require(analysis.points.first)
        #expect(crossing.cheaperAbove.contains("reserved"))
        #expect(crossing.requestsPerMonth == Fixed(3_646_350))
        #expect(analysis.points.last?.cheaperAbove.contains("reserved") == true)
        #expect(analysis.cheapestRanges.last?.id.contains("reserved") == true)
    }
}
