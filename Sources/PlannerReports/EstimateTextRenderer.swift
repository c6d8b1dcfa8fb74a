import PlannerCore

/// The terminal view of an estimate: one table per profile, cheapest marked, line items below.
struct EstimateTextRenderer: Sendable {
    /// The terminal's width, which tables wrap their option, status and item columns to fit; nil for none.
    var width: Int?

    func render(_ estimates: [ProfileEstimate]) -> String {
        estimates.map(render).joined(separator: "\n")
    }

    func render(_ estimate: ProfileEstimate) -> String {
        var output = estimate.profileName
        if let description = estimate.description { output += " — \(description)" }
        output += "\n\(EstimateWording.header(estimate))\n\(EstimateWording.pricing(estimate))\n"
        if estimate.optionsProposed { output += "no options in the profile: proposing candidates for the task\n" }
        output += "\n"
        let cheapestID = estimate.cheapest?.id
        var table = TextTable(
            headers: ["", "Option", "Monthly", "Per request", "Status"],
            alignments: [.left, .left, .right, .right, .left])
        table.wrapping = [1, 4]
        table.maxWidth = width
        for option in estimate.options {
            table.rows.append([
                option.id == cheapestID ? "*" : "", option.label, EstimateWording.monthly(option),
                EstimateWording.perRequest(option),
                EstimateWording.status(option, cheapestID: cheapestID, selectedID: estimate.selectedID),
            ])
        }
        output += table.render(indent: 0)
        if let selection = EstimateWording.selection(estimate) { output += "\n\(selection)\n" }
        if let budget = EstimateWording.budget(estimate) { output += "\n\(budget)\n" }
        if let advice = estimate.advice {
            output += "\nAdvice (decision tables; [the row that fired])\n"
            output += AdviceRendering.lines(advice).map { "  " + $0 + "\n" }.joined()
        }
        output += "\nLine items (quantity × unit price = cost; [source, date])\n"
        for option in estimate.options {
            output += "\n  \(option.label)\n  id: \(option.id)\n"
            var items = TextTable(
                headers: ["Item", "Quantity × unit price = cost", "Source"], alignments: [.left, .left, .left])
            items.wrapping = [0, 1, 2]
            items.maxWidth = width
            for item in option.lineItems {
                items.rows.append([item.description, EstimateWording.lineItem(item), EstimateWording.source(item)])
            }
            if !option.lineItems.isEmpty {
                output += items.render(indent: 4)
                output += "    total \(EstimateWording.monthly(option))\n"
                if let note = EstimateWording.roundingNote(option) { output += "    (\(note))\n" }
            }
            for error in option.errors { output += "    error: \(error.message)\n" }
            for reason in option.infeasibleReasons { output += "    infeasible: \(reason.message)\n" }
            for note in option.notes { output += "    note: \(EstimateWording.note(note))\n" }
        }
        let sources = EstimateWording.sources(estimate)
        if !sources.isEmpty {
            output += "\nSources (the Source column's keys)\n"
            for source in sources { output += "  \(EstimateWording.legend(source))\n" }
        }
        if !estimate.warnings.isEmpty {
            output += "\nWarnings\n"
            for warning in estimate.warnings { output += "  - \(warning.description)\n" }
        }
        return output
    }
}
