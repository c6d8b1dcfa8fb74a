import PlannerCore
import Testing

@Suite("Model names")
struct ModelResolverTests {
    let resolver = ModelResolver(catalog: fixtureCatalog)

    @Test(
        "AWS ids with version suffixes, inference-profile prefixes and aliases resolve",
        arguments: [
            ("anthropic.claude-3-haiku", "anthropic.claude-3-haiku"),
            ("anthropic.claude-3-haiku-20240307-v1:0", "anthropic.claude-3-haiku"),
            ("us.anthropic.claude-3-haiku-20240307-v1:0", "anthropic.claude-3-haiku"),
            ("meta.llama3-1-8b-instruct-v1:0", "meta.llama3-1-8b-instruct"),
            ("amazon.titan-text-express-v1", "amazon.titan-text-express"),
            ("amazon.titan-embed-text-v2:0", "amazon.titan-embed-text-v2"),
            ("Claude 3 Haiku", "anthropic.claude-3-haiku"),
            ("mistral.mistral-7b-instruct-v0:2", "mistral.mistral-7b-instruct"),
            ("jurassic-2", "ai21.j2-ultra"),
            ("stable-diffusion", "stability.stable-diffusion-xl-v1"),
        ])
    func bedrockNames(name: String, id: String) {
        guard case .bedrock(let model, _) = resolver.resolveBedrock(name) else {
            Issue.record("\(name) did not resolve")
            return
        }
        #expect(model.id == id)
    }

    @Test(
        "every system the decision tables name can be planned with",
        arguments: [
            "claude-3-haiku", "llama-2-13b-chat", "jurassic-2-mid", "stable-diffusion", "titan-text-express",
            "titan-embeddings", "titan-multimodal-embeddings",
        ])
    func seedSystemsOnBedrock(name: String) {
        if case .unknown = resolver.resolveBedrock(name) { Issue.record("\(name) is not plannable") }
    }

    @Test(
        "open models named in the tables are on JumpStart",
        arguments: [
            "bert-base", "roberta-base", "distilbert", "t5-base", "flan-t5-xl", "bart-large-cnn", "falcon-7b",
            "falcon-40b", "falcon-180b",
            "llama-2-7b", "meta-textgeneration-llama-3-8b-instruct",
        ])
    func seedSystemsOnJumpStart(name: String) {
        guard case .openModel = resolver.resolveJumpStart(name) else {
            Issue.record("\(name) is not on JumpStart in the catalog")
            return
        }
    }

    @Test(
        "GPT-4 is on neither service: a clear message with AWS-hosted alternatives",
        arguments: ["gpt-4", "GPT-4", "gpt-4o", "openai.gpt-4"])
    func gpt4(name: String) {
        guard case .unavailable(let model) = resolver.resolveBedrock(name) else {
            Issue.record("\(name) should be reported as unavailable")
            return
        }
        #expect(model.reason.contains("neither Amazon Bedrock nor SageMaker JumpStart"))
        #expect(model.alternatives.contains("anthropic.claude-sonnet-4-5"))
    }

    @Test(
        "typos get suggestions",
        arguments: [
            ("anthropic.claude-3-haiku-typo", "anthropic.claude-3-haiku"),
            ("anthropic.clade-3-haiku", "anthropic.claude-3-haiku"),
            ("amazon.nova-lit", "amazon.nova-lite"),
        ])
    func didYouMean(name: String, expected: String) {
        guard case .unknown(let suggestions) = resolver.resolveBedrock(name) else {
            Issue.record("\(name) unexpectedly resolved")
            return
        }
        #expect(suggestions.first == expected)
    }

    @Test("edit distance counts a transposition as one edit")
    func editDistance() {
        #expect(Suggestions.editDistance("per_day", "per_dya") == 1)
        #expect(Suggestions.editDistance("kitten", "sitting") == 3)
        #expect(
            Suggestions.didYouMean("input_token", among: ["input_tokens", "output_tokens"])
                == " (did you mean 'input_tokens'?)")
    }
}
