import PlannerCore
import PlannerFetch

/// What a refresh's offer files mapped to, in words: one line of counts, and with `--verbose` the
/// skipped prices by reason, the AWS names that matched no model (to extend the name table) and
/// the models added.
enum RefreshSummary {
    static func text(_ mapping: PriceListMapper.Mapping, verbose: Bool) -> String {
        let skipped = mapping.skipped.values.reduce(0, +)
        let unmatched = mapping.unmatchedNames.values.reduce(0, +)
        var text =
            "mapped \(mapping.mapped) prices; skipped \(skipped) by name; \(unmatched) prices of \(mapping.unmatchedNames.count) AWS model names matched no catalogued model (\(mapping.newModels.count) new models added)"
        text += verbose ? "\n" : " (--verbose lists them)\n"
        guard verbose else { return text }
        if !mapping.skipped.isEmpty {
            text += "skipped by name:\n"
            for (reason, count) in mapping.skipped.sorted(by: { $0.key < $1.key }) {
                text += "  \(count)\t\(reason.rawValue)\n"
            }
        }
        if !mapping.unmatchedNames.isEmpty {
            text +=
                "AWS model names that matched no catalogued model (add them to Pricing/\(PriceListNames.fileName)):\n"
            for (name, count) in mapping.unmatchedNames.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                let added = mapping.newModels.values.first { $0.name == name }.map { " → added as \($0.id)" } ?? ""
                text += "  \(count)\t\(name)\(added)\n"
            }
        }
        if !mapping.ignoredNames.isEmpty {
            text += "left unmapped by the name table:\n"
            for (name, count) in mapping.ignoredNames.sorted(by: { $0.key < $1.key }) {
                text += "  \(count)\t\(name)\n"
            }
        }
        if !mapping.conflicts.isEmpty {
            text += "slots priced twice:\n"
            for conflict in mapping.conflicts.sorted() { text += "  \(conflict)\n" }
        }
        return text
    }
}
