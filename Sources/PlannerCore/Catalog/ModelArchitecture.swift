/// The transformer family of a model, as in the decision tables.
public enum ModelArchitecture: String, Sendable, Hashable, CaseIterable {
    case encoderOnly = "encoder-only"
    case decoderOnly = "decoder-only"
    case encoderDecoder = "encoder-decoder"
    case diffusion = "diffusion"
    case embedding = "embedding"

    /// The architecture taken for a model whose architecture nobody stated (one a price refresh or a
    /// profile's override adds): what its kind implies, text models as decoder-only.
    public static func assumed(for kind: ModelKind) -> ModelArchitecture {
        switch kind {
        case .text: .decoderOnly
        case .embedding, .multimodalEmbedding: .embedding
        case .image: .diffusion
        case .rerank: .encoderOnly
        }
    }
}

/// What a Bedrock model produces, which decides how it bills.
public enum ModelKind: String, Sendable, Hashable, CaseIterable {
    /// Text in, text out: billed per input and output token.
    case text
    /// Text in, a vector out: billed per input token only.
    case embedding
    /// Text and images in, a vector out: input tokens plus input images.
    case multimodalEmbedding = "multimodal-embedding"
    /// Text in, images out: billed per image.
    case image
    /// A query and documents in, relevance scores out: billed per 1,000 queries (a request is a query).
    case rerank
}
