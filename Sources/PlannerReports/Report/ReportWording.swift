import PlannerCore

/// Wording shared by the report formats.
enum ReportWording {
    static func percent(_ value: Fixed?) -> String {
        value?.signedPercentText ?? "—"
    }

    static func budgetStatus(_ report: ReviewReport, _ profile: String) -> String {
        guard let result = report.guardrails.first(where: { $0.profile == profile && $0.guardrail == .budget }) else {
            return "no budget"
        }
        return result.status == .pass ? "within" : "over"
    }

    static func guardrailSummary(_ report: ReviewReport, profile: String? = nil) -> String {
        let results = report.guardrails.filter { profile == nil || $0.profile == profile }
        let failed = results.filter { $0.status == .fail }.count
        let warned = results.filter { $0.status == .warning }.count
        return "\(results.count - failed - warned) passed, \(failed) failed, \(warned) warning\(warned == 1 ? "" : "s")"
    }

    static func header(_ report: ReviewReport) -> String {
        var text = "generated \(report.generatedAt) by genai-plan \(report.toolVersion)"
        if let first = report.profiles.first { text += "; " + EstimateWording.pricing(first.estimate) }
        return text
    }

    /// A total's name: the project's, or "all projects".
    static func totalName(_ total: ProjectTotal) -> String { total.project ?? "all projects" }

    /// What a total leaves out, in words; nil when it is complete.
    static func missing(_ total: ProjectTotal) -> String? {
        guard !total.isComplete else { return nil }
        let names = total.missing.prefix(5).joined(separator: ", ")
        let more = total.missing.count > 5 ? " and \(total.missing.count - 5) more" : ""
        return
            "\(ReportWording.totalName(total)) leaves out \(total.missing.count) profile\(total.missing.count == 1 ? "" : "s") without a priced selected option: \(names)\(more)"
    }

    /// The table rows of the totals: project, profiles, monthly, baseline, change.
    static func totalRow(_ total: ProjectTotal, baseline: Bool) -> [String] {
        var row = [
            totalName(total), "\(total.profiles.count)",
            total.monthly.dollars + (total.isComplete ? "" : " (incomplete)"),
        ]
        if baseline {
            row += [total.before?.dollars ?? "new", total.delta.map(signedDollars) ?? "—", percent(total.percent)]
        }
        return row
    }

    /// A signed amount: `+$1.00`, `-$1.00`, `$0.00`.
    static func signedDollars(_ value: Fixed) -> String { (value > .zero ? "+" : "") + value.dollars }

    static func icon(_ status: GuardrailResult.Status) -> String {
        switch status {
        case .pass: "pass"
        case .warning: "warning"
        case .fail: "FAIL"
        }
    }
}
