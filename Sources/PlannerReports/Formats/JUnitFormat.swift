import PlannerCore

/// JUnit XML for CI test views: one test case per guardrail.
struct JUnitFormat: FormatRenderer {
    var documents: Set<OutputDocument.Kind> { [.report] }

    func render(_ document: OutputDocument) -> String? {
        guard case .report(let report, let failOnWarning) = document else { return nil }
        return ReportJUnitRenderer().render(report, failOnWarning: failOnWarning)
    }
}
