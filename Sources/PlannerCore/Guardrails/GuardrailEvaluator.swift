/// Decides the guardrails of one profile's estimate: budget, increase against a baseline, missing
/// prices, feasibility and sampling. Budget, increase and feasibility judge the option the team deploys
/// (`ProfileEstimate.selected`: the profile's `selected:`, else the cheapest feasible option).
public struct GuardrailEvaluator: Sendable {
    /// The increase check: the limit in percent, and the cheapest option's change against the
    /// baseline (nil when the profile is not in the baseline or has no cost to compare).
    public struct IncreaseCheck: Sendable, Hashable {
        public var limitPercent: Fixed
        public var changePercent: Fixed?

        public init(limitPercent: Fixed, changePercent: Fixed?) {
            self.limitPercent = limitPercent
            self.changePercent = changePercent
        }
    }

    public init() {}

    /// The results for `estimate`, in a fixed order; `increase` is nil when no baseline limit was asked for.
    public func evaluate(_ estimate: ProfileEstimate, increase: IncreaseCheck?) -> [GuardrailResult] {
        let name = estimate.profileName
        func result(_ guardrail: Guardrail, _ status: GuardrailResult.Status, _ message: String) -> GuardrailResult {
            GuardrailResult(profile: name, guardrail: guardrail, status: status, message: message)
        }
        var results: [GuardrailResult] = []
        let selected = estimate.selected
        let which = estimate.selectionIsExplicit ? "selected option" : "cheapest option"
        if let budget = estimate.budget {
            if let cost = selected?.monthlyCost {
                let within = cost <= budget.monthlyUSD
                results.append(
                    result(
                        .budget, within ? .pass : .fail,
                        "\(which) \(cost.dollars)/month \(within ? "within" : "exceeds") the budget of \(budget.monthlyUSD.dollars)"
                    ))
            } else {
                results.append(
                    result(
                        .budget, .fail,
                        "no priced, feasible option to hold to the budget of \(budget.monthlyUSD.dollars)"))
            }
        }
        if let increase {
            if let percent = increase.changePercent {
                results.append(
                    result(
                        .maxIncrease, percent <= increase.limitPercent ? .pass : .fail,
                        "\(which) \(percent.signedPercentText) against the baseline (limit +\(increase.limitPercent)%)"
                    ))
            } else {
                results.append(result(.maxIncrease, .pass, "not in the baseline, or no cost to compare"))
            }
        }
        let unpriced = estimate.options.filter { !$0.isPriced }
        results.append(
            result(
                .missingPrices, unpriced.isEmpty ? .pass : .fail,
                unpriced.isEmpty
                    ? "every option priced"
                    : "not priced: "
                        + unpriced.map { "\($0.id) (\($0.errors.map(\.message).joined(separator: "; ")))" }.joined(
                            separator: ", ")))
        // The deployed option must serve the workload; other options that cannot are a warning.
        let infeasible = estimate.options.filter { !$0.isFeasible }
        let listed = infeasible.map { "\($0.id) (\($0.infeasibleReasons.map(\.message).joined(separator: "; ")))" }
            .joined(separator: ", ")
        if let selected, !selected.isFeasible {
            results.append(result(.feasibility, .fail, "the selected option cannot serve the workload: \(listed)"))
        } else if selected == nil, !estimate.options.isEmpty {
            results.append(result(.feasibility, .fail, "no priced option can serve the workload: \(listed)"))
        } else {
            results.append(
                result(
                    .feasibility, infeasible.isEmpty ? .pass : .warning,
                    infeasible.isEmpty
                        ? "every option can serve the workload" : "other options cannot serve the workload: \(listed)"))
        }
        if let sampling = estimate.advice?.sampling {
            let flags = sampling.flags
            results.append(
                result(
                    .sampling, flags.isEmpty ? .pass : .warning,
                    flags.isEmpty
                        ? "sampling settings within the table's ranges (or not set)" : flags.joined(separator: "; ")))
        }
        return results
    }
}
