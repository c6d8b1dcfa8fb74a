/// Options the planner proposes when a profile lists none: a per-token, a cheaper per-token and
/// an instance-based candidate for each task, following the decision tables (decoder-only models
/// for generation and chat, encoder-decoder for translation and summarization, encoder-only for
/// classification, Titan/Cohere for embeddings, Stable Diffusion for images).
public enum DefaultCandidates {
    public static func options(for task: TaskKind) -> [DeploymentOption] {
        switch task {
        case .chatbot, .textGeneration, .questionAnswering:
            [.bedrock(.init(model: "anthropic.claude-3-haiku")), .bedrock(.init(model: "amazon.nova-lite")),
             .bedrock(.init(model: "meta.llama3-1-8b-instruct")), .jumpStart(.init(model: "meta-textgeneration-llama-3-1-8b-instruct"))]
        case .codeGeneration:
            [.bedrock(.init(model: "anthropic.claude-sonnet-4-5")), .bedrock(.init(model: "anthropic.claude-3-5-haiku")),
             .bedrock(.init(model: "meta.llama3-1-70b-instruct")), .jumpStart(.init(model: "meta-textgeneration-llama-3-1-8b-instruct"))]
        case .summarization:
            [.bedrock(.init(model: "anthropic.claude-3-haiku")), .bedrock(.init(model: "amazon.nova-micro")),
             .jumpStart(.init(model: "huggingface-text2text-flan-t5-xl"))]
        case .translation:
            [.bedrock(.init(model: "amazon.nova-lite")), .bedrock(.init(model: "ai21.j2-mid")),
             .jumpStart(.init(model: "huggingface-text2text-flan-t5-xl"))]
        case .sentimentAnalysis, .ner:
            [.jumpStart(.init(model: "huggingface-tc-distilbert-base-uncased")), .jumpStart(.init(model: "huggingface-tc-bert-base-uncased")),
             .bedrock(.init(model: "amazon.nova-micro")), .bedrock(.init(model: "anthropic.claude-3-haiku"))]
        case .embeddings:
            [.bedrock(.init(model: "amazon.titan-embed-text-v2")), .bedrock(.init(model: "cohere.embed-english-v3"))]
        case .imageGeneration:
            [.bedrock(.init(model: "stability.stable-image-core")), .bedrock(.init(model: "amazon.titan-image-generator-v1")),
             .bedrock(.init(model: "stability.stable-diffusion-xl-v1"))]
        }
    }
}
