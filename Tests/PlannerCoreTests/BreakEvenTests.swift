import PlannerCore
import Testing

@Suite("Break-even")
struct BreakEvenTests {
    let estimator = Estimator(catalog: fixtureCatalog, tables: bundledTables)

    @Test(
        "one ml.g5.2xlarge ($1,105.95 a month) against Llama 3.1 8B on Bedrock at $0.22 per million tokens: the costs cross at about 5.03 billion tokens, beyond what the instance serves"
    )
    func handComputed() throws {
        // 1,000 tokens a request (800 in, 200 out): $0.00022 a request; 1,105.95 ÷ 0.00022 = 5,027,045.45 → 5,027,046 requests.
        let plan = profile(
            [
                .bedrock(.init(model: "meta.llama3-1-8b-instruct")),
                .jumpStart(
                    .init(model: "meta-textgeneration-llama-3-8b-instruct", instance: "ml.g5.2xlarge", instances: 1)),
            ], requests: RequestRate(Fixed(300_000), per: .month), input: 800, output: 200)
        let bedrock = try #require(estimator.costFunction(plan.options[0], in: plan))
        let endpoint = try #require(estimator.costFunction(plan.options[1], in: plan))
        let crossing = try #require(BreakEvenFinder.crossings(bedrock, endpoint, upTo: Fixed(10_000_000)).first)
        #expect(crossing.requests == Fixed(5_027_046) && crossing.bCheaperAbove)
        // To one request: the request before still favours Bedrock.
        #expect(bedrock.monthlyCost(requests: Fixed(5_027_045)) < endpoint.monthlyCost(requests: Fixed(5_027_045)))
        #expect(bedrock.monthlyCost(requests: Fixed(5_027_046)) >= endpoint.monthlyCost(requests: Fixed(5_027_046)))
        // But one instance serves far fewer requests at peak: the analysis ends its curve there and reports no crossing.
        let capacity = try #require(endpoint.capacity)
        #expect(capacity > Fixed(300_000) && capacity < Fixed(5_027_046))
        let analysis = BreakEvenAnalyzer(estimator: estimator).analyze(plan, withSensitivity: false)
        #expect(analysis.points.isEmpty)
        let curve = try #require(analysis.curves.first { $0.id.hasPrefix("jumpstart:") })
        #expect(curve.points.allSatisfy { $0.requests <= capacity })
        #expect(analysis.notes.contains { $0.contains("its curve and crossings end there") })
    }

    @Test("a stepped endpoint: crossings where a second instance is needed are found exactly")
    func steps() {
        // Per token: $1 a request. Endpoint: $100 an instance, 150 requests an instance.
        let perToken = CostFunction(fixed: .zero, perRequest: .one)
        let endpoint = CostFunction(
            fixed: .zero, perRequest: .zero,
            tiers: [.init(perInstance: Fixed(100), requestsPerInstance: Fixed(150), minimum: 1)])
        let crossings = BreakEvenFinder.crossings(perToken, endpoint, upTo: Fixed(400))
        // 100 requests: $100 = $100 (endpoint cheaper from there); 151: endpoint jumps to $200 > $151 (per token cheaper);
        // 200: $200 = $200; 301: $300 vs $301 → endpoint $300 cheaper... per token 301 > 300.
        #expect(crossings.map(\.requests) == [Fixed(100), Fixed(151), Fixed(200)])
        #expect(crossings.map(\.bCheaperAbove) == [true, false, true])
    }

    @Test("provisioned throughput against on-demand")
    func provisioned() throws {
        let plan = profile(
            [
                .bedrock(.init(model: "amazon.titan-text-express")),
                .bedrock(
                    .init(model: "amazon.titan-text-express", mode: .provisioned, modelUnits: 1, commitment: .sixMonth)),
            ], requests: RequestRate(Fixed(1_000_000), per: .month), input: 1000, output: 1000)
        let analysis = BreakEvenAnalyzer(estimator: estimator).analyze(plan, withSensitivity: false)
        // $0.0008 a request on demand; 1 MU × $14.80 × 730 h = $10,804 → 13,505,000 requests.
        #expect(analysis.points.first?.requestsPerMonth == Fixed(13_505_000))
    }

    @Test("infeasible options are left out and never win")
    func infeasible() {
        let plan = profile(
            [
                .bedrock(.init(model: "meta.llama2-13b-chat")), .bedrock(.init(model: "anthropic.claude-3-haiku")),
                .jumpStart(
                    .init(model: "meta-textgeneration-llama-3-8b-instruct", instance: "ml.g5.2xlarge", instances: 1)),
            ], input: 5000, output: 300)
        let analysis = BreakEvenAnalyzer(estimator: estimator).analyze(plan, withSensitivity: false)
        #expect(!analysis.options.contains { $0.id.contains("llama2-13b") })
        #expect(analysis.notes.contains { $0.contains("infeasible") })
    }

    @Test("curves span 1% to 100× the profile's volume on a log scale")
    func curves() throws {
        let plan = profile(
            [.bedrock(.init(model: "anthropic.claude-3-haiku"))], requests: RequestRate(Fixed(1_000_000), per: .month))
        let analysis = BreakEvenAnalyzer(estimator: estimator).analyze(plan, curvePoints: 5, withSensitivity: false)
        let curve = try #require(analysis.curves.first)
        #expect(
            curve.points.map(\.requests) == [
                Fixed(10_000), Fixed(100_000), Fixed(1_000_000), Fixed(10_000_000), Fixed(100_000_000),
            ])
    }

    @Test(
        "sensitivity: requests and prices move a per-token cost one for one; ordered by effect; a flip of the cheapest is flagged"
    )
    func sensitivity() throws {
        // A steady load (peak = mean) of short answers, so one instance serves every volume tried.
        let plan = profile(
            [
                .bedrock(.init(model: "anthropic.claude-3-haiku")),
                .jumpStart(
                    .init(model: "meta-textgeneration-llama-3-8b-instruct", instance: "ml.g5.2xlarge", instances: 1)),
            ], requests: RequestRate(Fixed(2_400_000), per: .month), input: 1000, output: 25
        ) { $0.workload.peakToMean = .one }
        // Haiku: 2.4M × (0.00025 + 0.00003125) = $675 < $1,105.95; +75% would flip, +50% ($1,012.50) does not.
        let analysis = BreakEvenAnalyzer(estimator: estimator).analyze(plan)
        let requests = try #require(analysis.sensitivity.first { $0.input == "requests" })
        #expect(requests.cases.first { $0.changePercent == 10 }?.costChangePercent == Fixed(10))
        #expect(!requests.changesCheapest)
        let effects = analysis.sensitivity.map(\.effect)
        #expect(effects == effects.sorted(by: >) || analysis.sensitivity.contains(where: \.changesCheapest))
        // Tripling the output tokens' share: +50% output tokens does not flip; a cheaper endpoint would.
        var cheapEndpoint = plan
        cheapEndpoint.workload.requests = RequestRate(Fixed(3_600_000), per: .month)  // $1,012.50 vs $1,105.95
        let flipped = BreakEvenAnalyzer(estimator: estimator).analyze(cheapEndpoint)
        let row = try #require(flipped.sensitivity.first { $0.input == "requests" })
        #expect(row.changesCheapest)
        #expect(flipped.sensitivity.first?.changesCheapest == true)
    }
}

@Suite("Endpoint sizing against the reference")
struct SizingReferenceTests {
    @Test(
        "a latency target the instance cannot meet even alone gives one stream and a warning: Llama-2-7B on one A10G decodes at about 36 tokens/s"
    )
    func unmeetable() throws {
        let model = try #require(fixtureCatalog.openModels["meta-textgeneration-llama-2-7b"])
        let instance = try #require(fixtureCatalog.instances["ml.g5.2xlarge"])
        var workload = Workload(
            task: .chatbot, useCase: .chat, requests: RequestRate(.one, per: .second), inputTokens: Fixed(100),
            outputTokens: Fixed(100))
        workload.latencyMsPerToken = Fixed(1)
        let capacity = ServingCapacity.of(
            model: model, precision: .bf16, instance: instance, workload: workload, catalog: fixtureCatalog)
        #expect(capacity.concurrency == 1)
        // 13.48 GB ÷ (600 GB/s × 0.8) = 28.1 ms a token.
        #expect(abs(capacity.tokensPerSecond - 35.6) < 0.1, "\(capacity.tokensPerSecond)")
        #expect(capacity.warnings.first?.contains("cannot be met") == true)
    }

    @Test("a latency target caps the batch; the measured figure is used only when it meets the target")
    func latency() throws {
        let model = try #require(fixtureCatalog.openModels["meta-textgeneration-llama-2-7b-f"])
        let instance = try #require(fixtureCatalog.instances["ml.g5.12xlarge"])
        var workload = Workload(
            task: .chatbot, useCase: .chat, requests: RequestRate(.one, per: .second), inputTokens: Fixed(500),
            outputTokens: Fixed(200))
        let free = ServingCapacity.of(
            model: model, precision: .bf16, instance: instance, workload: workload, catalog: fixtureCatalog)
        #expect(free.tokensPerSecond == 450)  // measured, 44 ms/token at 20
        workload.latencyMsPerToken = Fixed(30)
        let capped = ServingCapacity.of(
            model: model, precision: .bf16, instance: instance, workload: workload, catalog: fixtureCatalog)
        #expect(capped.tokensPerSecond == 61)  // the batch-1 measurement, 16.8 ms/token
        workload.latencyMsPerToken = Fixed(10)
        let formula = ServingCapacity.of(
            model: model, precision: .bf16, instance: instance, workload: workload, catalog: fixtureCatalog)
        #expect(formula.basis.hasPrefix("estimate:"))
    }

    @Test("headroom, autoscaling between min and max over peak and off-peak hours")
    func autoscaling() throws {
        let estimator = Estimator(catalog: fixtureCatalog)
        var option = JumpStartOption(model: "meta-textgeneration-llama-2-7b-f", instance: "ml.g5.12xlarge")
        option.minInstances = 1
        option.maxInstances = 10
        var plan = profile([.jumpStart(option)], requests: RequestRate(Fixed(4), per: .second), input: 200, output: 100)
        plan.workload.peakToMean = Fixed(3)
        plan.workload.peakHoursPerDay = Fixed(4)
        let estimate = try #require(estimator.estimate(plan).options.first)
        // Peak 4 × 100 × 3 = 1,200 tokens/s × 1.2 ÷ 450 = 3.2 → 4; off-peak load (24 − 12) ÷ 20 = 0.6 × mean = 240 × 1.2 ÷ 450 → 1.
        #expect(estimate.instanceCount == 4)
        #expect(estimate.lineItems.count == 2)
        #expect(estimate.lineItems[0].quantity == Fixed(730) * 4 / 24 * 4)
        #expect(estimate.lineItems[1].quantity == Fixed(730) * 20 / 24)
        option.maxInstances = 2
        plan.options = [.jumpStart(option)]
        let capped = try #require(estimator.estimate(plan).options.first)
        // A fleet capped below the peak cannot serve the workload: never the cheapest, and the message says by how much.
        #expect(!capped.isFeasible && capped.isPriced)
        let cap = try #require(capped.infeasibleReasons.first)
        #expect(cap.code == .underCapacity)
        #expect(cap.message.hasPrefix("max_instances 2 caps the fleet below the 4 instances peak load needs"))
    }

    @Test("provisioned model units from tokens per minute per unit, when the profile knows it")
    func modelUnits() throws {
        var option = BedrockOption(model: "amazon.titan-text-express", mode: .provisioned, commitment: .oneMonth)
        option.tokensPerMinutePerUnit = Fixed(100_000)
        // 10 requests/s × 60 × 1,000 tokens × 3 = 1,800,000 tokens/minute ÷ 100,000 = 18 units.
        let plan = profile([.bedrock(option)], requests: RequestRate(Fixed(10), per: .second), input: 800, output: 200)
        let estimate = try #require(Estimator(catalog: fixtureCatalog).estimate(plan).options.first)
        #expect(estimate.id.hasSuffix(":18mu:1-month"))
        #expect(estimate.notes.first?.code == FindingCode.sizing)
        #expect(estimate.notes.first?.message.hasPrefix("model units sized: peak 1,800,000 tokens/minute") == true)
    }
}
