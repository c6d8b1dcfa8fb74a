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
    /// Whether the profile gave `sequence_length`; when not, a base with a shorter window trains on
    /// its window.
    public var sequenceLengthGiven = false
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
    /// How attention is computed: fused (FlashAttention, PyTorch SDPA: the score matrix is never
    /// kept) or eager (the s × s scores of every head are kept for the backward pass).
    public var attention: AttentionImplementation = .fused
    /// A training instance to use instead of the cheapest that holds the method.
    public var instance: String?
    /// A placement over the instance's GPUs instead of the cheapest that fits.
    public var placement: TrainingPlacement?
    /// PPO: parameters of the critic and the reward model (DeepSpeed-Chat's OPT recipes use a
    /// 350M-parameter OPT for both).
    public var criticParameters = Fixed(350_000_000)
    public var rewardParameters = Fixed(350_000_000)
    /// DPO: parameters of the frozen reference model run beside the policy; nil for a copy of the
    /// base model, zero when its log-probabilities are computed once beforehand.
    public var referenceParameters: Fixed?

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

/// How a training stack computes attention, which decides the activations it keeps.
public enum AttentionImplementation: String, Sendable, Hashable, CaseIterable {
    /// FlashAttention or PyTorch's scaled-dot-product attention: scores are recomputed, never kept.
    case fused
    /// Attention as separate matrix products and a softmax: the s × s scores are kept (5·a·s²·b bytes a layer).
    case eager
}

/// How a training job spreads the model over an instance's GPUs.
public enum TrainingPlacement: String, Sendable, Hashable, CaseIterable {
    /// One GPU holds everything.
    case singleGPU = "single-gpu"
    /// Data parallel, ZeRO stage 2: weights on every GPU, gradients and optimizer state sharded.
    case zero2 = "zero-2"
    /// Data parallel, ZeRO stage 3 (FSDP full sharding): weights, gradients and optimizer state sharded.
    case zero3 = "zero-3"
    /// One process places consecutive layers on consecutive GPUs (Hugging Face `device_map="auto"`):
    /// the memory is split, but the GPUs work one after the other, as fast as one.
    case layerSplit = "layer-split"

    /// In a sentence.
    public var words: String {
        switch self {
        case .singleGPU: "on one GPU"
        case .zero2: "data parallel with ZeRO-2 (weights on every GPU, gradients and optimizer state sharded)"
        case .zero3: "data parallel with ZeRO-3 (weights, gradients and optimizer state sharded)"
        case .layerSplit: "layers split over the GPUs in one process (device_map=\"auto\"; the GPUs take turns)"
        }
    }
}

/// A weight matrix LoRA can adapt.
public enum LoRATarget: String, Sendable, Hashable, CaseIterable {
    case q, k, v, o, gate, up, down
}
