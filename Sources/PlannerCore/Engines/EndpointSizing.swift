/// Memory fit and throughput of an open model on an instance: the figures behind a JumpStart
/// endpoint's instance type and count (README, "JumpStart endpoint").
package enum EndpointSizing {
    /// Share of accelerator memory usable by weights, KV cache and overhead.
    package static let usableMemoryShare = 0.9
    /// CUDA and framework overhead per accelerator, GB.
    package static let overheadPerAcceleratorGB = 1.0
    /// Model-FLOPs utilisation assumed for encoder (prefill-only) inference.
    package static let encoderMFU = 0.3

    /// Memory an endpoint needs, in GB.
    package struct MemoryNeed: Sendable, Hashable {
        package var weightsGB: Double
        package var kvCacheGB: Double
        package var overheadGB: Double
        package var totalGB: Double { weightsGB + kvCacheGB + overheadGB }
    }

    /// Weights at `precision`, the KV cache of one request of `contextTokens`, and per-accelerator overhead.
    package static func memoryNeed(
        model: OpenModel, precision: WeightPrecision, contextTokens: Double, on instance: InstanceType
    ) -> MemoryNeed {
        let weights = model.parameters.approximateDouble * precision.bytesPerParameter.approximateDouble / 1e9
        let kv = Double(model.kvCacheBytesPerToken ?? 0) * max(0, contextTokens) / 1e9
        return MemoryNeed(
            weightsGB: weights, kvCacheGB: kv, overheadGB: overheadPerAcceleratorGB * Double(instance.acceleratorCount))
    }

    /// Accelerator memory available for the model on an instance, GB (90% of the total).
    package static func usableMemoryGB(_ instance: InstanceType) -> Double {
        instance.totalAcceleratorMemoryGB.approximateDouble * usableMemoryShare
    }

    /// Whether the model fits the instance, and the memory it needs there.
    package static func fits(
        model: OpenModel, precision: WeightPrecision, contextTokens: Double, on instance: InstanceType
    ) -> (Bool, MemoryNeed) {
        let need = memoryNeed(model: model, precision: precision, contextTokens: contextTokens, on: instance)
        return (need.totalGB <= usableMemoryGB(instance), need)
    }

    /// Which tokens a throughput counts: generated ones (decoders), or processed input (encoders).
    package enum TokenSide: String, Sendable, Hashable {
        case output
        case input
    }

    /// A number with up to `digits` decimals, for explanations.
    package static func format(_ value: Double, _ digits: Int = 2) -> String {
        // Engineering figures in notes: through Int64 when in range (every sizing note formats a dozen).
        let digits = max(0, min(6, digits))
        let scale = [1.0, 10, 100, 1000, 10000, 100_000, 1_000_000][digits]
        guard value.isFinite, abs(value) * scale < 9e15 else {
            return Fixed(approximating: value).formatted(minimumDecimals: 0, maximumDecimals: digits, grouping: true)
        }
        let scaled = Int64((value * scale).rounded())
        let magnitude = scaled.magnitude
        let unit = UInt64(scale)
        let whole = Array(String(magnitude / unit).utf8)
        var fraction = digits == 0 ? [] : Array(String(magnitude % unit).utf8)
        fraction = [UInt8](repeating: UInt8(ascii: "0"), count: max(0, digits - fraction.count)) + fraction
        while let last = fraction.last, last == UInt8(ascii: "0") { fraction.removeLast() }
        return Fixed.numberText(negative: scaled < 0, whole: whole, fraction: fraction[...], grouping: true)
    }
}
