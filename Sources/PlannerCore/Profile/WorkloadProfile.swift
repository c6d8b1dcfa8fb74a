/// A workload to plan for: what it does, how much of it, which deployments to consider, and
/// any negotiated prices and budget. Loaded from a YAML profile by `PlannerProfiles`.
public struct WorkloadProfile: Sendable, Hashable {
    /// The profile format version (`version: 1`).
    public var version: Int
    public var name: String
    /// The project the profile belongs to (`project:`; default the name of the profile's directory):
    /// reports total the selected options of each project.
    public var project: String?
    public var description: String?
    /// AWS region whose prices apply (default `us-east-1`).
    public var region: String
    /// Hours in the billing month (default 730; 744 for a 31-day month).
    public var hoursPerMonth: Fixed
    public var workload: Workload
    /// Candidate deployments; empty means "propose them for the task".
    public var options: [DeploymentOption]
    public var prices: PriceAdjustments
    public var budget: Budget?
    /// What the team needs from the platform (service and model tables).
    public var requirements: Requirements
    /// Sampling settings the team intends to use, checked against the table for the use case.
    public var sampling: SamplingSettings?
    /// The `fine_tuning` section: data, base model and methods to compare.
    public var fineTuning: FineTuningPlan?
    /// The option the team deploys, by its `name:` or its computed id; nil: the cheapest feasible one.
    public var selected: String?

    /// Fine-tuning examples available (`fine_tuning.examples`), for the advisor's method hint.
    public var fineTuningExamples: Int? {
        get { fineTuning?.examples }
        set {
            guard let newValue else {
                fineTuning = nil
                return
            }
            if fineTuning == nil {
                fineTuning = FineTuningPlan(examples: newValue)
            } else {
                fineTuning?.examples = newValue
            }
        }
    }

    public init(
        version: Int = 1, name: String, description: String? = nil, region: String = "us-east-1",
        hoursPerMonth: Fixed = Fixed(730), workload: Workload, options: [DeploymentOption] = [],
        prices: PriceAdjustments = PriceAdjustments(), budget: Budget? = nil,
        requirements: Requirements = Requirements(),
        sampling: SamplingSettings? = nil, fineTuning: FineTuningPlan? = nil
    ) {
        self.version = version
        self.name = name
        self.description = description
        self.region = region
        self.hoursPerMonth = hoursPerMonth
        self.workload = workload
        self.options = options
        self.prices = prices
        self.budget = budget
        self.requirements = requirements
        self.sampling = sampling
        self.fineTuning = fineTuning
    }
}

/// A monthly budget for the workload.
public struct Budget: Sendable, Hashable {
    public var monthlyUSD: Fixed
    public init(monthlyUSD: Fixed) { self.monthlyUSD = monthlyUSD }
}
