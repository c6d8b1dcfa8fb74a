/// The `fine_tuning` section of a profile: the base model, the data, and the methods to compare.
public struct FineTuningPlan: Sendable, Hashable {
    public enum DomainShift: String, Sendable, Hashable, CaseIterable {
        case small
        case large
    }

    /// A JumpStart model id (architecture facts come from the catalog).
    public var baseModel: String?
    /// A Bedrock model to price Bedrock customization for; default: the base model's Bedrock equivalent.
    public var bedrockModel: String?
    public var examples: Int
    public var tokensPerExample: Fixed
    /// Epochs for every method; nil for the defaults per method and service.
    public var epochs: Int?
    public var sequenceLength: Int
    public var methods: [FineTuningMethod]
    public var loraRank: Int
    public var loraTargets: [LoRATarget]
    /// Share of layers (from the top) trained by freeze + retrain.
    public var trainableFraction: Fixed
    public var virtualTokens: Int
    public var domainShift: DomainShift
    public var serveMonths: Int
    /// Bytes per parameter of full fine-tuning state (weights + gradients + optimizer): 12, 16 or 18.
    public var fullBytesPerParameter: Int
    /// Model-FLOPs utilisation per method, overriding the defaults.
    public var mfu: [FineTuningMethod: Fixed]
    public var activationCheckpointing: Bool
    public var microBatch: Int

    public init(
        baseModel: String? = nil, bedrockModel: String? = nil, examples: Int, tokensPerExample: Fixed = Fixed(500),
        epochs: Int? = nil,
        sequenceLength: Int = 2048, methods: [FineTuningMethod] = FineTuningMethod.allCases, loraRank: Int = 8,
        loraTargets: [LoRATarget] = [.q, .v], trainableFraction: Fixed = Fixed(units: Fixed.scale / 4),
        virtualTokens: Int = 20,
        domainShift: DomainShift = .small, serveMonths: Int = 12, fullBytesPerParameter: Int = 16,
        mfu: [FineTuningMethod: Fixed] = [:],
        activationCheckpointing: Bool = true, microBatch: Int = 1
    ) {
        self.baseModel = baseModel
        self.bedrockModel = bedrockModel
        self.examples = examples
        self.tokensPerExample = tokensPerExample
        self.epochs = epochs
        self.sequenceLength = sequenceLength
        self.methods = methods
        self.loraRank = loraRank
        self.loraTargets = loraTargets
        self.trainableFraction = trainableFraction
        self.virtualTokens = virtualTokens
        self.domainShift = domainShift
        self.serveMonths = serveMonths
        self.fullBytesPerParameter = fullBytesPerParameter
        self.mfu = mfu
        self.activationCheckpointing = activationCheckpointing
        self.microBatch = microBatch
    }
}

/// A weight matrix LoRA can adapt.
public enum LoRATarget: String, Sendable, Hashable, CaseIterable {
    case q, k, v, o, gate, up, down
}
