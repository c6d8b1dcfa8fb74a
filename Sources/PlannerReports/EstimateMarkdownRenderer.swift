import PlannerCore

/// The Markdown view of an estimate, for pull requests: the same content as the text view.
struct EstimateMarkdownRenderer: Sendable {
    /// The level of the profile's heading (`##` by default); option headings are two levels deeper.
    var headingLevel: Int

    init(headingLevel: Int = 2) { self.headingLevel = headingLevel }

    func render(_ estimates: [ProfileEstimate]) -> String {
        estimates.map(render).joined(separator: "\n")
    }

    func render(_ estimate: ProfileEstimate) -> String {
        var output = String(repeating: "#", count: headingLevel) + " \(Markdown.text(estimate.profileName))\n\n"
        if let description = estimate.description { output += "\(Markdown.text(description))\n\n" }
        output +=
            "\(Markdown.text(EstimateWording.header(estimate)))  \n\(Markdown.text(EstimateWording.pricing(estimate)))\n\n"
        if estimate.optionsProposed { output += "No options in the profile: candidates proposed for the task.\n\n" }
        let cheapestID = estimate.cheapest?.id
        let rows = estimate.options.map { option in
            [
                option.id == cheapestID ? "**\(Markdown.cell(option.label))**" : Markdown.cell(option.label),
                EstimateWording.monthly(option), EstimateWording.perRequest(option),
                Markdown.cell(EstimateWording.status(option, cheapestID: cheapestID, selectedID: estimate.selectedID)),
            ]
        }
        output += Markdown.table(
            headers: ["Option", "Monthly", "Per request", "Status"], rightAligned: [1, 2], rows: rows)
        if let selection = EstimateWording.selection(estimate) { output += "\n\(Markdown.text(selection))\n" }
        if let budget = EstimateWording.budget(estimate) { output += "\n\(Markdown.text(budget))\n" }
        if let advice = estimate.advice {
            output += "\n**Advice** (decision tables; the row that fired in brackets)\n\n"
            for line in AdviceRendering.lines(advice) {
                output +=
                    line.hasPrefix("  ")
                    ? "  - \(Markdown.text(String(line.dropFirst(2))))\n" : "- \(Markdown.text(line))\n"
            }
        }
        output += "\n<details><summary>Line items</summary>\n\n"
        for option in estimate.options {
            output +=
                String(repeating: "#", count: headingLevel + 2)
                + " \(Markdown.text(option.label))\n\n`\(option.id)`\n\n"
            if !option.lineItems.isEmpty {
                let itemRows =
                    option.lineItems.map { item in
                        let (quantity, price) = EstimateWording.perMillion(item)
                        return [
                            Markdown.cell(item.description), Markdown.cell(quantity), Markdown.cell(price),
                            item.cost.amountText,
                            Markdown.cell(EstimateWording.source(item)),
                        ]
                    } + [["**total**", "", "", "**\(EstimateWording.monthly(option))**", ""]]
                output += Markdown.table(
                    headers: ["Item", "Quantity", "Unit price", "Cost", "Source"], rightAligned: [1, 2, 3],
                    rows: itemRows)
                if let note = EstimateWording.roundingNote(option) { output += "\n_\(Markdown.text(note))_\n" }
                output += "\n"
            }
            let remarks =
                option.errors.map { "error: \($0.message)" }
                + option.infeasibleReasons.map { "infeasible: \($0.message)" }
                + option.notes.map { "note: \(EstimateWording.note($0))" }
            for remark in remarks { output += "- \(Markdown.text(remark))\n" }
            if !remarks.isEmpty { output += "\n" }
        }
        let sources = EstimateWording.sources(estimate)
        if !sources.isEmpty {
            output += "\n**Sources** (the Source column's keys)\n\n"
            for source in sources { output += EstimateWording.markdownLegend(source) }
        }
        output += "</details>\n"
        if !estimate.warnings.isEmpty {
            output += "\n**Warnings**\n\n"
            for warning in estimate.warnings { output += "- \(Markdown.text(warning.description))\n" }
        }
        return output
    }
}
