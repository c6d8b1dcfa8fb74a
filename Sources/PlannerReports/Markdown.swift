import Foundation

/// Escaping and tables for GitHub-flavoured Markdown.
enum Markdown {
    /// Text safe inside a table cell: `|` and `\` escaped, emphasis and code characters neutralised, newlines as `<br>`.
    static func cell(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "|": output += "\\|"
            case "\\": output += "\\\\"
            case "*", "_", "`", "<", ">", "[", "]": output += "\\\(character)"
            case "\n": output += "<br>"
            default: output.append(character)
            }
        }
        return output
    }

    /// Free text safe outside a table.
    static func text(_ text: String) -> String { cell(text).replacingOccurrences(of: "<br>", with: " ") }

    /// A GFM table; `rightAligned` marks numeric columns.
    static func table(headers: [String], rightAligned: Set<Int>, rows: [[String]]) -> String {
        var lines = ["| " + headers.joined(separator: " | ") + " |"]
        lines.append(
            "|" + headers.indices.map { rightAligned.contains($0) ? "---:" : ":---" }.joined(separator: "|") + "|")
        for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }
}
