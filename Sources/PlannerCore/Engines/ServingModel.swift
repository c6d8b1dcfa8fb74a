/// The calibrated model of LLM serving on one instance: single-stream decode against the memory
/// bandwidth bound, tensor-parallel overhead, per-stream slowdown under continuous batching, and time
/// to first token from prefill. Each constant is fitted to published measurements (README, "Serving
/// model", lists them with predicted against measured figures; a test keeps every one within ±25%).
package enum ServingModel {
    /// Share of the bandwidth bound (weights ÷ aggregate memory bandwidth) that single-stream decode
    /// reaches: 0.72–0.90 measured on one GPU (TGI 1.0.3 Llama 2 7B on an A10G, Hugging Face 2023;
    /// vLLM Llama 3.1 8B on an A100 and an H100, 2024–2026).
    package static let decodeEfficiency = 0.8
    /// Milliseconds per token added by tensor parallelism over `n` accelerators: 5.5 × √(n − 1)
    /// (fitted to TGI 1.0.3 Llama 2 7B/13B/70B on 4 and 8 A10Gs, and TensorRT-LLM/NIM Llama 70B on H100).
    package static let tensorParallelMillisecondsPerToken = 5.5
    /// Per-stream slowdown per extra concurrent stream on one accelerator (Llama 2 7B on an A10G:
    /// 31.0 → 60.9 ms/token from 1 to 20 streams).
    package static let batchingSlowdown = 0.06
    /// Growth of that slowdown per extra accelerator when they talk over PCIe (g5, g6, g6e: 4–8 A10G
    /// runs slow 2.6–4.8× at 20 streams).
    package static let pcieBatchingGrowth = 0.25
    /// Per-stream slowdown over NVLink (A100/H100 instances: Llama 2 13B on 8 A100s 21.6 → 28.6 ms; an
    /// 8B on one A100 reaches 6.6× at 8 streams).
    package static let nvlinkBatchingSlowdown = 0.03
    /// The most concurrent streams planned: the knee of the measured curves (16–32 streams for 7–13B models).
    package static let maximumConcurrency = 32
    /// Model FLOPs utilisation of prefill (TensorRT-LLM batch-1 first-token latency, Llama 7B FP16 on an
    /// A100: 133 ms for 2,048 input tokens).
    package static let prefillMFU = 0.66

    /// The predicted figures of one instance at one concurrency.
    package struct Figures: Sendable, Hashable {
        /// Milliseconds per generated token of one stream alone.
        package var singleStreamMilliseconds: Double
        /// Milliseconds between tokens of each stream at the concurrency.
        package var interTokenMilliseconds: Double
        /// Generated tokens a second over all streams.
        package var tokensPerSecond: Double
        /// Milliseconds to the first token: prefill of the input, then one decode step.
        package var timeToFirstTokenMilliseconds: Double
    }

    /// Whether the instance's accelerators talk over NVLink (A100, H100, H200), else PCIe.
    package static func hasNVLink(_ instance: InstanceType) -> Bool {
        ["A100", "H100", "H200", "B200"].contains { instance.accelerator.contains($0) }
    }

    /// The per-stream slowdown per extra stream on this instance.
    package static func slowdown(_ instance: InstanceType) -> Double {
        let count = Double(max(1, instance.acceleratorCount))
        if count == 1 { return batchingSlowdown }
        return hasNVLink(instance) ? nvlinkBatchingSlowdown : batchingSlowdown * (1 + pcieBatchingGrowth * (count - 1))
    }

    /// The figures of `parameters` weights of `bytesPerParameter` each on `instance` at `concurrency`
    /// streams, for requests of `inputTokens`.
    package static func figures(
        parameters: Double, bytesPerParameter: Double, instance: InstanceType, concurrency: Int, inputTokens: Double
    ) -> Figures {
        let count = Double(max(1, instance.acceleratorCount))
        let weightsGB = parameters * bytesPerParameter / 1e9
        let bandwidth = count * instance.bandwidthPerAcceleratorGBs.approximateDouble
        let overhead = count > 1 ? tensorParallelMillisecondsPerToken * (count - 1).squareRoot() : 0
        let single = weightsGB / max(bandwidth * decodeEfficiency, 1e-9) * 1000 + overhead
        let streams = Double(max(1, concurrency))
        let interToken = single * (1 + slowdown(instance) * (streams - 1))
        let flops = count * instance.peakTFLOPSPerAccelerator.approximateDouble * 1e12 * prefillMFU
        let prefill = 2 * parameters * max(0, inputTokens) / max(flops, 1) * 1000
        return Figures(
            singleStreamMilliseconds: single, interTokenMilliseconds: interToken,
            tokensPerSecond: streams * 1000 / interToken, timeToFirstTokenMilliseconds: prefill + interToken)
    }
}
