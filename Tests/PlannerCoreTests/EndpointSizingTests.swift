import PlannerCore
import Testing

@Suite("JumpStart endpoint sizing")
struct EndpointSizingTests {
    let estimator = Estimator(catalog: fixtureCatalog)

    @Test(
        "without an instance, the cheapest one whose memory holds the weights is chosen, and why",
        arguments: [
            ("meta-textgeneration-llama-3-8b-instruct", "ml.g6.xlarge"),  // 16 GB bf16 fits 21.6 GB usable of one L4
            ("meta-textgeneration-llama-2-13b", "ml.g6e.xlarge"),  // 26 GB needs one 48 GB L40S
            ("meta-textgeneration-llama-3-70b-instruct", "ml.g6e.12xlarge"),  // 141 GB needs 4 × 48 GB
            ("huggingface-llm-falcon-180b-bf16", "ml.p4de.24xlarge"),  // 357 GB needs 8 × 80 GB
        ])
    func instanceChoice(model: String, expected: String) throws {
        let plan = profile([.jumpStart(.init(model: model, instances: 1))], input: 500, output: 200)
        let option = try #require(estimator.estimate(plan).options.first)
        #expect(option.instanceType == expected)
        #expect(option.notes.with(.sizing).contains { $0.message.hasPrefix("instance chosen: \(expected)") })
    }

    @Test("the count is sized from peak load with the measured throughput when the catalog has one")
    func measuredThroughput() throws {
        // Llama 2 7B on ml.g5.12xlarge: 450 tokens/s measured (HF-BENCH). Mean 10 requests/s × 100 output tokens, × 3 at peak.
        let plan = profile(
            [.jumpStart(.init(model: "meta-textgeneration-llama-2-7b-f", instance: "ml.g5.12xlarge"))],
            requests: RequestRate(Fixed(10), per: .second), input: 200, output: 100)
        let option = try #require(estimator.estimate(plan).options.first)
        // peak 10 × 100 × 3 = 3,000 tokens/s × 1.2 headroom ÷ 450 = 8
        #expect(option.instanceCount == 8)
        #expect(
            option.notes.with(.sizing).contains {
                $0.message.contains("measured: 450 tokens/s at concurrency 20, 44 ms/token (HF-BENCH")
            })
    }

    @Test("a step: one more request a second than one instance serves needs a second instance")
    func stepChange() throws {
        func count(_ perSecond: String) throws -> Int? {
            let plan = profile(
                [.jumpStart(.init(model: "meta-textgeneration-llama-2-7b-f", instance: "ml.g5.12xlarge"))],
                requests: RequestRate(dec(perSecond), per: .second), input: 200, output: 100
            ) {
                $0.workload.peakToMean = .one
                $0.workload.headroom = .zero
            }
            return try #require(estimator.estimate(plan).options.first).instanceCount
        }
        #expect(try count("4.5") == 1)  // 450 tokens/s exactly
        #expect(try count("4.51") == 2)
    }

    @Test(
        "a pinned instance too small for the model does not fit: infeasible, never the cheapest, the instance that would named"
    )
    func tooSmall() throws {
        // Llama 3 70B: about 142 GB of bf16 weights on 21.6 GB usable.
        let plan = profile([
            .jumpStart(
                .init(model: "meta-textgeneration-llama-3-70b-instruct", instance: "ml.g5.2xlarge", instances: 1)),
            .bedrock(.init(model: "anthropic.claude-3-haiku")),
        ])
        let estimate = estimator.estimate(plan)
        let option = try #require(estimate.options.first)
        #expect(option.isPriced && !option.isFeasible)
        let reason = try #require(option.infeasibleReasons.first { $0.code == .doesNotFit })
        #expect(reason.message.contains("needs about") && reason.message.contains("ml.g5.2xlarge offers"))
        #expect(reason.message.contains("the cheapest instance in us-east-1 that holds it is ml.g6e.12xlarge"))
        #expect(estimate.cheapest?.model == "anthropic.claude-3-haiku")
    }

    @Test(
        "the support chatbot's load at 1× and 100×: one pinned ml.g5.2xlarge serves it at 1× (0.92 of an instance), not at 100×",
        arguments: [(Fixed(20_000), 1), (Fixed(2_000_000), 92)])
    func readmePin(perDay: Fixed, sized: Int) throws {
        let llama = "meta-textgeneration-llama-3-8b-instruct"
        let plan = profile(
            [
                .jumpStart(.init(model: llama, instance: "ml.g5.2xlarge", instances: 1)),
                .jumpStart(.init(model: llama, instance: "ml.g5.2xlarge")),
                .bedrock(.init(model: "amazon.nova-lite")),
            ], requests: RequestRate(perDay, per: .day))
        let estimate = estimator.estimate(plan)
        let pinned = estimate.options[0]
        #expect(estimate.options[1].instanceCount == sized && estimate.options[1].isFeasible)
        if sized == 1 {
            #expect(pinned.isFeasible)
        } else {
            #expect(!pinned.isFeasible && pinned.infeasibleReasons.first?.code == .underCapacity)
            #expect(pinned.infeasibleReasons.first?.message.hasSuffix("a fleet of \(sized) would serve it") == true)
            #expect(estimate.cheapest?.id != pinned.id)
        }
    }

    @Test(
        "a pinned fleet under the peak is under capacity, with the fleet that would serve; at 1/100 of the load it suffices",
        arguments: [(Fixed(200_000), false), (Fixed(2_000), true)])
    func pinnedCapacity(perDay: Fixed, feasible: Bool) throws {
        let plan = profile(
            [
                .jumpStart(
                    .init(model: "meta-textgeneration-llama-3-8b-instruct", instance: "ml.g5.2xlarge", instances: 1))
            ], requests: RequestRate(perDay, per: .day))
        let option = try #require(estimator.estimate(plan).options.first)
        #expect(option.isFeasible == feasible)
        if !feasible {
            let reason = try #require(option.infeasibleReasons.first)
            #expect(reason.code == .underCapacity)
            #expect(reason.message.hasPrefix("1 × ml.g5.2xlarge serves"))
            #expect(reason.message.contains("a fleet of"))
        } else {
            #expect(option.notes.contains { $0.message.hasPrefix("capacity: ") })
        }
    }

    @Test("memory need: weights by precision, KV cache of one request, 1 GB per accelerator")
    func memory() throws {
        let model = try #require(fixtureCatalog.openModels["meta-textgeneration-llama-3-8b"])
        let instance = try #require(fixtureCatalog.instances["ml.g5.12xlarge"])
        let need = EndpointSizing.memoryNeed(model: model, precision: .int4, contextTokens: 8192, on: instance)
        #expect(abs(need.weightsGB - 4.015) < 0.001)
        #expect(abs(need.kvCacheGB - 1.073741824) < 1e-9)  // 128 KiB × 8192
        #expect(need.overheadGB == 4)
    }
}

@Suite("Task and model kind")
struct TaskFitTests {
    let estimator = Estimator(catalog: fixtureCatalog)

    @Test(
        "a model that cannot do the task is infeasible, with the reason, and never the cheapest",
        arguments: [
            (TaskKind.questionAnswering, DeploymentOption.bedrock(.init(model: "amazon.titan-embed-text-v2")), false),
            (.chatbot, .bedrock(.init(model: "stability.stable-diffusion-xl-v1")), false),
            (.embeddings, .bedrock(.init(model: "anthropic.claude-3-haiku")), false),
            (.embeddings, .bedrock(.init(model: "amazon.titan-embed-text-v2")), true),
            (.chatbot, .jumpStart(.init(model: "huggingface-tc-bert-base-uncased")), false),
            (.sentimentAnalysis, .jumpStart(.init(model: "huggingface-tc-bert-base-uncased")), true),
            (.summarization, .jumpStart(.init(model: "huggingface-text2text-flan-t5-xl")), true),
        ])
    func taskFit(task: TaskKind, option: DeploymentOption, fits: Bool) throws {
        let plan = profile([option, .bedrock(.init(model: "amazon.titan-embed-text-v1"))], input: 500, output: 100) {
            $0.workload.task = task
        }
        let estimate = estimator.estimate(plan)
        let first = try #require(estimate.options.first)
        #expect(first.infeasibleReasons.contains { $0.code == .taskMismatch } == !fits)
        if !fits {
            #expect(estimate.cheapest?.id != first.id)
            #expect(first.infeasibleReasons.first { $0.code == .taskMismatch }?.message.contains("cannot do") == true)
        }
    }
}

@Suite("Bedrock quotas at peak")
struct QuotaTests {
    let estimator = Estimator(catalog: fixtureCatalog)

    @Test(
        "the peak against the default tokens-per-minute quota: a warning naming the ways out; none under it",
        arguments: [(Fixed(5), false), (Fixed(300), true)])
    func onDemand(perSecond: Fixed, warned: Bool) throws {
        // Claude 3 Haiku, us-east-1: 2,000,000 tokens a minute on demand. 5/s × 60 × 1,800 × 3 = 1.62 M; 300/s: 97.2 M.
        let plan = profile(
            [.bedrock(.init(model: "anthropic.claude-3-haiku"))], requests: RequestRate(perSecond, per: .second))
        let option = try #require(estimator.estimate(plan).options.first)
        let warning = option.notes.first { $0.code == .quotaExceeded }
        #expect((warning != nil) == warned)
        if let warning {
            #expect(warning.severity == .warning)
            #expect(warning.message.contains("default on-demand quota of 2,000,000 in us-east-1"))
            #expect(warning.message.contains("cross-Region inference (4,000,000 tokens a minute)"))
            #expect(option.isFeasible, "a quota is a warning: an increase can lift it")
        }
    }

    @Test("Claude Sonnet 4 burns five quota tokens per output token")
    func burndown() throws {
        // 1 request/s × 60 × (1,500 + 5 × 300) × 3 = 540,000 > 200,000 (cross-Region).
        var option = BedrockOption(model: "anthropic.claude-sonnet-4", endpoint: .global)
        option.serviceTier = .standard
        let plan = profile([.bedrock(option)], requests: RequestRate(.one, per: .second))
        let estimate = try #require(estimator.estimate(plan).options.first)
        let warning = try #require(estimate.notes.first { $0.code == .quotaExceeded })
        #expect(warning.message.hasPrefix("peak 540,000 tokens a minute, output tokens counted 5×"))
    }
}
