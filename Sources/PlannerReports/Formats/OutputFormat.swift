import PlannerCore

/// Every format the tool writes. Each has one renderer, in its own file, that says which documents
/// it renders; adding a format is a case here and that file.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    case text
    case json
    case markdown
    case html
    case junit
    /// A pull-request comment for GitHub: compact, at most 65,536 characters, with a hidden marker.
    case githubComment = "github-comment"
    /// A merge-request note for GitLab, likewise.
    case gitlabComment = "gitlab-comment"

    /// The renderer of this format.
    package var renderer: any FormatRenderer {
        switch self {
        case .text: TextFormat()
        case .json: JSONFormat()
        case .markdown: MarkdownFormat()
        case .html: HTMLFormat()
        case .junit: JUnitFormat()
        case .githubComment: CommentFormat(platform: .github)
        case .gitlabComment: CommentFormat(platform: .gitlab)
        }
    }

    /// The formats that render documents of `kind`, in declaration order.
    public static func formats(for kind: OutputDocument.Kind) -> [OutputFormat] {
        allCases.filter { $0.renderer.documents.contains(kind) }
    }
}

/// Renders the documents of one format.
package protocol FormatRenderer: Sendable {
    /// The kinds of document this format renders.
    var documents: Set<OutputDocument.Kind> { get }
    /// The document in this format; nil for a kind it does not render.
    func render(_ document: OutputDocument) -> String?
}
