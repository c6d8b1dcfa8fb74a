import PlannerCore
import Testing

/// Each cost formula against totals computed by hand from the reference prices.
@Suite("Cost formulas")
struct CostFormulaTests {
    let estimator = Estimator(catalog: fixtureCatalog)

    @Test("2 model units of Titan Text Express, 1-month term, 31-day month: 2 × $18.40 × 744 h = $27,379.20")
    func provisionedThroughput() throws {
        let plan = profile(
            [
                .bedrock(
                    .init(model: "amazon.titan-text-express", mode: .provisioned, modelUnits: 2, commitment: .oneMonth))
            ], hours: 744)
        let option = try #require(estimator.estimate(plan).options.first)
        #expect(option.monthlyCost == dec("27379.20"))
        #expect(option.lineItems.count == 1)
        #expect(option.lineItems[0].quantity == Fixed(1488))
        #expect(option.lineItems[0].unitPrice == dec("18.40"))
        #expect(option.lineItems[0].unit == .modelUnitHour)
    }

    @Test("one ml.g5.2xlarge at $1.515 for 730 hours = $1,105.95")
    func endpointHours() throws {
        let plan = profile([
            .jumpStart(.init(model: "meta-textgeneration-llama-3-8b-instruct", instance: "ml.g5.2xlarge", instances: 1))
        ])
        let option = try #require(estimator.estimate(plan).options.first)
        #expect(option.monthlyCost == dec("1105.95"))
        #expect(option.instanceType == "ml.g5.2xlarge")
        #expect(option.instanceCount == 1)
        #expect(option.lineItems[0].source.key == "S2")
    }

    @Test("AWS's worked example: Jurassic-2 Mid, 10,000 input + 2,000 output tokens at $0.0125 per 1K = $0.15")
    func awsWorkedExample() throws {
        let plan = profile(
            [.bedrock(.init(model: "ai21.j2-mid"))], requests: RequestRate(.one, per: .month), input: 10_000,
            output: 2_000)
        let option = try #require(estimator.estimate(plan).options.first)
        #expect(option.lineItems.map(\.cost) == [dec("0.125"), dec("0.025")])
        #expect(option.monthlyCost == dec("0.15"))
        #expect(option.lineItems.map(\.cost.amountText) == ["$0.125", "$0.025"])
        #expect(option.monthlyCost?.amountText == "$0.15")
    }

    @Test(
        "amounts display to the cent from $1, to three significant digits below, and are never rounded otherwise",
        arguments: [
            ("456.25", "$456.25"), ("228.125", "$228.13"), ("0.125", "$0.125"), ("0.5", "$0.50"),
            ("0.000375", "$0.000375"), ("0.0041666", "$0.00417"), ("0.04", "$0.04"), ("0", "$0.00"),
        ])
    func display(amount: String, expected: String) {
        #expect(dec(amount).amountText == expected)
    }

    @Test("per-request costs stay exact: 4 images × $0.04 is $0.16 a request, not $0.15999998")
    func perRequestExact() throws {
        let plan = profile([.bedrock(.init(model: "stability.stable-diffusion-xl-v1"))]) {
            $0.workload.task = .imageGeneration
            $0.workload.images = Fixed(4)
            $0.workload.requests = RequestRate(Fixed(3), per: .day)
        }
        let option = try #require(estimator.estimate(plan).options.first)
        let perImage = try #require(option.lineItems.first?.unitPrice)
        #expect(option.perRequestCost == perImage * 4)
    }

    @Test("Claude 3 Haiku on demand: 608,333.33 requests × (1,500 in, 300 out) at $0.00025 / $0.00125 per 1K")
    func onDemandTokens() throws {
        let plan = profile([.bedrock(.init(model: "anthropic.claude-3-haiku"))])
        let estimate = estimator.estimate(plan)
        let option = try #require(estimate.options.first)
        // 20,000/day × 730/24 days = 608,333.33 requests; × 1,500 = 912,500,000 input tokens = 912,500 × 1K.
        #expect(option.lineItems.map(\.quantity) == [Fixed(912_500), Fixed(182_500)])
        // Exact: no rounding before adding (the displayed items, $228.13 each, do not add up to $456.25).
        #expect(option.lineItems.map(\.cost) == [dec("228.125"), dec("228.125")])
        #expect(option.monthlyCost == dec("456.25"))
        #expect(option.perRequestCost == dec("0.00075"))
    }

    @Test("prices quoted per 1M tokens are used in their own unit (Claude Sonnet 4.6, AmazonBedrockFoundationModels)")
    func millionTokenUnit() throws {
        let plan = profile(
            [.bedrock(.init(model: "anthropic.claude-sonnet-4-6"))],
            requests: RequestRate(Fixed(1_000_000), per: .month), input: 1000, output: 100)
        let option = try #require(estimator.estimate(plan).options.first)
        // 1e9 input tokens = 1,000 × 1M at $3.30; 1e8 output tokens = 100 × 1M at $16.50.
        #expect(option.lineItems.map(\.quantity) == [Fixed(1000), Fixed(100)])
        #expect(option.lineItems.map(\.cost) == [dec("3300"), dec("1650")])
        #expect(option.lineItems.allSatisfy { $0.unit == .millionTokens })
    }

    @Test("global endpoint prices differ from regional ones (Claude Sonnet 4.5: $0.003 vs $0.0033 per 1K input)")
    func globalEndpoint() throws {
        let regional = profile(
            [.bedrock(.init(model: "anthropic.claude-sonnet-4-5"))], requests: RequestRate(Fixed(1000), per: .month),
            input: 1000, output: 0)
        let global = profile(
            [.bedrock(.init(model: "global.anthropic.claude-sonnet-4-5-20250929-v1:0"))],
            requests: RequestRate(Fixed(1000), per: .month), input: 1000, output: 0)
        #expect(try #require(estimator.estimate(regional).options.first).monthlyCost == dec("3.30"))
        let globalOption = try #require(estimator.estimate(global).options.first)
        #expect(globalOption.monthlyCost == dec("3.00"))
        #expect(globalOption.id.hasSuffix(":global"))
    }

    @Test("batch share goes at the batch price, the rest on demand")
    func batchShare() throws {
        let plan = profile(
            [.bedrock(.init(model: "meta.llama3-1-8b-instruct"))], requests: RequestRate(Fixed(1_000_000), per: .month),
            input: 1000, output: 1000
        ) {
            $0.workload.batchShare = dec("0.25")
        }
        let option = try #require(estimator.estimate(plan).options.first)
        // 1e9 tokens each way; 75% at $0.00022/1K = $165.00, 25% at $0.00011/1K = $27.50.
        #expect(
            option.lineItems.map(\.description) == [
                "input tokens", "batch input tokens", "output tokens", "batch output tokens",
            ])
        #expect(option.lineItems.map(\.cost) == [dec("165"), dec("27.5"), dec("165"), dec("27.5")])
        #expect(option.monthlyCost == dec("385"))
    }

    @Test("cached input at the cache-read price plus cache writes (Claude 3.5 Haiku)")
    func promptCaching() throws {
        let plan = profile(
            [.bedrock(.init(model: "anthropic.claude-3-5-haiku"))],
            requests: RequestRate(Fixed(1_000_000), per: .month), input: 1000, output: 0
        ) {
            $0.workload.cachedInputShare = dec("0.6")
            $0.workload.cacheWriteShare = dec("0.1")
        }
        let option = try #require(estimator.estimate(plan).options.first)
        // 1e9 input tokens: 30% plain at 0.0008, 60% read at 0.00008, 10% written at 0.001 (per 1K).
        #expect(option.lineItems.map(\.cost) == [dec("240"), dec("48"), dec("100")])
        #expect(option.notes.isEmpty)
    }

    @Test("a model without cache prices bills cached tokens as input, and says so")
    func cacheFallback() throws {
        let plan = profile([.bedrock(.init(model: "meta.llama3-1-8b-instruct"))]) {
            $0.workload.cachedInputShare = dec("0.5")
        }
        let option = try #require(estimator.estimate(plan).options.first)
        #expect(option.lineItems.map(\.unitPrice).allSatisfy { $0 == dec("0.00022") })
        let fallback = try #require(option.notes.with(.priceFallback).first)
        #expect(fallback.severity == .note && fallback.message.contains("no cache-read input tokens price"))
    }

    @Test(
        "service tiers: flex input at its own price; a tier price the model lacks falls back to standard, and says so")
    func serviceTier() throws {
        var option = BedrockOption(model: "amazon.nova-2-lite")
        option.serviceTier = .flex
        let plan = profile(
            [.bedrock(option)], requests: RequestRate(Fixed(1_000_000), per: .month), input: 1000, output: 100)
        let estimate = try #require(estimator.estimate(plan).options.first)
        #expect(estimate.id == "bedrock:amazon.nova-2-lite:on-demand:flex")
        // 1e9 input tokens = 1,000 × 1M at $0.165 (flex); output at the standard $0.00275 per 1K.
        #expect(estimate.lineItems.map(\.cost) == [dec("165"), dec("275")])
        #expect(
            estimate.notes.with(.priceFallback).map(\.message).contains { $0.contains("no flex-tier output tokens") })
    }

    @Test("embedding models bill input tokens only")
    func embeddings() throws {
        let plan = profile(
            [.bedrock(.init(model: "amazon.titan-embed-text-v2"))],
            requests: RequestRate(Fixed(1_000_000), per: .month), input: 500, output: 50)
        let option = try #require(estimator.estimate(plan).options.first)
        #expect(option.lineItems.map(\.description) == ["input tokens"])
        #expect(option.monthlyCost == dec("10"))  // 500,000 × 1K × $0.00002
    }

    @Test("image models bill per image, standard or premium")
    func images() throws {
        var plan = profile(
            [
                .bedrock(.init(model: "stability.stable-diffusion-xl-v1")),
                .bedrock(.init(model: "stability.stable-diffusion-xl-v1", image: ImageRequest(premium: true))),
            ],
            requests: RequestRate(Fixed(10_000), per: .month), input: 60, output: 0)
        plan.workload.images = Fixed(2)
        let options = estimator.estimate(plan).options
        #expect(options.map(\.monthlyCost) == [dec("800"), dec("1600")])
        #expect(options[0].lineItems[0].unit == .image)
    }

    @Test("a business-hours schedule bills only its hours: 12 h × 5 d of 730 h")
    func schedule() throws {
        let plan = profile([
            .jumpStart(
                .init(
                    model: "meta-textgeneration-llama-3-8b-instruct", instance: "ml.g5.2xlarge", instances: 2,
                    hoursPerDay: Fixed(12), daysPerWeek: Fixed(5)))
        ])
        let option = try #require(estimator.estimate(plan).options.first)
        // 730 × 60/168 = 260.714285714286 h × 2 instances × $1.515 = $789.964285714287 (shown $789.96)
        #expect(option.lineItems[0].quantity == dec("521.428571428572"))
        #expect(option.monthlyCost == dec("789.964285714287"))
        #expect(option.monthlyCost?.amountText == "$789.96")
    }

    @Test("negotiated overrides win over the catalog, then the discount applies, and line items say so")
    func overridesAndDiscount() throws {
        let plan = profile(
            [
                .bedrock(.init(model: "anthropic.claude-v2")),
                .jumpStart(
                    .init(model: "meta-textgeneration-llama-3-8b-instruct", instance: "ml.g5.2xlarge", instances: 1)),
                .bedrock(.init(model: "acme.private-model")),
            ], requests: RequestRate(Fixed(1000), per: .month), input: 1000, output: 1000
        ) {
            $0.prices = PriceAdjustments(
                discountPercent: Fixed(10),
                overrides: [
                    .bedrock(
                        model: "anthropic.claude-v2", inputPer1K: dec("0.004"), outputPer1K: nil, perImage: nil,
                        modelUnitPerHour: nil),
                    .instance(name: "ml.g5.2xlarge", perHour: dec("1.20")),
                    .bedrock(
                        model: "acme.private-model", inputPer1K: dec("0.001"), outputPer1K: dec("0.002"), perImage: nil,
                        modelUnitPerHour: nil),
                ])
        }
        let options = estimator.estimate(plan, profileLocation: "p.yaml").options
        // Claude v2: input 1,000 × 1K at 0.004 × 0.9 = $3.60; output at catalog 0.024 × 0.9 = $21.60.
        #expect(options[0].lineItems.map(\.cost) == [dec("3.6"), dec("21.6")])
        #expect(options[0].lineItems[0].adjustment == "profile override, 10% discount")
        #expect(options[0].lineItems[0].source.key == "profile")
        #expect(options[0].lineItems[1].adjustment == "10% discount")
        // 730 h × $1.20 × 0.9 = $788.40
        #expect(options[1].monthlyCost == dec("788.40"))
        // A model the catalog lacks, priced from the override alone: (1 + 2) × 0.9 = $2.70
        #expect(options[2].monthlyCost == dec("2.70"))
    }

    @Test("a missing price is an error and never a silent $0; such an option is never the cheapest")
    func missingPrice() throws {
        let plan = profile([
            .bedrock(.init(model: "anthropic.claude-3-opus")),  // us-west-2 only
            .bedrock(.init(model: "amazon.titan-text-premier", mode: .provisioned)),  // no provisioned price
            .bedrock(.init(model: "anthropic.claude-3-haiku")),
        ])
        let estimate = estimator.estimate(plan)
        #expect(estimate.options[0].monthlyCost == nil)
        let missing = try #require(estimate.options[0].errors.first)
        #expect(missing.code == .priceMissing)
        #expect(missing.message.contains("in us-east-1") && missing.message.contains("us-west-2"))
        #expect(estimate.options[1].monthlyCost == nil)
        #expect(estimate.options[1].errors.map(\.code) == [.priceMissing])
        // Each error is also an estimate warning, placed at its option.
        #expect(
            Set(estimate.warnings.filter { $0.code == .priceMissing }.compactMap(\.location)) == [
                .option(id: estimate.options[0].id), .option(id: estimate.options[1].id),
            ])
        #expect(estimate.cheapest?.model == "anthropic.claude-3-haiku")
    }

    @Test("totals equal the sum of their line items, exactly")
    func totalsAddUp() {
        let options: [DeploymentOption] = [
            .bedrock(.init(model: "anthropic.claude-3-haiku")), .bedrock(.init(model: "amazon.nova-lite")),
            .bedrock(.init(model: "anthropic.claude-3-5-haiku")),
            .bedrock(.init(model: "meta.llama3-1-8b-instruct")),
            .bedrock(.init(model: "anthropic.claude-sonnet-4-5", endpoint: .global)),
            .jumpStart(.init(model: "meta-textgeneration-llama-3-1-8b-instruct")),
            .jumpStart(.init(model: "huggingface-text2text-flan-t5-xl", hoursPerDay: Fixed(7))),
        ]
        let plan = profile(options) {
            $0.workload.cachedInputShare = dec("0.37")
            $0.workload.batchShare = dec("0.13")
        }
        for option in estimator.estimate(plan).options {
            guard let total = option.monthlyCost else { continue }
            #expect(total == option.lineItems.reduce(Fixed.zero) { $0 + $1.cost })
            #expect(option.lineItems.allSatisfy { $0.cost == $0.quantity * $0.unitPrice })
        }
    }

    @Test("an option that cannot serve the workload is infeasible and never the cheapest")
    func infeasible() throws {
        let plan = profile(
            [.bedrock(.init(model: "meta.llama2-13b-chat")), .bedrock(.init(model: "anthropic.claude-3-haiku"))],
            input: 4000, output: 300)
        let estimate = estimator.estimate(plan)
        #expect(!estimate.options[0].isFeasible)
        #expect(estimate.options[0].monthlyCost != nil)
        #expect(estimate.cheapest?.model == "anthropic.claude-3-haiku")
    }

    @Test(
        "context window edges: exactly at the limit fits, one over does not",
        arguments: [(4096, 0, true), (3796, 300, true), (3797, 300, false), (2000, 2048, true), (2000, 2049, false)])
    func contextEdges(input: Int, output: Int, fits: Bool) {
        let problems = Estimator.limitProblems(
            input: Fixed(input), output: Fixed(output), context: 4096, maxOutput: 2048, name: "m", kind: .text)
        #expect(problems.isEmpty == fits)
    }

    @Test("no options: the planner proposes candidates for the task from the decision tables")
    func proposals() {
        let advising = Estimator(catalog: fixtureCatalog, tables: bundledTables)
        for task in TaskKind.allCases {
            var plan = profile([], input: 400, output: 100)
            plan.workload.task = task
            plan.workload.images = Fixed(1)
            let estimate = advising.estimate(plan)
            #expect(estimate.optionsProposed)
            #expect(!estimate.options.isEmpty)
            let allPriced = estimate.options.allSatisfy { $0.isPriced }
            #expect(allPriced, "\(task): \(estimate.warnings)")
            #expect(estimate.advice != nil)
        }
        #expect(estimator.estimate(profile([])).warnings.map(\.code) == [.noOptions])
    }
}
