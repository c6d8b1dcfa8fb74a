/// What the team needs from the platform: the inputs of the service and model decision tables.
public struct Requirements: Sendable, Hashable {
    /// How much the model must be customised.
    public enum FineTuning: String, Sendable, Hashable, CaseIterable {
        case none
        case limited
        case full
    }

    public var needsNotebooks = false
    public var needsFineTuning = FineTuning.none
    public var wantsHuggingFaceModels = false
    public var minimalInfrastructure = false
    public var production = false
    public var needsMultilingual = false
    public var needsImageGeneration = false
    public var needsEmbeddings = false
    public var wantsOpenWeights = false
    /// For question answering: whether answers are extracted spans or generated text.
    public var answerFormat: DecisionTables.AnswerFormat?
    /// The quality tier the model is picked from within its family.
    public var quality = Quality.standard

    /// A family's tiers: the cheaper models, the mainstream ones, the strongest.
    public enum Quality: String, Sendable, Hashable, DeclarationOrdered {
        case basic
        case standard
        case best
    }

    public init() {}

    /// The boolean requirements by their profile key.
    public static let flagNames = [
        "needs_notebooks", "wants_hugging_face_models", "minimal_infrastructure", "production", "needs_multilingual",
        "needs_image_generation", "needs_embeddings", "wants_open_weights",
    ]

    /// Names a service rule can test: the flags, and `needs_fine_tuning=<value>`.
    public static let ruleNames = flagNames + FineTuning.allCases.map { "needs_fine_tuning=\($0.rawValue)" }

    /// The quick-mode names (`--needs fine-tuning,notebooks`) and the requirement each sets.
    public static let quickNames: [String: String] = [
        "notebooks": "needs_notebooks", "fine-tuning": "needs_fine_tuning=full",
        "limited-fine-tuning": "needs_fine_tuning=limited",
        "hugging-face-models": "wants_hugging_face_models", "minimal-infrastructure": "minimal_infrastructure",
        "production": "production",
        "multilingual": "needs_multilingual", "image-generation": "needs_image_generation",
        "embeddings": "needs_embeddings",
        "open-weights": "wants_open_weights",
    ]

    /// Whether a rule name holds.
    public func holds(_ name: String) -> Bool {
        switch name {
        case "needs_notebooks": needsNotebooks
        case "wants_hugging_face_models": wantsHuggingFaceModels
        case "minimal_infrastructure": minimalInfrastructure
        case "production": production
        case "needs_multilingual": needsMultilingual
        case "needs_image_generation": needsImageGeneration
        case "needs_embeddings": needsEmbeddings
        case "wants_open_weights": wantsOpenWeights
        default:
            if name.hasPrefix("needs_fine_tuning=") {
                "needs_fine_tuning=\(needsFineTuning.rawValue)" == name
            } else {
                false
            }
        }
    }

    /// Sets a rule name (a flag to true, or `needs_fine_tuning=<value>`); false for an unknown name.
    @discardableResult
    public mutating func set(_ name: String) -> Bool {
        switch name {
        case "needs_notebooks": needsNotebooks = true
        case "wants_hugging_face_models": wantsHuggingFaceModels = true
        case "minimal_infrastructure": minimalInfrastructure = true
        case "production": production = true
        case "needs_multilingual": needsMultilingual = true
        case "needs_image_generation": needsImageGeneration = true
        case "needs_embeddings": needsEmbeddings = true
        case "wants_open_weights": wantsOpenWeights = true
        default:
            guard name.hasPrefix("needs_fine_tuning="), let value = FineTuning(rawValue: String(name.dropFirst(18)))
            else { return false }
            needsFineTuning = value
        }
        return true
    }
}

/// Sampling settings a profile intends to use.
public struct SamplingSettings: Sendable, Hashable {
    public var temperature: Fixed?
    public var topP: Fixed?
    public var topK: Int?

    public init(temperature: Fixed? = nil, topP: Fixed? = nil, topK: Int? = nil) {
        self.temperature = temperature
        self.topP = topP
        self.topK = topK
    }
}
