import Foundation
import TestSupport
import Testing

/// The bundled snapshot prices the regions and model kinds it claims: a profile per new region and
/// per model kind estimates with the built binary, each option priced from a named source.
@Suite("Catalog coverage, end to end")
struct CoverageTests {
    /// A profile of one Bedrock option in `region`, with the workload fields a model kind reads.
    func profile(region: String, option: String, images: Int = 0) throws -> URL {
        let text = """
            version: 1
            name: coverage
            region: \(region)
            workload:
              task: question-answering
              requests: { per_day: 10000 }
              input_tokens: 800
              output_tokens: 200
              images: \(images)
            options:
              - \(option)

            """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coverage-\(UUID().uuidString).yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test(
        "a profile in each newly covered region estimates, priced from a named source",
        arguments: [
            ("eu-central-1", "bedrock: eu.anthropic.claude-sonnet-4-5"),
            ("eu-west-1", "bedrock: minimax.minimax-m2.5"),
            ("ap-northeast-1", "bedrock: jp.anthropic.claude-haiku-4-5"),
            ("ap-south-1", "bedrock: deepseek.v3.2"),
            ("ap-southeast-2", "bedrock: au.anthropic.claude-sonnet-4-6"),
            ("sa-east-1", "bedrock: global.anthropic.claude-opus-4-7"),
            ("us-gov-west-1", "bedrock: openai.gpt-oss-120b"),
            ("eu-west-3", "jumpstart: huggingface-tc-bert-base-uncased\n    instance: ml.c6i.xlarge"),
            ("ap-southeast-1", "jumpstart: huggingface-tc-bert-base-uncased\n    instance: ml.g4dn.xlarge"),
        ])
    func region(region: String, option: String) throws {
        let file = try profile(region: region, option: option)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try genaiPlan(["estimate", file.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"monthly_cost\""), "\(run.stdout.prefix(400))")
        #expect(!run.stdout.contains("price-missing"), "\(run.stdout.prefix(2000))")
    }

    @Test(
        "each model kind estimates: text, embedding, multimodal embedding, image, rerank",
        arguments: [
            ("bedrock: anthropic.claude-opus-4-8", 0, "output tokens"),
            ("bedrock: amazon.titan-embed-text-v2", 0, "input tokens"),
            ("bedrock: cohere.embed-v4", 0, "input tokens"),
            ("bedrock: amazon.nova-canvas", 1, "images"),
            ("bedrock: cohere.rerank-v3-5", 0, "rerank queries"),
        ])
    func kind(option: String, images: Int, item: String) throws {
        let file = try profile(region: "us-east-1", option: option, images: images)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try genaiPlan(["estimate", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(item), "\(run.stdout)")
    }

    @Test("a rerank model bills 1,000 queries at its published price: 304,166.67 requests a month × $2 per 1K queries")
    func rerank() throws {
        let file = try profile(region: "us-east-1", option: "bedrock: cohere.rerank-v3-5")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try genaiPlan(["estimate", file.path])
        #expect(run.stdout.contains("304.166667 1K queries × $2.00 per 1K queries = $608.33"), "\(run.stdout)")
    }

    @Test("a derived SageMaker price is labelled an estimate in the output and in the legend")
    func derived() throws {
        let file = try profile(
            region: "eu-central-1", option: "jumpstart: huggingface-tc-bert-base-uncased\n    instance: ml.c6i.xlarge")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try genaiPlan(["estimate", file.path])
        #expect(run.stdout.contains("a derived figure (source SM-EC2), not a published price"))
        #expect(run.stdout.contains("SM-EC2 (2025-12-05; derived estimate, not a published price)"))
    }
}
