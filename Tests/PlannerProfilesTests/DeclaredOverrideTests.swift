import Foundation
import PlannerCore
import PlannerPricing
import PlannerProfiles
import Testing

/// Price overrides that add what the catalog lacks: a Bedrock model with its kind and limits, an
/// instance type with its accelerators. Options may use them; the totals come from the overrides.
@Suite("Overrides of models and instances the catalog lacks")
struct DeclaredOverrideTests {
    static let profile = """
        version: 1
        workload:
          task: chatbot
          requests: { per_month: 1000 }
          input_tokens: 1000
          output_tokens: 500
        options:
          - bedrock: acme.private-llm
          - jumpstart: meta-textgeneration-llama-3-8b-instruct
            instance: ml.x99.large
            instances: 1
        prices:
          overrides:
            - { bedrock: acme.private-llm, input_per_1k: 0.001, output_per_1k: 0.002, kind: text, context_window: 32000, max_output_tokens: 4096 }
            - { instance: ml.x99.large, per_hour: 3.5, accelerator: A10G, accelerators: 2, accelerator_memory_gb: 24 }

        """

    @Test("a declared model and instance load, estimate from the override prices, and keep their declared facts")
    func priced() throws {
        let loaded = try loader.load(yaml: Self.profile, path: "p.yaml")
        let estimate = Estimator(catalog: try CatalogLoader.embedded()).estimate(
            loaded.profile, profileLocation: "p.yaml")
        let model = try #require(estimate.options.first { $0.model == "acme.private-llm" })
        // 1,000 requests × (1,000 × $0.001 + 500 × $0.002) per 1K = $1.00 + $1.00
        #expect(model.lineItems.map(\.cost) == [Fixed(1), Fixed(1)])
        #expect(model.lineItems.allSatisfy { $0.source.key == "profile" })
        #expect(!model.findings.contains { $0.code == .limitsUnknown })
        let endpoint = try #require(estimate.options.first { $0.instanceType == "ml.x99.large" })
        // 730 h × $3.50
        #expect(endpoint.monthlyCost == Fixed("2555"))
        #expect(endpoint.infeasibleReasons.isEmpty)
    }

    @Test("the declared context window is checked")
    func contextChecked() throws {
        let text = Self.profile.replacingOccurrences(of: "input_tokens: 1000", with: "input_tokens: 40000")
        let loaded = try loader.load(yaml: text, path: "p.yaml")
        let estimate = Estimator(catalog: try CatalogLoader.embedded()).estimate(loaded.profile)
        let model = try #require(estimate.options.first { $0.model == "acme.private-llm" })
        #expect(model.findings.contains { $0.code == .contextExceeded })
    }

    @Test(
        "declarations that cannot stand are errors at their key",
        arguments: [
            (
                "accelerator: A10G", "accelerator: Z9000",
                "p.yaml:15:61: error: prices.overrides[1].accelerator: no instance in the catalog has the accelerator 'Z9000'"
            ),
            (
                "{ instance: ml.x99.large, per_hour: 3.5, accelerator: A10G, accelerators: 2, accelerator_memory_gb: 24 }",
                "{ instance: ml.x99.large, per_hour: 3.5 }",
                "p.yaml:15:19: error: prices.overrides[1].instance: unknown instance type 'ml.x99.large'"
            ),
            (
                "bedrock: acme.private-llm, input_per_1k", "bedrock: anthropic.claude-3-haiku, input_per_1k",
                "p.yaml:14:18: error: prices.overrides[0].bedrock: the catalog knows Claude 3 Haiku: kind, context_window and max_output_tokens describe only a model it lacks"
            ),
        ])
    func rejected(_ from: String, _ to: String, _ expected: String) {
        let found = diagnostics(Self.profile.replacingOccurrences(of: from, with: to))
        #expect(found.contains { $0.hasPrefix(expected) }, "\(found)")
    }
}
