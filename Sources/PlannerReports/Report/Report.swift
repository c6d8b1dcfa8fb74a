import PlannerCore

/// Everything the CI report shows for one profile.
public struct ProfileReport: Sendable {
    public var path: String
    public var estimate: ProfileEstimate
    public var breakEven: BreakEvenAnalysis?
    public var fineTuning: FineTuningComparison?

    public init(
        path: String, estimate: ProfileEstimate, breakEven: BreakEvenAnalysis?, fineTuning: FineTuningComparison?
    ) {
        self.path = path
        self.estimate = estimate
        self.breakEven = breakEven
        self.fineTuning = fineTuning
    }
}

/// A profile the report could not estimate: its file and the errors (and warnings) that stopped it.
public struct FailedProfile: Sendable, Hashable {
    public var path: String
    /// The diagnostics as `file:line:column: severity: message` lines.
    public var diagnostics: [String]

    public init(path: String, diagnostics: [String]) {
        self.path = path
        self.diagnostics = diagnostics
    }
}

/// The per-option change against a baseline report.
public struct OptionChange: Sendable, Hashable {
    public var profile: String
    public var option: String
    /// The baseline's monthly cost; nil when the option is new or was unpriced.
    public var before: Fixed?
    /// This report's monthly cost; nil when the option was removed or is unpriced.
    public var after: Fixed?
    /// The option is not in the baseline.
    public var added: Bool
    /// The option is no longer in the profile.
    public var removed: Bool

    public var delta: Fixed? {
        guard let before, let after else { return nil }
        return after - before
    }

    /// Change in percent, one decimal; nil when either side is missing or the baseline was zero.
    public var percent: Fixed? {
        guard let before, let after else { return nil }
        return Fixed.percentChange(from: before, to: after)
    }
}

/// A report over many profiles, with the baseline comparison and guardrails.
public struct ReviewReport: Sendable {
    public var generatedAt: String
    public var toolVersion: String
    public var profiles: [ProfileReport]
    public var baseline: BaselineComparison?
    /// Why there is no baseline comparison although one was asked for (`--baseline-optional` and no
    /// baseline file yet, as on a repository's first pull request).
    public var baselineNote: String?
    /// Profiles with errors: reported as such (the others in full); the run still exits 2.
    public var failedProfiles: [FailedProfile] = []
    public var guardrails: [GuardrailResult]

    public init(
        generatedAt: String, toolVersion: String, profiles: [ProfileReport], baseline: BaselineComparison?,
        guardrails: [GuardrailResult]
    ) {
        self.generatedAt = generatedAt
        self.toolVersion = toolVersion
        self.profiles = profiles
        self.baseline = baseline
        self.guardrails = guardrails
    }

    /// The guardrails that fail the run: failures, and warnings with `failOnWarning`.
    public func failures(failOnWarning: Bool) -> [GuardrailResult] {
        guardrails.filter { $0.fails(failOnWarning: failOnWarning) }
    }

    /// True when a guardrail failed (or warned, with `failOnWarning`).
    public func failed(failOnWarning: Bool) -> Bool { !failures(failOnWarning: failOnWarning).isEmpty }
}
