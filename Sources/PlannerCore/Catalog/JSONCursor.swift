/// Collects catalog problems so that a whole file is checked before anything is reported.
final class ProblemList {
    var problems: [CatalogProblem] = []
}

/// A JSON path built only when a problem is reported (`models[3].prices[0].rates.input`).
indirect enum JSONPath: CustomStringConvertible {
    case root
    case key(JSONPath, String)
    case index(JSONPath, Int)

    var description: String {
        switch self {
        case .root: ""
        case .key(.root, let key): key
        case .key(let parent, let key): "\(parent).\(key)"
        case .index(let parent, let index): "\(parent)[\(index)]"
        }
    }
}

/// Walks a `JSONValue` with its path, reporting problems instead of stopping at the first.
struct JSONCursor {
    let value: JSONValue?
    let file: String
    let jsonPath: JSONPath
    let problems: ProblemList

    init(value: JSONValue?, file: String, path: JSONPath = .root, problems: ProblemList) {
        self.value = value
        self.file = file
        self.jsonPath = path
        self.problems = problems
    }

    var path: String { jsonPath.description }

    func child(_ key: String) -> JSONCursor {
        JSONCursor(value: value?[key], file: file, path: .key(jsonPath, key), problems: problems)
    }

    func report(_ message: String) {
        problems.problems.append(CatalogProblem(file: file, path: path, message: message))
    }

    var exists: Bool {
        if case .some(.null) = value { return false }
        return value != nil
    }

    /// The elements of an array; empty (with a problem unless optional and absent) otherwise.
    func elements(optional: Bool = false) -> [JSONCursor] {
        guard exists || !optional else { return [] }
        guard case .array(let items) = value else {
            report(exists ? "expected an array" : "missing")
            return []
        }
        return items.enumerated().map {
            JSONCursor(value: $1, file: file, path: .index(jsonPath, $0), problems: problems)
        }
    }

    /// The members of an object, in file order.
    func members() -> [(key: String, cursor: JSONCursor)] {
        guard case .object(let pairs) = value else {
            report(exists ? "expected an object" : "missing")
            return []
        }
        return pairs.map { ($0.0, JSONCursor(value: $0.1, file: file, path: .key(jsonPath, $0.0), problems: problems)) }
    }

    func string(optional: Bool = false) -> String? {
        guard exists else {
            if !optional { report("missing") }
            return nil
        }
        guard case .string(let text) = value else {
            report("expected a string")
            return nil
        }
        return text
    }

    func strings() -> [String] {
        guard exists else { return [] }
        return elements().compactMap { $0.string() }
    }

    func int(optional: Bool = false) -> Int? {
        guard exists else {
            if !optional { report("missing") }
            return nil
        }
        guard case .number(let text) = value, let integer = Int(text) else {
            if case .number = value {
                report("expected a whole number of at most 18 digits")
            } else {
                report("expected a whole number")
            }
            return nil
        }
        return integer
    }

    /// A whole number within `range`, reported with the range when outside it.
    func int(in range: ClosedRange<Int>, optional: Bool = false) -> Int? {
        guard let value = int(optional: optional) else { return nil }
        guard range.contains(value) else {
            report("must be from \(range.lowerBound) to \(range.upperBound), found \(value)")
            return nil
        }
        return value
    }

    /// A decimal within `range` (a figure an engine divides by or multiplies with).
    func fixed(in range: ClosedRange<Fixed>, optional: Bool = false) -> Fixed? {
        guard let value = fixed(optional: optional), value >= .zero else { return nil }
        guard range.contains(value) else {
            report(
                "must be from \(range.lowerBound) to \(range.upperBound.quantityText(maximumDecimals: 12)), found \(value.quantityText(maximumDecimals: 12))"
            )
            return nil
        }
        return value
    }

    func bool(default fallback: Bool) -> Bool {
        guard exists else { return fallback }
        guard case .bool(let flag) = value else {
            report("expected true or false")
            return fallback
        }
        return flag
    }

    /// An exact decimal, written as a string (`"0.00025"`) or a number literal.
    func fixed(optional: Bool = false) -> Fixed? {
        guard exists else {
            if !optional { report("missing") }
            return nil
        }
        let parsed: Fixed?
        switch value {
        case .string(let text): parsed = Fixed(text)
        case .number(let text): parsed = Fixed(text)
        default: parsed = nil
        }
        guard let result = parsed else {
            report("expected a decimal number")
            return nil
        }
        if result < .zero { report("must not be negative") }
        return result
    }

    func enumValue<E: RawRepresentable & CaseIterable>(_ type: E.Type, optional: Bool = false) -> E?
    where E.RawValue == String {
        guard let raw = string(optional: optional) else { return nil }
        guard let result = E(rawValue: raw) else {
            let allowed = E.allCases.map(\.rawValue)
            report(
                "unknown value '\(raw)'\(Suggestions.didYouMean(raw, among: allowed)); expected one of: \(allowed.joined(separator: ", "))"
            )
            return nil
        }
        return result
    }

    /// Reports every key outside `known`, with a suggestion.
    func checkKeys(_ known: [String]) {
        guard case .object(let pairs) = value else { return }
        for (key, _) in pairs where !known.contains(key) {
            child(key).report("unknown key '\(key)'\(Suggestions.didYouMean(key, among: known))")
        }
    }
}
