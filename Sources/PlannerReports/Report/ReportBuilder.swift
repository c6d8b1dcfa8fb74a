import PlannerCore

/// Builds a `Report`: estimates, break-even and fine-tuning per profile, the baseline comparison and the guardrails.
public struct ReportBuilder: Sendable {
    public let catalog: PricingCatalog
    public let tables: DecisionTables?
    /// Fail when the cheapest option's monthly cost rises more than this, in percent, against the baseline.
    public var maxIncreasePercent: Fixed?

    public init(catalog: PricingCatalog, tables: DecisionTables?, maxIncreasePercent: Fixed? = nil) {
        self.catalog = catalog
        self.tables = tables
        self.maxIncreasePercent = maxIncreasePercent
    }

    /// The report of loaded profiles (path, profile), in the given order.
    /// Profiles are priced on every core; the order of the input is kept.
    public func build(
        _ profiles: [(path: String, profile: WorkloadProfile)], baseline: Baseline?, generatedAt: String,
        toolVersion: String
    ) -> Report {
        let estimator = Estimator(catalog: catalog, tables: tables)
        let analyzer = BreakEvenAnalyzer(estimator: estimator)
        let planner = FineTuningPlanner(catalog: catalog, tables: tables)
        let reports = profiles.map { ($0.path, $0.profile) }.parallelMap { item in
            let (path, profile) = item
            return ProfileReport(
                path: path, estimate: estimator.estimate(profile, profileLocation: path),
                breakEven: analyzer.analyze(profile, curvePoints: 25, withSensitivity: false),
                fineTuning: profile.fineTuning?.baseModel == nil ? nil : try? planner.compare(profile))
        }
        let comparison = baseline.map { BaselineComparison(baseline: $0, profiles: reports) }
        return Report(
            generatedAt: generatedAt, toolVersion: toolVersion, profiles: reports, baseline: comparison,
            guardrails: guardrails(reports, comparison))
    }

    func guardrails(_ reports: [ProfileReport], _ comparison: BaselineComparison?) -> [GuardrailResult] {
        var results: [GuardrailResult] = []
        for report in reports {
            let estimate = report.estimate
            let name = estimate.profileName
            let cheapest = estimate.cheapest
            if let budget = estimate.budget {
                if let cost = cheapest?.monthlyCost {
                    let within = cost <= budget.monthlyUSD
                    results.append(
                        .init(
                            profile: name, name: "budget", status: within ? .pass : .fail,
                            message:
                                "cheapest option \(cost.dollars)/month \(within ? "within" : "exceeds") the budget of \(budget.monthlyUSD.dollars)"
                        ))
                } else {
                    results.append(
                        .init(
                            profile: name, name: "budget", status: .fail,
                            message: "no priced, feasible option to hold to the budget of \(budget.monthlyUSD.dollars)")
                    )
                }
            }
            if let limit = maxIncreasePercent, let comparison {
                if let percent = comparison.cheapestChangePercent(name) {
                    let ok = percent <= limit
                    results.append(
                        .init(
                            profile: name, name: "max-increase", status: ok ? .pass : .fail,
                            message:
                                "cheapest option \(percent.signedPercentText) against the baseline (limit +\(limit)%)"))
                } else {
                    results.append(
                        .init(
                            profile: name, name: "max-increase", status: .pass,
                            message: "not in the baseline, or no cost to compare"))
                }
            }
            let unpriced = estimate.options.filter { !$0.isPriced }
            results.append(
                .init(
                    profile: name, name: "missing-prices", status: unpriced.isEmpty ? .pass : .fail,
                    message: unpriced.isEmpty
                        ? "every option priced"
                        : "not priced: "
                            + unpriced.map { "\($0.id) (\($0.errors.map(\.message).joined(separator: "; ")))" }.joined(
                                separator: ", ")
                ))
            let infeasible = estimate.options.filter { !$0.isFeasible }
            results.append(
                .init(
                    profile: name, name: "feasibility", status: infeasible.isEmpty ? .pass : .warning,
                    message: infeasible.isEmpty
                        ? "every option can serve the workload"
                        : "cannot serve the workload: "
                            + infeasible.map {
                                "\($0.id) (\($0.infeasibleReasons.map(\.message).joined(separator: "; ")))"
                            }.joined(
                                separator: ", ")))
            let flags = estimate.advice?.sampling.flags ?? []
            if estimate.advice != nil {
                results.append(
                    .init(
                        profile: name, name: "sampling", status: flags.isEmpty ? .pass : .warning,
                        message: flags.isEmpty
                            ? "sampling settings within the table's ranges (or not set)" : flags.joined(separator: "; ")
                    ))
            }
        }
        return results
    }
}
