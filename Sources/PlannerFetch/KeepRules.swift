import Foundation
import PlannerCore

/// What a refresh keeps of the previous snapshot in a refreshed region when the fetched files have no
/// price for a slot (`overrides.json`, `keep`): rates whose key matches a `match` pattern, and rates
/// whose source is of a kind named by a `source_kind` rule (the community price maps fill slots the
/// Price List files lack, so a refresh keeps them; a derived price it drops, since the real files are
/// the better evidence).
struct KeepRules {
    var patterns: [String] = []
    var sourceKinds: Set<PriceSource.Kind> = []

    /// The rules of an `overrides.json`; none without one.
    init(overrides bytes: [UInt8]?) throws(RefreshError) {
        guard let bytes else { return }
        let invalid = RefreshError(
            .previousInvalid,
            "overrides.json is not valid: expected {\"keep\": [{\"match\": ...} or {\"source_kind\": ...}]}")
        guard let document = try? JSONParser.parse(bytes), case .array(let rules)? = document["keep"] else {
            throw invalid
        }
        for rule in rules {
            if case .string(let pattern)? = rule["match"] {
                patterns.append(pattern)
            } else if case .string(let name)? = rule["source_kind"] {
                guard let kind = PriceSource.Kind(rawValue: name) else {
                    throw RefreshError(
                        .previousInvalid,
                        "overrides.json: unknown source_kind '\(name)'\(Suggestions.didYouMean(name, among: PriceSource.Kind.allCases.map(\.rawValue))); expected one of: \(PriceSource.Kind.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                sourceKinds.insert(kind)
            } else {
                throw invalid
            }
        }
    }

    /// Whether the previous `rate`, at the rate key `name`, survives a refresh that lacks it.
    func keeps(_ name: String, _ rate: CatalogRate) -> Bool {
        sourceKinds.contains(rate.source.kind) || patterns.contains { Self.glob($0, name) }
    }

    /// `*` matches any run of characters; everything else matches itself.
    static func glob(_ pattern: String, _ text: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return pattern == text }
        guard text.hasPrefix(parts[0]) else { return false }
        var rest = Substring(text.dropFirst(parts[0].count))
        for part in parts.dropFirst().dropLast() where !part.isEmpty {
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return rest.hasSuffix(parts.last ?? "")
    }
}
