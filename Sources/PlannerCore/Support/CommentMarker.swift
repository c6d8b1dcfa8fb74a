/// The hidden first line of the tool's PR and MR comments: the comment formats write it, and
/// `genai-plan comment` finds its earlier comment by it.
public enum CommentMarker {
    public static let text = "<!-- genai-plan-comment -->"
}
