import Foundation
import PlannerCore
import PlannerProfiles
import PlannerReports
import TestSupport
import Testing

/// The PR-comment formats and the projects' totals.
@Suite("PR comments and totals")
struct CommentReportTests {
    /// The bundled report against a baseline where support-chatbot's Nova Lite cost $90.00.
    func changedReport() throws -> ReviewReport {
        var json = try OutputDocument.report(try bundledReport(), failOnWarning: false).rendered(as: .json)
        json = json.replacingOccurrences(of: "\"monthly_cost\": 98.55", with: "\"monthly_cost\": 90.00")
        return try bundledReport(baseline: try Baseline.parse(json))
    }

    /// `count` copies of the bundled profiles' reports, each named apart, in `projects` projects
    /// (copied, not estimated again: the test is about the rendering), against a baseline of itself.
    func manyProfiles(_ count: Int, projects: Int = 10, baseline: Bool) throws -> ReviewReport {
        let bundled = try bundledReport()
        var profiles: [ProfileReport] = []
        var guardrails: [GuardrailResult] = []
        for index in 0..<count {
            var item = bundled.profiles[index % bundled.profiles.count]
            let original = item.estimate.profileName
            item.estimate.profileName += "-\(index)"
            item.project = "team-\(index % projects)"
            item.path = "Profiles/\(item.estimate.profileName).yaml"
            profiles.append(item)
            for var result in bundled.guardrails where result.profile == original {
                result.profile = item.estimate.profileName
                guardrails.append(result)
            }
        }
        func report(_ previous: Baseline?) -> ReviewReport {
            ReviewReport(
                generatedAt: bundled.generatedAt, toolVersion: bundled.toolVersion, profiles: profiles,
                baseline: previous.map { BaselineComparison(baseline: $0, profiles: profiles) }, guardrails: guardrails,
                baselineProfiles: previous)
        }
        guard baseline else { return report(nil) }
        return report(try Baseline.parse(OutputDocument.report(report(nil), failOnWarning: false).rendered(as: .json)))
    }

    @Test("golden github-comment of the Profiles/ set against a changed baseline")
    func golden() throws {
        let report = try changedReport()
        try assertGolden(
            try OutputDocument.report(report, failOnWarning: false).rendered(as: .githubComment),
            named: "report.github-comment.md")
    }

    @Test("the comment starts with the hidden marker and shows only changed options")
    func onlyChanges() throws {
        let report = try changedReport()
        let text = try OutputDocument.report(report, failOnWarning: false).rendered(as: .gitlabComment)
        #expect(text.hasPrefix(CommentMarker.text + "\n"))
        let changes = try #require(report.baseline?.changes)
        let changed = changes.filter { $0.delta != .zero }
        #expect(changed.count == 1)
        #expect(
            text.contains("| support-chatbot | bedrock:amazon.nova-lite:on-demand | $90.00 | $98.55 | +$8.55 | +9.5% |")
        )
        #expect(text.contains("\(changes.count - 1) unchanged not shown (--show-unchanged)"))
        func unchangedRows(_ text: String) -> Int { text.components(separatedBy: "| $0.00 | 0.0% |").count - 1 }
        var all = report
        all.comment.showUnchanged = true
        let full = try OutputDocument.report(all, failOnWarning: false).rendered(as: .gitlabComment)
        #expect(unchangedRows(full) == unchangedRows(text) + changes.count - 1)
        #expect(full.contains("\(changes.count - 1) unchanged"))
    }

    @Test(
        "never longer than 65,536 bytes, whatever the number of profiles; the cut is named with the full report",
        arguments: [8, 200, 1_000])
    func fits(profiles: Int) throws {
        var report = try manyProfiles(profiles, baseline: true)
        report.comment.fullReport = "genai-cost-report (report.html)"
        for format in [OutputFormat.githubComment, .gitlabComment] {
            let text = try OutputDocument.report(report, failOnWarning: false).rendered(as: format)
            #expect(text.utf8.count <= 65_536)
            #expect(text.hasPrefix(CommentMarker.text))
            if profiles == 1_000 {
                #expect(text.contains("**Cut to fit"))
                #expect(text.contains("see the full report: genai-cost-report (report.html)"))
                // The headline total is always there, with every profile counted.
                #expect(text.contains("for 1000 profiles in 10 projects"))
                // A cut <details> is still closed.
                let opened = text.components(separatedBy: "<details>").count
                let closed = text.components(separatedBy: "</details>").count
                #expect(opened == closed)
            }
            if profiles == 8 { #expect(!text.contains("Cut to fit")) }
        }
    }

    @Test("a project's total is the exact sum of its profiles' selected options; the overall total of the projects")
    func totals() throws {
        let report = try manyProfiles(24, projects: 3, baseline: false)
        #expect(report.projectTotals.map(\.project) == ["team-0", "team-1", "team-2"])
        for total in report.projectTotals {
            let expected = report.profiles.filter { $0.project == total.project }
                .reduce(Fixed.zero) { $0 + ($1.estimate.selected?.monthlyCost ?? .zero) }
            #expect(total.monthly == expected)
            #expect(total.profiles.count == 8)
        }
        let overall = try #require(report.overallTotal)
        #expect(overall.project == nil)
        #expect(overall.monthly == report.projectTotals.reduce(Fixed.zero) { $0 + $1.monthly })
        #expect(overall.isComplete)
    }

    @Test("totals compare with the baseline's, and a failed profile makes its project's total incomplete")
    func totalsAgainstBaseline() throws {
        var report = try changedReport()
        let overall = try #require(report.overallTotal)
        #expect(overall.delta == Fixed("8.55"))
        report.failedProfiles = [FailedProfile(path: "Profiles/broken.yaml", project: "Profiles", diagnostics: ["x"])]
        let profiles = try #require(report.projectTotals.first { $0.project == "Profiles" })
        #expect(profiles.missing == ["Profiles/broken.yaml"])
        let json = try OutputDocument.report(report, failOnWarning: false).rendered(as: .json)
        #expect(json.contains("\"complete\": false"))
        let markdown = try OutputDocument.report(report, failOnWarning: false).rendered(as: .markdown)
        #expect(markdown.contains("(incomplete)"))
        #expect(
            markdown.contains("Profiles leaves out 1 profile without a priced selected option: Profiles/broken.yaml"))
    }
}
