import PlannerCore

/// A self-contained HTML page (inline styles, no scripts) for the report.
struct HTMLFormat: FormatRenderer {
    var documents: Set<Document.Kind> { [.report] }

    func render(_ document: Document) -> String? {
        guard case .report(let report, _) = document else { return nil }
        return ReportHTMLRenderer().render(report)
    }
}
