import PlannerCore

/// A self-contained HTML page (inline styles, no scripts) for the report.
struct HTMLFormat: FormatRenderer {
    var documents: Set<OutputDocument.Kind> { [.report] }

    func render(_ document: OutputDocument) -> String? {
        guard case .report(let report, _) = document else { return nil }
        return ReportHTMLRenderer().render(report)
    }
}
