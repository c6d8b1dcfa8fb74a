import PlannerCore
import Testing

/// The rate kinds a request selects: long context above the threshold, 1-hour cache writes,
/// images by size and operation, and the endpoint scope. Prices are the test catalog's.
@Suite("Rate variants chosen by the request")
struct RateVariantTests {
    let estimator = Estimator(catalog: fixtureCatalog)

    func sonnet(
        input: Int, output: Int = 1_000, endpoint: EndpointScope = .global,
        configure: (inout Workload) -> Void = { _ in }
    )
        throws -> OptionEstimate
    {
        var plan = profile(
            [.bedrock(.init(model: "anthropic.claude-sonnet-4-5", endpoint: endpoint))],
            requests: RequestRate(Fixed(1_000), per: .month), input: input, output: output)
        configure(&plan.workload)
        return try #require(estimator.estimate(plan).options.first)
    }

    @Test(
        "above 200K input tokens a request, every part bills at its long-context rate: 1,000 × (300K × $6 + 1K × $22.50) per 1M = $1,822.50"
    )
    func longContext() throws {
        let option = try sonnet(input: 300_000)
        #expect(option.lineItems.map(\.description) == ["long-context input tokens", "long-context output tokens"])
        #expect(option.monthlyCost == dec("1822.50"))
        #expect(option.findings.contains { $0.code == .longContext })
    }

    @Test("at or below the threshold the ordinary rates apply: 1,000 × (200K × $3 + 1K × $15) per 1M = $615")
    func belowThreshold() throws {
        let option = try sonnet(input: 200_000)
        #expect(option.lineItems.map(\.description) == ["input tokens", "output tokens"])
        #expect(option.monthlyCost == dec("615"))
    }

    @Test("long-context cache reads and 1-hour cache writes: each part at its own long-context rate")
    func longContextCache() throws {
        let option = try sonnet(input: 400_000, output: 0) {
            $0.cachedInputShare = Fixed(units: Fixed.scale / 2)
            $0.cacheWriteShare = Fixed(units: Fixed.scale / 4)
            $0.cacheLifetime = .oneHour
        }
        // 400M input tokens a month: 100M plain at $6, 200M cache reads at $0.60, 100M 1-hour writes at $12.
        #expect(
            option.lineItems.map(\.description) == [
                "long-context input tokens", "long-context cache-read input tokens",
                "long-context 1-hour cache-write input tokens",
            ])
        #expect(option.monthlyCost == dec("1920"))
    }

    @Test("1-hour cache writes bill at the 1-hour rate, not the 5-minute one: 100M × $6 per 1M = $600")
    func oneHourCache() throws {
        let option = try sonnet(input: 100_000, output: 0) {
            $0.cacheWriteShare = .one
            $0.cacheLifetime = .oneHour
        }
        #expect(option.lineItems.map(\.description) == ["1-hour cache-write input tokens"])
        #expect(option.monthlyCost == dec("600"))
    }

    @Test("a model without long-context rates bills long requests at its ordinary rates, without a note")
    func noLongContextRates() throws {
        let plan = profile(
            [.bedrock(.init(model: "anthropic.claude-3-haiku"))], requests: RequestRate(Fixed(1_000), per: .month),
            input: 300_000, output: 100)
        let option = try #require(estimator.estimate(plan).options.first)
        #expect(option.lineItems.map(\.description) == ["input tokens", "output tokens"])
        #expect(!option.findings.contains { $0.code == .longContext })
    }

    @Test(
        "images by size, quality and operation each bill their own rate",
        arguments: [
            (ImageRequest(size: .small), "512-pixel images (standard)", "360"),
            (ImageRequest(premium: true, size: .small), "512-pixel images (premium)", "720"),
            (ImageRequest(operation: .imageToImage), "image-to-image images (standard)", "1000"),
        ])
    func images(_ request: ImageRequest, _ label: String, _ total: String) throws {
        var plan = profile(
            [.bedrock(.init(model: "stability.stable-diffusion-xl-v1", image: request))],
            requests: RequestRate(Fixed(10_000), per: .month), input: 60, output: 0)
        plan.workload.images = Fixed(2)
        let option = try #require(estimator.estimate(plan).options.first)
        #expect(option.lineItems.map(\.description) == [label])
        #expect(option.monthlyCost == dec(total))
    }

    @Test("an image size the catalog does not price is an error, never a silent $0")
    func missingImageRate() throws {
        var plan = profile(
            [.bedrock(.init(model: "stability.sd3-large", image: ImageRequest(size: .small)))],
            requests: RequestRate(Fixed(10), per: .month), input: 60, output: 0)
        plan.workload.images = .one
        let option = try #require(estimator.estimate(plan).options.first)
        #expect(option.findings.contains { $0.code == .priceMissing })
        #expect(option.monthlyCost == nil)
    }

    @Test("global batch bills the global batch rate on the global endpoint: 1,000 × 1K × $7.50 per 1M = $7.50")
    func globalBatch() throws {
        let plan = profile(
            [.bedrock(.init(model: "anthropic.claude-sonnet-4-5", mode: .batch, endpoint: .global))],
            requests: RequestRate(Fixed(1_000), per: .month), input: 0, output: 1_000)
        let option = try #require(estimator.estimate(plan).options.first)
        #expect(option.lineItems.map(\.description) == ["batch output tokens"])
        #expect(option.lineItems.first?.unitPrice == dec("7.5"))
    }

    @Test("a geographic profile (us.) bills the Region's price, as AWS bills cross-Region inference")
    func geographic() throws {
        let plan = profile(
            [.bedrock(.init(model: "us.anthropic.claude-sonnet-4-5"))],
            requests: RequestRate(Fixed(1_000), per: .month),
            input: 1_000, output: 0)
        let option = try #require(estimator.estimate(plan).options.first)
        #expect(option.id == "bedrock:anthropic.claude-sonnet-4-5:on-demand:geo")
        #expect(option.configuration.contains("geographic cross-Region profile"))
        #expect(option.lineItems.first?.unitPrice == dec("0.0033"))
    }
}
