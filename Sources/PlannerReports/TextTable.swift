/// A plain-text table with aligned columns, for terminals and logs.
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    /// The table, each line indented by `indent` spaces, columns separated by two spaces.
    func render(indent: Int = 2) -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                let isLast = index == cells.count - 1
                switch alignments[index] {
                case .left: parts.append(isLast ? cell : cell + padding)
                case .right: parts.append(padding + cell)
                }
            }
            return String(repeating: " ", count: indent) + parts.joined(separator: "  ")
        }
        var lines = [
            line(headers),
            String(repeating: " ", count: indent)
                + zip(headers, widths).map { String(repeating: $0.isEmpty ? " " : "-", count: $1) }.joined(
                    separator: "  "),
        ]
        lines += rows.map(line)
        return lines.map { $0.replacingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
