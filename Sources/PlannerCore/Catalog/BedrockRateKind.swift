/// What a Bedrock rate is for, and everything the planner needs to bill it: the words of its line
/// item, which part of the workload it bills, the options it applies to, and the
/// rate billed instead when the catalog lacks it.
///
/// Adding a kind is a case here (its raw value is the catalog's key) plus its Price List reading
/// (`PriceListClassifier`); the on-demand engine, the price listing, the diff and the catalog
/// reader and writer take it from here.
public enum BedrockRateKind: String, Sendable, Hashable, CaseIterable {
    case input
    case output
    case batchInput = "batch_input"
    case batchOutput = "batch_output"
    case cacheRead = "cache_read"
    case cacheWrite = "cache_write"
    /// Cache writes with a 1-hour lifetime (the 5-minute kind is `cacheWrite`).
    case cacheWriteOneHour = "cache_write_1h"
    /// Long-context rates: billed instead of the ordinary ones when a request's input exceeds the
    /// model's long-context threshold (200K tokens for Claude).
    case inputLongContext = "input_long_context"
    case outputLongContext = "output_long_context"
    case batchInputLongContext = "batch_input_long_context"
    case batchOutputLongContext = "batch_output_long_context"
    case cacheReadLongContext = "cache_read_long_context"
    case cacheWriteLongContext = "cache_write_long_context"
    case cacheWriteOneHourLongContext = "cache_write_1h_long_context"
    case flexInput = "flex_input"
    case flexOutput = "flex_output"
    case priorityInput = "priority_input"
    case priorityOutput = "priority_output"
    /// Generated images: text-to-image at 1024 pixels unless the name says otherwise.
    case image = "image"
    case imagePremium = "image_premium"
    case image512 = "image_512"
    case image512Premium = "image_512_premium"
    case imageToImage = "image_to_image"
    case imageToImagePremium = "image_to_image_premium"
    case imageToImage512 = "image_to_image_512"
    case imageToImage512Premium = "image_to_image_512_premium"
    case imageInput = "image_input"
    /// Rerank queries, per 1,000.
    case query
    case provisionedNoCommitment = "provisioned_none"
    case provisionedOneMonth = "provisioned_1-month"
    case provisionedSixMonth = "provisioned_6-month"
    /// Reserved capacity: tokens a minute reserved for a 1- or 3-month term, per 1K TPM-hour.
    case reservedInputOneMonth = "reserved_input_1-month"
    case reservedOutputOneMonth = "reserved_output_1-month"
    case reservedInputThreeMonth = "reserved_input_3-month"
    case reservedOutputThreeMonth = "reserved_output_3-month"
    case trainingTokens = "training"
    case customModelStorage = "storage"
    /// On-demand inference of a customised model (Nova), where AWS prices it apart from the base model.
    case customModelInput = "custom_model_input"
    case customModelOutput = "custom_model_output"

    /// The facts of one kind.
    public struct Traits: Sendable, Hashable {
        /// Words for a line item.
        public var label: String
        /// The part of a request-driven workload it bills; nil for kinds billed by time or by the
        /// training run (provisioned throughput, customization).
        public var usage: BedrockUsage?
        /// Model kinds it applies to.
        public var modelKinds: Set<ModelKind>
        /// The on-demand service tier it belongs to; nil for kinds billed in every tier.
        public var tier: BedrockOption.ServiceTier?
        /// For image kinds: quality, size and operation.
        public var image: ImageRequest?
        /// The ordinary kind a long-context kind stands in for; nil for other kinds.
        public var longContextOf: BedrockRateKind?
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
                label: label, usage: usage, modelKinds: kinds, tier: tier, image: nil,
                longContextOf: nil, required: required, fallback: fallback, fallbackWording: wording ?? "\(label) are")
        }
        func timed(_ label: String) -> Traits {
            Traits(
                label: label, usage: nil, modelKinds: [], tier: nil, image: nil, longContextOf: nil,
                required: false, fallback: nil, fallbackWording: label)
        }
        func longContext(_ ordinary: BedrockRateKind) -> Traits {
            // `makeTraits`, not `traits`: this runs while the traits table is being built.
            var traits = ordinary.makeTraits()
            traits.label = "long-context " + traits.label
            traits.longContextOf = ordinary
            traits.tier = nil
            traits.required = false
            traits.fallback = ordinary
            traits.fallbackWording = "long-context \(traits.fallbackWording)"
            return traits
        }
        func images(_ request: ImageRequest) -> Traits {
            Traits(
                label: request.label, usage: .generatedImages, modelKinds: [.image], tier: nil,
                image: request, longContextOf: nil, required: true, fallback: nil, fallbackWording: "images are")
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
        case .cacheWriteOneHour:
            return tokens(
                "1-hour cache-write input tokens", .cacheWriteInput, tokensIn, wording: "1-hour cache-write tokens are")
        case .inputLongContext: return longContext(.input)
        case .outputLongContext: return longContext(.output)
        case .batchInputLongContext: return longContext(.batchInput)
        case .batchOutputLongContext: return longContext(.batchOutput)
        case .cacheReadLongContext: return longContext(.cacheRead)
        case .cacheWriteLongContext: return longContext(.cacheWrite)
        case .cacheWriteOneHourLongContext: return longContext(.cacheWriteOneHour)
        case .flexInput: return tokens("flex-tier input tokens", .plainInput, tokensIn, tier: .flex, fallback: .input)
        case .flexOutput:
            return tokens("flex-tier output tokens", .onlineOutput, text, tier: .flex, fallback: .output)
        case .priorityInput:
            return tokens("priority-tier input tokens", .plainInput, tokensIn, tier: .priority, fallback: .input)
        case .priorityOutput:
            return tokens("priority-tier output tokens", .onlineOutput, text, tier: .priority, fallback: .output)
        case .image: return images(ImageRequest())
        case .imagePremium: return images(ImageRequest(premium: true))
        case .image512: return images(ImageRequest(size: .small))
        case .image512Premium: return images(ImageRequest(premium: true, size: .small))
        case .imageToImage: return images(ImageRequest(operation: .imageToImage))
        case .imageToImagePremium: return images(ImageRequest(premium: true, operation: .imageToImage))
        case .imageToImage512: return images(ImageRequest(size: .small, operation: .imageToImage))
        case .imageToImage512Premium:
            return images(ImageRequest(premium: true, size: .small, operation: .imageToImage))
        case .imageInput:
            return Traits(
                label: "input images", usage: .inputImages, modelKinds: [.multimodalEmbedding],
                tier: nil, image: nil, longContextOf: nil, required: false, fallback: nil,
                fallbackWording: "input images are")
        case .query:
            return Traits(
                label: "rerank queries", usage: .thousandQueries, modelKinds: [.rerank], tier: nil, image: nil,
                longContextOf: nil, required: true, fallback: nil, fallbackWording: "rerank queries are")
        case .provisionedNoCommitment: return timed("provisioned throughput, no commitment")
        case .provisionedOneMonth: return timed("provisioned throughput, 1-month term")
        case .provisionedSixMonth: return timed("provisioned throughput, 6-month term")
        case .reservedInputOneMonth: return timed("reserved input tokens a minute, 1-month term")
        case .reservedOutputOneMonth: return timed("reserved output tokens a minute, 1-month term")
        case .reservedInputThreeMonth: return timed("reserved input tokens a minute, 3-month term")
        case .reservedOutputThreeMonth:
            return timed("reserved output tokens a minute, 3-month term")
        case .trainingTokens: return timed("customization training tokens")
        case .customModelStorage: return timed("custom model storage")
        case .customModelInput: return timed("custom-model input tokens")
        case .customModelOutput: return timed("custom-model output tokens")
        }
    }

    /// Words for a line item.
    public var label: String { traits.label }

    /// The order in which an option's request-driven kinds are billed (and listed as line items).
    static let billingOrder: [BedrockRateKind] = [
        .input, .flexInput, .priorityInput, .cacheRead, .cacheWrite, .cacheWriteOneHour, .batchInput, .output,
        .flexOutput, .priorityOutput, .batchOutput, .image, .imagePremium, .image512, .image512Premium,
        .imageToImage, .imageToImagePremium, .imageToImage512, .imageToImage512Premium, .imageInput, .query,
    ]

    /// The long-context kind billed instead of this one above the threshold; nil when there is none.
    public var longContextVariant: BedrockRateKind? { Self.longContextTable[self] }

    private static let longContextTable: [BedrockRateKind: BedrockRateKind] = Dictionary(
        uniqueKeysWithValues: allCases.compactMap { kind in kind.traits.longContextOf.map { ($0, kind) } })

    /// The request-driven kinds an on-demand or batch option of a model bills, in billing order:
    /// one image kind (the requested quality, size and operation), one cache-write lifetime.
    static func billed(modelKind: ModelKind, image: ImageRequest, oneHourCache: Bool) -> [BedrockRateKind] {
        billedTable[BilledKey(modelKind: modelKind, image: image, oneHourCache: oneHourCache)] ?? []
    }

    private struct BilledKey: Hashable {
        var modelKind: ModelKind
        var image: ImageRequest
        var oneHourCache: Bool
    }

    /// `billed` for every model kind, image request and cache lifetime, worked out once.
    private static let billedTable: [BilledKey: [BedrockRateKind]] = {
        var table: [BilledKey: [BedrockRateKind]] = [:]
        for modelKind in ModelKind.allCases {
            for image in ImageRequest.all {
                for oneHour in [false, true] {
                    table[BilledKey(modelKind: modelKind, image: image, oneHourCache: oneHour)] = billingOrder.filter {
                        kind in
                        let traits = kind.traits
                        if kind == .cacheWrite && oneHour || kind == .cacheWriteOneHour && !oneHour { return false }
                        return traits.modelKinds.contains(modelKind) && (traits.image == nil || traits.image == image)
                    }
                }
            }
        }
        return table
    }()
}

/// What an image model is asked for: quality, size and operation, each priced apart.
public struct ImageRequest: Sendable, Hashable {
    /// Image sizes priced apart: 512×512 and up to 1024×1024.
    public enum Size: String, Sendable, Hashable, CaseIterable {
        case small = "512"
        case large = "1024"
    }

    /// Text-to-image generation, or image-to-image (editing, variation).
    public enum Operation: String, Sendable, Hashable, CaseIterable {
        case textToImage = "text-to-image"
        case imageToImage = "image-to-image"
    }

    public var premium: Bool
    public var size: Size
    public var operation: Operation

    public init(premium: Bool = false, size: Size = .large, operation: Operation = .textToImage) {
        self.premium = premium
        self.size = size
        self.operation = operation
    }

    /// Every combination.
    static let all: [ImageRequest] = [false, true].flatMap { premium in
        Size.allCases.flatMap { size in
            Operation.allCases.map { ImageRequest(premium: premium, size: size, operation: $0) }
        }
    }

    /// Words for a line item: `images (standard)`, `512-pixel image-to-image images (premium)`.
    var label: String {
        var words = "images (\(premium ? "premium" : "standard"))"
        if operation == .imageToImage { words = "image-to-image " + words }
        if size == .small { words = "512-pixel " + words }
        return words
    }

    /// Words for an option's configuration, empty for the default request.
    var configurationText: String {
        var parts: [String] = []
        if premium { parts.append("premium images") }
        if size == .small { parts.append("512-pixel images") }
        if operation == .imageToImage { parts.append("image-to-image") }
        return parts.joined(separator: ", ")
    }
}
