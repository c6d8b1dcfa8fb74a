import Foundation
import PlannerCore

/// The report as one self-contained HTML page: inline CSS and SVG, no script, font or network access;
/// readable on a laptop and printable.
struct ReportHTMLRenderer: Sendable {

    static func escape(_ text: String) -> String { BreakEvenChart.escape(text) }

    static let style = """
        :root { --ink: #1d2430; --muted: #5b6575; --line: #d9dee6; --pass: #1a7f37; --warn: #9a6700; --fail: #cf222e; --accent: #1f6feb; }
        * { box-sizing: border-box; }
        body { font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1180px; padding: 24px; }
        h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 21px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 17px; margin: 20px 0 6px; } .meta, .muted { color: var(--muted); }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 14px; }
        th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
        th { background: #f4f6f8; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.cheapest td { background: #eef6ff; font-weight: 600; }
        .status-pass { color: var(--pass); font-weight: 600; } .status-warning { color: var(--warn); font-weight: 600; } .status-fail { color: var(--fail); font-weight: 700; }
        .note { background: #fff8c5; border: 1px solid #eed888; padding: 6px 10px; border-radius: 6px; }
        figure { margin: 8px 0 16px; } svg { max-width: 100%; height: auto; }
        details { margin: 6px 0; } summary { cursor: pointer; color: var(--accent); }
        ul.advice li { margin: 2px 0; } code { font-size: 12px; color: var(--muted); }
        @media print { body { max-width: none; padding: 0; } details { display: block; } details > summary { display: none; } h2 { break-before: page; } h2.first { break-before: avoid; } }
        """

    func render(_ report: ReviewReport) -> String {
        var html =
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>GenAIPlanner report</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n"
        html +=
            "<header><h1>GenAIPlanner report</h1><p class=\"meta\">\(Self.escape(ReportWording.header(report)))</p></header>\n"
        if let change = report.baseline?.pricingChange {
            html += "<p class=\"note\">\(Self.escape(change)): cost changes include price changes.</p>\n"
        }
        if !report.failedProfiles.isEmpty {
            html += "<h2>Profiles with errors</h2>\n<p class=\"note\">Not estimated; the run exits 2.</p>\n<ul>"
            for failed in report.failedProfiles {
                html +=
                    "<li><code>\(Self.escape(failed.path))</code><ul>"
                    + failed.diagnostics.map { "<li>\(Self.escape($0))</li>" }.joined() + "</ul></li>"
            }
            html += "</ul>\n"
        }
        if report.baseline == nil, let note = report.baselineNote {
            html += "<p class=\"note\">No baseline yet: \(Self.escape(note))</p>\n"
        }
        html +=
            "<h2 class=\"first\">Summary</h2>\n<table>\n<tr><th>Profile</th><th>Selected option</th><th class=\"num\">Monthly</th><th class=\"num\">Change vs baseline</th><th>Budget</th><th>Guardrails</th></tr>\n"
        for item in report.profiles {
            let name = item.estimate.profileName
            html +=
                "<tr><td><a href=\"#\(Self.anchor(name))\">\(Self.escape(name))</a></td><td>\(Self.escape(item.estimate.selected?.label ?? "none priced"))</td>"
            html += "<td class=\"num\">\(Self.escape(item.estimate.selected?.monthlyCost?.dollars ?? "—"))</td>"
            html +=
                "<td class=\"num\">\(Self.escape(report.baseline.map { ReportWording.percent($0.selectedChangePercent(name)) } ?? "no baseline"))</td>"
            let budget = ReportWording.budgetStatus(report, name)
            html +=
                "<td class=\"\(budget == "over" ? "status-fail" : (budget == "within" ? "status-pass" : "muted"))\">\(Self.escape(budget))</td><td>\(Self.escape(ReportWording.guardrailSummary(report, profile: name)))</td></tr>\n"
        }
        html += "</table>\n" + totals(report)
        html += "<h3>Guardrails: \(Self.escape(ReportWording.guardrailSummary(report)))</h3>\n"
        let problems = report.guardrails.filter { $0.status != .pass }
        if !problems.isEmpty {
            html +=
                "<ul>"
                + problems.map {
                    "<li><span class=\"status-\($0.status.rawValue)\">\(ReportWording.icon($0.status))</span> \(Self.escape($0.profile)) / \(Self.escape($0.name)): \(Self.escape($0.message))</li>"
                }.joined() + "</ul>\n"
        }
        html +=
            "<details><summary>All guardrails</summary>\n<table>\n<tr><th>Profile</th><th>Guardrail</th><th>Status</th><th>Detail</th></tr>\n"
        for result in report.guardrails {
            html +=
                "<tr><td>\(Self.escape(result.profile))</td><td>\(Self.escape(result.name))</td><td class=\"status-\(result.status.rawValue)\">\(ReportWording.icon(result.status))</td><td>\(Self.escape(result.message))</td></tr>\n"
        }
        html += "</table>\n</details>\n"
        if let baseline = report.baseline, !baseline.changes.isEmpty {
            html +=
                "<details><summary>Changes against the baseline</summary>\n<table>\n<tr><th>Profile</th><th>Option</th><th class=\"num\">Before</th><th class=\"num\">After</th><th class=\"num\">Change</th></tr>\n"
            for change in baseline.changes {
                html +=
                    "<tr><td>\(Self.escape(change.profile))</td><td><code>\(Self.escape(change.option))</code></td><td class=\"num\">\(Self.escape(change.before?.dollars ?? (change.added ? "new" : "—")))</td><td class=\"num\">\(Self.escape(change.after?.dollars ?? (change.removed ? "removed" : "—")))</td><td class=\"num\">\(Self.escape(ReportWording.percent(change.percent)))</td></tr>\n"
            }
            html += "</table>\n</details>\n"
        }
        html += report.profiles.parallelMap { profile($0) }.joined()
        return html + "</body>\n</html>\n"
    }

    /// The projects' totals and the overall total of the selected options.
    func totals(_ report: ReviewReport) -> String {
        let withBaseline = report.baseline != nil
        var html =
            "<h3>Totals of the selected options</h3>\n<table>\n<tr><th>Project</th><th class=\"num\">Profiles</th><th class=\"num\">Monthly</th>"
        if withBaseline {
            html += "<th class=\"num\">Baseline</th><th class=\"num\">Delta</th><th class=\"num\">Change</th>"
        }
        html += "</tr>\n"
        let shown = report.projectTotals.count > 1 ? report.totals : Array(report.totals.suffix(1))
        for total in shown {
            let cells = ReportWording.totalRow(total, baseline: withBaseline)
            let tag = total.project == nil ? "th" : "td"
            html +=
                "<tr><\(tag)>\(Self.escape(cells[0]))</\(tag)>"
                + cells.dropFirst().map { "<\(tag) class=\"num\">\(Self.escape($0))</\(tag)>" }.joined() + "</tr>\n"
        }
        html += "</table>\n"
        let missing = report.projectTotals.compactMap(ReportWording.missing)
        if !missing.isEmpty {
            html += "<ul>" + missing.map { "<li class=\"status-warning\">\(Self.escape($0))</li>" }.joined() + "</ul>\n"
        }
        return html
    }

    static func anchor(_ name: String) -> String {
        "profile-" + String(name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    func profile(_ item: ProfileReport) -> String {
        let estimate = item.estimate
        let cheapestID = estimate.cheapest?.id
        var html = "<h2 id=\"\(Self.anchor(estimate.profileName))\">\(Self.escape(estimate.profileName))</h2>\n"
        if let description = estimate.description { html += "<p>\(Self.escape(description))</p>\n" }
        html +=
            "<p class=\"meta\">\(Self.escape(EstimateWording.header(estimate))) · \(Self.escape(EstimateWording.pricing(estimate)))</p>\n"
        html += "<figure>\(costChart(estimate))</figure>\n"
        html +=
            "<table>\n<tr><th>Option</th><th class=\"num\">Monthly</th><th class=\"num\">Per request</th><th>Status</th></tr>\n"
        for option in estimate.options {
            html +=
                "<tr\(option.id == cheapestID ? " class=\"cheapest\"" : "")><td>\(Self.escape(option.label))<br><code>\(Self.escape(option.id))</code></td>"
            html +=
                "<td class=\"num\">\(Self.escape(EstimateWording.monthly(option)))</td><td class=\"num\">\(Self.escape(EstimateWording.perRequest(option)))</td>"
            html +=
                "<td>\(Self.escape(EstimateWording.status(option, cheapestID: cheapestID, selectedID: estimate.selectedID)))</td></tr>\n"
        }
        html += "</table>\n<details><summary>Line items and notes</summary>\n"
        for option in estimate.options {
            html +=
                "<h3>\(Self.escape(option.label))</h3>\n<table>\n<tr><th>Item</th><th class=\"num\">Quantity</th><th>Unit</th><th class=\"num\">Unit price</th><th class=\"num\">Cost</th><th>Source</th></tr>\n"
            for line in option.lineItems {
                html +=
                    "<tr><td>\(Self.escape(line.description))</td><td class=\"num\">\(Self.escape(line.quantity.quantityText(maximumDecimals: 6)))</td><td>\(Self.escape(line.unit.rawValue))</td><td class=\"num\">\(Self.escape(line.unitPrice.unitPriceText))</td><td class=\"num\">\(Self.escape(line.cost.dollars))</td><td>\(Self.escape(EstimateWording.source(line)))</td></tr>\n"
            }
            html +=
                "<tr><th>total</th><td></td><td></td><td></td><th class=\"num\">\(Self.escape(EstimateWording.monthly(option)))</th><td></td></tr>\n</table>\n"
            let remarks =
                option.errors.map { "error: \($0.message)" }
                + option.infeasibleReasons.map { "infeasible: \($0.message)" }
                + option.notes.map(EstimateWording.note)
            if !remarks.isEmpty { html += "<ul>" + remarks.map { "<li>\(Self.escape($0))</li>" }.joined() + "</ul>\n" }
        }
        let sources = EstimateWording.sources(estimate)
        if !sources.isEmpty {
            html += "<h3>Sources</h3>\n<dl class=\"sources\">"
            for source in sources {
                let title =
                    source.url.hasPrefix("http")
                    ? "<a href=\"\(Self.escape(source.url))\">\(Self.escape(source.title))</a>"
                    : Self.escape(source.title)
                html +=
                    "<dt><code>\(Self.escape(source.key))</code> (\(Self.escape(source.date + EstimateWording.kindNote(source))))</dt><dd>\(title)</dd>"
            }
            html += "</dl>\n"
        }
        html += "</details>\n"
        if let breakEven = item.breakEven, breakEven.curves.count > 1 {
            html += "<h3>Break-even</h3>\n<figure>\(BreakEvenChart().render(breakEven))</figure>\n"
            if !breakEven.points.isEmpty {
                html +=
                    "<table>\n<tr><th>A</th><th>B</th><th class=\"num\">Requests/month</th><th class=\"num\">Tokens/month</th><th>Cheaper above</th></tr>\n"
                for point in breakEven.points {
                    html +=
                        "<tr><td><code>\(Self.escape(point.a))</code></td><td><code>\(Self.escape(point.b))</code></td><td class=\"num\">\(Self.escape(point.requestsPerMonth.quantityText(maximumDecimals: 0)))</td><td class=\"num\">\(Self.escape(BreakEvenRenderer.tokens(point.tokensPerMonth)))</td><td><code>\(Self.escape(point.cheaperAbove))</code></td></tr>\n"
                }
                html += "</table>\n"
            }
            for line in breakEven.noCrossing { html += "<p class=\"muted\">\(Self.escape(line))</p>\n" }
            if breakEven.cheapestRanges.count > 1 {
                html +=
                    "<table>\n<tr><th class=\"num\">From requests/month</th><th class=\"num\">To</th><th>Cheapest option</th></tr>\n"
                for range in breakEven.cheapestRanges {
                    html +=
                        "<tr><td class=\"num\">\(Self.escape(BreakEvenRenderer.volume(range.from)))</td><td class=\"num\">\(Self.escape(BreakEvenRenderer.volume(range.to)))</td><td>\(Self.escape(range.label))</td></tr>\n"
                }
                html += "</table>\n"
            }
        }
        if let fineTuning = item.fineTuning {
            html +=
                "<h3>Fine-tuning</h3>\n<p><strong>Recommended:</strong> \(Self.escape(fineTuning.recommendation))</p>\n"
            if let runnerUp = fineTuning.runnerUpReason {
                html += "<p><strong>Runner-up:</strong> \(Self.escape(runnerUp))</p>\n"
            }
        }
        if let advice = estimate.advice {
            html +=
                "<h3>Advice</h3>\n<ul class=\"advice\">"
                + AdviceRendering.lines(advice).map {
                    "<li>\(Self.escape($0.trimmingCharacters(in: .whitespaces)))</li>"
                }.joined() + "</ul>\n"
        }
        if !estimate.warnings.isEmpty {
            html +=
                "<h3>Warnings</h3>\n<ul>"
                + estimate.warnings.map { "<li class=\"status-warning\">\(Self.escape($0.description))</li>" }.joined()
                + "</ul>\n"
        }
        return html
    }

    /// Horizontal bars of each option's monthly cost; the cheapest highlighted, unpriced options named.
    func costChart(_ estimate: ProfileEstimate) -> String {
        let rowHeight = 30.0
        let labelWidth = 420.0
        let barWidth = 520.0
        let height = 30 + rowHeight * Double(estimate.options.count) + 10
        let maximum = estimate.options.compactMap { $0.monthlyCost?.approximateDouble }.max() ?? 1
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(labelWidth + barWidth + 120))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(labelWidth + barWidth + 120)) \(Int(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"monthly cost per option\">\n"
        svg += "<text x=\"0\" y=\"16\" font-weight=\"bold\">Monthly cost per option</text>\n"
        let cheapestID = estimate.cheapest?.id
        for (index, option) in estimate.options.enumerated() {
            let y = 28 + Double(index) * rowHeight
            let label = option.label.count > 62 ? String(option.label.prefix(61)) + "…" : option.label
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 14)\" text-anchor=\"end\">\(Self.escape(label))</text>\n"
            guard let cost = option.monthlyCost?.approximateDouble else {
                svg += "<text x=\"\(labelWidth)\" y=\"\(y + 14)\" fill=\"#cf222e\">price missing</text>\n"
                continue
            }
            let width = max(1, cost / max(maximum, 1e-9) * barWidth)
            let color = option.id == cheapestID ? "#1f6feb" : (option.isFeasible ? "#8fb3e8" : "#c0c4cc")
            svg +=
                "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(BreakEvenChart.number(width))\" height=\"\(rowHeight - 10)\" fill=\"\(color)\"/>\n"
            let note = option.isFeasible ? "" : " (infeasible)"
            svg +=
                "<text x=\"\(BreakEvenChart.number(labelWidth + width + 6))\" y=\"\(y + 14)\">\(Self.escape((option.monthlyCost?.dollars ?? "") + note))</text>\n"
        }
        return svg + "</svg>"
    }
}
