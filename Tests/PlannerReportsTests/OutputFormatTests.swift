import PlannerCore
import PlannerReports
import Testing

@Suite("Output formats")
struct OutputFormatTests {
    @Test(
        "each document names the formats that render it",
        arguments: [
            (OutputDocument.Kind.estimates, [OutputFormat.text, .json, .markdown]),
            (.breakEven, [.text, .json, .markdown]), (.fineTuning, [.text, .json, .markdown]),
            (.advice, [.text, .json, .markdown]), (.report, [.json, .markdown, .html, .junit]),
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
