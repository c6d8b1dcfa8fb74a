import PlannerCore

/// One project's monthly cost: the sum of its profiles' selected options (a RAG system is an
/// embedding profile plus an answering profile), with the baseline's total for the same project.
public struct ProjectTotal: Sendable, Hashable {
    /// The project's name (`project:`, default the profiles' directory); nil for the overall total.
    public var project: String?
    /// Profiles counted, in report order.
    public var profiles: [String]
    /// The exact sum of the priced selected options.
    public var monthly: Fixed
    /// Profiles the total leaves out: no priced selected option, or errors (never counted as $0 silently).
    public var missing: [String]
    /// The baseline's total of the same project (its profiles' selected options then); nil without a
    /// baseline or when the project is new.
    public var before: Fixed?

    /// Whether every profile of the project is in the total.
    public var isComplete: Bool { missing.isEmpty }

    /// Change against the baseline, in percent; nil without a baseline total.
    public var percent: Fixed? { before.map { Fixed.percentChange(from: $0, to: monthly) } ?? nil }

    public var delta: Fixed? { before.map { monthly - $0 } }
}

extension ProjectTotal {
    /// The totals of each project, in order of first appearance, then the overall total (project nil).
    /// `baseline` gives each earlier profile's project and selected cost.
    static func totals(_ profiles: [ProfileReport], failed: [FailedProfile], baseline: Baseline?) -> [ProjectTotal] {
        var order: [String] = []
        var byProject: [String: ProjectTotal] = [:]
        func add(_ project: String, profile: String, cost: Fixed?) {
            if byProject[project] == nil {
                order.append(project)
                byProject[project] = ProjectTotal(project: project, profiles: [], monthly: .zero, missing: [])
            }
            byProject[project]?.profiles.append(profile)
            if let cost { byProject[project]?.monthly += cost } else { byProject[project]?.missing.append(profile) }
        }
        for report in profiles {
            add(report.project, profile: report.estimate.profileName, cost: report.estimate.selected?.monthlyCost)
        }
        for profile in failed { add(profile.project, profile: profile.path, cost: nil) }
        if let baseline {
            // A baseline profile without a project (an older report) belongs where its name is now.
            let current = Dictionary(
                profiles.map { ($0.estimate.profileName, $0.project) }, uniquingKeysWith: { first, _ in first })
            var before: [String: Fixed] = [:]
            for profile in baseline.profiles {
                guard let project = profile.project ?? current[profile.name], let cost = profile.selectedCost else {
                    continue
                }
                before[project, default: .zero] += cost
            }
            for project in order { byProject[project]?.before = before[project] }
        }
        var totals = order.compactMap { byProject[$0] }
        var overall = ProjectTotal(
            project: nil, profiles: totals.flatMap(\.profiles), monthly: .zero, missing: totals.flatMap(\.missing))
        for total in totals { overall.monthly += total.monthly }
        if baseline != nil {
            overall.before = baseline?.profiles.reduce(Fixed.zero) { $0 + ($1.selectedCost ?? .zero) }
        }
        totals.append(overall)
        return totals
    }
}
