/// The checks an architecture review runs on each profile.
public enum Guardrail: String, Sendable, Hashable, CaseIterable {
    /// The cheapest option's monthly cost against `budget.monthly_usd`.
    case budget
    /// The cheapest option's change against the baseline report, against `--max-increase-percent`.
    case maxIncrease = "max-increase"
    /// Every option priced.
    case missingPrices = "missing-prices"
    /// Every option able to serve the workload.
    case feasibility
    /// Sampling settings within the decision tables' ranges.
    case sampling
}

/// A guardrail's outcome: one JUnit test case, one line of the summary.
public struct GuardrailResult: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case pass
        case warning
        case fail
    }

    public var profile: String
    public var guardrail: Guardrail
    public var status: Status
    public var message: String

    /// The guardrail's name as reports show it (`budget`, `max-increase`, …).
    public var name: String { guardrail.rawValue }

    /// Whether this result fails the run: a failure, or a warning with `--fail-on warning`.
    public func fails(failOnWarning: Bool) -> Bool { status == .fail || (failOnWarning && status == .warning) }

    public init(profile: String, guardrail: Guardrail, status: Status, message: String) {
        self.profile = profile
        self.guardrail = guardrail
        self.status = status
        self.message = message
    }
}
