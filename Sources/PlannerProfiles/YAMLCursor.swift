import Foundation
import PlannerCore
import Yams

/// Collects the diagnostics of one profile file.
final class DiagnosticList {
    let file: String
    var items: [ProfileDiagnostic] = []

    init(file: String) { self.file = file }

    func add(_ severity: Finding.Severity, _ code: FindingCode, _ message: String, at mark: Mark?) {
        items.append(
            Finding(
                file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, severity: severity, code: code,
                message: message))
    }

    func add(_ severity: Finding.Severity, _ code: FindingCode, _ message: String, line: Int, column: Int) {
        items.append(
            Finding(file: file, line: line, column: column, severity: severity, code: code, message: message))
    }

    /// The diagnostics in file order (stable for equal positions).
    var sorted: [ProfileDiagnostic] {
        items.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
    }
}

/// A position in a YAML document: a node (or its absence) with its dotted path, reporting problems
/// at the node's line and column (or the parent's, for a missing key).
struct YAMLCursor {
    let node: Node?
    let path: String
    /// Where to point when the node is absent: the parent mapping.
    let fallbackMark: Mark?
    let diagnostics: DiagnosticList
    /// A mapping's values by key text (the first of a repeated key), built once: the parser asks a
    /// mapping for each of its keys, and walking Yams' pairs copies every node.
    private let index: [String: Node]?

    init(node: Node?, path: String, fallbackMark: Mark?, diagnostics: DiagnosticList) {
        self.node = node
        self.path = path
        self.fallbackMark = fallbackMark
        self.diagnostics = diagnostics
        if case .mapping(let mapping)? = node {
            var index: [String: Node] = [:]
            index.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard let text = key.scalar?.string, index[text] == nil else { continue }
                index[text] = value
            }
            self.index = index
        } else {
            index = nil
        }
    }

    var mark: Mark? { node?.mark ?? fallbackMark }
    var exists: Bool {
        guard let node else { return false }
        if case .scalar(let scalar) = node, scalar.style == .plain,
            ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        {
            return false
        }
        return true
    }

    func error(_ code: FindingCode, _ message: String) {
        diagnostics.add(.error, code, "\(path): \(message)", at: mark)
    }
    func warning(_ code: FindingCode, _ message: String) {
        diagnostics.add(.warning, code, "\(path): \(message)", at: mark)
    }

    func child(_ key: String) -> YAMLCursor {
        let value = index?[key]
        return YAMLCursor(
            node: value, path: path.isEmpty ? key : "\(path).\(key)", fallbackMark: mark, diagnostics: diagnostics)
    }

    /// True when this is a mapping; reports an error otherwise (unless absent and optional).
    func isMapping(optional: Bool = false) -> Bool {
        guard exists else {
            if !optional { error(.missingValue, "missing") }
            return false
        }
        guard node?.mapping != nil else {
            error(.wrongType, "expected a mapping of keys to values, found \(describe())")
            return false
        }
        return true
    }

    /// The keys of a mapping, reporting unknown ones with a suggestion.
    /// With `extensions`, keys starting with `x-` are the user's own (a place for YAML anchors) and are skipped.
    func checkKeys(_ known: [String], extensions: Bool = false) {
        guard let mapping = node?.mapping else { return }
        for key in mapping.keys {
            guard let name = key.string else { continue }
            if extensions, name.hasPrefix("x-") { continue }
            if !known.contains(name) {
                diagnostics.add(
                    .error, .unknownKey,
                    "\(path.isEmpty ? "" : path + ": ")unknown key '\(name)'\(Suggestions.didYouMean(name, among: known))",
                    at: key.mark)
            }
        }
    }

    /// Keys are compared as text, not as YAML nodes (Yams' node equality resolves both tags with
    /// regular expressions on every comparison; profile keys are all plain names).
    func hasKey(_ key: String) -> Bool { index?[key] != nil }

    /// The elements of a sequence.
    func elements(optional: Bool = true) -> [YAMLCursor] {
        guard exists else {
            if !optional { error(.missingValue, "missing") }
            return []
        }
        guard let sequence = node?.sequence else {
            error(.wrongType, "expected a list, found \(describe())")
            return []
        }
        return sequence.enumerated().map {
            YAMLCursor(node: $1, path: "\(path)[\($0)]", fallbackMark: mark, diagnostics: diagnostics)
        }
    }

    func string(optional: Bool = true) -> String? {
        guard exists else {
            if !optional { error(.missingValue, "missing") }
            return nil
        }
        guard let scalar = node?.scalar else {
            error(.wrongType, "expected text, found \(describe())")
            return nil
        }
        return scalar.string
    }

    /// An exact decimal within `range`; NaN, infinities and text are reported.
    func number(in range: ClosedRange<Fixed>, optional: Bool = true, why: String? = nil) -> Fixed? {
        guard exists else {
            if !optional { error(.missingValue, "missing (a number is required)") }
            return nil
        }
        guard let scalar = node?.scalar else {
            error(.wrongType, "expected a number, found \(describe())")
            return nil
        }
        guard let value = YAMLCursor.parseNumber(scalar.string, report: { error(.invalidValue, $0) }) else {
            return nil
        }
        guard range.contains(value) else {
            let reason = why.map { " (\($0))" } ?? ""
            if value < range.lowerBound {
                error(.invalidValue, "must be at least \(range.lowerBound), found \(value)\(reason)")
            } else {
                error(
                    .invalidValue,
                    "must be at most \(range.upperBound.quantityText(maximumDecimals: 12)), found \(value.quantityText(maximumDecimals: 12))\(reason)"
                )
            }
            return nil
        }
        return value
    }

    /// A whole number within `range`.
    func integer(in range: ClosedRange<Int>, optional: Bool = true) -> Int? {
        guard let value = number(in: Fixed(range.lowerBound)...Fixed(range.upperBound), optional: optional) else {
            return nil
        }
        guard value.isInteger, let whole = value.integerPart else {
            error(.invalidValue, "must be a whole number, found \(value)")
            return nil
        }
        return whole
    }

    /// One of an enumeration's values, with a suggestion for a typo.
    func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type, optional: Bool = true) -> E?
    where E.RawValue == String {
        guard let text = string(optional: optional) else { return nil }
        guard let value = E(rawValue: text) else {
            let allowed = E.allCases.map(\.rawValue)
            error(
                .invalidValue,
                "unknown value '\(text)'\(Suggestions.didYouMean(text, among: allowed)); expected one of: \(allowed.joined(separator: ", "))"
            )
            return nil
        }
        return value
    }

    /// A number by the profile grammar: an optional sign, digits with an optional fraction, an optional
    /// exponent (`1500`, `-2`, `0.25`, `.5`, `1e6`, `2.5E-3`); at most 12 decimal places and below 10^24.
    /// Reports which rule a text breaks.
    static func parseNumber(_ raw: String, report: (String) -> Void) -> Fixed? {
        // Plain digits with at most one point (`1500`, `0.25`), the commonest case, are read directly.
        let utf8 = raw.utf8
        if let first = utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first), utf8.count <= 24,
            utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") }),
            utf8.filter({ $0 == UInt8(ascii: ".") }).count <= 1, utf8.last != UInt8(ascii: "."),
            let value = Fixed(raw)
        {
            return value
        }
        let text = raw.trimmingCharacters(in: .whitespaces)
        let shown = quoted(raw)
        let lower = text.lowercased()
        if [".nan", "nan", "-nan", "+nan", "-.nan", "+.nan"].contains(lower) {
            report("must be a finite number, found \(shown)")
            return nil
        }
        if lower.hasSuffix("inf") || lower.hasSuffix("infinity") {
            report("must be a finite number, found \(shown)")
            return nil
        }
        let unsigned = lower.hasPrefix("-") || lower.hasPrefix("+") ? String(lower.dropFirst()) : lower
        if unsigned.hasPrefix("0x") || unsigned.hasPrefix("0o") || unsigned.hasPrefix("0b") {
            report("hexadecimal, octal and binary numbers are not accepted, found \(shown): write the decimal value")
            return nil
        }
        if text.contains("_") {
            report(
                "digit separators ('_') are not accepted in numbers, found \(shown): write \(quoted(text.replacingOccurrences(of: "_", with: "")))"
            )
            return nil
        }
        if text.contains(",") {
            report(
                "thousands separators (',') are not accepted in numbers, found \(shown): write \(quoted(text.replacingOccurrences(of: ",", with: "")))"
            )
            return nil
        }
        guard followsNumberGrammar(text) else {
            report("expected a number, found \(shown)")
            return nil
        }
        guard let value = Fixed(text) else {
            let mantissa = lower.split(separator: "e").first ?? ""
            let decimals =
                mantissa.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
            if decimals > Fixed.fractionDigits {
                report("has more than \(Fixed.fractionDigits) decimal places, found \(shown)")
            } else {
                report("must be below 10^24 with at most \(Fixed.fractionDigits) decimal places, found \(shown)")
            }
            return nil
        }
        return value
    }

    /// `[+-]?(digits(.digits?)?|.digits)([eE][+-]?digits)?`, checked by hand (a `Regex` costs more
    /// than the rest of loading a profile).
    static func followsNumberGrammar(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        func digits() -> Int {
            let count = bytes.prefix(while: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }).count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    /// A scalar's text for a message: quoted, control characters escaped, long text shortened.
    static func quoted(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            if escaped.count >= 60 {
                escaped += "…"
                break
            }
            switch scalar {
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case _ where scalar.properties.generalCategory == .control:
                escaped += String(format: "\\u{%X}", scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "'\(escaped)'"
    }

    func describe() -> String {
        switch node {
        case .scalar(let scalar)?: YAMLCursor.quoted(scalar.string)
        case .mapping?: "a mapping"
        case .sequence?: "a list"
        case .alias?: "an alias"
        case nil: "nothing"
        }
    }
}
