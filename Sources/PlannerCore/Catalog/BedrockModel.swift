/// A model offered by Amazon Bedrock, with its facts and its prices per region.
public struct BedrockModel: Sendable, Hashable {
    /// The Bedrock model id without its version suffix, e.g. `anthropic.claude-3-haiku`.
    public var id: String
    public var name: String
    public var provider: String
    public var kind: ModelKind
    public var architecture: ModelArchitecture
    /// Tokens of input plus output the model can attend to; nil when unknown.
    public var contextWindow: Int?
    /// Most tokens one response can have; nil when unknown.
    public var maxOutputTokens: Int?
    /// Where the context and output limits come from.
    public var factsSource: PriceSource?
    /// Other names a user may type.
    public var aliases: [String]
    /// Whether weights are openly available (Llama, Mistral, ...).
    public var openWeights: Bool
    /// How a customised copy of this model is served.
    public var customModelServing: CustomModelServing = .provisioned
    /// Input tokens a request above which the long-context rates bill, when not the 200K of Claude
    /// (272K for OpenAI's GPT-5.4 and later, 100K for Claude Haiku 5.5); nil for 200K.
    public var longContextThreshold: Fixed?
    /// Default tokens-per-minute quotas per region, when the catalog knows them.
    public var quotas: [String: BedrockQuota] = [:]
    /// The prices of this model, keyed by region, endpoint scope and kind.
    public var rates: [BedrockRateKey: CatalogRate]

    public init(
        id: String, name: String, provider: String, kind: ModelKind, architecture: ModelArchitecture,
        contextWindow: Int?, maxOutputTokens: Int?, factsSource: PriceSource?, aliases: [String],
        openWeights: Bool, rates: [BedrockRateKey: CatalogRate]
    ) {
        self.id = id
        self.name = name
        self.provider = provider
        self.kind = kind
        self.architecture = architecture
        self.contextWindow = contextWindow
        self.maxOutputTokens = maxOutputTokens
        self.factsSource = factsSource
        self.aliases = aliases
        self.openWeights = openWeights
        self.rates = rates
    }

    /// The rate of a kind in a region for an endpoint scope, if the catalog has it.
    public func rate(_ kind: BedrockRateKind, region: String, scope: EndpointScope = .regional) -> CatalogRate? {
        rates[BedrockRateKey(region: region, scope: scope, kind: kind)]
    }

    /// The rate a request at `scope` is billed: a geographic profile at the Region's price unless the
    /// catalog prices it apart (AWS bills cross-Region inference at the source Region's price).
    public func billedRate(_ kind: BedrockRateKind, region: String, scope: EndpointScope) -> CatalogRate? {
        rate(kind, region: region, scope: scope) ?? (scope == .geo ? rate(kind, region: region, scope: .regional) : nil)
    }

    /// Where the model is sold on demand in a region, nearest first: in the Region, through a
    /// geographic profile, or through the global one; nil when the catalog prices none of them.
    public func onDemandScope(region: String) -> EndpointScope? {
        EndpointScope.allCases.first { rate(onDemandKind, region: region, scope: $0) != nil }
    }

    /// The rate that says the model is sold on demand: per image, per query, else per input token.
    public var onDemandKind: BedrockRateKind { kind == .image ? .image : kind == .rerank ? .query : .input }

    /// Whether the catalog gives this model long-context rates anywhere (Claude models with a
    /// 1M-token context do); such a model bills long requests at them.
    public var hasLongContextRates: Bool { rates.keys.contains { $0.kind.traits.longContextOf != nil } }

    /// The regions in which this model has any price.
    public var regions: Set<String> { Set(rates.keys.map(\.region)) }
}

/// A model's default Bedrock quotas in one region: tokens a minute, input and output combined.
public struct BedrockQuota: Sendable, Hashable {
    /// On-demand tokens a minute on the regional endpoint; nil when not published.
    public var tokensPerMinute: Int?
    /// Tokens a minute through a cross-Region inference profile; nil when not published.
    public var crossRegionTokensPerMinute: Int?
    /// Quota tokens one output token burns (5 for Claude Sonnet 4 and Opus 4, else 1).
    public var outputBurndown: Int
    public var source: PriceSource

    public init(tokensPerMinute: Int?, crossRegionTokensPerMinute: Int?, outputBurndown: Int, source: PriceSource) {
        self.tokensPerMinute = tokensPerMinute
        self.crossRegionTokensPerMinute = crossRegionTokensPerMinute
        self.outputBurndown = outputBurndown
        self.source = source
    }
}

/// How Bedrock serves a customised copy of a model.
public enum CustomModelServing: String, Sendable, Hashable, CaseIterable {
    /// On provisioned throughput (the Bedrock rule for custom models).
    case provisioned
    /// On demand at the base model's token prices (LoRA-customised Nova models).
    case onDemand = "on-demand"
}

/// Identifies one Bedrock price of a model.
public struct BedrockRateKey: Sendable, Hashable {
    public var region: String
    public var scope: EndpointScope
    public var kind: BedrockRateKind

    public init(region: String, scope: EndpointScope, kind: BedrockRateKind) {
        self.region = region
        self.scope = scope
        self.kind = kind
    }
}
