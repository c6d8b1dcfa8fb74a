/// How much one instance serves: tokens a second at a batch (concurrency) chosen from memory,
/// latency and the measured batching range (bandwidth-bound decode as in cli99/llm-analysis; batching fitted to Hugging Face's Llama 2 benchmark on SageMaker).
package struct ServingCapacity: Sendable, Hashable {
    /// Tokens per second for the whole instance (generated tokens, or input tokens for encoders).
    package var tokensPerSecond: Double
    package var counts: EndpointSizing.TokenSide
    /// Concurrent sequences (batch) the figure assumes.
    package var concurrency: Int
    /// Latency per generated token at that batch, when known.
    package var millisecondsPerToken: Double?
    /// Where the figure comes from, in words.
    package var basis: String
    /// Problems: a latency target that cannot be met, a batch limited by memory.
    package var warnings: [String]

    /// Throughput loss per extra concurrent sequence, fitted to 61 → 450 tokens/s from 1 to 20 sequences
    /// (Llama 2 7B on ml.g5.12xlarge, Hugging Face, "Llama 2 on Amazon SageMaker a Benchmark", TGI 1.0.3): aggregate = c × r₁ ÷ (1 + (c − 1) α).
    package static let batchingPenalty = (20.0 / EndpointSizing.batchingGain - 1) / 19
    /// The largest batch the measurements cover.
    package static let maximumConcurrency = 20

    /// The capacity of one instance for a model and workload.
    package static func of(
        model: OpenModel, precision: WeightPrecision, instance: InstanceType, workload: Workload,
        catalog: PricingCatalog
    ) -> ServingCapacity {
        let latencyTarget = workload.latencyMsPerToken?.approximateDouble
        if model.architecture == .encoderOnly {
            // Encoders only process the input: compute-bound, at a modest utilisation of the accelerators' peak.
            let flops = Double(instance.acceleratorCount) * instance.peakTFLOPSPerAccelerator.approximateDouble * 1e12
            let rate = flops * EndpointSizing.encoderMFU / (2 * model.parameters.approximateDouble)
            let basis =
                "estimate: \(instance.acceleratorCount) × \(instance.peakTFLOPSPerAccelerator) TFLOPS × \(EndpointSizing.format(EndpointSizing.encoderMFU)) MFU ÷ (2 × \(EndpointSizing.format(model.parameters.approximateDouble / 1e9, 3))B parameters)"
            return ServingCapacity(
                tokensPerSecond: rate, counts: .input, concurrency: 1, millisecondsPerToken: nil, basis: basis,
                warnings: [])
        }
        var warnings: [String] = []
        if precision == .bf16 || precision == .fp16 {
            let measured = catalog.throughputs
                .filter { $0.instance == instance.name && $0.models.contains(model.id) }
                .filter { entry in
                    latencyTarget.map { target in (entry.millisecondsPerToken?.approximateDouble ?? .infinity) <= target
                    } ?? true
                }
                .max { $0.tokensPerSecond < $1.tokensPerSecond }
            if let measured {
                return ServingCapacity(
                    tokensPerSecond: measured.tokensPerSecond.approximateDouble, counts: .output,
                    concurrency: measured.concurrency,
                    millisecondsPerToken: measured.millisecondsPerToken?.approximateDouble,
                    basis:
                        "measured: \(measured.tokensPerSecond) tokens/s at concurrency \(measured.concurrency)\(measured.millisecondsPerToken.map { ", \($0) ms/token" } ?? "") (\(measured.source.key), \(measured.source.date))",
                    warnings: [])
            }
        }
        // Formula: decode is memory-bandwidth bound; one sequence reads every weight per token.
        let weightsGB = model.parameters.approximateDouble * precision.bytesPerParameter.approximateDouble / 1e9
        let bandwidth = Double(instance.acceleratorCount) * instance.bandwidthPerAcceleratorGBs.approximateDouble
        let single = bandwidth * EndpointSizing.bandwidthEfficiency / weightsGB
        let alpha = batchingPenalty
        // Batch limits: the measured range, the KV cache that fits beside the weights, the latency target.
        let context = (workload.sentInputTokens + workload.outputTokens).approximateDouble
        let kvPerSequence = Double(model.kvCacheBytesPerToken ?? 0) * context / 1e9
        let free =
            EndpointSizing.usableMemoryGB(instance) - weightsGB - EndpointSizing.overheadPerAcceleratorGB
            * Double(instance.acceleratorCount)
        var limit = maximumConcurrency
        var limitedBy = "the measured batching range"
        if kvPerSequence > 0 {
            let byMemory = Int(saturating: free / kvPerSequence, rounding: .down)
            if byMemory < limit {
                limit = max(1, byMemory)
                limitedBy =
                    "KV-cache memory (\(EndpointSizing.format(kvPerSequence, 2)) GB a sequence, \(EndpointSizing.format(max(free, 0), 1)) GB free)"
            }
        }
        if let target = latencyTarget {
            let byLatency = Int(saturating: 1 + (target / 1000 * single - 1) / alpha, rounding: .down)
            if byLatency < 1 {
                warnings.append(
                    "the latency target of \(EndpointSizing.format(target, 1)) ms per token cannot be met on \(instance.name): \(EndpointSizing.format(1000 / single, 1)) ms at batch 1"
                )
            }
            if byLatency < limit {
                limit = max(1, byLatency)
                limitedBy = "the latency target of \(EndpointSizing.format(target, 1)) ms per token"
            }
        }
        let concurrency = limit
        let aggregate = Double(concurrency) * single / (1 + Double(concurrency - 1) * alpha)
        let latency = 1000 * (1 + Double(concurrency - 1) * alpha) / single
        let basis =
            "estimate: \(EndpointSizing.format(bandwidth, 0)) GB/s × \(EndpointSizing.format(EndpointSizing.bandwidthEfficiency)) efficiency ÷ \(EndpointSizing.format(weightsGB)) GB of \(precision.rawValue) weights = \(EndpointSizing.format(single, 1)) tokens/s a sequence (tensor parallel over \(instance.acceleratorCount)), batch \(concurrency) (limited by \(limitedBy)) → \(EndpointSizing.format(latency, 1)) ms/token (decode bound as in llm-analysis; batching fitted to Hugging Face's TGI benchmark of Llama 2 on SageMaker)"
        return ServingCapacity(
            tokensPerSecond: aggregate, counts: .output, concurrency: concurrency, millisecondsPerToken: latency,
            basis: basis, warnings: warnings)
    }
}
