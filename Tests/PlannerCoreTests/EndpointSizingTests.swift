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

    @Test("a given instance too small for the model is flagged loudly")
    func tooSmall() throws {
        let plan = profile([
            .jumpStart(
                .init(model: "meta-textgeneration-llama-3-70b-instruct", instance: "ml.g5.2xlarge", instances: 1))
        ])
        let estimate = estimator.estimate(plan)
        let warning = try #require(estimate.warnings.first { $0.code == .memoryExceeded })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("needs about") && warning.message.contains("ml.g5.2xlarge offers"))
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
