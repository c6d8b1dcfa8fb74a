import Foundation
import PlannerCore
import PlannerPricing
import PlannerProfiles
import PlannerReports
import TestSupport
import Testing

/// Estimates of a bundled profile, with its path relative to the repository so outputs are stable.
func estimate(_ profileFile: String) throws -> ProfileEstimate {
    let catalog = try CatalogLoader.embedded()
    let relative = "Profiles/\(profileFile)"
    let text = try String(contentsOf: repositoryRoot.appendingPathComponent(relative), encoding: .utf8)
    let loaded = try ProfileLoader(catalog: catalog).load(yaml: text, path: relative)
    return Estimator(catalog: catalog, tables: try CatalogLoader.embeddedTables()).estimate(
        loaded.profile, profileLocation: relative)
}

let bundledProfiles = [
    "support-chatbot.yaml", "nightly-summarization.yaml", "sentiment-classification.yaml", "code-assistant.yaml",
    "rag-qa.yaml",
    "rag-embeddings.yaml", "translation.yaml", "domain-fine-tuning.yaml",
]

@Suite("Estimate reports")
struct EstimateReportTests {
    @Test("golden text, Markdown and JSON for every bundled profile", arguments: bundledProfiles)
    func golden(profile: String) throws {
        let result = try estimate(profile)
        let stem = String(profile.dropLast(5))
        try assertGolden(try OutputDocument.estimates([result]).rendered(as: .text), named: "\(stem).txt")
        try assertGolden(try OutputDocument.estimates([result]).rendered(as: .markdown), named: "\(stem).md")
        try assertGolden(try OutputDocument.estimates([result]).rendered(as: .json), named: "\(stem).json")
    }

    @Test("golden fine-tuning comparison in every format")
    func fineTuningGolden() throws {
        let catalog = try CatalogLoader.embedded()
        let text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Profiles/domain-fine-tuning.yaml"), encoding: .utf8)
        let loaded = try ProfileLoader(catalog: catalog).load(yaml: text, path: "Profiles/domain-fine-tuning.yaml")
        let comparison = try FineTuningPlanner(catalog: catalog, tables: try CatalogLoader.embeddedTables()).compare(
            loaded.profile)
        try assertGolden(
            try OutputDocument.fineTuning([comparison]).rendered(as: .text), named: "domain-fine-tuning.finetune.txt")
        try assertGolden(
            try OutputDocument.fineTuning([comparison]).rendered(as: .markdown), named: "domain-fine-tuning.finetune.md"
        )
        try assertGolden(
            try OutputDocument.fineTuning([comparison]).rendered(as: .json), named: "domain-fine-tuning.finetune.json")
        let document = try JSONParser.parse(try OutputDocument.fineTuning([comparison]).rendered(as: .json))
        guard case .array(let profiles)? = document["profiles"],
            case .array(let rows)? = profiles.first?["fine_tuning"], let first = rows.first
        else {
            Issue.record("no rows")
            return
        }
        for key in [
            "method", "service", "data_fit", "trainable_parameters", "memory_gb", "instance_type", "instance_count",
            "hours",
            "training_cost", "monthly_storage_cost", "monthly_serving_cost", "total_cost",
        ] {
            #expect(first[key] != nil, "\(key)")
        }
        for key in ["weights", "gradients", "optimizer", "activations", "total"] {
            #expect(first["memory_gb"]?[key] != nil, "\(key)")
        }
        #expect(profiles.first?["recommended"]?["method"] == .string("freeze"))
    }

    @Test("golden break-even analysis: text, Markdown, JSON and the SVG chart")
    func breakEvenGolden() throws {
        let catalog = try CatalogLoader.embedded()
        let text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Profiles/support-chatbot.yaml"), encoding: .utf8)
        let loaded = try ProfileLoader(catalog: catalog).load(yaml: text, path: "Profiles/support-chatbot.yaml")
        let analysis = BreakEvenAnalyzer(
            estimator: Estimator(catalog: catalog, tables: try CatalogLoader.embeddedTables())
        ).analyze(loaded.profile, curvePoints: 25)
        try assertGolden(
            try OutputDocument.breakEven([analysis]).rendered(as: .text), named: "support-chatbot.breakeven.txt")
        try assertGolden(
            try OutputDocument.breakEven([analysis]).rendered(as: .markdown), named: "support-chatbot.breakeven.md")
        let json = try OutputDocument.breakEven([analysis]).rendered(as: .json)
        try assertGolden(json, named: "support-chatbot.breakeven.json")
        let document = try JSONParser.parse(json)
        guard case .array(let profiles)? = document["profiles"],
            case .array(let points)? = profiles.first?["break_even"], let first = points.first
        else {
            Issue.record("no break-even points")
            return
        }
        for key in ["a", "b", "requests_per_month", "tokens_per_month"] { #expect(first[key] != nil) }
        let svg = BreakEvenChart().render(analysis)
        try assertGolden(svg, named: "support-chatbot.breakeven.svg")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("requests per month (log scale)") && svg.contains("monthly cost, USD (log scale)"))
        #expect(svg.components(separatedBy: "<circle").count - 1 >= analysis.points.count)
        // Only the SVG namespace: no external resources.
        #expect(!svg.contains("http://") || svg.components(separatedBy: "http://").count == 2)
    }

    @Test("the JSON has the documented shape, money as exact decimal numbers")
    func jsonShape() throws {
        let document = try JSONParser.parse(
            try OutputDocument.estimates([try estimate("support-chatbot.yaml")]).rendered(as: .json))
        #expect(document["schema_version"] == .number("1"))
        guard case .array(let profiles)? = document["profiles"], let profile = profiles.first else {
            Issue.record("no profiles")
            return
        }
        for key in ["name", "region", "pricing", "options", "cheapest", "warnings"] {
            #expect(profile[key] != nil, "\(key)")
        }
        #expect(profile["pricing"]?["snapshot"] == .string("bundled-2026-12-02"))
        guard case .array(let options)? = profile["options"] else { return }
        let haiku = try #require(options.first)
        #expect(haiku["monthly_cost"] == .number("456.25"))
        #expect(haiku["per_request_cost"] == .number("0.00075"))
        for key in ["id", "service", "mode", "model", "instance_type", "instance_count", "line_items", "notes"] {
            #expect(haiku[key] != nil, "\(key)")
        }
        guard case .array(let items)? = haiku["line_items"], let first = items.first else { return }
        #expect(first["quantity"] == .number("912500"))
        #expect(first["unit"] == .string("1K tokens"))
        #expect(first["unit_price"] == .number("0.00025"))
        #expect(first["cost"] == .number("228.125"))
        #expect(first["source"]?["key"] == .string("P"))
        #expect(profile["cheapest"] == .string("bedrock:amazon.nova-lite:on-demand"))
    }

    @Test("every format says the same: same options, same totals")
    func sameContent() throws {
        let result = try estimate("code-assistant.yaml")
        let text = try OutputDocument.estimates([result]).rendered(as: .text)
        let markdown = try OutputDocument.estimates([result]).rendered(as: .markdown)
        let json = try OutputDocument.estimates([result]).rendered(as: .json)
        for option in result.options {
            let total = try #require(option.monthlyCost)
            #expect(text.contains(total.dollars))
            #expect(markdown.contains(total.dollars))
            #expect(json.contains("\"monthly_cost\": \(total)"))
            #expect(text.contains(option.id) && markdown.contains(option.id) && json.contains(option.id))
        }
    }

    @Test("Markdown cells escape what would break a table")
    func markdownEscaping() throws {
        var result = try estimate("rag-embeddings.yaml")
        result.options[0].modelName = "Titan | *v2* <b>"
        let markdown = try OutputDocument.estimates([result]).rendered(as: .markdown)
        #expect(markdown.contains("Titan \\| \\*v2\\* \\<b\\>"))
    }
}
