extension JSONValue {
    /// Pretty-printed JSON with two-space indentation and a final newline; keys keep their order.
    package func rendered() -> String {
        var output: [UInt8] = []
        write(to: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    /// The value as it appears at `indent` inside a document (no leading indentation, no newline):
    /// for writers that render parts of one document apart, on several cores.
    package func renderedBytes(indent: Int) -> [UInt8] {
        var output: [UInt8] = []
        write(to: &output, indent: indent)
        return output
    }

    /// Indentation, built once.
    private static let indents: [[UInt8]] = (0..<32).map { Array(repeating: UInt8(ascii: " "), count: 2 * $0) }

    private static func indent(_ level: Int, to output: inout [UInt8]) {
        if level < indents.count {
            output.append(contentsOf: indents[level])
        } else {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
        }
    }

    /// Arrays at least this long, near the top of a document, are written on every core (a report's
    /// profiles); the bytes are the same.
    static let parallelArrayCount = 32

    /// Written as bytes: appending many small `String`s costs several times more than the bytes.
    private func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .object(let members):
            guard !members.isEmpty else {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(contentsOf: "{\n".utf8)
            for (index, (key, value)) in members.enumerated() {
                JSONValue.indent(indent + 1, to: &output)
                JSONValue.writeString(key, to: &output)
                output.append(contentsOf: ": ".utf8)
                value.write(to: &output, indent: indent + 1)
                output.append(contentsOf: index == members.count - 1 ? "\n".utf8 : ",\n".utf8)
            }
            JSONValue.indent(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        case .array(let items):
            guard !items.isEmpty else {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(contentsOf: "[\n".utf8)
            let parts: [[UInt8]]? =
                items.count >= JSONValue.parallelArrayCount && indent < 2
                ? items.parallelMap { item in
                    var bytes: [UInt8] = []
                    item.write(to: &bytes, indent: indent + 1)
                    return bytes
                } : nil
            for index in items.indices {
                JSONValue.indent(indent + 1, to: &output)
                if let parts {
                    output.append(contentsOf: parts[index])
                } else {
                    items[index].write(to: &output, indent: indent + 1)
                }
                output.append(contentsOf: index == items.count - 1 ? "\n".utf8 : ",\n".utf8)
            }
            JSONValue.indent(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .string(let text): JSONValue.writeString(text, to: &output)
        case .number(let text):
            // Every number we write comes from a `Fixed` or an `Int`; an amount too large to represent
            // has no digits and is written as null, so the document stays valid JSON whatever it holds.
            if let first = text.utf8.first,
                first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
            {
                output.append(contentsOf: text.utf8)
            } else {
                output.append(contentsOf: "null".utf8)
            }
        case .bool(let flag): output.append(contentsOf: flag ? "true".utf8 : "false".utf8)
        case .null: output.append(contentsOf: "null".utf8)
        }
    }

    static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Most strings need no escape: copied whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            output.append(contentsOf: text.utf8)
            output.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): output.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): output.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: "\\u00".utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
