/// Finds, exactly, the volumes at which two cost functions cross.
///
/// Both costs are piecewise linear in the monthly request volume r: linear between the volumes where
/// an instance is added, and stepping up there. On each piece the difference d(r) = a(r) − b(r) is
/// linear, so its root is solved directly; a step can also flip the sign. Each crossing is reported as
/// the first whole request count at which the cheaper option changes.
package enum BreakEvenFinder {
    /// A volume where the cheaper option changes.
    package struct Crossing: Sendable, Hashable {
        /// The first whole number of requests a month at which `cheaperAbove` is no dearer.
        package var requests: Fixed
        /// True when `b` is the cheaper option above the crossing (false: `a`).
        package var bCheaperAbove: Bool
    }

    /// Every crossing of `a` and `b` between 0 and `limit` requests a month, in increasing volume.
    package static func crossings(_ a: CostFunction, _ b: CostFunction, upTo limit: Fixed) -> [Crossing] {
        crossings(a, b, upTo: limit, stepsOfA: a.steps(upTo: limit), stepsOfB: b.steps(upTo: limit))
    }

    /// The same, with each function's steps (sorted, as `CostFunction.steps` gives them) computed
    /// once by the caller for every pair it compares; steps at or beyond `limit` are ignored.
    package static func crossings(
        _ a: CostFunction, _ b: CostFunction, upTo limit: Fixed, stepsOfA: [Fixed], stepsOfB: [Fixed]
    ) -> [Crossing] {
        func difference(_ r: Fixed) -> Fixed { a.monthlyCost(requests: r) - b.monthlyCost(requests: r) }
        func sign(_ value: Fixed) -> Int { value > .zero ? 1 : (value < .zero ? -1 : 0) }
        let breaks = merged(stepsOfA, stepsOfB, below: limit)
        var result: [Crossing] = []
        // Only a fleet that scales to zero makes a piece non-linear; other pieces need no bisection.
        let nonlinear = (a.tiers + b.tiers).contains { $0.scaleToZero != nil }
        var previousSign = sign(difference(.zero))
        // Piece (x0, x1]: instance counts are constant, so d(r) = d(x1) + slope × (r − x1).
        for (x0, x1) in zip(breaks, breaks.dropFirst()) where x1 > x0 {
            let slope = a.slope(above: x0) - b.slope(above: x0)
            let atEnd = difference(x1)
            let startSign = sign(atEnd - slope * (x1 - x0))  // the value just after x0
            var candidates: [Fixed] = []
            let found = result.count
            if startSign != 0, previousSign != 0, startSign != previousSign {
                candidates.append((x0 + Fixed(units: 1)).roundedUpToInteger())  // the step at x0 flips the sign
            }
            if slope != .zero {
                let root = x1 - atEnd / slope
                if root > x0, root <= x1 { candidates.append(root.roundedUpToInteger()) }
            }
            for candidate in candidates {
                // Move to the first whole request whose sign differs from the request before it.
                var r = max(Fixed.one, candidate)
                let before = sign(difference(r - Fixed.one))
                var after = sign(difference(r))
                var guardCount = 0
                while after == before, guardCount < 3, r < limit {
                    r += Fixed.one
                    after = sign(difference(r))
                    guardCount += 1
                }
                guard after != before, after != 0 || before != 0 else { continue }
                let bCheaper = after > 0 || (after == 0 && before < 0)
                if result.last?.requests != r { result.append(Crossing(requests: r, bCheaperAbove: bCheaper)) }
            }
            let endSign = sign(atEnd)
            // A piece that is not linear (a fleet that scales to zero bills by activity, not by volume):
            // when the chord's root missed, bisect the whole requests of the piece for the sign change.
            let nearStart = (x0 + Fixed.one).roundedUpToInteger()
            if nonlinear, result.count == found, endSign != 0, nearStart < x1,
                case let before = sign(difference(nearStart)), before != 0, before != endSign
            {
                var low = nearStart  // sign differs from the end's
                var high = x1.roundedUpToInteger()  // sign as the end's
                while high - low > Fixed.one {
                    let middle = (low + high) / 2
                    let probe = middle.roundedUpToInteger() == high ? high - Fixed.one : middle.roundedUpToInteger()
                    if sign(difference(probe)) == endSign { high = probe } else { low = probe }
                }
                if sign(difference(high)) == endSign, result.last?.requests != high {
                    result.append(Crossing(requests: high, bCheaperAbove: endSign > 0))
                }
            }
            if endSign != 0 { previousSign = endSign }
        }
        return result
    }

    /// 0, the steps of both below `limit` in increasing order without repeats, and `limit`.
    static func merged(_ first: [Fixed], _ second: [Fixed], below limit: Fixed) -> [Fixed] {
        var result: [Fixed] = [.zero]
        result.reserveCapacity(first.count + second.count + 2)
        var i = 0
        var j = 0
        while true {
            let next: Fixed
            if i < first.count, j < second.count {
                next = min(first[i], second[j])
                if first[i] == next { i += 1 }
                if second[j] == next { j += 1 }
            } else if i < first.count {
                next = first[i]
                i += 1
            } else if j < second.count {
                next = second[j]
                j += 1
            } else {
                break
            }
            guard next < limit else { break }
            if next > result[result.count - 1] { result.append(next) }
        }
        if limit > result[result.count - 1] { result.append(limit) }
        return result
    }
}
