import Foundation
import LoopbackHTTP
import PlannerCore
import Testing

@testable import PlannerFetch

/// `CommentPoster` against a fake GitHub and GitLab API on loopback (real HTTP over libcurl).
@Suite struct CommentPosterTests {
    static let token = "ghp_secret-token-0123456789"
    static let marked = CommentMarker.text + "\n### GenAIPlanner cost review\nold"

    func poster() -> CommentPoster {
        var options = FetchOptions()
        options.backoffBase = 0.01
        options.backoffCap = 0.02
        options.totalTimeout = 20
        return CommentPoster(fetcher: HTTPFetcher(options: options))
    }

    func github(_ comments: [String] = [], pageSize: Int = 2) throws -> (FakeCommentAPI, CommentThread) {
        let api = try FakeCommentAPI(
            platform: .github(repository: "acme/shop", pull: 7), token: Self.token, pageSize: pageSize,
            comments: comments)
        return (
            api,
            CommentThread(
                place: .githubPull(repository: "acme/shop", number: 7), apiURL: api.base + "/",
                credential: .bearer(Self.token))
        )
    }

    @Test func createsTheCommentWhenThereIsNoneAndAddsTheMarker() throws {
        let (api, thread) = try github(["lgtm", "a question", "another"])
        defer { api.stop() }
        let outcome = try poster().post("### report\n", to: thread, behavior: .update)
        #expect(outcome.action == .created)
        #expect(outcome.found == 0)
        #expect(api.comments.count == 4)
        #expect(api.comments.last?.body == CommentMarker.text + "\n### report\n")
        // Three comments at two a page: both pages were read before posting.
        #expect(api.requests.filter { $0.hasPrefix("GET") }.count == 2)
    }

    @Test func updatesTheLatestMarkedCommentFoundOnALaterPage() throws {
        let (api, thread) = try github(["lgtm", "question", Self.marked, "reply", Self.marked + " 2"])
        defer { api.stop() }
        let outcome = try poster().post(CommentMarker.text + "\nnew body", to: thread, behavior: .update)
        #expect(outcome.action == .updated)
        #expect(outcome.found == 2)
        #expect(api.comments.count == 5)
        #expect(api.comments[4].body == CommentMarker.text + "\nnew body")
        #expect(api.comments[2].body == Self.marked)
        #expect(api.requests.contains("PATCH /repos/acme/shop/issues/comments/\(api.comments[4].id)"))
        #expect(outcome.url == "https://example.invalid/comment/\(api.comments[4].id)")
    }

    @Test func deleteAndNewRemovesEveryEarlierComment() throws {
        let (api, thread) = try github([Self.marked, "human", Self.marked])
        defer { api.stop() }
        let outcome = try poster().post("fresh", to: thread, behavior: .deleteAndNew)
        #expect(outcome.action == .created)
        #expect(outcome.deleted.count == 2)
        #expect(api.comments.map(\.body) == ["human", CommentMarker.text + "\nfresh"])
    }

    @Test func newAlwaysPostsWithoutListing() throws {
        let (api, thread) = try github([Self.marked])
        defer { api.stop() }
        _ = try poster().post("again", to: thread, behavior: .new)
        #expect(api.comments.count == 2)
        #expect(!api.requests.contains { $0.hasPrefix("GET") })
    }

    @Test func aRefusedTokenSaysWhichVariableAndNeverShowsIt() throws {
        let (api, _) = try github()
        defer { api.stop() }
        let thread = CommentThread(
            place: .githubPull(repository: "acme/shop", number: 7), apiURL: api.base,
            credential: .bearer("wrong-\(Self.token)"))
        let error = #expect(throws: CommentError.self) { try poster().post("x", to: thread, behavior: .update) }
        #expect(error?.message.contains("HTTP 401") == true)
        #expect(error?.message.contains("GITHUB_TOKEN") == true)
        #expect(error?.message.contains(Self.token) == false)
    }

    @Test func anEchoedTokenIsRedacted() throws {
        let (api, thread) = try github()
        defer { api.stop() }
        api.inject(.init(status: 400, body: "{\"message\":\"bad header Bearer \(Self.token)\"}"))
        let error = #expect(throws: CommentError.self) { try poster().post("x", to: thread, behavior: .new) }
        #expect(error?.message.contains("***") == true)
        #expect(error?.message.contains(Self.token) == false)
    }

    @Test func anUnknownPullRequestIs404WithTheThreadNamed() throws {
        let (api, _) = try github()
        defer { api.stop() }
        let thread = CommentThread(
            place: .githubPull(repository: "acme/shop", number: 8), apiURL: api.base, credential: .bearer(Self.token))
        let error = #expect(throws: CommentError.self) { try poster().post("x", to: thread, behavior: .update) }
        #expect(error?.message.hasPrefix("acme/shop#8: listing comments failed: HTTP 404") == true)
    }

    @Test func aRateLimited403IsRetriedAfterTheWait() throws {
        let (api, thread) = try github([Self.marked])
        defer { api.stop() }
        let reset = String(Int(Date().timeIntervalSince1970))
        api.inject(.init(status: 403, headers: ["X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset]))
        api.inject(.init(status: 403, headers: ["Retry-After": "0"]))
        let outcome = try poster().post("after the limit", to: thread, behavior: .update)
        #expect(outcome.action == .updated)
        #expect(api.requests.filter { $0.hasPrefix("GET") }.count == 3)
    }

    @Test func aForbidden403WithoutRateLimitIsNotRetriedAndNamesThePermission() throws {
        let (api, thread) = try github()
        defer { api.stop() }
        api.inject(.init(status: 403, body: "{\"message\":\"Resource not accessible by integration\"}"))
        let error = #expect(throws: CommentError.self) { try poster().post("x", to: thread, behavior: .new) }
        #expect(error?.message.contains("pull-requests: write") == true)
        #expect(api.requests.count == 1)
    }

    @Test(arguments: [true, false])
    func gitLabNotesAreCreatedThenUpdatedWithEitherToken(privateToken: Bool) throws {
        let api = try FakeCommentAPI(
            platform: .gitlab(project: "group/shop", mergeRequest: 3), token: Self.token,
            comments: ["first", "second", "third"])
        defer { api.stop() }
        let thread = CommentThread(
            place: .gitlabMergeRequest(project: "group/shop", iid: 3), apiURL: api.base,
            credential: privateToken ? .gitlabPrivateToken(Self.token) : .gitlabJobToken(Self.token))
        let created = try poster().post("v1", to: thread, behavior: .update)
        #expect(created.action == .created)
        // X-Next-Page pagination: 3 notes at 2 a page, then 4.
        #expect(api.requests.filter { $0.hasPrefix("GET") }.count == 2)
        let updated = try poster().post("v2", to: thread, behavior: .update)
        #expect(updated.action == .updated)
        #expect(updated.id == created.id)
        #expect(api.comments.count == 4)
        #expect(api.comments.last?.body == CommentMarker.text + "\nv2")
        #expect(api.requests.contains("PUT /api/v4/projects/group%2Fshop/merge_requests/3/notes/\(created.id)"))
    }

    @Test func aNextLinkToAnotherHostIsNotFollowed() {
        let response = HTTPResponse(
            status: 200, headers: ["link": "<https://elsewhere.example/steal?page=2>; rel=\"next\""], body: [],
            attempts: 1)
        #expect(
            CommentPoster.nextPage(response, after: "https://api.github.com/x", page: 1, base: "https://api.github.com")
                == nil)
    }
}
