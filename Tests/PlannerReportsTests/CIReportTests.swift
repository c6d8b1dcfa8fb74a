import Foundation
import PlannerCore
import PlannerPricing
import PlannerProfiles
import PlannerReports
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The report of every bundled profile, dated so outputs are stable.
func bundledReport(
    baseline: Baseline? = nil, maxIncrease: Fixed? = nil,
    edit: (inout [(path: String, profile: WorkloadProfile)]) -> Void = { _ in }
) throws -> ReviewReport {
    let catalog = try CatalogLoader.embedded()
    let loader = ProfileLoader(catalog: catalog)
    var profiles: [(path: String, profile: WorkloadProfile)] = []
    for file in bundledProfiles.sorted() {
        let path = "Profiles/\(file)"
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        profiles.append((path, try loader.load(yaml: text, path: path).profile))
    }
    edit(&profiles)
    return ReportBuilder(catalog: catalog, tables: try CatalogLoader.embeddedTables(), maxIncreasePercent: maxIncrease)
        .build(profiles, baseline: baseline, generatedAt: "2026-11-29", toolVersion: "0.1.0")
}

/// Collects the elements of an XML document (name and attributes) in order.
final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append((name, attributes))
    }
}

@Suite("CI reports")
struct CIReportTests {
    @Test("golden Markdown, JSON, HTML and JUnit of the Profiles/ set")
    func golden() throws {
        let report = try bundledReport()
        try assertGolden(
            try OutputDocument.report(report, failOnWarning: false).rendered(as: .markdown), named: "report.md")
        try assertGolden(
            try OutputDocument.report(report, failOnWarning: false).rendered(as: .json), named: "report.json")
        try assertGolden(
            try OutputDocument.report(report, failOnWarning: false).rendered(as: .html), named: "report.html")
        try assertGolden(
            try OutputDocument.report(report, failOnWarning: false).rendered(as: .junit), named: "report.junit.xml")
    }

    @Test("JUnit has the common schema's shape: testsuites > testsuite > testcase (> failure)")
    func junitShape() throws {
        var report = try bundledReport()
        report.guardrails.append(
            GuardrailResult(
                profile: "support-chatbot", guardrail: .budget, status: .fail, message: "over <budget> & more"))
        let xml = try OutputDocument.report(report, failOnWarning: false).rendered(as: .junit)
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        let root = try #require(collector.elements.first)
        #expect(root.name == "testsuites")
        for key in ["tests", "failures", "errors", "time"] { #expect(root.attributes[key] != nil) }
        let suites = collector.elements.filter { $0.name == "testsuite" }
        #expect(suites.count == bundledProfiles.count)
        for suite in suites {
            for key in ["name", "tests", "failures", "errors", "skipped", "time", "timestamp"] {
                #expect(suite.attributes[key] != nil)
            }
        }
        let cases = collector.elements.filter { $0.name == "testcase" }
        #expect(cases.count == report.guardrails.count)
        #expect(cases.allSatisfy { $0.attributes["name"] != nil && $0.attributes["classname"] != nil })
        #expect(
            collector.elements.filter { $0.name == "failure" }.first?.attributes["message"] == "over <budget> & more")
        #expect(root.attributes["failures"] == "1")
    }

    @Test("the JSON report round-trips as a baseline: no change against itself")
    func roundTrip() throws {
        let report = try bundledReport()
        let baseline = try Baseline.parse(try OutputDocument.report(report, failOnWarning: false).rendered(as: .json))
        #expect(baseline.profiles.count == bundledProfiles.count)
        let again = try bundledReport(baseline: baseline, maxIncrease: Fixed(0))
        let comparison = try #require(again.baseline)
        #expect(
            comparison.addedProfiles.isEmpty && comparison.removedProfiles.isEmpty && comparison.pricingChange == nil)
        #expect(comparison.changes.allSatisfy { $0.delta == nil || $0.delta == .zero })
        #expect(!again.failed(failOnWarning: false))
        // An estimate's JSON works as a baseline too.
        #expect(
            try Baseline.parse(try OutputDocument.estimates(again.profiles.map(\.estimate)).rendered(as: .json))
                .profiles
                .count
                == bundledProfiles.count)
    }

    @Test(
        "the baseline diff: changed costs in percent, added and removed profiles and options, a new pricing snapshot named"
    )
    func baselineDiff() throws {
        var json = try OutputDocument.report(try bundledReport(), failOnWarning: false).rendered(as: .json)
        // support-chatbot's Nova Lite
        json = json.replacingOccurrences(of: "\"monthly_cost\": 98.55", with: "\"monthly_cost\": 90.00")
        json = json.replacingOccurrences(of: "\"name\": \"translation\"", with: "\"name\": \"translation-old\"")
        json = json.replacingOccurrences(
            of: "\"snapshot\": \"bundled-2026-12-02\"", with: "\"snapshot\": \"bundled-2026-10-01\"")
        let report = try bundledReport(baseline: try Baseline.parse(json), maxIncrease: Fixed(5)) { profiles in
            if let index = profiles.firstIndex(where: { $0.profile.name == "support-chatbot" }) {
                profiles[index].profile.options.removeLast()
            }
        }
        let comparison = try #require(report.baseline)
        #expect(comparison.addedProfiles == ["translation"])
        #expect(comparison.removedProfiles == ["translation-old"])
        #expect(comparison.pricingChange?.contains("bundled-2026-10-01") == true)
        let nova = try #require(
            comparison.changes.first {
                $0.option == "bedrock:amazon.nova-lite:on-demand" && $0.profile == "support-chatbot"
            })
        #expect(nova.delta == Fixed("8.55"))
        #expect(nova.percent == Fixed("9.5"))
        #expect(
            comparison.removedOptions.contains {
                $0.option.hasPrefix("jumpstart:meta-textgeneration-llama-3-8b-instruct")
            })
        // +9.5% on the cheapest option breaks a 5% limit.
        let guardrail = try #require(
            report.guardrails.first { $0.profile == "support-chatbot" && $0.guardrail == .maxIncrease })
        #expect(guardrail.status == .fail)
        #expect(guardrail.message == "cheapest option +9.5% against the baseline (limit +5%)")
        #expect(report.failed(failOnWarning: false))
        #expect(
            try OutputDocument.report(report, failOnWarning: false).rendered(as: .markdown).contains(
                "| support-chatbot | Nova Lite (Bedrock, on-demand) | $98.55 | +9.5% |"))
    }

    @Test(
        "guardrails: an exceeded budget and a missing price fail; infeasible options and sampling outside the table warn"
    )
    func guardrails() throws {
        let report = try bundledReport { profiles in
            if let index = profiles.firstIndex(where: { $0.profile.name == "rag-qa" }) {
                profiles[index].profile.budget = Budget(monthlyUSD: Fixed(100))
                // us-west-2 only
                profiles[index].profile.options.append(.bedrock(BedrockOption(model: "anthropic.claude-3-opus")))
            }
        }
        let ragQA = report.guardrails.filter { $0.profile == "rag-qa" }
        #expect(ragQA.first { $0.guardrail == .budget }?.status == .fail)
        #expect(ragQA.first { $0.guardrail == .missingPrices }?.status == .fail)
        #expect(
            report.guardrails.first { $0.profile == "nightly-summarization" && $0.guardrail == .feasibility }?.status
                == .warning)
        #expect(
            report.guardrails.first { $0.profile == "code-assistant" && $0.guardrail == .sampling }?.status == .warning)
        #expect(report.failed(failOnWarning: false))
        #expect(!(try bundledReport()).failed(failOnWarning: false))
        #expect(try bundledReport().failed(failOnWarning: true))
    }

    @Test("the HTML is self-contained: no script, no external resource (the sources are links, not loads)")
    func selfContained() throws {
        let html = try OutputDocument.report(try bundledReport(), failOnWarning: false).rendered(as: .html)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(!html.contains("url("))
        #expect(!html.contains("@import"))
        // Every http(s) URL is the SVG namespace, a source's link or a source's title.
        let links = html.components(separatedBy: "<a href=\"http").count - 1
        #expect(links > 0)
        #expect(html.contains("<svg"))
    }
}

@Suite("Baseline reading")
struct BaselineReadingTests {
    @Test(
        "a baseline that is not a report of this tool says why",
        arguments: [
            ("not json", BaselineError.Reason.notJSON), ("{}", .notAReport),
            (#"{"schema_version": 2, "profiles": []}"#, .unsupportedVersion),
            (#"{"schema_version": 1}"#, .notAReport), (#"{"schema_version": 1, "profiles": [{}]}"#, .notAReport),
        ])
    func reasons(text: String, reason: BaselineError.Reason) {
        #expect {
            _ = try Baseline.parse(text)
        } throws: { error in
            (error as? BaselineError)?.reason == reason
        }
    }
}
