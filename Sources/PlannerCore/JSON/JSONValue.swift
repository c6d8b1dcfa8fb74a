/// A JSON document that keeps numbers as their exact decimal text and objects in key order.
///
/// The planner reads catalogs and writes reports with it, so money never passes through a
/// binary floating-point number on the way in or out.
package indirect enum JSONValue: Sendable, Hashable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number as its literal text, e.g. `1105.95`.
    case number(String)
    case bool(Bool)
    case null

    /// A number from a `Fixed`, written exactly.
    package static func number(_ value: Fixed) -> JSONValue { .number(value.description) }
    /// A number from an integer.
    package static func number(_ value: Int) -> JSONValue { .number(String(value)) }
    /// A string, or null when nil.
    package static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// The member named `key` of an object.
    package subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case (.array(let a), .array(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        default: false
        }
    }

    package func hash(into hasher: inout Hasher) {
        switch self {
        case .object(let members):
            hasher.combine(0)
            for (key, value) in members {
                hasher.combine(key)
                hasher.combine(value)
            }
        case .array(let items):
            hasher.combine(1)
            hasher.combine(items)
        case .string(let text):
            hasher.combine(2)
            hasher.combine(text)
        case .number(let text):
            hasher.combine(3)
            hasher.combine(text)
        case .bool(let flag):
            hasher.combine(4)
            hasher.combine(flag)
        case .null: hasher.combine(5)
        }
    }
}
