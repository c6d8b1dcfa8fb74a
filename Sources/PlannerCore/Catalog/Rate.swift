/// One price from the catalog: an amount in USD per unit, with its source.
public struct Rate: Sendable, Hashable {
    /// USD per `unit`.
    public var price: Fixed
    public var unit: PriceUnit
    public var source: PriceSource
    /// Set when a profile override or discount changed the catalog price; says how.
    public var adjustment: String?

    public init(price: Fixed, unit: PriceUnit, source: PriceSource, adjustment: String? = nil) {
        self.price = price
        self.unit = unit
        self.source = source
        self.adjustment = adjustment
    }
}

/// What a Bedrock rate is for.
public enum BedrockRateKind: String, Sendable, Hashable, CaseIterable {
    case input
    case output
    case batchInput = "batch_input"
    case batchOutput = "batch_output"
    case cacheRead = "cache_read"
    case cacheWrite = "cache_write"
    case flexInput = "flex_input"
    case flexOutput = "flex_output"
    case priorityInput = "priority_input"
    case priorityOutput = "priority_output"
    case image = "image"
    case imagePremium = "image_premium"
    case imageInput = "image_input"
    case provisionedNoCommitment = "provisioned_none"
    case provisionedOneMonth = "provisioned_1-month"
    case provisionedSixMonth = "provisioned_6-month"
    case trainingTokens = "training"
    case customModelStorage = "storage"

    /// Words for a line item.
    public var label: String {
        switch self {
        case .input: "input tokens"
        case .output: "output tokens"
        case .batchInput: "batch input tokens"
        case .batchOutput: "batch output tokens"
        case .cacheRead: "cache-read input tokens"
        case .cacheWrite: "cache-write input tokens"
        case .flexInput: "flex-tier input tokens"
        case .flexOutput: "flex-tier output tokens"
        case .priorityInput: "priority-tier input tokens"
        case .priorityOutput: "priority-tier output tokens"
        case .image: "images (standard)"
        case .imagePremium: "images (premium)"
        case .imageInput: "input images"
        case .provisionedNoCommitment: "provisioned throughput, no commitment"
        case .provisionedOneMonth: "provisioned throughput, 1-month term"
        case .provisionedSixMonth: "provisioned throughput, 6-month term"
        case .trainingTokens: "customization training tokens"
        case .customModelStorage: "custom model storage"
        }
    }
}

/// What a SageMaker instance rate is for (the Price List's `component`).
public enum InstanceRateKind: String, Sendable, Hashable, CaseIterable {
    case hosting
    case training
    case batchTransform = "batch_transform"
    case asyncInference = "async"
}

/// Whether a Bedrock price applies to the regional endpoint or the `global.` cross-region profile.
public enum EndpointScope: String, Sendable, Hashable, CaseIterable {
    case regional
    case global
}
