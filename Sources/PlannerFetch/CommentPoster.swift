import Foundation
import PlannerCore

/// What `genai-plan comment` does with its earlier comment.
public enum CommentBehavior: String, Sendable, Hashable, CaseIterable {
    /// Edit the latest comment that carries the marker; post one when there is none.
    case update
    /// Post a new comment, leaving earlier ones.
    case new
    /// Delete every earlier comment that carries the marker, then post a new one.
    case deleteAndNew = "delete-and-new"
}

/// A pull request's (GitHub) or merge request's (GitLab) comment thread, and how to authenticate.
public struct CommentThread: Sendable, Hashable {
    public enum Place: Sendable, Hashable {
        /// `OWNER/NAME` and the pull request's number.
        case githubPull(repository: String, number: Int)
        /// The project's id or `group/name` path, and the merge request's IID.
        case gitlabMergeRequest(project: String, iid: Int)
    }

    /// How the token is sent.
    public enum Credential: Sendable, Hashable {
        /// `Authorization: Bearer` (GitHub's `GITHUB_TOKEN`).
        case bearer(String)
        /// `PRIVATE-TOKEN` (a GitLab personal, project or group access token).
        case gitlabPrivateToken(String)
        /// `JOB-TOKEN` (GitLab's `CI_JOB_TOKEN`).
        case gitlabJobToken(String)

        var secret: String {
            switch self {
            case .bearer(let token), .gitlabPrivateToken(let token), .gitlabJobToken(let token): token
            }
        }

        var header: String {
            switch self {
            case .bearer(let token): "Authorization: Bearer \(token)"
            case .gitlabPrivateToken(let token): "PRIVATE-TOKEN: \(token)"
            case .gitlabJobToken(let token): "JOB-TOKEN: \(token)"
            }
        }
    }

    public var place: Place
    /// The API's base URL (`https://api.github.com`, `https://gitlab.example.com/api/v4`), no trailing slash.
    public var apiURL: String
    public var credential: Credential

    public init(place: Place, apiURL: String, credential: Credential) {
        self.place = place
        var base = apiURL
        while base.hasSuffix("/") { base.removeLast() }
        self.apiURL = base
        self.credential = credential
    }

    /// The thread's name in messages: `OWNER/NAME#12`, `group/name!7`.
    public var name: String {
        switch place {
        case .githubPull(let repository, let number): "\(repository)#\(number)"
        case .gitlabMergeRequest(let project, let iid): "\(project)!\(iid)"
        }
    }

    /// The comments' collection: listed (oldest first, 100 a page) and posted to.
    var collection: String {
        switch place {
        case .githubPull(let repository, let number):
            "\(apiURL)/repos/\(repository)/issues/\(number)/comments"
        case .gitlabMergeRequest(let project, let iid):
            "\(apiURL)/projects/\(Self.pathSegment(project))/merge_requests/\(iid)/notes"
        }
    }

    var firstPage: String {
        switch place {
        case .githubPull: collection + "?per_page=100"
        case .gitlabMergeRequest: collection + "?per_page=100&sort=asc&order_by=created_at"
        }
    }

    /// One comment, to edit or delete.
    func comment(_ id: String) -> String {
        switch place {
        case .githubPull(let repository, _): "\(apiURL)/repos/\(repository)/issues/comments/\(id)"
        case .gitlabMergeRequest: "\(collection)/\(id)"
        }
    }

    /// GitHub edits with PATCH, GitLab with PUT.
    var editMethod: HTTPRequest.Method {
        if case .githubPull = place { return .patch }
        return .put
    }

    var headers: [String] {
        var headers = [credential.header, "Accept: application/json"]
        if case .githubPull = place {
            headers = [credential.header, "Accept: application/vnd.github+json", "X-GitHub-Api-Version: 2022-11-28"]
        }
        return headers
    }

    /// A project path as one URL path segment (`group/name` → `group%2Fname`).
    static func pathSegment(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// What `CommentPoster.post` did.
public struct CommentOutcome: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        case created
        case updated
    }

    public var action: Action
    /// The id of the comment created or updated.
    public var id: String
    /// Its web address, when the API returned one.
    public var url: String?
    /// Earlier comments deleted (`delete-and-new`).
    public var deleted: [String]
    /// Earlier comments with the marker found.
    public var found: Int
}

/// Why posting failed: one line that never contains the token.
public struct CommentError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Posts a report as a PR or MR comment through the platform's REST API, over `HTTPFetcher`
/// (libcurl, timeouts, retries with backoff on connection errors, 5xx and rate limits).
public struct CommentPoster: Sendable {
    public let fetcher: HTTPFetcher
    /// Pages of comments read at most when looking for the earlier one (100 comments a page).
    public static let maximumPages = 100

    public init(fetcher: HTTPFetcher) { self.fetcher = fetcher }

    /// Posts `body` (the marker is added at its start when it lacks it) per `behavior`.
    public func post(_ body: String, to thread: CommentThread, behavior: CommentBehavior) throws(CommentError)
        -> CommentOutcome
    {
        let text = body.contains(CommentMarker.text) ? body : CommentMarker.text + "\n" + body
        let earlier = behavior == .new ? [] : try markedComments(in: thread)
        var deleted: [String] = []
        if behavior == .update, let latest = earlier.last {
            let response = try request(
                thread, HTTPRequest(method: thread.editMethod, url: thread.comment(latest), body: Self.json(text)),
                doing: "updating comment \(latest)")
            return CommentOutcome(
                action: .updated, id: latest, url: Self.webURL(response), deleted: [], found: earlier.count)
        }
        if behavior == .deleteAndNew {
            for id in earlier {
                _ = try request(
                    thread, HTTPRequest(method: .delete, url: thread.comment(id)), doing: "deleting comment \(id)")
                deleted.append(id)
            }
        }
        let response = try request(
            thread, HTTPRequest(method: .post, url: thread.collection, body: Self.json(text)), doing: "posting")
        guard let id = Self.id(response) else {
            throw CommentError(message: "\(thread.name): the API answered the post without a comment id")
        }
        return CommentOutcome(
            action: .created, id: id, url: Self.webURL(response), deleted: deleted, found: earlier.count)
    }

    /// The ids of the comments that carry the marker, oldest first, over every page.
    func markedComments(in thread: CommentThread) throws(CommentError) -> [String] {
        var ids: [String] = []
        var next: String? = thread.firstPage
        var pages = 0
        while let url = next, pages < Self.maximumPages {
            pages += 1
            let response = try request(thread, HTTPRequest(url: url), doing: "listing comments")
            guard case .array(let comments)? = try? JSONParser.parse(response.text) else {
                throw CommentError(message: "\(thread.name): the comment list is not a JSON array")
            }
            for comment in comments {
                guard case .string(let body)? = comment["body"], body.contains(CommentMarker.text),
                    let id = Self.id(comment)
                else { continue }
                ids.append(id)
            }
            next = Self.nextPage(response, after: url, page: pages, base: thread.apiURL)
        }
        return ids
    }

    /// The next page: the `Link` header's `rel="next"` (GitHub, GitLab), else GitLab's
    /// `X-Next-Page`. Only a URL under the API's base is followed, so the token goes nowhere else.
    static func nextPage(_ response: HTTPResponse, after url: String, page: Int, base: String) -> String? {
        if let link = response.headers["link"] {
            for part in link.split(separator: ",") {
                let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                guard
                    pieces.dropFirst().contains(where: { $0.replacingOccurrences(of: " ", with: "") == "rel=\"next\"" }
                    ),
                    let target = pieces.first, target.hasPrefix("<"), target.hasSuffix(">")
                else { continue }
                let next = String(target.dropFirst().dropLast())
                return next.hasPrefix(base + "/") ? next : nil
            }
            return nil
        }
        if let nextPage = response.headers["x-next-page"], let number = Int(nextPage) {
            let separator = url.contains("?") ? "&" : "?"
            let stripped = url.replacingOccurrences(of: "&page=\(page)", with: "")
            return stripped + separator + "page=\(number)"
        }
        return nil
    }

    /// Sends one request, with the thread's credentials; failures become one readable line.
    func request(_ thread: CommentThread, _ request: HTTPRequest, doing what: String) throws(CommentError)
        -> HTTPResponse
    {
        var request = request
        request.headers = thread.headers + request.headers
        do {
            return try fetcher.send(request)
        } catch {
            let error = error.redacting(thread.credential.secret)
            throw CommentError(message: "\(thread.name): \(what) failed: \(Self.explain(error, thread))")
        }
    }

    /// What an API error means for the user.
    static func explain(_ error: FetchError, _ thread: CommentThread) -> String {
        let variable: String
        switch thread.credential {
        case .bearer: variable = "GITHUB_TOKEN"
        case .gitlabPrivateToken: variable = "GITLAB_TOKEN"
        case .gitlabJobToken: variable = "CI_JOB_TOKEN"
        }
        let attempts = error.attempts > 1 ? " (after \(error.attempts) attempts)" : ""
        switch error.kind {
        case .status(401):
            return "HTTP 401: the token was refused; check \(variable)\(attempts)"
        case .status(403) where error.isRateLimit:
            return "HTTP 403: rate limited, and still after waiting\(attempts)"
        case .status(403):
            let need =
                if case .githubPull = thread.place {
                    "`permissions: pull-requests: write` in the workflow (a pull request from a fork gets a read-only token)"
                } else {
                    "a token with the `api` scope (GITLAB_TOKEN); CI_JOB_TOKEN cannot write notes on most GitLab versions"
                }
            return "HTTP 403: the token may not write comments here; it needs \(need)\(attempts)"
        case .status(404):
            return
                "HTTP 404: \(thread.name) was not found at \(thread.apiURL), or the token cannot see it\(attempts)"
        default:
            return error.message + attempts
        }
    }

    static func json(_ body: String) -> String { JSONValue.object([("body", .string(body))]).rendered() }

    static func id(_ response: HTTPResponse) -> String? {
        (try? JSONParser.parse(response.text)).flatMap(id)
    }

    static func id(_ comment: JSONValue) -> String? {
        switch comment["id"] {
        case .number(let text)?, .string(let text)?: text
        default: nil
        }
    }

    static func webURL(_ response: HTTPResponse) -> String? {
        guard case .string(let url)? = (try? JSONParser.parse(response.text))?["html_url"] else { return nil }
        return url
    }
}
