import Foundation

/// Break-even volumes between per-token and per-hour options, cost curves over volume, and the
/// sensitivity of the cheapest option to each input.
public struct BreakEvenAnalysis: Sendable {
    /// An option with its cost function.
    public struct Option: Sendable {
        public var id: String
        public var label: String
        public var service: HostingService
        public var mode: ServingMode
        public var function: CostFunction
    }

    /// Where two options cost the same.
    public struct Point: Sendable, Hashable {
        public var a: String
        public var b: String
        public var requestsPerMonth: Fixed
        public var tokensPerMonth: Fixed
        /// The option that is cheaper above this volume.
        public var cheaperAbove: String
        public var monthlyCost: Fixed
    }

    /// An option's monthly cost at a series of volumes.
    public struct Curve: Sendable {
        public var id: String
        public var label: String
        public var points: [(requests: Fixed, cost: Fixed)]
    }

    public struct SensitivityCase: Sendable, Hashable {
        public var input: String
        /// The change applied, in percent (−50 … +50).
        public var changePercent: Int
        public var cheapest: String?
        public var cheapestCost: Fixed?
        /// Change of the cheapest cost against the baseline's, in percent.
        public var costChangePercent: Fixed?
        public var cheapestChanged: Bool
    }

    public struct SensitivityRow: Sendable, Hashable {
        public var input: String
        public var cases: [SensitivityCase]
        /// The largest |cost change| over the cases, in percent: the ordering key.
        public var effect: Fixed
        public var changesCheapest: Bool
    }

    public var profileName: String
    public var requestsPerMonth: Fixed
    public var tokensPerRequest: Fixed
    public var options: [Option]
    public var points: [Point]
    /// Pairs that never cross in the range, in words.
    public var noCrossing: [String]
    public var curves: [Curve]
    public var rangeLow: Fixed
    public var rangeHigh: Fixed
    public var baselineCheapest: String?
    public var baselineCost: Fixed?
    public var sensitivity: [SensitivityRow]
    public var notes: [String]
    /// The cheapest way to pay over each range of volume, low to high.
    public var cheapestRanges: [CheapestRange] = []
    /// Each option bought under a Savings Plan, with the use of its commitment above which it pays off.
    public var savingsPlans: [SavingsPlanPayoff] = []

    /// A range of monthly volume over which one option is the cheapest.
    public struct CheapestRange: Sendable, Hashable {
        /// From this many requests a month to `to`, both included (whole requests; the last ends at the range's end).
        public var from: Fixed
        public var to: Fixed
        public var id: String
        public var label: String
        public var mode: ServingMode
    }

    /// An option under a Savings Plan.
    public struct SavingsPlanPayoff: Sendable, Hashable {
        public var id: String
        public var terms: SavingsPlanTerms
    }
}

/// Builds a `BreakEvenAnalysis` for a profile.
public struct BreakEvenAnalyzer: Sendable {
    public let estimator: Estimator

    public init(estimator: Estimator) { self.estimator = estimator }

    /// The changes sensitivity applies to each input, in percent.
    public static let sensitivityChanges = [-50, -25, -10, 10, 25, 50]

    /// - Parameter estimate: the profile's estimate when the caller has made it already (the report
    ///   does): when the profile lists its options, their costs are reused instead of pricing them again.
    public func analyze(
        _ original: WorkloadProfile, curvePoints: Int = 60, withSensitivity: Bool = true,
        estimate given: ProfileEstimate? = nil
    ) -> BreakEvenAnalysis {
        var profile = original
        if profile.options.isEmpty, let tables = estimator.tables {
            profile.options = Advisor(tables: tables, catalog: estimator.catalog).proposedOptions(for: profile)
        }
        // The profile's overrides and discount are applied once, in the context; costs only: the advice is not needed here.
        let context = PricedContext(profile: profile, catalog: estimator.catalog)
        // A given estimate is reused for the profile's own options (proposed ones are proposed again here).
        let estimate = original.options.isEmpty ? context.costEstimate() : given ?? context.costEstimate()
        let requests = estimate.requestsPerMonth
        let workload = profile.workload
        let tokensPerRequest = workload.sentInputTokens + workload.outputTokens
        var notes: [String] = []
        var options: [BreakEvenAnalysis.Option] = []
        let sourceOptions = profile.options
        for (index, item) in estimate.options.enumerated() {
            guard item.isPriced else {
                notes.append("\(item.id): not priced, left out")
                continue
            }
            guard item.isFeasible else {
                notes.append(
                    "\(item.id): infeasible (\(item.infeasibleReasons.map(\.message).joined(separator: "; "))), left out"
                )
                continue
            }
            guard index < sourceOptions.count, let function = estimator.costFunction(sourceOptions[index], in: context)
            else { continue }
            options.append(
                .init(id: item.id, label: item.label, service: item.service, mode: item.mode, function: function))
            if let capacity = function.capacity {
                notes.append(
                    "\(item.id): its fleet serves at most \(capacity.quantityText(maximumDecimals: 0)) requests/month at peak; its curve and crossings end there"
                )
            }
        }
        let low = max(Fixed.one, requests / 100)
        let high = max(Fixed(100), requests * 100)
        var points: [BreakEvenAnalysis.Point] = []
        var noCrossing: [String] = []
        // Each option's steps once, for every pair it is in.
        let steps = Dictionary(
            options.map { ($0.id, $0.function.steps(upTo: high)) }, uniquingKeysWith: { first, _ in first })
        for (a, b) in pairs(options) {
            // A pinned or capped fleet stops serving at its capacity: no crossing is reported beyond it.
            let limit = [high, a.function.capacity, b.function.capacity].compactMap { $0 }.min() ?? high
            let crossings = BreakEvenFinder.crossings(
                a.function, b.function, upTo: limit, stepsOfA: steps[a.id] ?? [], stepsOfB: steps[b.id] ?? [])
            if crossings.isEmpty {
                let cheaper =
                    a.function.monthlyCost(requests: requests) <= b.function.monthlyCost(requests: requests) ? a : b
                noCrossing.append(
                    "\(a.id) and \(b.id) do not cross up to \(limit.quantityText(maximumDecimals: 0)) requests/month: \(cheaper.id) is cheaper throughout"
                )
            }
            for crossing in crossings {
                points.append(
                    .init(
                        a: a.id, b: b.id, requestsPerMonth: crossing.requests,
                        tokensPerMonth: crossing.requests * tokensPerRequest,
                        cheaperAbove: crossing.bCheaperAbove ? b.id : a.id,
                        monthlyCost: (crossing.bCheaperAbove ? b : a).function.monthlyCost(requests: crossing.requests))
                )
            }
        }
        let curves = options.map { option in
            BreakEvenAnalysis.Curve(
                id: option.id, label: option.label,
                points: Self.logVolumes(low, high, count: curvePoints)
                    .filter { volume in option.function.capacity.map { volume <= $0 } ?? true }
                    .map { ($0, option.function.monthlyCost(requests: $0)) })
        }
        let cheapest = estimate.cheapest
        var analysis = BreakEvenAnalysis(
            profileName: profile.name, requestsPerMonth: requests, tokensPerRequest: tokensPerRequest, options: options,
            points: points,
            noCrossing: noCrossing, curves: curves, rangeLow: low, rangeHigh: high, baselineCheapest: cheapest?.id,
            baselineCost: cheapest?.monthlyCost,
            sensitivity: withSensitivity ? sensitivity(context, baseline: cheapest) : [], notes: notes
        )
        analysis.cheapestRanges = Self.cheapestRanges(
            options, from: low, to: high, crossings: points.map(\.requestsPerMonth))
        analysis.savingsPlans = estimate.options.compactMap { option in
            option.savingsPlan.map { BreakEvenAnalysis.SavingsPlanPayoff(id: option.id, terms: $0) }
        }
        return analysis
    }

    /// The lower envelope of the options' costs: which is cheapest from where to where. The cheapest
    /// changes only where two costs cross, and every pair that can cross is among `crossings` (two
    /// per-token costs are proportional and never do; a step that flips a pair's order is reported as
    /// a crossing); a fleet past its capacity stops competing. So the range is cut there and each
    /// piece is decided at its middle.
    static func cheapestRanges(
        _ options: [BreakEvenAnalysis.Option], from low: Fixed, to high: Fixed, crossings: [Fixed]
    ) -> [BreakEvenAnalysis.CheapestRange] {
        guard !options.isEmpty, high > low else { return [] }
        var cuts: Set<Fixed> = [low, high]
        for crossing in crossings where crossing > low && crossing < high { cuts.insert(crossing) }
        // A capacity at x stops the fleet from the first whole request above x.
        for option in options {
            guard let capacity = option.function.capacity else { continue }
            let first = (capacity + Fixed(units: 1)).roundedUpToInteger()
            if first > low, first < high { cuts.insert(first) }
        }
        let sorted = cuts.sorted()
        var ranges: [BreakEvenAnalysis.CheapestRange] = []
        for (start, end) in zip(sorted, sorted.dropFirst()) {
            let middle = ((start + end) / 2).roundedUpToInteger()
            let probe = min(max(middle, start), end)
            let serving = options.filter { option in option.function.capacity.map { probe <= $0 } ?? true }
            guard
                let best = serving.min(by: {
                    ($0.function.monthlyCost(requests: probe), $0.id) < (
                        $1.function.monthlyCost(requests: probe), $1.id
                    )
                })
            else { continue }
            if let last = ranges.last, last.id == best.id, last.to == start {
                ranges[ranges.count - 1].to = end
            } else {
                ranges.append(.init(from: start, to: end, id: best.id, label: best.label, mode: best.mode))
            }
        }
        // Ranges hold whole requests: each ends just before the next begins.
        for index in ranges.indices.dropLast() { ranges[index].to = ranges[index + 1].from - Fixed.one }
        return ranges
    }

    /// Every pair of options but two per-token ones (their costs are proportional and never cross):
    /// per-token against anything billed by time, and the ways billed by time against each other
    /// (provisioned, reserved, endpoints on demand or under a Savings Plan, imports).
    func pairs(_ options: [BreakEvenAnalysis.Option]) -> [(BreakEvenAnalysis.Option, BreakEvenAnalysis.Option)] {
        var result: [(BreakEvenAnalysis.Option, BreakEvenAnalysis.Option)] = []
        for (index, a) in options.enumerated() {
            for b in options[(index + 1)...] where !(a.mode.billsPerUse && b.mode.billsPerUse) {
                // The per-token option first, as the table has always listed it.
                result.append(b.mode.billsPerUse && !a.mode.billsPerUse ? (b, a) : (a, b))
            }
        }
        return result
    }

    /// `count` volumes evenly spaced on a log scale from `low` to `high`.
    static func logVolumes(_ low: Fixed, _ high: Fixed, count: Int) -> [Fixed] {
        let n = max(2, count)
        let lo = low.approximateDouble.log10Value
        let hi = high.approximateDouble.log10Value
        return (0..<n).map { index in
            let value = Fixed(approximating: (lo + (hi - lo) * Double(index) / Double(n - 1)).exponentiated)
            return value.rounded(toDecimals: 0)
        }
    }

    /// Each input changed by ±10/25/50%, the cheapest option and its cost, ordered by effect.
    func sensitivity(_ context: PricedContext, baseline: OptionEstimate?) -> [BreakEvenAnalysis
        .SensitivityRow]
    {
        guard let baseline, let baseCost = baseline.monthlyCost, baseCost > .zero else { return [] }
        let inputs: [(String, (inout WorkloadProfile, Fixed) -> Void)] = [
            ("requests", { $0.workload.requests.count = $0.workload.requests.count * $1 }),
            ("input_tokens", { $0.workload.inputTokens = ($0.workload.inputTokens * $1).rounded(toDecimals: 0) }),
            ("output_tokens", { $0.workload.outputTokens = ($0.workload.outputTokens * $1).rounded(toDecimals: 0) }),
            ("peak_to_mean", { $0.workload.peakToMean = max(.one, $0.workload.peakToMean * $1) }),
            (
                "cached_input_share",
                {
                    $0.workload.cachedInputShare = min(
                        .one - $0.workload.cacheWriteShare, $0.workload.cachedInputShare * $1)
                }
            ),
            ("batch_share", { $0.workload.batchShare = min(.one, $0.workload.batchShare * $1) }),
            ("prices", { $0.prices.discountPercent = $0.prices.discountPercent + (Fixed.one - $1) * 100 }),
        ]
        var rows: [BreakEvenAnalysis.SensitivityRow] = []
        for (name, apply) in inputs {
            var cases: [BreakEvenAnalysis.SensitivityCase] = []
            for change in Self.sensitivityChanges {
                let cheapest = context.with { apply(&$0, Fixed.one + Fixed(change) / 100) }.costEstimate().cheapest
                let cost = cheapest?.monthlyCost
                let percent = cost.flatMap { Fixed.percentChange(from: baseCost, to: $0) }
                cases.append(
                    .init(
                        input: name, changePercent: change, cheapest: cheapest?.id, cheapestCost: cost,
                        costChangePercent: percent,
                        cheapestChanged: cheapest?.id != baseline.id))
            }
            let effect = cases.compactMap(\.costChangePercent).map { $0 < .zero ? -$0 : $0 }.max() ?? .zero
            rows.append(
                .init(
                    input: name, cases: cases, effect: effect, changesCheapest: cases.contains(where: \.cheapestChanged)
                ))
        }
        return rows.sorted { ($0.changesCheapest ? 1 : 0, $0.effect) > ($1.changesCheapest ? 1 : 0, $1.effect) }
    }
}

extension Double {
    var log10Value: Double { Foundation.log10(self) }
    var exponentiated: Double { Foundation.pow(10, self) }
}
