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

    static func icon(_ status: GuardrailResult.Status) -> String {
        switch status {
        case .pass: "pass"
        case .warning: "warning"
        case .fail: "FAIL"
        }
    }
}
