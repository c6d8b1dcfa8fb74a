import PlannerCore

/// Wording shared by every format, so they all say the same thing.
enum EstimateWording {
    static func monthly(_ option: OptionEstimate) -> String { option.monthlyCost?.dollars ?? "price missing" }

    static func perRequest(_ option: OptionEstimate) -> String {
        guard let value = option.perRequestCost else { return option.isPriced ? "n/a" : "—" }
        return value.amountText
    }

    /// Said once under an option whose displayed (rounded) items do not add up to its displayed total.
    static func roundingNote(_ option: OptionEstimate) -> String? {
        guard let total = option.monthlyCost, option.lineItems.count > 1 else { return nil }
        let shown = option.lineItems.reduce(Fixed.zero) { $0 + $1.cost.displayedAmount }
        guard shown.displayedAmount != total.displayedAmount else { return nil }
        return "items are shown rounded; the total is their exact sum"
    }

    /// Short status words for an option's row.
    static func status(_ option: OptionEstimate, cheapestID: String?, selectedID: String? = nil) -> String {
        let selected = option.id == selectedID ? "selected; " : ""
        if !option.isPriced { return selected + "not priced: see warnings" }
        if !option.isFeasible {
            return selected + "infeasible: " + option.infeasibleReasons.map(\.message).joined(separator: "; ")
        }
        if option.id == selectedID { return option.id == cheapestID ? "selected, cheapest" : "selected" }
        return option.id == cheapestID ? "cheapest" : ""
    }

    /// The deployed option in words, when the profile names one; nil when the cheapest is taken.
    static func selection(_ estimate: ProfileEstimate) -> String? {
        guard estimate.selectionIsExplicit, let selected = estimate.selected else { return nil }
        return
            "selected: \(selected.label), \(selected.monthlyCost?.dollars ?? "not priced")/month (the profile's `selected`); guardrails judge it"
    }

    /// An option's note or warning, a warning marked as such.
    static func note(_ finding: Finding) -> String {
        finding.severity == .warning ? "warning: \(finding.message)" : finding.message
    }

    static func header(_ estimate: ProfileEstimate) -> String {
        "\(estimate.region) · \(estimate.hoursPerMonth.quantityText()) h/month · \(estimate.requestsPerMonth.quantityText(maximumDecimals: 2)) requests/month"
    }

    static func pricing(_ estimate: ProfileEstimate) -> String {
        let dates = estimate.priceDates.map { "; prices dated \($0.text)" } ?? ""
        return "pricing snapshot \(estimate.snapshot) (\(estimate.snapshotDate), \(estimate.snapshotOrigin)\(dates))"
    }

    /// The sources the line items cite, each once, by key: the legend of the Source column.
    static func sources(_ estimate: ProfileEstimate) -> [PriceSource] {
        var seen: [String: PriceSource] = [:]
        for option in estimate.options { for item in option.lineItems { seen[item.source.key] = item.source } }
        return seen.values.sorted { $0.key < $1.key }
    }

    /// One legend line: `S2 (2026-08-20): AWS Price List, … <https://…>`.
    static func legend(_ source: PriceSource) -> String {
        "\(source.key) (\(source.date)\(kindNote(source))): \(source.title)\(source.url.isEmpty ? "" : " <\(source.url)>")"
    }

    /// `; derived estimate, not a published price`, or nothing for a published source.
    static func kindNote(_ source: PriceSource) -> String { source.kind.legendNote.map { "; \($0)" } ?? "" }

    /// One legend line as a Markdown list item (the key as code, the URL as an autolink).
    static func markdownLegend(_ source: PriceSource) -> String {
        "- `\(source.key)` (\(Markdown.text(source.date + kindNote(source)))): \(Markdown.text(source.title))"
            + (source.url.isEmpty ? "" : " <\(source.url)>") + "\n"
    }

    static func budget(_ estimate: ProfileEstimate) -> String? {
        guard let budget = estimate.budget else { return nil }
        guard let selected = estimate.selected, let cost = selected.monthlyCost else {
            return "budget \(budget.monthlyUSD.dollars)/month: no priced option to compare"
        }
        let within = cost <= budget.monthlyUSD
        let which = estimate.selectionIsExplicit ? "selected" : "cheapest"
        return
            "budget \(budget.monthlyUSD.dollars)/month: \(which) option \(within ? "within" : "OVER") budget (\(cost.dollars))"
    }

    /// `912.5 M tokens × $0.25 per 1M tokens = $228.125`: token items always in millions of tokens,
    /// whatever unit the catalog quotes, so one option reads in one token unit.
    static func lineItem(_ item: LineItem) -> String {
        let (quantity, price) = perMillion(item)
        return "\(quantity) × \(price) = \(item.cost.amountText)"
    }

    /// The quantity with its unit and the unit price, token units shown per 1M tokens.
    static func perMillion(_ item: LineItem) -> (quantity: String, price: String) {
        guard let perUnit = item.unit.tokensPerUnit else {
            return (
                "\(item.quantity.quantityText(maximumDecimals: 6)) \(item.unit.quantityLabel)",
                "\(item.unitPrice.unitPriceText) per \(item.unit.rawValue)"
            )
        }
        let scale = 1_000_000 / perUnit
        return (
            "\((item.quantity / scale).quantityText(maximumDecimals: 6)) M tokens",
            "\((item.unitPrice * scale).unitPriceText) per 1M tokens"
        )
    }

    static func source(_ item: LineItem) -> String {
        var text = "\(item.source.key), \(item.source.date)"
        if let adjustment = item.adjustment { text += "; \(adjustment)" }
        return text
    }
}
