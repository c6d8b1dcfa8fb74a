/// What a Bedrock rate is for, and everything the planner needs to bill it: the words of its line
/// item, what it counts, which part of the workload it bills, the options it applies to, and the
/// rate billed instead when the catalog lacks it.
///
/// Adding a kind is a case here (its raw value is the catalog's key) plus its Price List mapping
/// (`PriceListMapper.bedrockKind`); the on-demand engine, the price listing, the diff and the
/// catalog reader and writer take it from here.
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

    /// The facts of one kind.
    public struct Traits: Sendable, Hashable {
        /// Words for a line item.
        public var label: String
        /// What one unit of the quantity counts (tokens, images, model unit-hours); the catalog
        /// may quote the price per 1K or 1M of it.
        public var counts: PriceUnit
        /// The part of a request-driven workload it bills; nil for kinds billed by time or by the
        /// training run (provisioned throughput, customization).
        public var usage: BedrockUsage?
        /// Model kinds it applies to.
        public var modelKinds: Set<ModelKind>
        /// The on-demand service tier it belongs to; nil for kinds billed in every tier.
        public var tier: BedrockOption.ServiceTier?
        /// For image kinds: whether it is the premium quality.
        public var premium: Bool
        /// A price the option cannot do without: its absence is an error even when the quantity is zero.
        public var required: Bool
        /// The kind billed instead, with a note, when the catalog has no price of this kind.
        public var fallback: BedrockRateKind?
        /// The quantity in the fallback note: "cached input tokens are" billed at the input price.
        public var fallbackWording: String
    }

    /// The facts of this kind (computed once per kind).
    public var traits: Traits { Self.traitsTable[self] ?? makeTraits() }

    private static let traitsTable = Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.makeTraits()) })

    private func makeTraits() -> Traits {
        let text: Set<ModelKind> = [.text]
        let tokensIn: Set<ModelKind> = [.text, .embedding, .multimodalEmbedding]
        func tokens(
            _ label: String, _ usage: BedrockUsage, _ kinds: Set<ModelKind>, tier: BedrockOption.ServiceTier? = nil,
            required: Bool = false, fallback: BedrockRateKind? = nil, wording: String? = nil
        ) -> Traits {
            Traits(
                label: label, counts: .token, usage: usage, modelKinds: kinds, tier: tier, premium: false,
                required: required, fallback: fallback, fallbackWording: wording ?? "\(label) are")
        }
        func timed(_ label: String, _ counts: PriceUnit) -> Traits {
            Traits(
                label: label, counts: counts, usage: nil, modelKinds: [], tier: nil, premium: false, required: false,
                fallback: nil, fallbackWording: label)
        }
        switch self {
        case .input: return tokens("input tokens", .plainInput, tokensIn, tier: .standard, required: true)
        case .output: return tokens("output tokens", .onlineOutput, text, tier: .standard, required: true)
        case .batchInput: return tokens("batch input tokens", .batchInput, tokensIn, fallback: .input)
        case .batchOutput: return tokens("batch output tokens", .batchOutput, text, fallback: .output)
        case .cacheRead:
            return tokens(
                "cache-read input tokens", .cacheReadInput, tokensIn, fallback: .input,
                wording: "cached input tokens are")
        case .cacheWrite:
            return tokens(
                "cache-write input tokens", .cacheWriteInput, tokensIn, fallback: .input,
                wording: "cache-write tokens are")
        case .flexInput: return tokens("flex-tier input tokens", .plainInput, tokensIn, tier: .flex, fallback: .input)
        case .flexOutput:
            return tokens("flex-tier output tokens", .onlineOutput, text, tier: .flex, fallback: .output)
        case .priorityInput:
            return tokens("priority-tier input tokens", .plainInput, tokensIn, tier: .priority, fallback: .input)
        case .priorityOutput:
            return tokens("priority-tier output tokens", .onlineOutput, text, tier: .priority, fallback: .output)
        case .image, .imagePremium:
            let premium = self == .imagePremium
            return Traits(
                label: premium ? "images (premium)" : "images (standard)", counts: .image, usage: .generatedImages,
                modelKinds: [.image], tier: nil, premium: premium, required: true, fallback: nil,
                fallbackWording: "images are")
        case .imageInput:
            return Traits(
                label: "input images", counts: .image, usage: .inputImages, modelKinds: [.multimodalEmbedding],
                tier: nil, premium: false, required: false, fallback: nil, fallbackWording: "input images are")
        case .provisionedNoCommitment: return timed("provisioned throughput, no commitment", .modelUnitHour)
        case .provisionedOneMonth: return timed("provisioned throughput, 1-month term", .modelUnitHour)
        case .provisionedSixMonth: return timed("provisioned throughput, 6-month term", .modelUnitHour)
        case .trainingTokens: return timed("customization training tokens", .token)
        case .customModelStorage: return timed("custom model storage", .customModelMonth)
        }
    }

    /// Words for a line item.
    public var label: String { traits.label }

    /// The order in which an option's request-driven kinds are billed (and listed as line items).
    static let billingOrder: [BedrockRateKind] = [
        .input, .flexInput, .priorityInput, .cacheRead, .cacheWrite, .batchInput, .output, .flexOutput,
        .priorityOutput, .batchOutput, .image, .imagePremium, .imageInput,
    ]

    /// The request-driven kinds an on-demand or batch option of a model bills, in billing order.
    static func billed(modelKind: ModelKind, premiumImages: Bool) -> [BedrockRateKind] {
        billedTable[BilledKey(modelKind: modelKind, premiumImages: premiumImages)] ?? []
    }

    private struct BilledKey: Hashable {
        var modelKind: ModelKind
        var premiumImages: Bool
    }

    /// `billed` for every model kind and image quality, worked out once.
    private static let billedTable: [BilledKey: [BedrockRateKind]] = {
        var table: [BilledKey: [BedrockRateKind]] = [:]
        for modelKind in ModelKind.allCases {
            for premium in [false, true] {
                table[BilledKey(modelKind: modelKind, premiumImages: premium)] = billingOrder.filter { kind in
                    let traits = kind.traits
                    return traits.modelKinds.contains(modelKind) && (modelKind != .image || traits.premium == premium)
                }
            }
        }
        return table
    }()
}
