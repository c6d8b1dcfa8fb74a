import Foundation
import PlannerCore
import PlannerPricing
import Testing

/// Bedrock Custom Model Import, priced from first principles against the bundled snapshot
/// (us-east-1, unit version 1.0: $0.0785 per CMU-minute, $1.95 per CMU-month; AWS's pricing page).
@Suite("Bedrock Custom Model Import")
struct CustomModelImportTests {
    static let llama = "meta-textgeneration-llama-3-1-8b-instruct"

    func estimate(_ option: BedrockImportOption, requests: RequestRate) throws -> OptionEstimate {
        let catalog = try CatalogLoader.embedded()
        let plan = profile([.bedrockImport(option)], requests: requests)
        return try #require(Estimator(catalog: catalog).estimate(plan).options.first)
    }

    @Test("one copy of Llama 3.1 8B active all 730 h: 2 CMU × $0.0785 × 60 × 730 = $6,876.60, storage 2 × $1.95")
    func oneCopyAllMonth() throws {
        let option = try estimate(
            BedrockImportOption(model: Self.llama, copies: 1), requests: RequestRate(Fixed(1_000_000), per: .month))
        #expect(option.mode == .imported)
        #expect(option.lineItems.count == 2)
        #expect(option.lineItems[0].quantity == Fixed(2 * 60 * 730))
        #expect(option.lineItems[0].cost == Fixed("6876.6"))
        #expect(option.lineItems[1].cost == Fixed("3.9"))
        #expect(option.monthlyCost == Fixed("6880.5"))
        #expect(option.notes.contains { $0.message.hasPrefix("2 Custom Model Units a copy, as AWS states") })
    }

    @Test("billing is in whole 5-minute windows: one request a month bills its window and the idle one after it")
    func fiveMinuteRounding() throws {
        #expect(CustomModelImportEngine.billedWindows(requests: .one, windows: 8_760) == 2)
        #expect(CustomModelImportEngine.billedWindows(requests: .zero, windows: 8_760) == 0)
        let option = try estimate(
            BedrockImportOption(model: Self.llama, copies: 1), requests: RequestRate(.one, per: .month))
        // 2 windows × 5 minutes × 2 CMUs × $0.0785 = $1.57, plus $3.90 of storage.
        #expect(option.lineItems[0].cost == Fixed("1.57"))
        #expect(option.monthlyCost == Fixed("5.47"))
        #expect(option.notes.contains { $0.message.contains("cold start") })
    }

    @Test(
        "scale to zero: windows billed follow W × p × (2 − p), p = 1 − e^(−requests ÷ W)",
        arguments: [100, 1_000, 10_000])
    func scaleToZeroHours(requests: Int) throws {
        let windows = 8_760
        let p = 1 - exp(-Double(requests) / Double(windows))
        let expected = Int((Double(windows) * p * (2 - p)).rounded(.up))
        #expect(CustomModelImportEngine.billedWindows(requests: Fixed(requests), windows: windows) == expected)
        let option = try estimate(
            BedrockImportOption(model: Self.llama, copies: 1), requests: RequestRate(Fixed(requests), per: .month))
        #expect(option.lineItems[0].quantity == Fixed(expected * 5 * 2))
        // Sparse traffic costs less than a copy kept up all month.
        #expect(try #require(option.monthlyCost) < Fixed(6880))
    }

    @Test(
        "the derived CMU rule reproduces AWS's stated figure for every model it states one for",
        arguments: [
            "meta-textgeneration-llama-3-1-8b-instruct", "meta-textgeneration-llama-3-1-70b-instruct",
            "huggingface-llm-mistral-7b-instruct", "huggingface-llm-mixtral-8x7b-instruct",
            "huggingface-text2text-flan-t5-xl",
        ])
    func derivedUnits(model: String) throws {
        let open = try #require(try CatalogLoader.embedded().openModels[model])
        let stated = try #require(open.customModelUnits)
        #expect(CustomModelImportEngine.derivedUnits(open) == stated.perCopy)
    }

    @Test("a model AWS states no units for gets the derived count, marked as an estimate")
    func derivedIsAnEstimate() throws {
        let option = try estimate(
            BedrockImportOption(model: "meta-textgeneration-llama-3-2-3b-instruct", copies: 1),
            requests: RequestRate(Fixed(1_000_000), per: .month))
        #expect(option.notes.contains { $0.code == .unpublishedFigure && $0.message.hasPrefix("estimate: ") })
    }

    @Test("an architecture Custom Model Import does not take is an error naming JumpStart")
    func unsupported() throws {
        let option = try estimate(
            BedrockImportOption(model: "huggingface-llm-falcon-7b-instruct-bf16"),
            requests: RequestRate(Fixed(1_000), per: .day))
        #expect(!option.isPriced)
        #expect(option.errors.first?.code == .wrongService)
        #expect(option.errors.first?.message.contains("jumpstart: huggingface-llm-falcon-7b-instruct-bf16") == true)
    }

    @Test("a peak above max_copies is infeasible: never the cheapest, and says which quota to raise")
    func copiesQuota() throws {
        var option = BedrockImportOption(model: Self.llama)
        option.maxCopies = 1
        let result = try estimate(option, requests: RequestRate(Fixed(20), per: .second))
        #expect(result.isPriced)
        #expect(!result.isFeasible)
        #expect(result.infeasibleReasons.first?.message.contains("Service Quotas") == true)
        let sized = try estimate(BedrockImportOption(model: Self.llama), requests: RequestRate(Fixed(1), per: .second))
        #expect(sized.instanceCount == 1)
        #expect(sized.isFeasible)
    }

    @Test(
        "break-even: the cost function equals the estimate; against an always-on endpoint the import is cheaper below the crossing"
    )
    func breakEven() throws {
        let catalog = try CatalogLoader.embedded()
        let plan = profile(
            [
                .bedrockImport(BedrockImportOption(model: Self.llama)),
                .jumpStart(JumpStartOption(model: Self.llama)),
            ],
            requests: RequestRate(Fixed(20_000), per: .day))
        let estimator = Estimator(catalog: catalog)
        let function = try #require(estimator.costFunction(plan.options[0], in: plan))
        let estimate = try #require(estimator.estimate(plan).options.first)
        #expect(function.monthlyCost(requests: estimate.requestsPerMonth) == estimate.monthlyCost)
        let analysis = BreakEvenAnalyzer(estimator: estimator).analyze(plan, curvePoints: 25, withSensitivity: false)
        let crossing = try #require(analysis.points.first)
        // Below it, scaling to zero makes the import cheaper; above it, the endpoint is.
        let below = crossing.requestsPerMonth - Fixed.one
        let endpoint = try #require(estimator.costFunction(plan.options[1], in: plan))
        #expect(crossing.cheaperAbove.hasPrefix("jumpstart:"))
        #expect(function.monthlyCost(requests: below) < endpoint.monthlyCost(requests: below))
        #expect(
            function.monthlyCost(requests: crossing.requestsPerMonth)
                >= endpoint.monthlyCost(requests: crossing.requestsPerMonth))
    }

    @Test(
        "fine-tuning: each SageMaker method has a row per serving path, and the recommendation takes the cheaper"
    )
    func fineTuningServedThroughImport() throws {
        let catalog = try CatalogLoader.embedded()
        var plan = FineTuningPlan(examples: 5_000)
        plan.baseModel = Self.llama
        plan.methods = [.lora]
        // 300 requests a month: about 600 billed windows (50 h) of a 2-CMU copy, $0.785 each, against an
        // ml.g6.xlarge endpoint's 730 h at $1.127.
        let sparse = profile([], requests: RequestRate(Fixed(300), per: .month)) { $0.fineTuning = plan }
        let comparison = try FineTuningPlanner(catalog: catalog).compare(sparse)
        let rows = comparison.rows.filter { $0.method == "lora" }
        #expect(rows.map(\.servedOn) == [.endpoint, .customModelImport])
        let endpoint = try #require(rows[0].monthlyServingCost)
        let imported = try #require(rows[1].monthlyServingCost)
        #expect(imported < Fixed(500))
        #expect(imported < endpoint)
        // Same training, another serving cost.
        #expect(rows[0].trainingCost == rows[1].trainingCost)
        #expect(rows[1].findings.contains { $0.message.hasPrefix("served on Bedrock (Custom Model Import") })
        #expect(comparison.recommendedServing == .customModelImport)
        #expect(comparison.recommendation.contains("served through Bedrock Custom Model Import"))
        // A busy workload: the endpoint is the cheaper path.
        let busy = profile([], requests: RequestRate(Fixed(20_000), per: .day)) { $0.fineTuning = plan }
        let busyComparison = try FineTuningPlanner(catalog: catalog).compare(busy)
        #expect(busyComparison.recommendedServing == .endpoint)
    }
}
