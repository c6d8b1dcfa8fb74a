/// Which AWS service an option runs on.
public enum HostingService: String, Sendable, Hashable, CaseIterable {
    case bedrock
    case jumpStart = "jumpstart"
}

/// The monthly cost of one deployment option, itemised.
public struct OptionEstimate: Sendable, Hashable {
    /// A stable id such as `bedrock:anthropic.claude-3-haiku:on-demand`.
    public var id: String
    public var service: HostingService
    /// How the option is served and billed.
    public var mode: ServingMode
    /// The user's own name for the option (`name:`), if any.
    public var name: String?
    /// The resolved catalog id of the model.
    public var model: String
    public var modelName: String
    public var instanceType: String?
    public var instanceCount: Int?
    /// The configuration in words: `on-demand`, `provisioned, 2 model units, 1-month term`, `2 × ml.g5.2xlarge`.
    public var configuration: String
    public var lineItems: [LineItem]
    /// Everything found while pricing the option, in the order found.
    public var findings: [Finding]
    /// What one instance serves (JumpStart endpoints with a throughput figure); nil otherwise.
    public var serving: ServingPrediction?
    /// Requests per month the costs are for.
    public var requestsPerMonth: Fixed
    /// The Savings Plan the endpoint is bought under, with when it pays off; nil for on demand.
    public var savingsPlan: SavingsPlanTerms?

    public init(
        id: String, service: HostingService, mode: ServingMode, model: String, modelName: String,
        instanceType: String? = nil,
        instanceCount: Int? = nil, configuration: String = "", lineItems: [LineItem] = [], findings: [Finding] = [],
        requestsPerMonth: Fixed
    ) {
        self.id = id
        self.service = service
        self.mode = mode
        self.model = model
        self.modelName = modelName
        self.instanceType = instanceType
        self.instanceCount = instanceCount
        self.configuration = configuration
        self.lineItems = lineItems
        self.findings = findings
        self.requestsPerMonth = requestsPerMonth
    }

    /// A short human label: `Claude 3 Haiku (Bedrock, on-demand)`.
    public var label: String {
        let service = service == .bedrock ? "Bedrock" : "JumpStart"
        return configuration.isEmpty ? "\(modelName) (\(service))" : "\(modelName) (\(service), \(configuration))"
    }

    /// Why the option cannot be priced (missing price, unknown model); empty when priced.
    public var errors: [Finding] { findings.filter { $0.severity == .error && !$0.code.meansInfeasible } }
    /// Why the option cannot serve the workload (context window, output limit); empty when it can.
    public var infeasibleReasons: [Finding] { findings.filter { $0.severity == .error && $0.code.meansInfeasible } }
    /// Warnings and explanations: sizing, assumptions, price adjustments.
    public var notes: [Finding] { findings.filter { $0.severity != .error } }

    /// True when every needed price was found.
    public var isPriced: Bool { !findings.contains { $0.severity == .error && !$0.code.meansInfeasible } }
    /// True when the option can serve the workload.
    public var isFeasible: Bool { !findings.contains { $0.severity == .error && $0.code.meansInfeasible } }

    /// The sum of the line items; nil when a price is missing (never a silent $0).
    public var monthlyCost: Fixed? {
        guard isPriced else { return nil }
        return lineItems.reduce(Fixed.zero) { $0 + $1.cost }
    }

    /// Monthly cost divided by monthly requests, exact; nil when unpriced or no requests.
    public var perRequestCost: Fixed? {
        guard let monthlyCost, requestsPerMonth > .zero else { return nil }
        return monthlyCost / requestsPerMonth
    }
}

/// What a Savings Plan commits an endpoint to, and when it pays off.
public struct SavingsPlanTerms: Sendable, Hashable {
    public var plan: SavingsPlan
    /// USD an instance-hour under the plan, and on demand.
    public var planRate: Fixed
    public var onDemandRate: Fixed
    /// Instances the hourly commitment covers.
    public var coveredInstances: Int
    /// The share of the commitment the endpoint uses at the profile's volume.
    public var utilisation: Fixed
    /// USD paid when the plan is bought (zero for no upfront).
    public var upfrontPayment: Fixed
    /// True when the plan rate is the profile's stated discount, not a published rate.
    public var estimated: Bool

    /// The utilisation above which the plan costs less than on demand: plan rate ÷ on-demand rate.
    public var breakEvenUtilisation: Fixed { onDemandRate > .zero ? planRate / onDemandRate : .one }
}
