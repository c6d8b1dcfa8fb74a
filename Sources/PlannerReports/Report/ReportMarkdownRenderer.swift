import PlannerCore

/// The report as Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`.
struct ReportMarkdownRenderer: Sendable {

    func render(_ report: ReviewReport) -> String {
        var output = "# GenAIPlanner report\n\n\(Markdown.text(ReportWording.header(report)))\n\n"
        if let change = report.baseline?.pricingChange {
            output += "> **Note:** \(Markdown.text(change)): cost changes below include price changes.\n\n"
        }
        let rows = report.profiles.map { item -> [String] in
            let estimate = item.estimate
            let name = estimate.profileName
            return [
                Markdown.cell(name), Markdown.cell(estimate.selected?.label ?? "none priced"),
                estimate.selected?.monthlyCost?.dollars ?? "—",
                report.baseline.map { ReportWording.percent($0.selectedChangePercent(name)) } ?? "no baseline",
                ReportWording.budgetStatus(report, name), ReportWording.guardrailSummary(report, profile: name),
            ]
        }
        output += Markdown.table(
            headers: ["Profile", "Selected option", "Monthly", "Change vs baseline", "Budget", "Guardrails"],
            rightAligned: [2, 3], rows: rows)
        output += totalsSection(report)
        if !report.failedProfiles.isEmpty {
            output +=
                "\n**Profiles with errors** (not estimated; \(report.failedProfiles.count) of \(report.failedProfiles.count + report.profiles.count)):\n\n"
            for failed in report.failedProfiles {
                output += "- ❌ `\(Markdown.text(failed.path))`\n"
                for line in failed.diagnostics { output += "  - \(Markdown.text(line))\n" }
            }
        }
        output += "\n**Guardrails:** \(ReportWording.guardrailSummary(report))\n"
        let problems = report.guardrails.filter { $0.status != .pass }
        for problem in problems {
            output +=
                "- \(ReportWording.icon(problem.status)) \(Markdown.text(problem.profile)) / \(problem.name): \(Markdown.text(problem.message))\n"
        }
        if let baseline = report.baseline {
            output += baselineSection(baseline)
        } else if let note = report.baselineNote {
            output += "\n> **No baseline yet:** \(Markdown.text(note))\n"
        }
        output += report.profiles.parallelMap { "\n" + profileSection($0, report) }.joined()
        return output
    }

    /// Each project's total and the overall one (one line when there is a single project).
    func totalsSection(_ report: ReviewReport) -> String {
        guard let overall = report.overallTotal else { return "" }
        var output = ""
        let withBaseline = report.baseline != nil
        if report.projectTotals.count > 1 {
            var headers = ["Project", "Profiles", "Monthly"]
            if withBaseline { headers += ["Baseline", "Delta", "Change"] }
            let rows = report.totals.map { total in
                let row = ReportWording.totalRow(total, baseline: withBaseline).map(Markdown.cell)
                return total.project == nil ? row.map { "**\($0)**" } : row
            }
            output +=
                "\n**Totals** of the selected options:\n\n"
                + Markdown.table(headers: headers, rightAligned: Set(1..<headers.count), rows: rows)
        } else {
            output += "\n**Total** of the selected options: \(overall.monthly.dollars) a month"
            if withBaseline {
                output +=
                    " (baseline \(overall.before?.dollars ?? "—"), \(ReportWording.percent(overall.percent)))"
            }
            output += "\n"
        }
        for total in report.totals.dropLast() {
            if let missing = ReportWording.missing(total) { output += "- \(Markdown.text(missing))\n" }
        }
        return output
    }

    func baselineSection(_ baseline: BaselineComparison) -> String {
        var output = "\n<details><summary>Changes against the baseline</summary>\n\n"
        if !baseline.addedProfiles.isEmpty {
            output += "- added profiles: \(baseline.addedProfiles.map(Markdown.text).joined(separator: ", "))\n"
        }
        if !baseline.removedProfiles.isEmpty {
            output += "- removed profiles: \(baseline.removedProfiles.map(Markdown.text).joined(separator: ", "))\n"
        }
        let rows = baseline.changes.map { change in
            [
                Markdown.cell(change.profile), Markdown.cell(change.option),
                change.before?.dollars ?? (change.added ? "new" : "—"),
                change.after?.dollars ?? (change.removed ? "removed" : "—"),
                change.delta.map { ($0 > .zero ? "+" : "") + $0.dollars } ?? "—", ReportWording.percent(change.percent),
            ]
        }
        if !rows.isEmpty {
            output +=
                "\n"
                + Markdown.table(
                    headers: ["Profile", "Option", "Before", "After", "Delta", "Change"], rightAligned: [2, 3, 4, 5],
                    rows: rows)
        }
        return output + "\n</details>\n"
    }

    func profileSection(_ item: ProfileReport, _ report: ReviewReport) -> String {
        let estimate = item.estimate
        let summary =
            "\(estimate.profileName): \(estimate.selected.map { "\($0.label), \($0.monthlyCost?.dollars ?? "—")/month" } ?? "no priced option")"
        var output = "<details><summary>\(Markdown.text(summary))</summary>\n\n"
        output += EstimateMarkdownRenderer(headingLevel: 3).render([estimate])
        if let breakEven = item.breakEven, !breakEven.points.isEmpty || !breakEven.noCrossing.isEmpty {
            output += "\n#### Break-even\n\n"
            let rows = breakEven.points.map { point in
                [
                    Markdown.cell(point.a), Markdown.cell(point.b),
                    point.requestsPerMonth.quantityText(maximumDecimals: 0),
                    BreakEvenRenderer.tokens(point.tokensPerMonth), Markdown.cell(point.cheaperAbove),
                ]
            }
            if !rows.isEmpty {
                output += Markdown.table(
                    headers: ["A", "B", "Requests/month", "Tokens/month", "Cheaper above"], rightAligned: [2, 3],
                    rows: rows)
            }
            for line in breakEven.noCrossing { output += "- \(Markdown.text(line))\n" }
            if breakEven.cheapestRanges.count > 1 {
                output += "\n**Cheapest way to pay by volume**\n\n"
                output += Markdown.table(
                    headers: ["From requests/month", "To", "Cheapest option"], rightAligned: [0, 1],
                    rows: breakEven.cheapestRanges.map { range in
                        [
                            BreakEvenRenderer.volume(range.from), BreakEvenRenderer.volume(range.to),
                            Markdown.cell(range.label),
                        ]
                    })
            }
        }
        if let fineTuning = item.fineTuning {
            output += "\n#### Fine-tuning\n\n**Recommended:** \(Markdown.text(fineTuning.recommendation))\n"
            if let runnerUp = fineTuning.runnerUpReason { output += "\n**Runner-up:** \(Markdown.text(runnerUp))\n" }
        }
        return output + "\n</details>\n"
    }
}
