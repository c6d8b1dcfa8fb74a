import PlannerCore

/// Builds a `Report`: estimates, break-even and fine-tuning per profile, the baseline comparison and the guardrails.
public struct ReportBuilder: Sendable {
    public let catalog: PricingCatalog
    public let tables: DecisionTables?
    /// Fail when the selected option's monthly cost rises more than this, in percent, against the baseline.
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
    ) -> ReviewReport {
        let estimator = Estimator(catalog: catalog, tables: tables)
        let analyzer = BreakEvenAnalyzer(estimator: estimator)
        let planner = FineTuningPlanner(catalog: catalog, tables: tables)
        let reports = profiles.map { ($0.path, $0.profile) }.parallelMap { item in
            let (path, profile) = item
            let estimate = estimator.estimate(profile, profileLocation: path)
            return ProfileReport(
                path: path, project: profile.project ?? "", estimate: estimate,
                breakEven: analyzer.analyze(profile, curvePoints: 25, withSensitivity: false, estimate: estimate),
                fineTuning: profile.fineTuning?.baseModel == nil ? nil : try? planner.compare(profile))
        }
        let comparison = baseline.map { BaselineComparison(baseline: $0, profiles: reports) }
        return ReviewReport(
            generatedAt: generatedAt, toolVersion: toolVersion, profiles: reports, baseline: comparison,
            guardrails: guardrails(reports, comparison), baselineProfiles: baseline)
    }

    func guardrails(_ reports: [ProfileReport], _ comparison: BaselineComparison?) -> [GuardrailResult] {
        let evaluator = GuardrailEvaluator()
        return reports.flatMap { report in
            let increase = maxIncreasePercent.flatMap { limit in
                comparison.map {
                    GuardrailEvaluator.IncreaseCheck(
                        limitPercent: limit, changePercent: $0.selectedChangePercent(report.estimate.profileName))
                }
            }
            return evaluator.evaluate(report.estimate, increase: increase)
        }
    }
}
