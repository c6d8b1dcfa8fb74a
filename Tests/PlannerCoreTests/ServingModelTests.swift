import PlannerCore
import Testing

/// The serving model against the published measurements it is calibrated on: each predicted aggregate
/// throughput within ±25% of the measured one. README ("Serving model") shows the same table.
@Suite("Serving model calibration")
struct ServingModelTests {
    /// (instance, model, concurrency, measured generated tokens/s, predicted as README shows it, source).
    static let measurements: [(String, String, Int, Double, Double, String)] = [
        // Hugging Face, "Llama 2 on Amazon SageMaker a Benchmark" (TGI 1.0.3, 2023), raw CSV.
        ("ml.g5.2xlarge", "meta-textgeneration-llama-2-7b", 1, 32.4, 35.6, "HF TGI"),
        ("ml.g5.2xlarge", "meta-textgeneration-llama-2-7b", 20, 313.5, 332.8, "HF TGI"),
        ("ml.g5.12xlarge", "meta-textgeneration-llama-2-7b", 1, 61.5, 60.4, "HF TGI"),
        ("ml.g5.12xlarge", "meta-textgeneration-llama-2-7b", 20, 449.9, 403.6, "HF TGI"),
        ("ml.g5.12xlarge", "meta-textgeneration-llama-2-13b", 1, 47.2, 43.3, "HF TGI"),
        ("ml.g5.12xlarge", "meta-textgeneration-llama-2-13b", 20, 295.6, 289.2, "HF TGI"),
        ("ml.g5.48xlarge", "meta-textgeneration-llama-2-7b", 1, 56.5, 55.4, "HF TGI"),
        ("ml.g5.48xlarge", "meta-textgeneration-llama-2-7b", 20, 293.0, 267.8, "HF TGI"),
        ("ml.g5.48xlarge", "meta-textgeneration-llama-2-13b", 1, 43.4, 46.9, "HF TGI"),
        ("ml.g5.48xlarge", "meta-textgeneration-llama-2-13b", 20, 195.1, 226.7, "HF TGI"),
        ("ml.g5.48xlarge", "meta-textgeneration-llama-2-70b", 1, 17.0, 19.8, "HF TGI"),
        ("ml.p4d.24xlarge", "meta-textgeneration-llama-2-13b", 1, 47.7, 58.2, "HF TGI"),
        ("ml.p4d.24xlarge", "meta-textgeneration-llama-2-13b", 20, 668.0, 742.0, "HF TGI"),
        // vLLM FP8 KV-cache post (2026): Llama 3.1 8B BF16 on one H100, 6.44 ms/token at concurrency 1.
        ("ml.p5.4xlarge", "meta-textgeneration-llama-3-1-8b-instruct", 1, 155.3, 166.9, "vLLM"),
    ]

    @Test("predicted throughput within ±25% of the measurement", arguments: measurements)
    func calibrated(measurement: (String, String, Int, Double, Double, String)) throws {
        let (instanceName, modelID, concurrency, measured, shown, _) = measurement
        let instance = try #require(fixtureCatalog.instances[instanceName])
        let model = try #require(fixtureCatalog.openModels[modelID])
        let predicted = ServingModel.figures(
            parameters: model.parameters.approximateDouble, bytesPerParameter: 2, instance: instance,
            concurrency: concurrency, inputTokens: 10)
        let ratio = predicted.tokensPerSecond / measured
        #expect(abs(predicted.tokensPerSecond - shown) < 0.05, "README's table shows \(shown)")
        #expect(
            ratio >= 0.75 && ratio <= 1.25,
            "\(instanceName) \(modelID) c=\(concurrency): \(predicted.tokensPerSecond) vs \(measured)")
    }

    @Test("batching on one GPU gives 10–14× the single stream at 20–32 streams, as measured for 7–13B models")
    func batchingGain() throws {
        let instance = try #require(fixtureCatalog.instances["ml.g6e.xlarge"])
        func rate(_ concurrency: Int) -> Double {
            ServingModel.figures(
                parameters: 8.03e9, bytesPerParameter: 2, instance: instance, concurrency: concurrency, inputTokens: 500
            ).tokensPerSecond
        }
        let gain = rate(ServingModel.maximumConcurrency) / rate(1)
        #expect(gain >= 10 && gain <= 14, "\(gain)")
    }

    @Test(
        "time to first token: prefill at 66% MFU plus one decode step (Llama 7B FP16 on A100s: 133 ms for 2,048 tokens)"
    )
    func firstToken() throws {
        let instance = try #require(fixtureCatalog.instances["ml.p4d.24xlarge"])
        let figures = ServingModel.figures(
            parameters: 6.74e9, bytesPerParameter: 2, instance: instance, concurrency: 1, inputTokens: 2048)
        // Measured on one A100 (TensorRT-LLM v0.5); the 8-GPU instance is faster, and never slower than
        // its own single decode step.
        #expect(figures.timeToFirstTokenMilliseconds > figures.singleStreamMilliseconds)
        #expect(figures.timeToFirstTokenMilliseconds < 133)
    }

    @Test("a time-to-first-token target caps the concurrency")
    func firstTokenTarget() throws {
        let model = try #require(fixtureCatalog.openModels["meta-textgeneration-llama-3-8b-instruct"])
        let instance = try #require(fixtureCatalog.instances["ml.g6e.xlarge"])
        var workload = Workload(
            task: .chatbot, useCase: .chat, requests: RequestRate(.one, per: .second), inputTokens: Fixed(2000),
            outputTokens: Fixed(200))
        let free = ServingCapacity.of(
            model: model, precision: .bf16, instance: instance, workload: workload, catalog: fixtureCatalog)
        workload.timeToFirstTokenMs = Fixed(200)  // prefill 134 ms + 23.2 ms × (1 + 0.06 (c − 1)) ≤ 200 → c ≤ 31
        let capped = ServingCapacity.of(
            model: model, precision: .bf16, instance: instance, workload: workload, catalog: fixtureCatalog)
        #expect(capped.concurrency < free.concurrency)
        #expect((capped.timeToFirstTokenMilliseconds ?? .infinity) <= 200)
    }
}
