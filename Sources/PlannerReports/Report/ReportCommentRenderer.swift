import PlannerCore

/// Where a PR comment is posted: the two differ in the link to the full report, not in the Markdown
/// (both render GitHub-flavoured tables, `<details>` and hidden HTML comments).
public enum CommentPlatform: String, Sendable, Hashable, CaseIterable {
    case github
    case gitlab
}

/// The report as a pull-request (or merge-request) comment: compact, and never longer than
/// `CommentSettings.limit` bytes whatever the number of profiles.
///
/// In order of importance, each part added only while it fits: the marker and the headline
/// (overall total, its change, guardrails); failing guardrails and profiles with errors; the
/// projects' totals; one row per profile (its selected option, monthly cost and change), those
/// that fail or changed first; the changed options (unchanged ones with `showUnchanged`); then
/// each profile's options, collapsed. What does not fit is counted in a closing note that names
/// the full report.
struct ReportCommentRenderer: Sendable {
    var platform: CommentPlatform

    /// Lines of a list kept at most, before "… and N more".
    static let listLimit = 20

    func render(_ report: ReviewReport) -> String {
        var body = CommentBody(limit: report.comment.limit)
        body.add(CommentMarker.text + "\n### GenAIPlanner cost review\n\n" + headline(report) + "\n")
        body.add("\n<sub>\(Markdown.text(ReportWording.header(report)))</sub>\n")
        if let change = report.baseline?.pricingChange {
            body.add("\n> **Note:** \(Markdown.text(change)): the changes include price changes.\n")
        } else if report.baseline == nil, let note = report.baselineNote {
            body.add("\n> **No baseline yet:** \(Markdown.text(note))\n")
        }
        body.list(
            title: "\n**Guardrails that did not pass:**\n\n",
            report.guardrails.filter { $0.status != .pass }.map { problem in
                "- \(problem.status == .fail ? "❌" : "⚠️") \(Markdown.text(problem.profile)) / \(problem.name): \(Markdown.text(problem.message))\n"
            })
        body.list(
            title: "\n**Profiles with errors** (not estimated):\n\n",
            report.failedProfiles.map { failed in
                let more = failed.diagnostics.count > 1 ? " (+\(failed.diagnostics.count - 1) more)" : ""
                return
                    "- `\(Markdown.text(failed.path))`: \(Markdown.text(failed.diagnostics.first ?? "has errors"))\(more)\n"
            })
        if report.projectTotals.count > 1 { projects(report, into: &body) }
        profiles(report, into: &body)
        if let baseline = report.baseline {
            changes(baseline, showUnchanged: report.comment.showUnchanged, into: &body)
        }
        for item in ordered(report) { body.add(details(item), counting: .details) }
        return body.finish(fullReport: report.comment.fullReport, platform: platform)
    }

    /// The first line: the overall monthly total, its change and the guardrails.
    func headline(_ report: ReviewReport) -> String {
        guard let overall = report.overallTotal else { return "" }
        let count = report.profiles.count + report.failedProfiles.count
        var text = "**\(overall.monthly.dollars) a month**"
        if !overall.isComplete { text += " (incomplete: \(overall.missing.count) without a priced option)" }
        text += " for \(count) profile\(count == 1 ? "" : "s")"
        if report.projectTotals.count > 1 { text += " in \(report.projectTotals.count) projects" }
        if report.baseline != nil {
            text +=
                ", \(overall.delta.map(ReportWording.signedDollars) ?? "—") (\(ReportWording.percent(overall.percent))) against the baseline"
        }
        return text + " · guardrails: \(ReportWording.guardrailSummary(report))"
    }

    func projects(_ report: ReviewReport, into body: inout CommentBody) {
        let withBaseline = report.baseline != nil
        var headers = ["Project", "Profiles", "Monthly"]
        if withBaseline { headers += ["Baseline", "Delta", "Change"] }
        let rows = report.totals.map { total in
            let row = ReportWording.totalRow(total, baseline: withBaseline).map(Markdown.cell)
            return "| " + (total.project == nil ? row.map { "**\($0)**" } : row).joined(separator: " | ") + " |\n"
        }
        body.table(
            header: "\n" + Markdown.table(headers: headers, rightAligned: Set(1..<headers.count), rows: []), rows: rows,
            counting: .projects)
    }

    func profiles(_ report: ReviewReport, into body: inout CommentBody) {
        let withBaseline = report.baseline != nil
        var headers = ["Profile", "Selected option", "Monthly"]
        if withBaseline { headers.append("Change") }
        headers.append("Guardrails")
        let counts = Self.guardrailCounts(report)
        let added = Set(report.baseline?.addedProfiles ?? [])
        let rows = ordered(report).map { item -> String in
            let estimate = item.estimate
            let name = estimate.profileName
            var row = [
                Markdown.cell(name), Markdown.cell(estimate.selected?.label ?? "none priced"),
                estimate.selected?.monthlyCost?.dollars ?? "—",
            ]
            if let baseline = report.baseline {
                row.append(
                    added.contains(name) ? "new" : ReportWording.percent(baseline.selectedChangePercent(name)))
            }
            row.append(Self.guardrailCell(counts[name]))
            return "| " + row.joined(separator: " | ") + " |\n"
        }
        body.table(
            header: "\n" + Markdown.table(headers: headers, rightAligned: withBaseline ? [2, 3] : [2], rows: []),
            rows: rows, counting: .profiles)
    }

    /// Profiles that fail a guardrail first, then those whose selected cost changed, then the rest.
    func ordered(_ report: ReviewReport) -> [ProfileReport] {
        let failing = Set(report.guardrails.filter { $0.status == .fail }.map(\.profile))
        let added = Set(report.baseline?.addedProfiles ?? [])
        func rank(_ item: ProfileReport) -> Int {
            let name = item.estimate.profileName
            if failing.contains(name) { return 0 }
            if let baseline = report.baseline,
                added.contains(name) || (baseline.selectedChangePercent(name).map { $0 != .zero } ?? false)
            {
                return 1
            }
            return 2
        }
        return report.profiles.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
            .map(\.element)
    }

    /// Each profile's guardrail counts: failed and warned.
    static func guardrailCounts(_ report: ReviewReport) -> [String: (failed: Int, warned: Int)] {
        var counts: [String: (failed: Int, warned: Int)] = [:]
        for result in report.guardrails {
            var count = counts[result.profile] ?? (0, 0)
            if result.status == .fail { count.failed += 1 }
            if result.status == .warning { count.warned += 1 }
            counts[result.profile] = count
        }
        return counts
    }

    static func guardrailCell(_ count: (failed: Int, warned: Int)?) -> String {
        let failed = count?.failed ?? 0
        let warned = count?.warned ?? 0
        if failed > 0 {
            return "❌ \(failed) failed" + (warned > 0 ? ", \(warned) warning\(warned == 1 ? "" : "s")" : "")
        }
        if warned > 0 { return "⚠️ \(warned) warning\(warned == 1 ? "" : "s")" }
        return "✅"
    }

    func changes(_ baseline: BaselineComparison, showUnchanged: Bool, into body: inout CommentBody) {
        let changed = baseline.changes.filter { $0.added || $0.removed || $0.delta != .zero }
        let unchanged = baseline.changes.count - changed.count
        let shown = showUnchanged ? baseline.changes : changed
        var summary = "\(changed.count) option\(changed.count == 1 ? "" : "s") changed"
        if unchanged > 0 {
            summary +=
                showUnchanged ? ", \(unchanged) unchanged" : "; \(unchanged) unchanged not shown (--show-unchanged)"
        }
        if !baseline.addedProfiles.isEmpty { summary += "; \(baseline.addedProfiles.count) profiles added" }
        if !baseline.removedProfiles.isEmpty {
            summary += "; removed: \(baseline.removedProfiles.map(Markdown.text).joined(separator: ", "))"
        }
        guard !shown.isEmpty else {
            body.add("\n**Changes against the baseline:** \(summary).\n")
            return
        }
        let rows = shown.map { change in
            "| "
                + [
                    Markdown.cell(change.profile), Markdown.cell(change.option),
                    change.before?.dollars ?? (change.added ? "new" : "—"),
                    change.after?.dollars ?? (change.removed ? "removed" : "—"),
                    change.delta.map(ReportWording.signedDollars) ?? "—", ReportWording.percent(change.percent),
                ].joined(separator: " | ") + " |\n"
        }
        body.table(
            header: "\n<details><summary>Changes against the baseline: \(summary)</summary>\n\n"
                + Markdown.table(
                    headers: ["Profile", "Option", "Before", "After", "Delta", "Change"], rightAligned: [2, 3, 4, 5],
                    rows: []),
            rows: rows, footer: "\n</details>\n", counting: .changes)
    }

    /// One profile's options, collapsed.
    func details(_ item: ProfileReport) -> String {
        let estimate = item.estimate
        let cheapestID = estimate.cheapest?.id
        let summary =
            "\(estimate.profileName): \(estimate.selected.map { "\($0.label), \(EstimateWording.monthly($0))" } ?? "no priced option")"
        var text = "\n<details><summary>\(Markdown.text(summary))</summary>\n\n"
        text += Markdown.table(
            headers: ["Option", "Monthly", "Per request", "Status"], rightAligned: [1, 2],
            rows: estimate.options.map { option in
                [
                    Markdown.cell(option.label), EstimateWording.monthly(option), EstimateWording.perRequest(option),
                    Markdown.cell(
                        EstimateWording.status(option, cheapestID: cheapestID, selectedID: estimate.selectedID)),
                ]
            })
        if !estimate.warnings.isEmpty {
            text += "\n" + estimate.warnings.prefix(5).map { "- ⚠️ \(Markdown.text($0.description))\n" }.joined()
            if estimate.warnings.count > 5 { text += "- … and \(estimate.warnings.count - 5) more warnings\n" }
        }
        return text + "\n</details>\n"
    }
}

/// A comment body that grows part by part while it fits its limit, keeping room for the closing
/// note, and counts what it leaves out.
struct CommentBody {
    enum Part: CaseIterable {
        case lines, projects, profiles, changes, details
    }

    let limit: Int
    private(set) var text = ""
    private var bytes = 0
    private var full = false
    private var left: [Part: Int] = [:]
    /// Room kept for the closing note.
    static let reserve = 600

    init(limit: Int) { self.limit = limit }

    /// Appends `part` when it fits; once something does not fit, nothing more is added (a later,
    /// smaller part would make the cut look arbitrary).
    @discardableResult
    mutating func add(_ part: String, counting kind: Part = .lines) -> Bool {
        let size = part.utf8.count
        guard !full, bytes + size <= limit - Self.reserve else {
            full = true
            left[kind, default: 0] += 1
            return false
        }
        text += part
        bytes += size
        return true
    }

    /// A list under a title, at most `ReportCommentRenderer.listLimit` items, then "… and N more".
    mutating func list(title: String, _ items: [String]) {
        guard !items.isEmpty else { return }
        var part = title + items.prefix(ReportCommentRenderer.listLimit).joined()
        if items.count > ReportCommentRenderer.listLimit {
            part += "- … and \(items.count - ReportCommentRenderer.listLimit) more\n"
        }
        add(part)
    }

    /// A table: its header, then rows while they fit, then the footer (always, to close a `<details>`).
    mutating func table(header: String, rows: [String], footer: String = "", counting kind: Part) {
        guard !rows.isEmpty else { return }
        let footerSize = footer.utf8.count
        guard add(header, counting: kind) else {
            left[kind, default: 0] += rows.count - 1
            return
        }
        var index = 0
        while index < rows.count, bytes + rows[index].utf8.count + footerSize <= limit - Self.reserve {
            text += rows[index]
            bytes += rows[index].utf8.count
            index += 1
        }
        if index < rows.count {
            full = true
            left[kind, default: 0] += rows.count - index
        }
        text += footer
        bytes += footerSize
    }

    /// The body with, when something was left out, a note of what and where the full report is.
    func finish(fullReport: String?, platform: CommentPlatform) -> String {
        guard full else { return text }
        let names: [(Part, String)] = [
            (.lines, "sections"), (.projects, "project rows"), (.profiles, "profile rows"),
            (.changes, "changed options"), (.details, "profiles' details"),
        ]
        let counts = names.compactMap { part, name in left[part].map { "\($0) \(name)" } }
        let place =
            fullReport.map { "the full report: \(Markdown.text(String($0.prefix(300))))" }
            ?? "the full report (`genai-plan report`)"
        let limitName = platform == .github ? "GitHub's comment limit" : "the comment limit"
        return text
            + "\n> **Cut to fit \(limitName) (\(limit) characters):** \(counts.joined(separator: ", ")) left out; see \(place).\n"
    }
}
