import PlannerCore

/// `genai-plan pricing diff` as text, Markdown or JSON: one line a differing price, then the counts.
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

    static func markdown(_ diff: PriceDiff) -> String {
        func price(_ rate: CatalogRate) -> String { "\(rate.price.unitPriceText) per \(rate.unit.rawValue)" }
        let rows: [[String]] = diff.entries.map { entry in
            switch entry.change {
            case .added(let rate): ["added", "`\(entry.key)`", "", price(rate), ""]
            case .removed(let rate): ["removed", "`\(entry.key)`", price(rate), "", ""]
            case .changed(let old, let new, let percent):
                ["changed", "`\(entry.key)`", price(old), price(new), percent?.signedPercentText ?? ""]
            }
        }
        return Markdown.table(
            headers: ["Change", "Price", "Old", "New", "Per base unit"], rightAligned: [4], rows: rows)
            + "\n\(diff.added) added, \(diff.removed) removed, \(diff.changed) changed\n"
    }

    static func json(_ diff: PriceDiff) -> String {
        func rate(_ rate: CatalogRate) -> JSONValue {
            .object([
                ("usd", .number(rate.price)), ("unit", .string(rate.unit.rawValue)),
                ("source", .string(rate.source.key)), ("date", .string(rate.source.date)),
            ])
        }
        let entries: [JSONValue] = diff.entries.map { entry in
            switch entry.change {
            case .added(let new):
                .object([("key", .string(entry.key)), ("change", .string("added")), ("new", rate(new))])
            case .removed(let old):
                .object([("key", .string(entry.key)), ("change", .string("removed")), ("old", rate(old))])
            case .changed(let old, let new, let percent):
                .object([
                    ("key", .string(entry.key)), ("change", .string("changed")), ("old", rate(old)), ("new", rate(new)),
                    ("percent_per_base_unit", percent.map { .number($0) } ?? .null),
                ])
            }
        }
        return JSONValue.object([
            ("schema_version", .number(1)), ("added", .number(diff.added)), ("removed", .number(diff.removed)),
            ("changed", .number(diff.changed)), ("entries", .array(entries)),
        ]).rendered()
    }
}

extension PriceSource {
    /// The source as a JSON object: key, title, URL, date and kind (`published`, `community`, `proxy`, `derived`).
    var json: JSONValue {
        .object([
            ("key", .string(key)), ("title", .string(title)), ("url", .string(url)), ("date", .string(date)),
            ("kind", .string(kind.rawValue)),
        ])
    }
}
