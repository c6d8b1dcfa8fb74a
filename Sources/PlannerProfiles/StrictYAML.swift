import Foundation
import PlannerCore
import Yams

/// YAML read strictly as data, with a bound on every cost: the rules a profile's YAML follows.
///
/// - Keys are plain scalars: a list or mapping as a key (`? [a]`, `{x: 1}: y`) and an alias as a key
///   (`? *a`, `*a : 1`) are errors at the key.
/// - Tags (`!x`, `!!str`) are errors at the tagged node; the node is then read as if untagged, so
///   one tag gives one error.
/// - Merge keys (`<<: *defaults`, `<<: [*a, *b]`) are supported as in YAML 1.1: the merged
///   mappings' keys are added where the mapping does not set them itself.
/// - A duplicate key is one error among the others: the later occurrence is left out and the rest of
///   the file is still checked (block mappings; a duplicate inside a flow mapping `{a: 1, a: 2}` stops
///   the file, as it cannot be told apart from its twin by position).
/// - Aliases expand to at most `maximumNodes` nodes in all: a "billion laughs" document is refused
///   at once instead of taking exponential time.
///
/// When the document has aliases, Yams composes it twice: first with every alias replaced by a plain
/// scalar of the same length (so nothing can expand and every position stays where it is) to check
/// keys and tags, then as written, once no alias can be a key. Without aliases it is composed once.
enum StrictYAML {
    /// Nodes a document may expand to through aliases and merges.
    static let maximumNodes = 100_000
    /// Duplicate keys reported before the file is given up on.
    static let maximumDuplicates = 50
    /// The first character of a key left out as a duplicate: such keys are skipped by every check.
    static let duplicateMarker: Character = "\u{E000}"

    /// The outcome of reading a document.
    enum Outcome {
        /// The composed, checked document; nil for an empty one.
        case document(Node?)
        /// It cannot be read; the problems are in the diagnostics.
        case failed
    }

    /// The composed, checked document.
    static func compose(_ text: String, diagnostics: DiagnosticList) -> Outcome {
        // The text as lines of characters (columns count characters, as Yams's marks do), built only
        // when the text has to change: a profile without aliases or duplicates is composed once, as is.
        var edited: [[Character]]?
        func lines() -> [[Character]] {
            edited ?? text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        }
        let aliasStarts = text.utf8.contains(UInt8(ascii: "*")) ? aliasPositions(in: lines()) : []
        func source(neutralisingAliases: Bool) -> String {
            guard edited != nil || (neutralisingAliases && !aliasStarts.isEmpty) else { return text }
            var result = lines()
            if neutralisingAliases { for (line, column) in aliasStarts { result[line][column] = "_" } }
            return result.map { String($0) }.joined(separator: "\n")
        }

        // Pass 1: aliases neutralised; duplicates found and set aside one by one.
        var firstPass: Node?
        var duplicates = 0
        while true {
            do {
                // The basic resolver resolves no plain scalar to a type, so a tag left after composing was written.
                firstPass = try Yams.compose(yaml: source(neutralisingAliases: true), .basic)
                break
            } catch let YamlError.duplicatedKeysInMapping(keys, context) {
                var current = lines()
                guard duplicates < maximumDuplicates,
                    let later = laterOccurrence(
                        of: keys, after: context.mark.line - 1, column: context.mark.column - 1, in: current)
                else {
                    diagnostics.add(
                        .error, .duplicateKey,
                        "duplicate key \(keys.sorted().map { "'\($0)'" }.joined(separator: ", ")) in a mapping",
                        at: context.mark)
                    return .failed
                }
                duplicates += 1
                diagnostics.add(
                    .error, .duplicateKey,
                    "duplicate key '\(later.key)': it is already set at line \(context.mark.line); this one is ignored",
                    line: later.line + 1, column: later.column + 1)
                current[later.line][later.column] = duplicateMarker
                edited = current
            } catch {
                diagnostics.items.append(syntaxDiagnostic(error, file: diagnostics.file, text: text))
                return .failed
            }
        }
        guard let firstPass else { return .document(nil) }
        let aliasSet = Set(aliasStarts.map { Position(line: $0.0 + 1, column: $0.1 + 1) })
        var keyProblems = false
        checkKeysAndTags(firstPass, aliases: aliasSet, diagnostics: diagnostics, keyProblems: &keyProblems)
        guard !keyProblems else { return .failed }

        // Pass 2, only when pass 1 neutralised aliases: the document as written (duplicates set aside).
        // Either way aliases and merges are expanded within the bound.
        var document = firstPass
        if !aliasStarts.isEmpty {
            do {
                guard let composed = try Yams.compose(yaml: source(neutralisingAliases: false)) else {
                    return .document(nil)
                }
                document = composed
            } catch {
                diagnostics.items.append(syntaxDiagnostic(error, file: diagnostics.file, text: text))
                return .failed
            }
        }
        var budget = maximumNodes
        guard let expanded = expand(document, budget: &budget, diagnostics: diagnostics) else {
            diagnostics.add(
                .error, .unsupportedYAML,
                "the document expands to more than \(Fixed(maximumNodes).quantityText()) YAML nodes through its aliases and merge keys; a profile needs far fewer",
                at: document.mark)
            return .failed
        }
        return .document(expanded)
    }

    struct Position: Hashable {
        var line: Int
        var column: Int
    }

    /// Where alias indicators (`*name`) stand, as 0-based (line, column) pairs of characters.
    ///
    /// A `*` counts when it starts a token (at the start of a line, or after a space, a tab, `[`, `{`,
    /// `,`, `-`, `?` or `:`) and an anchor name follows. (Nesting is bounded by libyaml, at 1,000 levels.) A `*` inside a quoted string, a comment or a block scalar that looks
    /// like one is replaced too; that changes only the first, checking pass, never the profile read.
    static func aliasPositions(in lines: [[Character]]) -> [(Int, Int)] {
        var positions: [(Int, Int)] = []
        for (number, line) in lines.enumerated() {
            for (index, character) in line.enumerated() where character == "*" {
                let before: Character = index == 0 ? " " : line[index - 1]
                guard [" ", "\t", "[", "{", ",", "-", "?", ":"].contains(before), index + 1 < line.count else {
                    continue
                }
                let next = line[index + 1]
                guard !next.isWhitespace, !",[]{}".contains(next) else { continue }
                positions.append((number, index))
            }
        }
        return positions
    }

    /// The first occurrence of one of `keys` after (`line`, `column`) in the same block mapping.
    static func laterOccurrence(of keys: [String], after line: Int, column: Int, in lines: [[Character]]) -> (
        key: String, line: Int, column: Int
    )? {
        var number = line + 1
        while number < lines.count {
            let text = lines[number]
            guard let first = text.firstIndex(where: { !$0.isWhitespace }), text[first] != "#" else {
                number += 1
                continue
            }
            if first < column { return nil }
            if first == column {
                let rest = String(text[first...])
                for key in keys {
                    for spelling in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(spelling) {
                        let after = rest.dropFirst(spelling.count).drop(while: { $0 == " " })
                        if after.first == ":" { return (key, number, first) }
                    }
                }
            }
            number += 1
        }
        return nil
    }

    /// Reports keys that are not plain scalars, aliases used as keys and tags, on the alias-free first pass.
    static func checkKeysAndTags(
        _ node: Node, aliases: Set<Position>, diagnostics: DiagnosticList, keyProblems: inout Bool
    ) {
        if let tag = explicitTag(node) {
            diagnostics.add(
                .error, .unsupportedYAML, "tags such as '\(tag)' are not part of the profile format; remove it",
                at: node.mark)
        }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                if key.scalar == nil {
                    keyProblems = true
                    diagnostics.add(
                        .error, .unsupportedYAML,
                        "a key must be a plain name, found \(key.mapping != nil ? "a mapping" : "a list") as a key",
                        at: key.mark)
                } else if let mark = key.mark, aliases.contains(Position(line: mark.line, column: mark.column)),
                    key.scalar?.style == .plain
                {
                    keyProblems = true
                    diagnostics.add(
                        .error, .unsupportedYAML, "an alias cannot be a key; write the key out", at: key.mark)
                } else {
                    checkKeysAndTags(key, aliases: aliases, diagnostics: diagnostics, keyProblems: &keyProblems)
                }
                checkKeysAndTags(value, aliases: aliases, diagnostics: diagnostics, keyProblems: &keyProblems)
            }
        case .sequence(let sequence):
            for element in sequence {
                checkKeysAndTags(element, aliases: aliases, diagnostics: diagnostics, keyProblems: &keyProblems)
            }
        case .scalar, .alias:
            break
        }
    }

    /// The tag written on a node, if any.
    static func explicitTag(_ node: Node) -> String? {
        let raw: String? =
            switch node {
            case .scalar(let scalar): scalar.tag.description
            case .mapping(let mapping): mapping.tag.description
            case .sequence(let sequence): sequence.tag.description
            case .alias: nil
            }
        let untagged = ["", Tag.Name.str.rawValue, Tag.Name.map.rawValue, Tag.Name.seq.rawValue]
        guard let raw, !untagged.contains(raw) else { return nil }
        return raw.hasPrefix("tag:yaml.org,2002:") ? "!!" + raw.dropFirst("tag:yaml.org,2002:".count) : raw
    }

    /// The node with aliases followed, merge keys applied and tags dropped, within `budget` nodes; nil past it.
    static func expand(_ node: Node, budget: inout Int, diagnostics: DiagnosticList) -> Node? {
        budget -= 1
        guard budget >= 0 else { return nil }
        switch node {
        case .scalar:
            // Kept as composed: explicit tags were refused in the first pass, and `Tag.implicit`
            // builds a new tag (with a dictionary) on every use.
            return node
        case .alias:
            return node
        case .sequence(let sequence):
            var elements: [Node] = []
            elements.reserveCapacity(sequence.count)
            for element in sequence {
                guard let expanded = expand(element, budget: &budget, diagnostics: diagnostics) else { return nil }
                elements.append(expanded)
            }
            return .sequence(Node.Sequence(elements, sequence.tag, sequence.style, sequence.mark))
        case .mapping(let mapping):
            var pairs: [(Node, Node)] = []
            var merged: [(Node, Node)] = []
            for (key, value) in mapping {
                if key.scalar?.string.first == duplicateMarker { continue }
                if key.scalar?.string == "<<", key.scalar?.style == .plain {
                    let sources: [Node] = value.sequence.map { Array($0) } ?? [value]
                    for source in sources {
                        guard case .mapping = source else {
                            diagnostics.add(
                                .error, .unsupportedYAML,
                                "a merge key (<<) takes a mapping or a list of mappings, found \(source.scalar.map { "'\($0.string)'" } ?? "a list")",
                                at: source.mark ?? key.mark)
                            continue
                        }
                        guard let expanded = expand(source, budget: &budget, diagnostics: diagnostics),
                            let entries = expanded.mapping
                        else { return nil }
                        for (mergedKey, mergedValue) in entries where !merged.contains(where: { $0.0 == mergedKey }) {
                            merged.append((mergedKey, mergedValue))
                        }
                    }
                    continue
                }
                guard let expandedKey = expand(key, budget: &budget, diagnostics: diagnostics),
                    let expandedValue = expand(value, budget: &budget, diagnostics: diagnostics)
                else { return nil }
                // Keys are looked up as text (`YAMLCursor.value(of:in:)`), so their tags are never resolved.
                pairs.append((expandedKey, expandedValue))
            }
            for (key, value) in merged where !pairs.contains(where: { $0.0 == key }) { pairs.append((key, value)) }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        }
    }

    /// Longest problem text kept from a YAML error: the offending line is never echoed.
    static let maximumMessageLength = 200

    /// A YAML syntax error as a diagnostic at its line and column, worded without the echoed line.
    static func syntaxDiagnostic(_ error: any Error, file: String, text: String) -> ProfileDiagnostic {
        func make(line: Int, column: Int, _ message: String) -> ProfileDiagnostic {
            let clean = message.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : String($0) }
                .joined()
            let short = clean.count > maximumMessageLength ? String(clean.prefix(maximumMessageLength)) + "…" : clean
            return ProfileDiagnostic(
                file: file, line: max(line, 1), column: max(column, 1), severity: .error, code: .syntax,
                message: "invalid YAML: " + short)
        }
        guard let yamlError = error as? YamlError else { return make(line: 1, column: 1, "\(error)") }
        switch yamlError {
        case .reader(let problem, let offset, let value, _):
            let (line, column) = offset.map { position(ofByte: $0, in: text) } ?? (1, 1)
            let detail = value >= 0 ? String(format: " (character U+%04X)", value) : ""
            return make(line: line, column: column, problem + detail)
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) (line \($0.mark.line), column \($0.mark.column)): " } ?? ""
            return make(line: mark.line, column: mark.column, prefix + problem)
        default:
            return make(line: 1, column: 1, "\(yamlError)")
        }
    }

    /// 1-based line and column (in characters) of a byte offset of `text`'s UTF-8.
    static func position(ofByte offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        let bytes = text.utf8
        var index = 0
        for byte in bytes {
            if index >= offset { break }
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let prefix = bytes.dropFirst(lineStart).prefix(max(0, offset - lineStart))
        let column = (String(decoding: prefix, as: UTF8.self).count) + 1
        return (line, column)
    }
}
