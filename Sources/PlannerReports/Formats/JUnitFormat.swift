import PlannerCore

/// JUnit XML for CI test views: one test case per guardrail.
struct JUnitFormat: FormatRenderer {
    var documents: Set<Document.Kind> { [.report] }

    func render(_ document: Document) -> String? {
        guard case .report(let report, let failOnWarning) = document else { return nil }
        return ReportJUnitRenderer().render(report, failOnWarning: failOnWarning)
    }
}
