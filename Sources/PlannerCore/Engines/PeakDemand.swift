/// The peak load of a workload against what one instance serves: the figures behind every fleet
/// size and every capacity check (pinned, sized and capped fleets alike).
package struct PeakDemand: Sendable {
    /// What one instance serves.
    package var capacity: ServingCapacity
    /// Tokens a second at the mean and at the peak (peak-to-mean × the mean), of the side the capacity counts.
    package var meanTokensPerSecond: Double
    package var peakTokensPerSecond: Double
    /// Peak × (1 + headroom) ÷ per-instance throughput, unrounded.
    package var instancesExact: Double
    /// Tokens one request carries on the counted side, and the seconds the endpoint runs in the month.
    private var tokensPerRequest: Fixed
    private var seconds: Fixed
    private var headroom: Fixed
    private var peakToMean: Fixed
    private var instanceName: String

    package init(
        model: OpenModel, precision: WeightPrecision, instance: InstanceType, workload: Workload,
        requestsPerMonth: Fixed, scheduledHours: Fixed, catalog: PricingCatalog
    ) {
        capacity = ServingCapacity.of(
            model: model, precision: precision, instance: instance, workload: workload, catalog: catalog)
        tokensPerRequest = capacity.counts == .input ? workload.sentInputTokens : workload.outputTokens
        seconds = scheduledHours * 3600
        headroom = workload.headroom
        meanTokensPerSecond =
            requestsPerMonth.approximateDouble * tokensPerRequest.approximateDouble / max(seconds.approximateDouble, 1)
        peakTokensPerSecond = meanTokensPerSecond * workload.peakToMean.approximateDouble
        instancesExact = peakTokensPerSecond * (1 + headroom.approximateDouble) / max(capacity.tokensPerSecond, 1e-9)
        self.peakToMean = workload.peakToMean
        self.instanceName = instance.name
    }

    /// The serving model's warnings (a latency target that cannot be met) as findings.
    package var warnings: [Finding] { capacity.warnings.map { .warning(.latencyTarget, $0) } }

    /// Whole instances the peak needs (at least 1).
    package var instancesNeeded: Int { max(1, Int(saturating: instancesExact, rounding: .up)) }

    /// Requests a month one instance carries when the load is `ratio` × the mean all month, with headroom.
    package func requestsPerInstance(ratio: Fixed) -> Fixed? {
        let effective = Fixed(approximating: capacity.tokensPerSecond) / (Fixed.one + headroom)
        guard tokensPerRequest > .zero, ratio > .zero, effective > .zero else { return nil }
        return effective * seconds / (tokensPerRequest * ratio)
    }

    /// The share of the peak (with headroom) that `count` instances serve, in words: `43%`.
    package func servedPercent(by count: Int) -> String {
        guard instancesExact > 0 else { return "all" }
        return "\(EndpointSizing.format(min(100, Double(count) / instancesExact * 100), 0))%"
    }

    /// The arithmetic in words: `peak 250 output tokens/s (mean 83.3 × peak-to-mean 3) × 1.2 headroom ÷
    /// 107.2 tokens/s per ml.g5.2xlarge (basis) = 2.332`.
    package var explanation: String {
        "peak \(EndpointSizing.format(peakTokensPerSecond, 1)) \(capacity.counts.rawValue) tokens/s (mean \(EndpointSizing.format(meanTokensPerSecond, 1)) × peak-to-mean \(peakToMean)) × \(EndpointSizing.format(1 + headroom.approximateDouble, 2)) headroom ÷ \(EndpointSizing.format(capacity.tokensPerSecond, 1)) tokens/s per \(instanceName) (\(capacity.basis)) = \(EndpointSizing.format(instancesExact, 3))"
    }
}
