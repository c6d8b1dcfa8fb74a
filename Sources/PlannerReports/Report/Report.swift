import PlannerCore

/// Everything the CI report shows for one profile.
public struct ProfileReport: Sendable {
    public var path: String
    /// The project the profile's selected option counts toward.
    public var project: String
    public var estimate: ProfileEstimate
    public var breakEven: BreakEvenAnalysis?
    public var fineTuning: FineTuningComparison?

    public init(
        path: String, project: String, estimate: ProfileEstimate, breakEven: BreakEvenAnalysis?,
        fineTuning: FineTuningComparison?
    ) {
        self.path = path
        self.project = project
        self.estimate = estimate
        self.breakEven = breakEven
        self.fineTuning = fineTuning
    }
}

/// A profile the report could not estimate: its file and the errors (and warnings) that stopped it.
public struct FailedProfile: Sendable, Hashable {
    public var path: String
    /// The project it would count toward (its directory's): the project's total says it is missing.
    public var project: String
    /// The diagnostics as `file:line:column: severity: message` lines.
    public var diagnostics: [String]

    public init(path: String, project: String, diagnostics: [String]) {
        self.path = path
        self.project = project
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
    /// Each project's total, then the overall total (`project` nil), with the baseline's totals;
    /// computed from the profiles as they are now.
    public var totals: [ProjectTotal] {
        ProjectTotal.totals(profiles, failed: failedProfiles, baseline: baselineProfiles)
    }
    /// What the PR-comment formats show: unchanged options too, and where the full report is.
    public var comment = CommentSettings()
    /// The baseline report's profiles, for the projects' earlier totals.
    let baselineProfiles: Baseline?

    /// The overall total: every project's selected options (always present, possibly of no profile).
    public var overallTotal: ProjectTotal? { totals.last }
    /// The projects' totals, without the overall one.
    public var projectTotals: [ProjectTotal] { totals.dropLast() }

    public init(
        generatedAt: String, toolVersion: String, profiles: [ProfileReport], baseline: BaselineComparison?,
        guardrails: [GuardrailResult], baselineProfiles: Baseline? = nil
    ) {
        self.generatedAt = generatedAt
        self.toolVersion = toolVersion
        self.profiles = profiles
        self.baseline = baseline
        self.guardrails = guardrails
        self.baselineProfiles = baselineProfiles
    }

    /// The guardrails that fail the run: failures, and warnings with `failOnWarning`.
    public func failures(failOnWarning: Bool) -> [GuardrailResult] {
        guardrails.filter { $0.fails(failOnWarning: failOnWarning) }
    }

    /// True when a guardrail failed (or warned, with `failOnWarning`).
    public func failed(failOnWarning: Bool) -> Bool { !failures(failOnWarning: failOnWarning).isEmpty }
}

/// How the PR-comment formats (`github-comment`, `gitlab-comment`) cut the report to fit.
public struct CommentSettings: Sendable, Hashable {
    /// List unchanged options in the changes table too (`--show-unchanged`).
    public var showUnchanged = false
    /// Where the full report is (a CI artifact's name or URL), named when the comment is cut.
    public var fullReport: String?
    /// The longest body, in UTF-8 bytes (GitHub refuses comments over 65,536 characters; a character
    /// is at least one byte, so bytes are the safe count).
    public var limit = 65_536

    public init(showUnchanged: Bool = false, fullReport: String? = nil, limit: Int = 65_536) {
        self.showUnchanged = showUnchanged
        self.fullReport = fullReport
        self.limit = limit
    }
}
