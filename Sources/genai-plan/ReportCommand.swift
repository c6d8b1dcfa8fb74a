import ArgumentParser
import Foundation
import PlannerCore
import PlannerProfiles
import PlannerReports

/// `genai-plan report PROFILE|DIR...`
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "A CI report over profiles: Markdown, JSON, HTML or JUnit, with a baseline diff and budget guardrails.",
        discussion: """
            Exit codes: 0 every guardrail passed; 1 a guardrail failed (the report is still written in full); 2 bad input. \
            Guardrails: each profile's budget.monthly_usd (the cheapest option), --max-increase-percent against --baseline, \
            missing prices (errors); infeasible options and sampling settings outside the tables (warnings).
            """
    )

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error
        case warning
    }

    @Argument(
        help: ArgumentHelp("Profiles, or directories of *.yaml profiles.", valueName: "PROFILE|DIR"),
        completion: .file(extensions: ["yaml", "yml"]))
    var inputs: [String]

    @Option(help: OutputFormat.help(for: .report))
    var format: OutputFormat = .markdown

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "FILE"),
        completion: .file())
    var output: String?

    @Option(
        help: ArgumentHelp("A previous JSON report to compare with.", valueName: "FILE"),
        completion: .file(extensions: ["json"]))
    var baseline: String?

    @Flag(
        help:
            "With --baseline: a baseline file that does not exist (yet) is no error: the report says so and compares nothing."
    )
    var baselineOptional = false

    @Option(
        help: ArgumentHelp(
            "Fail when a profile's cheapest monthly cost rises more than this percentage against the baseline.",
            valueName: "N"))
    var maxIncreasePercent: Double?

    @Flag(help: "github-comment, gitlab-comment: list unchanged options in the changes too.")
    var showUnchanged = false

    @Option(
        help: ArgumentHelp(
            "github-comment, gitlab-comment: where the full report is (an artifact's name or URL), named when the comment is cut to fit; default the CI run's page ($GITHUB_RUN_ID, $CI_JOB_URL).",
            valueName: "NAME|URL"))
    var fullReport: String?

    @Option(help: "Fail on guardrail errors only, or on warnings too.")
    var failOn: FailOn = .error

    @Option(
        help: ArgumentHelp(
            "The report's date (YYYY-MM-DD); default $GENAI_PLAN_REPORT_DATE, else today (UTC).", valueName: "DATE"))
    var date: String?

    @OptionGroup var pricing: PricingOptions

    func validate() throws {
        try format.validate(for: .report)
        if let maxIncreasePercent, !(maxIncreasePercent.isFinite && maxIncreasePercent >= 0) {
            throw ValidationError("--max-increase-percent takes a number of percent, 0 or more")
        }
        if maxIncreasePercent != nil, baseline == nil {
            throw ValidationError("--max-increase-percent needs --baseline")
        }
        if baselineOptional, baseline == nil { throw ValidationError("--baseline-optional needs --baseline") }
        if let date, !PricingCache.isDay(date) { throw ValidationError("--date takes a day, YYYY-MM-DD") }
    }

    /// Profiles named directly, and the *.yaml / *.yml files of directories, sorted.
    func profilePaths() throws -> [String] {
        var paths: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw UserFacingError("no such file or directory", in: input)
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
                let found = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                if found.isEmpty {
                    throw UserFacingError("no *.yaml profiles in this directory", in: input)
                }
                paths += found.map { (input as NSString).appendingPathComponent($0) }
            } else {
                paths.append(input)
            }
        }
        return paths
    }

    /// The CI run's page, where its artifacts are: GitHub Actions' run, or GitLab's job artifacts.
    static func runPage(_ format: OutputFormat) -> String? {
        let environment = ProcessInfo.processInfo.environment
        switch format {
        case .githubComment:
            guard let server = environment["GITHUB_SERVER_URL"], let repository = environment["GITHUB_REPOSITORY"],
                let run = environment["GITHUB_RUN_ID"], !server.isEmpty, !repository.isEmpty, !run.isEmpty
            else { return nil }
            return "\(server)/\(repository)/actions/runs/\(run) (artifacts)"
        case .gitlabComment:
            guard let job = environment["CI_JOB_URL"], !job.isEmpty else { return nil }
            return "\(job)/artifacts/browse"
        default: return nil
        }
    }

    func reportDate() throws -> String {
        if let date { return date }
        if let value = ProcessInfo.processInfo.environment["GENAI_PLAN_REPORT_DATE"], !value.isEmpty {
            guard PricingCache.isDay(value) else {
                throw UserFacingError("GENAI_PLAN_REPORT_DATE is '\(value)'; it takes a day, YYYY-MM-DD")
            }
            return value
        }
        return PricingCache.day(Date())
    }

    func run() throws {
        let catalog = try pricing.catalog()
        let tables = try pricing.tables()
        let paths = try profilePaths()
        if let output {
            try OutputFile.refuseIfInput(output, inputs: paths + (baseline.map { [$0] } ?? []), option: "--output")
        }
        // A profile with errors is reported as such; the others in full; the run still exits 2.
        let outcome = ProfileLoading.loadEach(paths, catalog: catalog)
        let loaded = outcome.loaded
        var previous: Baseline?
        var baselineNote: String?
        if let baseline, baselineOptional, !FileManager.default.fileExists(atPath: baseline) {
            baselineNote =
                "\(baseline) does not exist (a first pull request, or a base branch without profiles): changes and --max-increase-percent are judged from the next run"
        } else if let baseline {
            let bytes: [UInt8]
            switch InputFile.read(baseline, limit: 256 << 20, what: "baseline report") {
            case .success(let read): bytes = read
            case .failure(let problem):
                let hint = baselineOptional ? "" : " (--baseline-optional accepts a baseline that does not exist yet)"
                throw UserFacingError("cannot read the baseline: \(problem.message)\(hint)", in: baseline)
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw UserFacingError("the baseline is not UTF-8 text", in: baseline)
            }
            do { previous = try Baseline.parse(text) } catch {
                throw UserFacingError("\(error)", in: baseline)
            }
        }
        let builder = ReportBuilder(
            catalog: catalog, tables: tables, maxIncreasePercent: maxIncreasePercent.map { Fixed(approximating: $0) })
        var report = builder.build(
            loaded.map { ($0.path, $0.profile) }, baseline: previous, generatedAt: try reportDate(),
            toolVersion: GenAIPlan.version)
        report.baselineNote = baselineNote
        report.comment = CommentSettings(showUnchanged: showUnchanged, fullReport: fullReport ?? Self.runPage(format))
        report.failedProfiles = outcome.failed.map { failed in
            FailedProfile(
                path: failed.path, project: ProfileLoader.defaultProject(of: failed.path) ?? "",
                diagnostics: failed.diagnostics.map(Wording.line))
        }
        let text = try OutputDocument.report(report, failOnWarning: failOn == .warning).text(as: format)
        if let output {
            try OutputFile.write(text, to: output, what: "report")
        } else {
            Terminal.standardOutput(text)
        }
        if !outcome.failed.isEmpty {
            // Not a UserFacingError: with --format json, standard output already holds the report.
            Terminal.standardError(
                "error: \(ProfileLoading.errorCount(outcome)) in \(outcome.failed.count) of \(paths.count) profiles; the report lists them and covers the other \(loaded.count)"
            )
            throw ExitCode(2)
        }
        let failures = report.failures(failOnWarning: failOn == .warning)
        if !failures.isEmpty {
            Terminal.standardError(
                "guardrails failed: "
                    + failures.map { "\($0.profile)/\($0.name): \($0.message)" }.joined(separator: "; "))
            throw ExitCode(1)
        }
    }
}
