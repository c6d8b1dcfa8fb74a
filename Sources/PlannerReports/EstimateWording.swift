import PlannerCore

/// Wording shared by every format, so they all say the same thing.
enum EstimateWording {
    static func monthly(_ option: OptionEstimate) -> String { option.monthlyCost?.dollars ?? "price missing" }

    static func perRequest(_ option: OptionEstimate) -> String {
        guard let value = option.perRequestCost else { return option.isPriced ? "n/a" : "—" }
        return value.unitPriceText
    }

    /// Short status words for an option's row.
    static func status(_ option: OptionEstimate, cheapestID: String?) -> String {
        if !option.isPriced { return "not priced: see warnings" }
        if !option.isFeasible {
            return "infeasible: " + option.infeasibleReasons.map(\.message).joined(separator: "; ")
        }
        return option.id == cheapestID ? "cheapest" : ""
    }

    /// An option's note or warning, a warning marked as such.
    static func note(_ finding: Finding) -> String {
        finding.severity == .warning ? "warning: \(finding.message)" : finding.message
    }

    static func header(_ estimate: ProfileEstimate) -> String {
        "\(estimate.region) · \(estimate.hoursPerMonth.quantityText()) h/month · \(estimate.requestsPerMonth.quantityText(maximumDecimals: 2)) requests/month"
    }

    static func pricing(_ estimate: ProfileEstimate) -> String {
        "pricing snapshot \(estimate.snapshot) (\(estimate.snapshotDate), \(estimate.snapshotOrigin))"
    }

    static func budget(_ estimate: ProfileEstimate) -> String? {
        guard let budget = estimate.budget else { return nil }
        guard let cheapest = estimate.cheapest, let cost = cheapest.monthlyCost else {
            return "budget \(budget.monthlyUSD.dollars)/month: no priced option to compare"
        }
        let within = cost <= budget.monthlyUSD
        return
            "budget \(budget.monthlyUSD.dollars)/month: cheapest option \(within ? "within" : "OVER") budget (\(cost.dollars))"
    }

    static func lineItem(_ item: LineItem) -> String {
        "\(item.quantity.quantityText(maximumDecimals: 6)) × \(item.unitPrice.unitPriceText) per \(item.unit.rawValue) = \(item.cost.dollars)"
    }

    static func source(_ item: LineItem) -> String {
        var text = "\(item.source.key), \(item.source.date)"
        if let adjustment = item.adjustment { text += "; \(adjustment)" }
        return text
    }
}
