import PlannerCore

/// `genai-plan pricing diff` as text: one line a differing price, then the counts.
public enum PriceDiffRenderer {
    public static func text(_ diff: PriceDiff) -> String {
        var lines: [String] = []
        for entry in diff.entries {
            switch entry.change {
            case .added(let rate):
                lines.append("added    \(entry.key)  \(rate.price.unitPriceText) per \(rate.unit.rawValue)")
            case .removed(let rate):
                lines.append("removed  \(entry.key)  \(rate.price.unitPriceText) per \(rate.unit.rawValue)")
            case .changed(let old, let new, let percent):
                let change = percent.map { " (\($0.signedPercentText))" } ?? ""
                lines.append(
                    "changed  \(entry.key)  \(old.price.unitPriceText) per \(old.unit.rawValue) → \(new.price.unitPriceText) per \(new.unit.rawValue)\(change)"
                )
            }
        }
        lines.append("\(diff.added) added, \(diff.removed) removed, \(diff.changed) changed")
        return lines.joined(separator: "\n") + "\n"
    }
}
