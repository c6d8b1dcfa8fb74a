import ArgumentParser
import Foundation
import PlannerCore
import PlannerFetch
import PlannerProfiles

/// `genai-plan comment github|gitlab`: posts a report as the one PR or MR comment of the tool.
struct CommentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comment",
        abstract:
            "Post a report (--format github-comment or gitlab-comment) as a pull-request or merge-request comment.",
        discussion: """
            Exit codes: 0 posted; 2 bad input (no token, unreadable body file); 3 the API refused or could not be \
            reached. The token is read from the environment only and never printed.
            """,
        subcommands: [GitHub.self, GitLab.self]
    )

    /// What both platforms take.
    struct Common: ParsableArguments {
        @Option(
            help: ArgumentHelp(
                "The comment's body, e.g. `genai-plan report --format github-comment -o F`.", valueName: "FILE"),
            completion: .file(extensions: ["md"]))
        var bodyFile: String

        @Option(
            help: ArgumentHelp(
                "update: edit the earlier comment (post one if there is none); new: always post; delete-and-new: delete earlier ones, then post.",
                valueName: CommentBehavior.allCases.map(\.rawValue).joined(separator: "|")))
        var behavior: CommentBehavior = .update

        func body() throws -> String {
            let bytes: [UInt8]
            switch InputFile.read(bodyFile, limit: 1 << 20, what: "comment body") {
            case .success(let read): bytes = read
            case .failure(let problem): throw UserFacingError(problem.message, in: bodyFile)
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw UserFacingError("the comment body is not UTF-8 text", in: bodyFile)
            }
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw UserFacingError("the comment body is empty", in: bodyFile)
            }
            return text
        }

        /// Posts and says what happened; API failures exit 3.
        func post(to thread: CommentThread) throws {
            let text = try body()
            var options = FetchOptions()
            options.totalTimeout = 60
            options.userAgent = "genai-plan/\(GenAIPlan.version) (libcurl)"
            do {
                let outcome = try CommentPoster(fetcher: HTTPFetcher(options: options)).post(
                    text, to: thread, behavior: behavior)
                var line =
                    outcome.action == .updated
                    ? "updated comment \(outcome.id) on \(thread.name)"
                    : "posted comment \(outcome.id) on \(thread.name)"
                if !outcome.deleted.isEmpty {
                    line += "; deleted \(outcome.deleted.count) earlier: \(outcome.deleted.joined(separator: ", "))"
                }
                if let url = outcome.url { line += " (\(url))" }
                Terminal.standardOutput(line)
            } catch {
                Terminal.standardError("error: \(error.message)")
                throw ExitCode(3)
            }
        }
    }

    /// The value of the first of `names` set (and not empty) in the environment.
    static func environment(_ names: String...) -> (name: String, value: String)? {
        let environment = ProcessInfo.processInfo.environment
        for name in names {
            if let value = environment[name], !value.isEmpty { return (name, value) }
        }
        return nil
    }

    struct GitHub: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "github",
            abstract: "Post or update the pull request's comment (token: $GITHUB_TOKEN, else $GH_TOKEN).")

        @Option(help: ArgumentHelp("The repository; default $GITHUB_REPOSITORY.", valueName: "OWNER/NAME"))
        var repo: String?

        @Option(help: ArgumentHelp("The pull request's number.", valueName: "N"))
        var pull: Int

        @Option(
            help: ArgumentHelp(
                "The REST API; default $GITHUB_API_URL, else https://api.github.com (GitHub Enterprise: https://HOST/api/v3).",
                valueName: "URL"))
        var apiURL: String?

        @OptionGroup var common: Common

        func validate() throws {
            guard pull > 0 else { throw ValidationError("--pull takes a pull request's number, 1 or more") }
        }

        func run() throws {
            guard let repository = repo ?? CommentCommand.environment("GITHUB_REPOSITORY")?.value else {
                throw UserFacingError("give --repo OWNER/NAME (or set GITHUB_REPOSITORY)")
            }
            let parts = repository.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(Self.isNameCharacter) }) else {
                throw UserFacingError("--repo '\(repository)': expected OWNER/NAME")
            }
            guard let token = CommentCommand.environment("GITHUB_TOKEN", "GH_TOKEN") else {
                throw UserFacingError(
                    "set GITHUB_TOKEN (in GitHub Actions: `env: { GITHUB_TOKEN: \"${{ github.token }}\" }` with `permissions: pull-requests: write`)"
                )
            }
            let api = apiURL ?? CommentCommand.environment("GITHUB_API_URL")?.value ?? "https://api.github.com"
            try CommentCommand.checkURL(api)
            try common.post(
                to: CommentThread(
                    place: .githubPull(repository: repository, number: pull), apiURL: api,
                    credential: .bearer(token.value)))
        }

        static func isNameCharacter(_ character: Character) -> Bool {
            character.isASCII && (character.isLetter || character.isNumber || "-_.".contains(character))
        }
    }

    struct GitLab: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gitlab",
            abstract:
                "Post or update the merge request's note (token: $GITLAB_TOKEN as PRIVATE-TOKEN, else $CI_JOB_TOKEN as JOB-TOKEN)."
        )

        @Option(help: ArgumentHelp("The project's id or path; default $CI_PROJECT_ID.", valueName: "ID|GROUP/NAME"))
        var project: String?

        @Option(help: ArgumentHelp("The merge request's IID; default $CI_MERGE_REQUEST_IID.", valueName: "N"))
        var mergeRequest: Int?

        @Option(
            help: ArgumentHelp(
                "The REST API; default $CI_API_V4_URL, else https://gitlab.com/api/v4.", valueName: "URL"))
        var apiURL: String?

        @OptionGroup var common: Common

        func run() throws {
            guard let project = project ?? CommentCommand.environment("CI_PROJECT_ID")?.value, !project.isEmpty else {
                throw UserFacingError("give --project ID|GROUP/NAME (or set CI_PROJECT_ID)")
            }
            let given = mergeRequest ?? CommentCommand.environment("CI_MERGE_REQUEST_IID").flatMap { Int($0.value) }
            guard let iid = given, iid > 0 else {
                throw UserFacingError(
                    "give --merge-request N (or run in a merge-request pipeline, which sets CI_MERGE_REQUEST_IID)")
            }
            let credential: CommentThread.Credential
            if let token = CommentCommand.environment("GITLAB_TOKEN") {
                credential = .gitlabPrivateToken(token.value)
            } else if let token = CommentCommand.environment("CI_JOB_TOKEN") {
                credential = .gitlabJobToken(token.value)
            } else {
                throw UserFacingError("set GITLAB_TOKEN (a project access token with the api scope) or CI_JOB_TOKEN")
            }
            let api = apiURL ?? CommentCommand.environment("CI_API_V4_URL")?.value ?? "https://gitlab.com/api/v4"
            try CommentCommand.checkURL(api)
            try common.post(
                to: CommentThread(
                    place: .gitlabMergeRequest(project: project, iid: iid), apiURL: api, credential: credential))
        }
    }

    /// An API URL is http or https (a token is never sent elsewhere).
    static func checkURL(_ url: String) throws {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
            throw UserFacingError("--api-url '\(url)': expected an http:// or https:// URL")
        }
    }
}

extension CommentBehavior: ExpressibleByArgument {}
