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
    /// Predicted time to the first token at that batch, when known.
    package var timeToFirstTokenMilliseconds: Double? = nil
    /// Where the figure comes from, in words.
    package var basis: String
    /// Problems: a latency target that cannot be met, a batch limited by memory.
    package var warnings: [String]

    /// The figures as an estimate reports them.
    package var prediction: ServingPrediction {
        ServingPrediction(
            tokensPerSecond: tokensPerSecond, countsOutputTokens: counts == .output, concurrency: concurrency,
            interTokenLatencyMs: millisecondsPerToken, timeToFirstTokenMs: timeToFirstTokenMilliseconds, basis: basis)
    }

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
        // The calibrated model: bandwidth-bound decode, batching up to the knee, bounded by memory and targets.
        let bytes = precision.bytesPerParameter.approximateDouble
        let parameters = model.parameters.approximateDouble
        let input = workload.sentInputTokens.approximateDouble
        func figures(_ concurrency: Int) -> ServingModel.Figures {
            ServingModel.figures(
                parameters: parameters, bytesPerParameter: bytes, instance: instance, concurrency: concurrency,
                inputTokens: input)
        }
        let weightsGB = parameters * bytes / 1e9
        let context = (workload.sentInputTokens + workload.outputTokens).approximateDouble
        let kvPerSequence = Double(model.kvCacheBytesPerToken ?? 0) * context / 1e9
        let free =
            EndpointSizing.usableMemoryGB(instance) - weightsGB - EndpointSizing.overheadPerAcceleratorGB
            * Double(instance.acceleratorCount)
        var limit = ServingModel.maximumConcurrency
        var limitedBy = "the knee of measured batching curves"
        if kvPerSequence > 0 {
            let byMemory = Int(saturating: free / kvPerSequence, rounding: .down)
            if byMemory < limit {
                limit = max(1, byMemory)
                limitedBy =
                    "KV-cache memory (\(EndpointSizing.format(kvPerSequence, 2)) GB a sequence, \(EndpointSizing.format(max(free, 0), 1)) GB free)"
            }
        }
        // Latency targets: the largest concurrency whose inter-token latency and time to first token meet them.
        let targets: [(Double?, String, (ServingModel.Figures) -> Double)] = [
            (latencyTarget, "ms per token", \.interTokenMilliseconds),
            (workload.timeToFirstTokenMs?.approximateDouble, "ms to the first token", \.timeToFirstTokenMilliseconds),
        ]
        for (target, unit, measure) in targets {
            guard let target else { continue }
            if measure(figures(1)) > target {
                warnings.append(
                    "the target of \(EndpointSizing.format(target, 1)) \(unit) cannot be met on \(instance.name): \(EndpointSizing.format(measure(figures(1)), 1)) \(unit) with one request at a time"
                )
                limit = 1
                limitedBy = "the target of \(EndpointSizing.format(target, 1)) \(unit)"
                continue
            }
            var best = 1
            while best < limit, measure(figures(best + 1)) <= target { best += 1 }
            if best < limit {
                limit = best
                limitedBy = "the target of \(EndpointSizing.format(target, 1)) \(unit)"
            }
        }
        let chosen = figures(limit)
        let single = figures(1)
        let parallel = instance.acceleratorCount > 1 ? " over \(instance.acceleratorCount) accelerators" : ""
        let basis =
            "estimate: \(EndpointSizing.format(weightsGB)) GB of \(precision.rawValue) weights read at \(EndpointSizing.format(ServingModel.decodeEfficiency)) × \(EndpointSizing.format(Double(instance.acceleratorCount) * instance.bandwidthPerAcceleratorGBs.approximateDouble, 0)) GB/s\(parallel) = \(EndpointSizing.format(single.singleStreamMilliseconds, 1)) ms/token alone; \(limit) streams (limited by \(limitedBy)) at \(EndpointSizing.format(chosen.interTokenMilliseconds, 1)) ms/token each, first token in \(EndpointSizing.format(chosen.timeToFirstTokenMilliseconds, 0)) ms (serving model calibrated on published benchmarks, README)"
        return ServingCapacity(
            tokensPerSecond: chosen.tokensPerSecond, counts: .output, concurrency: limit,
            millisecondsPerToken: chosen.interTokenMilliseconds,
            timeToFirstTokenMilliseconds: chosen.timeToFirstTokenMilliseconds, basis: basis, warnings: warnings)
    }
}
