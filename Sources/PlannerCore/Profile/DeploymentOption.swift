/// One candidate deployment of the workload.
public enum DeploymentOption: Sendable, Hashable {
    case bedrock(BedrockOption)
    case jumpStart(JumpStartOption)
    /// An open model imported into Bedrock (Custom Model Import).
    case bedrockImport(BedrockImportOption)

    /// The user's own name for the option (`name:` in the profile), if any.
    public var name: String? {
        switch self {
        case .bedrock(let option): option.name
        case .jumpStart(let option): option.name
        case .bedrockImport(let option): option.name
        }
    }
}

/// A Bedrock model used on demand, in batch, on provisioned throughput, or on reserved capacity.
public struct BedrockOption: Sendable, Hashable {
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        case onDemand = "on-demand"
        case batch
        case provisioned
        /// The Reserved service tier: input and output tokens a minute reserved for 1 or 3 months.
        case reserved

        /// The mode of the option's estimate.
        public var serving: ServingMode {
            switch self {
            case .onDemand: .onDemand
            case .batch: .batch
            case .provisioned: .provisioned
            case .reserved: .reserved
            }
        }
    }

    /// Bedrock's service tiers for on-demand inference: flex (cheaper, slower) and priority (dearer, faster).
    public enum ServiceTier: String, Sendable, Hashable, CaseIterable {
        case standard
        case flex
        case priority
    }

    /// The term: provisioned throughput sells none, 1 month or 6 months; reserved capacity 1 or 3 months.
    public enum Commitment: String, Sendable, Hashable, CaseIterable {
        case none
        case oneMonth = "1-month"
        case threeMonth = "3-month"
        case sixMonth = "6-month"

        /// The terms a mode sells (empty for modes without a term).
        public static func offered(in mode: Mode) -> [Commitment] {
            switch mode {
            case .provisioned: [.none, .oneMonth, .sixMonth]
            case .reserved: [.oneMonth, .threeMonth]
            case .onDemand, .batch: []
            }
        }

        /// The terms of `offered(in:)` in words: `none, 1-month or 6-month`.
        public static func offeredText(in mode: Mode) -> String {
            let names = offered(in: mode).map(\.rawValue)
            guard let last = names.last else { return "no term" }
            return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " or " + last
        }

        /// The term a mode takes when the profile names none.
        public static func assumed(in mode: Mode) -> Commitment { mode == .reserved ? .oneMonth : .none }

        /// Months the term commits to (0 for none).
        public var months: Int {
            switch self {
            case .none: 0
            case .oneMonth: 1
            case .threeMonth: 3
            case .sixMonth: 6
            }
        }

        /// The catalog rate a model unit-hour of this term is billed at (provisioned throughput);
        /// nil for a term provisioned throughput does not sell.
        public var rateKind: BedrockRateKind? {
            switch self {
            case .none: .provisionedNoCommitment
            case .oneMonth: .provisionedOneMonth
            case .sixMonth: .provisionedSixMonth
            case .threeMonth: nil
            }
        }

        /// The catalog rates of reserved input and output tokens a minute for this term (reserved capacity).
        public var reservedRateKinds: (input: BedrockRateKind, output: BedrockRateKind) {
            self == .threeMonth
                ? (.reservedInputThreeMonth, .reservedOutputThreeMonth)
                : (.reservedInputOneMonth, .reservedOutputOneMonth)
        }
    }

    /// The model as the profile names it (resolved against the catalog by the engines).
    public var model: String
    public var mode: Mode
    /// Provisioned throughput model units; nil to size them from `tokensPerMinutePerUnit`, else 1.
    public var modelUnits: Int?
    /// Tokens a minute one model unit serves, when the team knows it (AWS does not publish it).
    public var tokensPerMinutePerUnit: Fixed?
    /// Reserved capacity: input and output tokens a minute reserved; nil to size them from the peak.
    public var reservedInputTPM: Int?
    public var reservedOutputTPM: Int?
    public var commitment: Commitment
    /// The Region's endpoint, a geographic cross-Region profile, or the `global.` profile.
    public var endpoint: EndpointScope
    /// For image models: quality, size and operation of the images generated.
    public var image: ImageRequest
    /// Service tier of on-demand requests.
    public var serviceTier: ServiceTier = .standard
    /// The user's own name for the option, which `selected:` may use.
    public var name: String?

    public init(
        model: String, mode: Mode = .onDemand, modelUnits: Int? = nil, commitment: Commitment = .none,
        endpoint: EndpointScope = .regional, image: ImageRequest = ImageRequest()
    ) {
        self.model = model
        self.mode = mode
        self.modelUnits = modelUnits
        self.commitment = commitment
        self.endpoint = endpoint
        self.image = image
    }
}

/// A JumpStart model on a SageMaker real-time endpoint.
public struct JumpStartOption: Sendable, Hashable {
    public var model: String
    /// The instance type; sized when nil.
    public var instance: String?
    /// The instance count; sized when nil.
    public var instances: Int?
    /// Hours a day the endpoint runs (default 24).
    public var hoursPerDay: Fixed
    /// Days a week the endpoint runs (default 7).
    public var daysPerWeek: Fixed
    /// Weight precision for sizing (default: the model's, bf16 for most).
    public var precision: WeightPrecision?
    /// Autoscaling floor and ceiling; when either is set, off-peak hours run fewer instances.
    public var minInstances: Int?
    public var maxInstances: Int?
    /// The Savings Plan the endpoint's instances are bought under; nil for on-demand.
    public var savingsPlan: SavingsPlanPurchase?
    /// The user's own name for the option, which `selected:` may use.
    public var name: String?

    public init(
        model: String, instance: String? = nil, instances: Int? = nil, hoursPerDay: Fixed = Fixed(24),
        daysPerWeek: Fixed = Fixed(7), precision: WeightPrecision? = nil
    ) {
        self.model = model
        self.instance = instance
        self.instances = instances
        self.hoursPerDay = hoursPerDay
        self.daysPerWeek = daysPerWeek
        self.precision = precision
    }

    /// True when the endpoint runs around the clock.
    public var runsContinuously: Bool { hoursPerDay == Fixed(24) && daysPerWeek == Fixed(7) }

    /// Hours the endpoint runs in a month of `hours` hours: hours × (hours a day × days a week) / 168,
    /// divided last so the result is exact to twelve decimals.
    public func scheduledHours(in hours: Fixed) -> Fixed {
        runsContinuously ? hours : hours * hoursPerDay * daysPerWeek / 168
    }
}

/// Bytes per weight used when sizing an endpoint.
public enum WeightPrecision: String, Sendable, Hashable, CaseIterable {
    case fp32
    case bf16
    case fp16
    case fp8
    case int8
    case int4

    /// Bytes per parameter.
    public var bytesPerParameter: Fixed {
        switch self {
        case .fp32: Fixed(4)
        case .bf16, .fp16: Fixed(2)
        case .fp8, .int8: Fixed(1)
        case .int4: Fixed(units: Fixed.scale / 2)
        }
    }
}
