extension TaskKind {
    /// Whether a Bedrock model of `kind` can do this task.
    public func accepts(_ kind: ModelKind) -> Bool {
        switch self {
        case .embeddings: kind == .embedding || kind == .multimodalEmbedding
        case .imageGeneration: kind == .image
        default: kind == .text
        }
    }

    /// The open-model architectures that can do this task. Encoders classify, tag, embed and extract
    /// answers but cannot generate text; diffusion models only generate images.
    public func architectures(answerFormat: DecisionTables.AnswerFormat?) -> Set<ModelArchitecture> {
        switch self {
        case .imageGeneration: [.diffusion]
        case .embeddings: [.encoderOnly, .embedding]
        case .sentimentAnalysis, .ner: [.encoderOnly, .decoderOnly, .encoderDecoder]
        case .questionAnswering:
            answerFormat == .extracted
                ? [.encoderOnly, .decoderOnly, .encoderDecoder] : [.decoderOnly, .encoderDecoder]
        case .textGeneration, .chatbot, .translation, .summarization, .codeGeneration: [.decoderOnly, .encoderDecoder]
        }
    }

    /// Whether the task generates text, so that sampling settings apply.
    public var generatesText: Bool {
        switch self {
        case .textGeneration, .chatbot, .translation, .summarization, .questionAnswering, .codeGeneration: true
        case .embeddings, .imageGeneration, .sentimentAnalysis, .ner: false
        }
    }

    /// Why a model of `kind` cannot do this task, for a finding; nil when it can.
    func mismatch(_ name: String, kind: String) -> Finding {
        .error(.taskMismatch, "\(name) is \(kind) model and cannot do \(rawValue)")
    }
}
