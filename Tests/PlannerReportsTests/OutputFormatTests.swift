import PlannerCore
import PlannerPricing
import PlannerProfiles
import PlannerReports
import Testing

@Suite("Output formats")
struct OutputFormatTests {
    @Test(
        "each document names the formats that render it",
        arguments: [
            (OutputDocument.Kind.estimates, [OutputFormat.text, .json, .markdown]),
            (.breakEven, [.text, .json, .markdown]), (.fineTuning, [.text, .json, .markdown]),
            (.advice, [.text, .json, .markdown]),
            (.report, [.json, .markdown, .html, .junit, .githubComment, .gitlabComment]),
        ])
    func formats(kind: OutputDocument.Kind, expected: [OutputFormat]) {
        #expect(OutputFormat.formats(for: kind) == expected)
    }

    @Test("a format a document lacks is an error that lists the ones it has")
    func unsupported() {
        #expect(throws: UnsupportedFormat(format: .html, kind: .estimates)) {
            try OutputDocument.estimates([]).rendered(as: .html)
        }
        #expect(
            UnsupportedFormat(format: .junit, kind: .advice).description
                == "junit is not a format of the advice document; use one of: text, json, markdown")
    }

    @Test("every format renders every document it claims", arguments: OutputFormat.allCases)
    func claims(format: OutputFormat) throws {
        let documents: [OutputDocument] = [.estimates([]), .breakEven([]), .fineTuning([]), .advice([])]
        for document in documents where OutputFormat.formats(for: document.kind).contains(format) {
            _ = try document.rendered(as: format)
        }
    }
}

@Suite("Break-even output with capacity")
struct BreakEvenCapacityOutputTests {
    @Test(
        "a curve that ends at its fleet's capacity renders in every format and the chart",
        arguments: ["text", "markdown", "json"])
    func truncatedCurve(format: String) throws {
        let catalog = try CatalogLoader.embedded()
        let yaml = """
            version: 1
            workload:
              task: chatbot
              requests: { per_month: 300000 }
              input_tokens: 800
              output_tokens: 200
            options:
              - bedrock: meta.llama3-1-8b-instruct
              - jumpstart: meta-textgeneration-llama-3-8b-instruct
                instance: ml.g5.2xlarge
                instances: 1
            """
        let profile = try ProfileLoader(catalog: catalog).load(yaml: yaml, path: "p.yaml").profile
        let analysis = BreakEvenAnalyzer(estimator: Estimator(catalog: catalog)).analyze(profile)
        let lengths = analysis.curves.map(\.points.count)
        #expect(Set(lengths).count == 2, "one curve ends early: \(lengths)")
        let text = try OutputDocument.breakEven([analysis]).rendered(as: OutputFormat(rawValue: format) ?? .text)
        #expect(!text.isEmpty)
        if format == "text" { #expect(text.contains("beyond capacity")) }
        #expect(BreakEvenChart().render(analysis).hasPrefix("<svg"))
    }
}
