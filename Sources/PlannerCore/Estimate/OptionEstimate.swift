/// Which AWS service an option runs on.
public enum Service: String, Sendable, Hashable, CaseIterable {
    case bedrock
    case jumpStart = "jumpstart"
}

/// The monthly cost of one deployment option, itemised.
public struct OptionEstimate: Sendable, Hashable {
    /// A stable id such as `bedrock:anthropic.claude-3-haiku:on-demand`.
    public var id: String
    public var service: Service
    /// How the option is served and billed.
    public var mode: ServingMode
    /// The resolved catalog id of the model.
    public var model: String
    public var modelName: String
    public var instanceType: String?
    public var instanceCount: Int?
    /// The configuration in words: `on-demand`, `provisioned, 2 model units, 1-month term`, `2 × ml.g5.2xlarge`.
    public var configuration: String
    public var lineItems: [LineItem]
    /// Explanations: sizing, assumptions, price adjustments.
    public var notes: [String]
    /// Why the option cannot be priced (missing price, unknown model); empty when priced.
    public var errors: [String]
    /// Why the option cannot serve the workload (context window, output limit); empty when it can.
    public var infeasibleReasons: [String]
    /// Requests per month the costs are for.
    public var requestsPerMonth: Fixed

    public init(
        id: String, service: Service, mode: ServingMode, model: String, modelName: String, instanceType: String? = nil,
        instanceCount: Int? = nil, configuration: String = "", lineItems: [LineItem] = [], notes: [String] = [],
        errors: [String] = [],
        infeasibleReasons: [String] = [], requestsPerMonth: Fixed
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
        self.notes = notes
        self.errors = errors
        self.infeasibleReasons = infeasibleReasons
        self.requestsPerMonth = requestsPerMonth
    }

    /// A short human label: `Claude 3 Haiku (Bedrock, on-demand)`.
    public var label: String {
        let service = service == .bedrock ? "Bedrock" : "JumpStart"
        return configuration.isEmpty ? "\(modelName) (\(service))" : "\(modelName) (\(service), \(configuration))"
    }

    /// True when every needed price was found.
    public var isPriced: Bool { errors.isEmpty }
    /// True when the option can serve the workload.
    public var isFeasible: Bool { infeasibleReasons.isEmpty }

    /// The sum of the line items; nil when a price is missing (never a silent $0).
    public var monthlyCost: Fixed? {
        guard isPriced else { return nil }
        return lineItems.reduce(Fixed.zero) { $0 + $1.cost }
    }

    /// Monthly cost divided by monthly requests, rounded to 8 decimals; nil when unpriced or no requests.
    public var perRequestCost: Fixed? {
        guard let monthlyCost, requestsPerMonth > .zero else { return nil }
        return (monthlyCost / requestsPerMonth).rounded(toDecimals: 8)
    }
}
