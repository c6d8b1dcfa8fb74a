/// The estimate of one profile: every option priced, the cheapest marked, and warnings.
public struct ProfileEstimate: Sendable, Hashable {
    public var profileName: String
    public var description: String?
    public var region: String
    public var hoursPerMonth: Fixed
    public var requestsPerMonth: Fixed
    /// The pricing snapshot used (`bundled-2026-11-29`), its date and where it was loaded from.
    public var snapshot: String
    public var snapshotDate: String
    public var snapshotOrigin: String
    /// The range of the snapshot's price dates.
    public var priceDates: DateRange?
    public var options: [OptionEstimate]
    /// Problems a user must see: missing prices, unknown models, warnings of options (located at
    /// the option), sampling settings outside the tables.
    public var warnings: [Finding]
    public var budget: Budget?
    /// True when the options were proposed by the planner because the profile listed none.
    public var optionsProposed: Bool
    /// The advisor's decisions, when the estimator has decision tables.
    public var advice: Advice?
    /// The id of the option the profile selects (`selected:`); nil when it selects none.
    public var selectedID: String?

    public init(
        profileName: String, description: String?, region: String, hoursPerMonth: Fixed, requestsPerMonth: Fixed,
        snapshot: String, snapshotDate: String, snapshotOrigin: String, options: [OptionEstimate], warnings: [Finding],
        budget: Budget?, optionsProposed: Bool, advice: Advice? = nil
    ) {
        self.profileName = profileName
        self.description = description
        self.region = region
        self.hoursPerMonth = hoursPerMonth
        self.requestsPerMonth = requestsPerMonth
        self.snapshot = snapshot
        self.snapshotDate = snapshotDate
        self.snapshotOrigin = snapshotOrigin
        self.options = options
        self.warnings = warnings
        self.budget = budget
        self.optionsProposed = optionsProposed
        self.advice = advice
    }

    /// The option the team deploys: the profile's `selected:` one, else the cheapest feasible one.
    /// Guardrails, the report's headline and the baseline comparison use it.
    public var selected: OptionEstimate? {
        guard let selectedID else { return cheapest }
        return options.first { $0.id == selectedID }
    }

    /// True when the profile names the option it deploys; false when the cheapest feasible one is taken.
    public var selectionIsExplicit: Bool { selectedID != nil }

    /// The priced, feasible option with the lowest monthly cost (first listed wins a tie).
    public var cheapest: OptionEstimate? {
        var best: (option: OptionEstimate, cost: Fixed)?
        for option in options where option.isFeasible {
            guard let cost = option.monthlyCost else { continue }
            if let current = best, cost >= current.cost { continue }
            best = (option, cost)
        }
        return best?.option
    }
}
