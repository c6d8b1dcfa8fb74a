import PlannerCore

/// Renders break-even analyses: tables (text, Markdown), JSON, and an SVG chart.
struct BreakEvenRenderer: Sendable {
    /// The terminal's width: text tables wrap their option columns and notes to it; nil for none.
    var width: Int?

    /// Text or Markdown tables (one layout, two syntaxes).
    func tables(_ analyses: [BreakEvenAnalysis], markdown: Bool) -> String {
        analyses.map { text($0, markdown: markdown) }.joined(separator: "\n")
    }

    /// The JSON document.
    func json(_ analyses: [BreakEvenAnalysis]) -> String {
        JSONValue.object([
            ("schema_version", .number(EstimateJSONRenderer.schemaVersion)),
            ("profiles", .array(analyses.map(json))),
        ]).rendered()
    }

    static func volume(_ value: Fixed) -> String { value.quantityText(maximumDecimals: 0) }

    /// A share as a percentage with one decimal: `70%`, `58.3%`.
    static func percent(_ share: Fixed) -> String { (share * 100).quantityText(maximumDecimals: 1) + "%" }

    /// Billions/millions for token counts: `5.03 billion`.
    static func tokens(_ value: Fixed) -> String {
        let number = value.approximateDouble
        if number >= 1e9 { return EndpointSizing.format(number / 1e9, 2) + " billion" }
        if number >= 1e6 { return EndpointSizing.format(number / 1e6, 2) + " million" }
        return value.quantityText(maximumDecimals: 0)
    }

    func table(
        _ headers: [String], _ right: Set<Int>, _ rows: [[String]], markdown: Bool, wrapping: Set<Int> = [0]
    ) -> String {
        if markdown {
            return Markdown.table(headers: headers, rightAligned: right, rows: rows.map { $0.map(Markdown.cell) })
        }
        var table = TextTable(headers: headers, alignments: headers.indices.map { right.contains($0) ? .right : .left })
        table.rows = rows
        table.wrapping = wrapping
        table.maxWidth = width
        return table.render(indent: 0)
    }

    /// A free line: a Markdown bullet, or text wrapped to the width under `prefix`.
    func line(_ text: String, markdown: Bool, prefix: String = "  ") -> String {
        markdown
            ? "- " + Markdown.text(text) + "\n"
            : TextTable.paragraph(text, prefix: prefix, continuation: prefix.count + 2, width: width)
    }

    func text(_ analysis: BreakEvenAnalysis, markdown: Bool) -> String {
        var output =
            markdown
            ? "## \(Markdown.text(analysis.profileName)) — break-even\n\n" : "\(analysis.profileName) — break-even\n"
        let volume =
            "profile volume \(Self.volume(analysis.requestsPerMonth)) requests/month × \(analysis.tokensPerRequest.quantityText()) tokens; range \(Self.volume(analysis.rangeLow)) to \(Self.volume(analysis.rangeHigh)) requests/month"
        output += (markdown ? volume + "\n" : line(volume, markdown: false, prefix: "")) + "\n"
        let rows = analysis.points.map { point in
            [
                point.a, point.b, Self.volume(point.requestsPerMonth), Self.tokens(point.tokensPerMonth),
                point.monthlyCost.dollars, point.cheaperAbove,
            ]
        }
        output += (markdown ? "**Break-even volumes**\n\n" : "Break-even volumes\n")
        output +=
            rows.isEmpty
            ? "  no crossings in the range\n"
            : table(
                ["A", "B", "Requests/month", "Tokens/month", "Cost there", "Cheaper above"], [2, 3, 4], rows,
                markdown: markdown, wrapping: [0, 1, 5])
        for text in analysis.noCrossing { output += line(text, markdown: markdown) }
        if !analysis.cheapestRanges.isEmpty {
            output += markdown ? "\n**Cheapest way to pay by volume**\n\n" : "\nCheapest way to pay by volume\n"
            let last = analysis.cheapestRanges.count - 1
            let rows = analysis.cheapestRanges.enumerated().map { index, range in
                [
                    Self.volume(range.from),
                    index == last ? "\(Self.volume(range.to)) (range end)" : Self.volume(range.to),
                    range.label,
                ]
            }
            output += table(
                ["From requests/month", "To", "Cheapest option"], [0, 1], rows, markdown: markdown, wrapping: [2])
        }
        if !analysis.savingsPlans.isEmpty {
            output +=
                markdown
                ? "\n**Savings Plans** (a plan pays off when its commitment is used above plan rate ÷ on-demand rate)\n\n"
                : "\nSavings Plans (a plan pays off when its commitment is used above plan rate ÷ on-demand rate)\n"
            let rows = analysis.savingsPlans.map { payoff in
                let terms = payoff.terms
                return [
                    payoff.id, terms.plan.description,
                    terms.planRate.unitPriceText + (terms.estimated ? " (estimate)" : ""),
                    terms.onDemandRate.unitPriceText, Self.percent(terms.breakEvenUtilisation),
                    Self.percent(terms.utilisation),
                    terms.utilisation >= terms.breakEvenUtilisation ? "pays off" : "costs more",
                ]
            }
            output += table(
                ["Option", "Plan", "Plan $/h", "On demand $/h", "Pays off above", "Used here", "Verdict"],
                [2, 3, 4, 5], rows, markdown: markdown, wrapping: [0])
        }
        output +=
            markdown
            ? "\n**Cost curves** (monthly cost at volumes across the range)\n\n"
            : "\nCost curves (monthly cost at volumes across the range)\n"
        // Volumes from the longest curve: a pinned or capped fleet's curve ends at its capacity.
        let volumes = analysis.curves.max { $0.points.count < $1.points.count }?.points.map(\.requests) ?? []
        if !volumes.isEmpty {
            let last = volumes.count - 1
            let sample = [0, last / 4, last / 2, 3 * last / 4, last].map { volumes[$0] }
            let headers = ["Option"] + sample.map { Self.volume($0) + " req" }
            let curveRows = analysis.curves.map { curve in
                [curve.label]
                    + sample.map { volume in
                        curve.points.first { $0.requests == volume }?.cost.dollars ?? "beyond capacity"
                    }
            }
            output += table(headers, Set(1...sample.count), curveRows, markdown: markdown)
        }
        if !analysis.sensitivity.isEmpty {
            output +=
                markdown
                ? "\n**Sensitivity** (cheapest option's monthly cost change; * = the cheapest option changes)\n\n"
                : "\nSensitivity (cheapest option's monthly cost change; * = the cheapest option changes)\n"
            let changes = BreakEvenAnalyzer.sensitivityChanges
            let headers = ["Input"] + changes.map { $0 > 0 ? "+\($0)%" : "\($0)%" }
            let sensitivityRows = analysis.sensitivity.map { row in
                [row.input]
                    + row.cases.map { item in
                        (item.costChangePercent?.signedPercentText ?? "—") + (item.cheapestChanged ? "*" : "")
                    }
            }
            output += table(headers, Set(1...changes.count), sensitivityRows, markdown: markdown)
            for row in analysis.sensitivity where row.changesCheapest {
                let flips = row.cases.filter(\.cheapestChanged).map {
                    "\($0.changePercent > 0 ? "+" : "")\($0.changePercent)% → \($0.cheapest ?? "none")"
                }
                output += line(
                    "\(row.input): the cheapest option changes at \(flips.joined(separator: ", "))", markdown: markdown)
            }
        }
        for note in analysis.notes {
            output += markdown ? "- note: " + Markdown.text(note) + "\n" : line(note, markdown: false, prefix: "note: ")
        }
        return output
    }

    func json(_ analysis: BreakEvenAnalysis) -> JSONValue {
        .object([
            ("name", .string(analysis.profileName)),
            ("requests_per_month", .number(analysis.requestsPerMonth)),
            ("tokens_per_request", .number(analysis.tokensPerRequest)),
            (
                "break_even",
                .array(
                    analysis.points.map { point in
                        .object([
                            ("a", .string(point.a)), ("b", .string(point.b)),
                            ("requests_per_month", .number(point.requestsPerMonth)),
                            ("tokens_per_month", .number(point.tokensPerMonth)),
                            ("cheaper_above", .string(point.cheaperAbove)),
                            (
                                "monthly_cost",
                                .number(point.monthlyCost)
                            ),
                        ])
                    })
            ),
            ("no_crossing", .array(analysis.noCrossing.map { .string($0) })),
            (
                "cheapest_ranges",
                .array(
                    analysis.cheapestRanges.map { range in
                        .object([
                            ("from_requests_per_month", .number(range.from)),
                            ("to_requests_per_month", .number(range.to)), ("id", .string(range.id)),
                            ("mode", .string(range.mode.rawValue)),
                        ])
                    })
            ),
            (
                "savings_plans",
                .array(
                    analysis.savingsPlans.map { payoff in
                        guard case .object(let fields) = EstimateJSONRenderer().savingsPlan(payoff.terms) else {
                            return .null
                        }
                        return .object([("id", .string(payoff.id))] + fields)
                    })
            ),
            (
                "curves",
                .array(
                    analysis.curves.map { curve in
                        .object([
                            ("id", .string(curve.id)), ("label", .string(curve.label)),
                            (
                                "points",
                                .array(
                                    curve.points.map {
                                        .array([
                                            .number($0.requests),
                                            .number($0.cost),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            (
                "sensitivity",
                .array(
                    analysis.sensitivity.map { row in
                        .object([
                            ("input", .string(row.input)), ("effect_percent", .number(row.effect)),
                            ("changes_cheapest", .bool(row.changesCheapest)),
                            (
                                "cases",
                                .array(
                                    row.cases.map { item in
                                        .object([
                                            ("change_percent", .number(item.changePercent)),
                                            ("cheapest", .string(item.cheapest)),
                                            (
                                                "monthly_cost",
                                                item.cheapestCost.map {
                                                    .number($0)
                                                } ?? .null
                                            ),
                                            (
                                                "cost_change_percent",
                                                item.costChangePercent.map { .number($0) } ?? .null
                                            ),
                                            ("cheapest_changed", .bool(item.cheapestChanged)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            ("notes", .array(analysis.notes.map { .string($0) })),
        ])
    }
}
