/// Negotiated or private prices that win over the catalog.
public struct PriceAdjustments: Sendable, Hashable {
    /// A discount in percent applied to every catalog price after overrides (0...100).
    public var discountPercent: Fixed
    public var overrides: [PriceOverride]

    public init(discountPercent: Fixed = .zero, overrides: [PriceOverride] = []) {
        self.discountPercent = discountPercent
        self.overrides = overrides
    }
}

/// A price that replaces (or adds to) the catalog's for one model or instance.
public enum PriceOverride: Sendable, Hashable {
    /// Bedrock token prices, in USD per 1K tokens; nil keeps the catalog's. `declared` describes a
    /// model the catalog lacks.
    case bedrock(
        model: String, inputPer1K: Fixed?, outputPer1K: Fixed?, perImage: Fixed?, modelUnitPerHour: Fixed?,
        declared: DeclaredModel? = nil)
    /// A SageMaker instance's hourly price; `declared` describes an instance type the catalog lacks.
    case instance(name: String, perHour: Fixed, declared: DeclaredInstance? = nil)
}

/// The facts of a Bedrock model the catalog lacks, as a profile declares them.
public struct DeclaredModel: Sendable, Hashable {
    public var kind: ModelKind
    public var contextWindow: Int?
    public var maxOutputTokens: Int?

    public init(kind: ModelKind, contextWindow: Int? = nil, maxOutputTokens: Int? = nil) {
        self.kind = kind
        self.contextWindow = contextWindow
        self.maxOutputTokens = maxOutputTokens
    }
}

/// The hardware of a SageMaker instance type the catalog lacks: its accelerator (whose memory
/// bandwidth and peak the catalog knows from another instance with it), how many, and their memory.
public struct DeclaredInstance: Sendable, Hashable {
    /// The accelerator as the catalog names it, or a part of that name (`A10G`, `NVIDIA L4`).
    public var accelerator: String
    public var acceleratorCount: Int
    public var memoryPerAcceleratorGB: Fixed

    public init(accelerator: String, acceleratorCount: Int, memoryPerAcceleratorGB: Fixed) {
        self.accelerator = accelerator
        self.acceleratorCount = acceleratorCount
        self.memoryPerAcceleratorGB = memoryPerAcceleratorGB
    }

    /// The catalog instance whose accelerator this one names (the first by name), if any.
    public func template(in catalog: PricingCatalog) -> InstanceType? {
        let wanted = accelerator.lowercased()
        return catalog.instances.values.sorted { $0.name < $1.name }.first {
            $0.accelerator.lowercased() == wanted || $0.accelerator.lowercased().hasSuffix(" " + wanted)
        }
    }
}
