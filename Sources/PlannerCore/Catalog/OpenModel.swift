/// An open-weights model deployable from SageMaker JumpStart, with the architecture facts
/// that sizing needs.
public struct OpenModel: Sendable, Hashable {
    /// The JumpStart model id, e.g. `meta-textgeneration-llama-3-8b-instruct`.
    public var id: String
    public var name: String
    public var provider: String
    public var architecture: ModelArchitecture
    /// Total parameters (all experts for mixture-of-experts models).
    public var parameters: Fixed
    public var layers: Int?
    public var hiddenSize: Int?
    /// The MLP's inner size (per expert for mixture-of-experts models).
    public var intermediateSize: Int?
    /// Whether the MLP is gated (gate, up and down projections, as in Llama), else up and down only.
    public var gatedMLP: Bool
    public var attentionHeads: Int?
    public var kvHeads: Int?
    public var headDim: Int?
    public var vocabularySize: Int?
    public var contextWindow: Int
    /// The default inference instance AWS states for this id, when a source states one.
    public var defaultInstance: String?
    /// Whether JumpStart can fine-tune it.
    public var fineTunable: Bool
    /// True for ids compiled for Inferentia/Trainium.
    public var neuron: Bool
    public var aliases: [String]
    /// The Bedrock model id of the same weights, when Bedrock serves them.
    public var bedrockEquivalent: String?
    public var factsSource: PriceSource
    /// Custom Model Units a copy takes when imported into Bedrock, as AWS states it for the model
    /// (its pricing page's table); nil where AWS states none.
    public var customModelUnits: StatedCustomModelUnits?

    public init(
        id: String, name: String, provider: String, architecture: ModelArchitecture, parameters: Fixed,
        layers: Int?, hiddenSize: Int?, intermediateSize: Int? = nil, gatedMLP: Bool = false, attentionHeads: Int?,
        kvHeads: Int?, headDim: Int?, vocabularySize: Int?,
        contextWindow: Int, defaultInstance: String?, fineTunable: Bool, neuron: Bool, aliases: [String],
        bedrockEquivalent: String?, factsSource: PriceSource
    ) {
        self.id = id
        self.name = name
        self.provider = provider
        self.architecture = architecture
        self.parameters = parameters
        self.layers = layers
        self.hiddenSize = hiddenSize
        self.intermediateSize = intermediateSize
        self.gatedMLP = gatedMLP
        self.attentionHeads = attentionHeads
        self.kvHeads = kvHeads
        self.headDim = headDim
        self.vocabularySize = vocabularySize
        self.contextWindow = contextWindow
        self.defaultInstance = defaultInstance
        self.fineTunable = fineTunable
        self.neuron = neuron
        self.aliases = aliases
        self.bedrockEquivalent = bedrockEquivalent
        self.factsSource = factsSource
    }

    /// bf16 KV-cache bytes per token for one sequence (2 × layers × KV heads × head dim × 2 bytes),
    /// when the architecture facts are known.
    public var kvCacheBytesPerToken: Int? {
        guard let layers, let kvHeads, let headDim else { return nil }
        return 2 * layers * kvHeads * headDim * 2
    }
}

/// A measured serving throughput of an open model on an instance.
public struct MeasuredThroughput: Sendable, Hashable {
    /// JumpStart ids the measurement applies to.
    public var models: [String]
    public var instance: String
    /// Generated tokens per second for the whole instance.
    public var tokensPerSecond: Fixed
    public var concurrency: Int
    /// Median latency per generated token at that concurrency.
    public var millisecondsPerToken: Fixed?
    public var source: PriceSource

    public init(
        models: [String], instance: String, tokensPerSecond: Fixed, concurrency: Int,
        millisecondsPerToken: Fixed?, source: PriceSource
    ) {
        self.models = models
        self.instance = instance
        self.tokensPerSecond = tokensPerSecond
        self.concurrency = concurrency
        self.millisecondsPerToken = millisecondsPerToken
        self.source = source
    }
}

/// A model that neither Bedrock nor JumpStart serves, with the nearest alternatives that they do.
public struct UnavailableModel: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    public var reason: String
    /// Catalog ids (Bedrock or JumpStart) to suggest instead.
    public var alternatives: [String]

    public init(name: String, aliases: [String], reason: String, alternatives: [String]) {
        self.name = name
        self.aliases = aliases
        self.reason = reason
        self.alternatives = alternatives
    }
}

/// Custom Model Units per copy of an imported model, as a source states them.
public struct StatedCustomModelUnits: Sendable, Hashable {
    public var perCopy: Int
    public var source: PriceSource

    public init(perCopy: Int, source: PriceSource) {
        self.perCopy = perCopy
        self.source = source
    }
}
