import PlannerCore

/// A previous JSON report, reduced to what a comparison needs.
public struct Baseline: Sendable {
    public struct Profile: Sendable {
        public var name: String
        /// The profile's project (reports since projects were added; nil in older ones and in estimates).
        public var project: String?
        public var snapshot: String
        public var snapshotDate: String
        /// The option the baseline deployed (its `selected`, or its cheapest in older reports).
        public var selected: String?
        /// Option id → monthly cost (nil when it was unpriced).
        public var options: [(id: String, cost: Fixed?)]

        /// The selected option's monthly cost; nil when none was selected or it was unpriced.
        public var selectedCost: Fixed? {
            selected.flatMap { id in options.first { $0.id == id }?.cost }
        }
    }

    public var profiles: [Profile]

    /// Reads a report written by `genai-plan report --format json` (or `estimate --format json`).
    public static func parse(_ text: String) throws(BaselineError) -> Baseline {
        let document: JSONValue
        do { document = try JSONParser.parse(text) } catch {
            throw BaselineError(.notJSON, "the baseline is not JSON: \(error)")
        }
        guard case .number(let version)? = document["schema_version"] else {
            throw BaselineError(.notAReport, "the baseline has no schema_version: is it a genai-plan JSON report?")
        }
        guard version == "1" else {
            throw BaselineError(
                .unsupportedVersion, "the baseline has schema_version \(version); this genai-plan reads 1")
        }
        guard case .array(let items)? = document["profiles"] else {
            throw BaselineError(.notAReport, "the baseline has no profiles")
        }
        var profiles: [Profile] = []
        for item in items {
            let estimate = item["estimate"] ?? item  // a report nests the estimate; an estimate is the profile itself
            guard case .string(let name)? = estimate["name"] else {
                throw BaselineError(.notAReport, "a baseline profile has no name")
            }
            var options: [(String, Fixed?)] = []
            if case .array(let entries)? = estimate["options"] {
                for entry in entries {
                    guard case .string(let id)? = entry["id"] else { continue }
                    var cost: Fixed?
                    if case .number(let text)? = entry["monthly_cost"] { cost = Fixed(text) }
                    options.append((id, cost))
                }
            }
            var snapshot = ""
            var date = ""
            if case .string(let value)? = estimate["pricing"]?["snapshot"] { snapshot = value }
            if case .string(let value)? = estimate["pricing"]?["date"] { date = value }
            var selected: String?
            if case .string(let value)? = estimate["selected"] ?? estimate["cheapest"] { selected = value }
            var project: String?
            if case .string(let value)? = item["project"] { project = value }
            profiles.append(
                Profile(
                    name: name, project: project, snapshot: snapshot, snapshotDate: date, selected: selected,
                    options: options))
        }
        return Baseline(profiles: profiles)
    }
}

/// Why a baseline report cannot be read.
public struct BaselineError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        case notJSON = "not-json"
        /// JSON, but not a report or an estimate of this tool.
        case notAReport = "not-a-report"
        case unsupportedVersion = "unsupported-version"
    }

    public var reason: Reason
    public var message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}

/// What changed between a baseline and this report.
public struct BaselineComparison: Sendable {
    public var changes: [OptionChange]
    public var addedProfiles: [String]
    public var removedProfiles: [String]
    /// Set when the pricing snapshot differs: a price change, not (only) a design change.
    public var pricingChange: String?
    /// The selected option's cost before and after, per profile present in both.
    public var selected: [String: (before: Fixed?, after: Fixed?)]

    public init(baseline: Baseline, profiles: [ProfileReport]) {
        let previous = Dictionary(baseline.profiles.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let currentNames = Set(profiles.map(\.estimate.profileName))
        addedProfiles = profiles.map(\.estimate.profileName).filter { previous[$0] == nil }
        removedProfiles = baseline.profiles.map(\.name).filter { !currentNames.contains($0) }
        var changes: [OptionChange] = []
        var selected: [String: (before: Fixed?, after: Fixed?)] = [:]
        var snapshots = Set<String>()
        for report in profiles {
            let estimate = report.estimate
            guard let old = previous[estimate.profileName] else { continue }
            snapshots.insert("\(old.snapshot) (\(old.snapshotDate))")
            let before = Dictionary(old.options.map { ($0.id, $0.cost) }, uniquingKeysWith: { first, _ in first })
            for option in estimate.options {
                changes.append(
                    OptionChange(
                        profile: estimate.profileName, option: option.id, before: before[option.id] ?? nil,
                        after: option.monthlyCost,
                        added: before[option.id] == nil, removed: false))
            }
            for (id, cost) in old.options where !estimate.options.contains(where: { $0.id == id }) {
                changes.append(
                    OptionChange(
                        profile: estimate.profileName, option: id, before: cost, after: nil, added: false, removed: true
                    ))
            }
            selected[estimate.profileName] = (old.selectedCost, estimate.selected?.monthlyCost)
        }
        self.changes = changes
        self.selected = selected
        let current = profiles.first.map { "\($0.estimate.snapshot) (\($0.estimate.snapshotDate))" }
        if let current, !snapshots.isEmpty, snapshots != [current] {
            pricingChange = "pricing snapshot changed: \(snapshots.sorted().joined(separator: ", ")) → \(current)"
        } else {
            pricingChange = nil
        }
    }

    /// Options that exist in only one of the two reports.
    public var addedOptions: [OptionChange] { changes.filter(\.added) }
    public var removedOptions: [OptionChange] { changes.filter(\.removed) }

    /// The selected option's cost change for a profile, in percent.
    public func selectedChangePercent(_ profile: String) -> Fixed? {
        guard let pair = selected[profile], let before = pair.before, let after = pair.after else { return nil }
        return Fixed.percentChange(from: before, to: after)
    }
}
