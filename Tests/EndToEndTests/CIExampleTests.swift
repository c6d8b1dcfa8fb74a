import Foundation
import LoopbackHTTP
import TestSupport
import Testing
import Yams

/// README's GitHub Actions and GitLab CI examples, run as written: their steps, taken from
/// README, in a scratch Git repository whose `origin` is the base branch, against the fake
/// comment API on loopback. Setup steps (checkout, installing packages, building) are what the
/// test harness already did; every other step runs, with the CI's variables set.
@Suite("README's CI examples", .serialized)
struct CIExampleTests {
    static let token = "ci-token-do-not-print-0123456789"

    /// The YAML block under a README heading.
    func example(under heading: String) throws -> [String: Any] {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "\n\(heading)\n")).upperBound
        let start = try #require(readme.range(of: "```yaml\n", range: section..<readme.endIndex)).upperBound
        let end = try #require(readme.range(of: "\n```", range: start..<readme.endIndex)).lowerBound
        return try #require(try Yams.load(yaml: String(readme[start..<end])) as? [String: Any])
    }

    /// A base branch (with the bundled profiles, or without any on a first pull request) and a
    /// clone of it holding the pull request's profiles: `edit` changes them.
    func repository(baseHasProfiles: Bool, edit: (URL) throws -> Void = { _ in }) throws -> (work: URL, scratch: URL) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-ci-\(UUID())")
        let base = scratch.appendingPathComponent("origin")
        let work = scratch.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try git(["init", "-q", "-b", "main"], in: base)
        try "# shop\n".write(to: base.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        if baseHasProfiles { try copyProfiles(to: base) }
        try git(["add", "-A"], in: base)
        try git(["commit", "-q", "-m", "base"], in: base)
        try git(["clone", "-q", base.path, work.path], in: scratch)
        try git(["checkout", "-q", "-b", "feature"], in: work)
        try? FileManager.default.removeItem(at: work.appendingPathComponent("Profiles"))
        try copyProfiles(to: work)
        try edit(work.appendingPathComponent("Profiles"))
        return (work, scratch)
    }

    func copyProfiles(to directory: URL) throws {
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Profiles"), to: directory.appendingPathComponent("Profiles"))
    }

    func git(_ arguments: [String], in directory: URL) throws {
        let result = try run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["git", "-c", "user.name=CI", "-c", "user.email=ci@example.invalid"] + arguments, in: directory)
        #expect(result.status == 0, "git \(arguments): \(result.stderr)")
    }

    /// Runs a script with bash in `directory`; returns its exit status and output.
    func bash(_ script: String, in directory: URL, environment: [String: String]) throws -> Run {
        try run(URL(fileURLWithPath: "/bin/bash"), ["-e", "-c", script], in: directory, environment: environment)
    }

    /// README's text with the CI's expressions and this machine's paths put in.
    func substituted(_ text: String, scratch: URL) -> String {
        text.replacingOccurrences(of: "${{ github.base_ref }}", with: "main")
            .replacingOccurrences(of: "${{ github.event.number }}", with: "7")
            .replacingOccurrences(of: "${{ github.token }}", with: Self.token)
            .replacingOccurrences(of: ".build/release/genai-plan", with: executable.path)
            .replacingOccurrences(of: "/tmp/base", with: scratch.appendingPathComponent("base").path)
    }

    static func isSetup(_ script: String) -> Bool { script.contains("apt-get") || script.contains("swift build") }

    /// Runs the GitHub job's steps; returns the exit status of the job (the first failing step's).
    func runGitHubJob(in work: URL, scratch: URL, api: FakeCommentAPI) throws -> Int32 {
        let workflow = try example(under: "### GitHub Actions")
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let job = try #require(jobs["genai-cost"] as? [String: Any])
        let steps = try #require(job["steps"] as? [[String: Any]])
        let output = scratch.appendingPathComponent("github-output")
        let summary = scratch.appendingPathComponent("step-summary")
        for file in [output, summary] { _ = FileManager.default.createFile(atPath: file.path, contents: Data()) }
        let environment = [
            "GITHUB_REPOSITORY": "acme/shop", "GITHUB_API_URL": api.base, "GITHUB_OUTPUT": output.path,
            "GITHUB_STEP_SUMMARY": summary.path, "GITHUB_SERVER_URL": "https://github.example",
            "GITHUB_RUN_ID": "99",
        ]
        var ran = 0
        for step in steps {
            guard let script = step["run"] as? String, !Self.isSetup(script) else { continue }
            if let condition = step["if"] as? String {
                #expect(condition == "steps.report.outputs.status != '0'")
                let outputs = try String(contentsOf: output, encoding: .utf8)
                guard !outputs.contains("status=0\n") else { continue }
            }
            var stepEnvironment = environment
            for (name, value) in (step["env"] as? [String: String]) ?? [:] {
                stepEnvironment[name] = substituted(value, scratch: scratch)
            }
            let result = try bash(substituted(script, scratch: scratch), in: work, environment: stepEnvironment)
            ran += 1
            #expect(!result.stdout.contains(Self.token) && !result.stderr.contains(Self.token))
            if result.status != 0 { return result.status }
        }
        #expect(ran >= 3)
        return 0
    }

    /// Runs the GitLab job's script lines in one shell, as its runner does; returns the job's status.
    func runGitLabJob(in work: URL, scratch: URL, api: FakeCommentAPI) throws -> Int32 {
        let pipeline = try example(under: "### GitLab CI")
        let job = try #require(pipeline["genai-cost"] as? [String: Any])
        let lines = try #require(job["script"] as? [String]).filter { !Self.isSetup($0) }
        #expect(lines.count == 7)
        let environment = [
            "CI_PROJECT_ID": "42", "CI_MERGE_REQUEST_IID": "3", "CI_API_V4_URL": api.base, "GITLAB_TOKEN": Self.token,
            "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main", "CI_JOB_URL": "https://gitlab.example/shop/-/jobs/5",
        ]
        let result = try bash(
            lines.map { substituted($0, scratch: scratch) }.joined(separator: "\n"), in: work, environment: environment)
        #expect(!result.stdout.contains(Self.token) && !result.stderr.contains(Self.token))
        return result.status
    }

    /// Raises support-chatbot's volume by half: its cost rises more than the examples' 10% limit.
    static func busierChatbot(_ profiles: URL) throws {
        let file = profiles.appendingPathComponent("support-chatbot.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let busier = text.replacingOccurrences(of: "per_day: 20000", with: "per_day: 30000")
        #expect(busier != text, "support-chatbot.yaml no longer has `per_day: 20000`")
        try busier.write(to: file, atomically: true, encoding: .utf8)
    }

    @Test(
        "GitHub Actions: the first pull request gets a comment without a baseline; a costlier push updates it and fails"
    )
    func gitHub() throws {
        let api = try FakeCommentAPI(
            platform: .github(repository: "acme/shop", pull: 7), token: Self.token, comments: ["Looks good to me"])
        defer { api.stop() }

        let first = try repository(baseHasProfiles: false)
        defer { try? FileManager.default.removeItem(at: first.scratch) }
        #expect(try runGitHubJob(in: first.work, scratch: first.scratch, api: api) == 0)
        #expect(api.comments.count == 2)
        let posted = try #require(api.comments.last)
        #expect(posted.body.hasPrefix("<!-- genai-plan-comment -->\n### GenAIPlanner cost review"))
        #expect(posted.body.contains("No baseline yet"))
        let summary = try String(
            contentsOf: first.scratch.appendingPathComponent("step-summary"), encoding: .utf8)
        #expect(summary.hasPrefix("# GenAIPlanner report"))

        let second = try repository(baseHasProfiles: true, edit: Self.busierChatbot)
        defer { try? FileManager.default.removeItem(at: second.scratch) }
        #expect(try runGitHubJob(in: second.work, scratch: second.scratch, api: api) == 1)
        #expect(api.comments.count == 2, "the comment is updated, not posted again")
        let updated = try #require(api.comments.last)
        #expect(updated.id == posted.id)
        #expect(updated.body.contains("support-chatbot"))
        #expect(updated.body.contains("+50.0%"))
        #expect(updated.body.contains("❌"))
        #expect(api.requests.contains("PATCH /repos/acme/shop/issues/comments/\(posted.id)"))
        for file in ["report.html", "report.xml", "comment.md"] {
            #expect(FileManager.default.fileExists(atPath: second.work.appendingPathComponent(file).path), "\(file)")
        }
    }

    @Test("GitLab CI: a note on the first merge request, updated by the next pipeline, which fails on the increase")
    func gitLab() throws {
        let api = try FakeCommentAPI(platform: .gitlab(project: "42", mergeRequest: 3), token: Self.token)
        defer { api.stop() }

        let first = try repository(baseHasProfiles: false)
        defer { try? FileManager.default.removeItem(at: first.scratch) }
        #expect(try runGitLabJob(in: first.work, scratch: first.scratch, api: api) == 0)
        let posted = try #require(api.comments.first)
        #expect(api.comments.count == 1)
        #expect(posted.body.contains("No baseline yet"))

        let second = try repository(baseHasProfiles: true, edit: Self.busierChatbot)
        defer { try? FileManager.default.removeItem(at: second.scratch) }
        #expect(try runGitLabJob(in: second.work, scratch: second.scratch, api: api) == 1)
        #expect(api.comments.count == 1)
        #expect(api.comments.first?.id == posted.id)
        #expect(api.comments.first?.body.contains("+50.0%") == true)
    }
}
