import PlannerCore

/// PR and MR comments (`github-comment`, `gitlab-comment`): the report cut to fit one comment.
struct CommentFormat: FormatRenderer {
    var platform: CommentPlatform

    var documents: Set<OutputDocument.Kind> { [.report] }

    func render(_ document: OutputDocument) -> String? {
        guard case .report(let report, _) = document else { return nil }
        return ReportCommentRenderer(platform: platform).render(report)
    }
}
