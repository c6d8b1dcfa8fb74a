import Foundation

/// A fake of the comment endpoints of GitHub's and GitLab's REST APIs on a real loopback server:
/// one pull request (or merge request) whose comments it keeps, paginated, with the platforms'
/// status codes, authentication headers and pagination headers, and faults to inject. For the
/// `genai-plan comment` tests and README's CI examples.
public final class FakeCommentAPI: @unchecked Sendable {
    public enum Platform: Sendable {
        /// `/repos/OWNER/NAME/issues/N/comments`, `Authorization: Bearer`, `Link` pagination.
        case github(repository: String, pull: Int)
        /// `/projects/ID/merge_requests/IID/notes`, `PRIVATE-TOKEN` or `JOB-TOKEN`, `X-Next-Page` pagination.
        case gitlab(project: String, mergeRequest: Int)
    }

    /// A comment the fake holds.
    public struct Comment: Sendable, Hashable {
        public var id: Int
        public var body: String
    }

    /// A response to give instead of the real one, for the next matching requests.
    public struct Fault: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: String
        public init(status: Int, headers: [String: String] = [:], body: String = "{\"message\":\"fault\"}") {
            self.status = status
            self.headers = headers
            self.body = body
        }
    }

    public let platform: Platform
    public let token: String
    /// Comments a page holds (small, to exercise pagination).
    public let pageSize: Int
    private let lock = NSLock()
    private var stored: [Comment] = []
    private var nextID = 1_000
    private var faults: [Fault] = []
    private var seen: [String] = []
    private var server: LoopbackServer?

    public init(platform: Platform, token: String, pageSize: Int = 2, comments: [String] = []) throws {
        self.platform = platform
        self.token = token
        self.pageSize = pageSize
        for body in comments { _ = add(body) }
        server = try LoopbackServer { [unowned self] request, connection in
            let (status, headers, body) = self.answer(request)
            connection.respond(
                status, Self.reason(status),
                headers: headers.merging(["Content-Type": "application/json"]) { a, _ in a },
                body: Array(body.utf8))
        }
    }

    /// The API's base URL (what `--api-url` takes).
    public var base: String { (server?.base ?? "") + (isGitHub ? "" : "/api/v4") }

    public func stop() { server?.stop() }

    /// The comments now, oldest first.
    public var comments: [Comment] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    /// Every request seen, as `METHOD path`.
    public var requests: [String] {
        lock.lock()
        defer { lock.unlock() }
        return seen
    }

    /// Answers the next requests with these faults, one each, before answering normally.
    public func inject(_ fault: Fault, times: Int = 1) {
        lock.lock()
        faults += Array(repeating: fault, count: times)
        lock.unlock()
    }

    private var isGitHub: Bool {
        if case .github = platform { return true }
        return false
    }

    private func add(_ body: String) -> Comment {
        nextID += 1
        let comment = Comment(id: nextID, body: body)
        stored.append(comment)
        return comment
    }

    private static func reason(_ status: Int) -> String {
        [200: "OK", 201: "Created", 204: "No Content", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found"][
            status] ?? "Status"
    }

    private func answer(_ request: LoopbackServer.Request) -> (Int, [String: String], String) {
        lock.lock()
        defer { lock.unlock() }
        seen.append("\(request.method) \(request.path)")
        if !faults.isEmpty {
            let fault = faults.removeFirst()
            return (fault.status, fault.headers, fault.body)
        }
        let authorised: Bool =
            switch platform {
            case .github: request.headers["authorization"] == "Bearer \(token)"
            case .gitlab: request.headers["private-token"] == token || request.headers["job-token"] == token
            }
        guard authorised else { return (401, [:], "{\"message\":\"Bad credentials\"}") }
        let (path, query) = Self.split(request.path)
        let collection: String
        let commentPrefix: String
        switch platform {
        case .github(let repository, let pull):
            collection = "/repos/\(repository)/issues/\(pull)/comments"
            commentPrefix = "/repos/\(repository)/issues/comments/"
        case .gitlab(let project, let mergeRequest):
            let encoded = project.replacingOccurrences(of: "/", with: "%2F")
            collection = "/api/v4/projects/\(encoded)/merge_requests/\(mergeRequest)/notes"
            commentPrefix = collection + "/"
        }
        if path == collection {
            switch request.method {
            case "GET": return page(Int(query["page"] ?? "1") ?? 1, path: path)
            case "POST":
                guard let body = Self.body(request) else { return (400, [:], "{\"message\":\"no body\"}") }
                return (201, [:], json(add(body)))
            default: return (405, [:], "{}")
            }
        }
        guard path.hasPrefix(commentPrefix), let id = Int(path.dropFirst(commentPrefix.count)),
            let index = stored.firstIndex(where: { $0.id == id })
        else { return (404, [:], "{\"message\":\"Not Found\"}") }
        switch (request.method, isGitHub) {
        case ("PATCH", true), ("PUT", false):
            guard let body = Self.body(request) else { return (400, [:], "{\"message\":\"no body\"}") }
            stored[index].body = body
            return (200, [:], json(stored[index]))
        case ("DELETE", _):
            stored.remove(at: index)
            return (204, [:], "")
        default: return (405, [:], "{}")
        }
    }

    private func page(_ number: Int, path: String) -> (Int, [String: String], String) {
        let start = (number - 1) * pageSize
        let slice = start < stored.count ? Array(stored[start..<min(start + pageSize, stored.count)]) : []
        var headers: [String: String] = [:]
        if start + pageSize < stored.count {
            if isGitHub {
                headers["Link"] =
                    "<\(base)\(path)?per_page=100&page=\(number + 1)>; rel=\"next\", <\(base)\(path)?per_page=100&page=1>; rel=\"first\""
            } else {
                headers["X-Next-Page"] = "\(number + 1)"
            }
        } else if !isGitHub {
            headers["X-Next-Page"] = ""
        }
        return (200, headers, "[" + slice.map(json).joined(separator: ",") + "]")
    }

    private func json(_ comment: Comment) -> String {
        let object: [String: Any] = [
            "id": comment.id, "body": comment.body, "html_url": "https://example.invalid/comment/\(comment.id)",
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    private static func body(_ request: LoopbackServer.Request) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any] else {
            return nil
        }
        return object["body"] as? String
    }

    private static func split(_ target: String) -> (String, [String: String]) {
        guard let mark = target.firstIndex(of: "?") else { return (target, [:]) }
        var query: [String: String] = [:]
        for pair in target[target.index(after: mark)...].split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { query[parts[0]] = parts[1] }
        }
        return (String(target[..<mark]), query)
    }
}
