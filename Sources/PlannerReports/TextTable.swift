/// A plain-text table with aligned columns, for terminals and logs. Given a width, it wraps the
/// cells of its wrappable columns (at spaces) until it fits.
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []
    /// Columns whose cells may wrap onto more lines (the option column, notes).
    var wrapping: Set<Int> = []
    /// The widest a line may be; nil for no limit.
    var maxWidth: Int?

    /// The narrowest a wrapped column becomes.
    static let minimumWrappedWidth = 16

    /// The table, each line indented by `indent` spaces, columns separated by two spaces.
    func render(indent: Int = 2) -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        if let maxWidth {
            // Narrow the widest wrappable column, one character at a time, until the table fits.
            func total() -> Int { indent + widths.reduce(0, +) + 2 * max(0, widths.count - 1) }
            while total() > maxWidth,
                let widest = wrapping.filter({ $0 < widths.count && widths[$0] > Self.minimumWrappedWidth })
                    .max(by: { widths[$0] < widths[$1] })
            {
                widths[widest] -= 1
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
        /// A row as one or more lines: wrapped cells continue below, the others stay on the first.
        func lines(_ cells: [String]) -> [String] {
            let pieces = cells.enumerated().map { index, cell in
                wrapping.contains(index) && cell.count > widths[index] ? Self.wrap(cell, width: widths[index]) : [cell]
            }
            let height = pieces.map(\.count).max() ?? 1
            return (0..<height).map { row in line(pieces.map { row < $0.count ? $0[row] : "" }) }
        }
        var output = [
            line(headers),
            String(repeating: " ", count: indent)
                + zip(headers, widths).map { String(repeating: $0.isEmpty ? " " : "-", count: $1) }.joined(
                    separator: "  "),
        ]
        for row in rows { output += lines(row) }
        return output.map { $0.replacingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }

    /// `text` in lines of at most `width` characters, broken at spaces; a longer word (an option id
    /// such as `jumpstart:meta-textgeneration-llama-3-8b-instruct:ml.g5.2xlarge`) is broken after its
    /// last `:`, `-`, `.` or `/` that fits, else cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var word = Substring(word)
            while word.count > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                let head = word.prefix(width)
                let cut = head.lastIndex(where: { ":-./".contains($0) }).map { head.index(after: $0) } ?? head.endIndex
                let piece = cut > head.startIndex ? head[..<cut] : head
                lines.append(String(piece))
                word = word.dropFirst(piece.count)
            }
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

extension TextTable {
    /// A line of prose (a note) wrapped to `width` after its `prefix`, continuation lines indented
    /// by `continuation` spaces; as one line when `width` is nil.
    static func paragraph(_ text: String, prefix: String, continuation: Int, width: Int?) -> String {
        guard let width, prefix.count + text.count > width else { return prefix + text + "\n" }
        let room = max(minimumWrappedWidth, width - max(prefix.count, continuation))
        let lines = wrap(text, width: room)
        return prefix + lines[0] + "\n"
            + lines.dropFirst().map { String(repeating: " ", count: continuation) + $0 + "\n" }.joined()
    }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
