import Foundation
import LoopbackHTTP
import PlannerCore
import PlannerPricing
import Testing

@testable import PlannerFetch

/// A loopback Price List: region indexes and the fixture offer files, with an optional fault.
func priceListServer(
    savingsPlans: Bool = false,
    fault: (@Sendable (LoopbackServer.Request, LoopbackServer.Connection, Int) -> Bool)? = nil
) throws
    -> LoopbackServer
{
    let counter = Counter()
    return try LoopbackServer { request, connection in
        let seen = counter.next(request.path)
        if let fault, fault(request, connection, seen) { return }
        if request.path == "/offers/v1.0/aws/index.json" {
            let index = OfferFixtures.offerIndex(OfferFixtures.offers.keys.sorted(), savingsPlans: savingsPlans)
            connection.respond(200, body: Array(index.utf8))
            return
        }
        if request.path == OfferFixtures.savingsPlanIndexPath {
            connection.respond(200, body: Array(OfferFixtures.savingsPlanIndex.utf8))
            return
        }
        if request.path == OfferFixtures.savingsPlanPath {
            connection.respond(200, body: Array(OfferFixtures.savingsPlans.utf8))
            return
        }
        for (offer, body) in OfferFixtures.offers {
            if request.path == "/offers/v1.0/aws/\(offer)/current/region_index.json" {
                connection.respond(200, body: Array(OfferFixtures.regionIndex(offer).utf8))
                return
            }
            if request.path == OfferFixtures.offerPath(offer) {
                let etag = "\"\(offer)-v1\""
                if request.headers["if-none-match"] == etag {
                    connection.respond(304, "Not Modified", headers: ["ETag": etag])
                } else {
                    connection.respond(
                        200, headers: ["ETag": etag, "Content-Type": "application/json"], body: Array(body.utf8))
                }
                return
            }
        }
        connection.respond(404, "Not Found", body: Array("no such file".utf8))
    }
}

final class Counter: @unchecked Sendable {
    private var counts: [String: Int] = [:]
    private let lock = NSLock()
    func next(_ key: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        counts[key, default: 0] += 1
        return counts[key, default: 0]
    }
}

/// A temporary destination holding a copy of the bundled snapshot.
func destination() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-refresh-\(UUID().uuidString)")
        .path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, bytes) in OfferFixtures.bundledFiles() {
        _ = FileManager.default.createFile(atPath: "\(path)/\(name)", contents: Data(bytes))
    }
    return path
}

func snapshotFiles(_ directory: String) -> [String: Data] {
    var files: [String: Data] = [:]
    for name in CatalogDecoder.fileNames + ["overrides.json"] {
        files[name] = FileManager.default.contents(atPath: "\(directory)/\(name)")
    }
    return files
}

func testOptions() -> FetchOptions {
    var options = FetchOptions()
    options.connectTimeout = 2
    options.totalTimeout = 20
    options.lowSpeedLimit = 1_000
    options.lowSpeedTime = 1
    options.backoffBase = 0.01
    options.backoffCap = 0.05
    return options
}

func request(_ server: LoopbackServer, _ directory: String, allowShrink: Bool = true) -> RefreshRequest {
    var files: [String: [UInt8]] = [:]
    for name in CatalogDecoder.fileNames + ["overrides.json", PriceListNames.fileName] {
        if let data = FileManager.default.contents(atPath: "\(directory)/\(name)") { files[name] = Array(data) }
    }
    var result = RefreshRequest(
        endpoint: server.base, regions: ["us-east-1"], destination: directory, previousFiles: files)
    result.allowShrink = allowShrink
    return result
}

@Suite("Pricing refresh over libcurl, against a loopback Price List", .serialized)
struct RefreshTests {
    let refresher = PricingRefresher(fetcher: HTTPFetcher(options: testOptions()))

    @Test("a refresh maps every offer's prices onto the catalog, with sources, and keeps hand-kept prices")
    func success() throws {
        let server = try priceListServer()
        defer { server.stop() }
        let directory = try destination()
        let outcome = try refresher.refresh(request(server, directory))
        #expect(outcome.files.count == 4)
        let catalog = try CatalogLoader.load(directory: directory)
        let haiku = try #require(catalog.bedrockModels["anthropic.claude-3-haiku"])
        #expect(haiku.rate(.input, region: "us-east-1")?.price == Fixed("0.00025"))
        #expect(haiku.rate(.batchInput, region: "us-east-1")?.price == Fixed("0.000125"))
        #expect(haiku.rate(.input, region: "us-east-1")?.source.key == "PL-AmazonBedrock-us-east-1")
        #expect(haiku.rate(.input, region: "us-east-1")?.source.date == "2026-11-01")
        // Not the flex price: the minimum would have been the batch-like flex rate.
        #expect(
            catalog.bedrockModels["amazon.nova-micro"]?.rate(.input, region: "us-east-1")?.price == Fixed("0.000035"))
        let sonnet = try #require(catalog.bedrockModels["anthropic.claude-sonnet-4-6"])
        #expect(sonnet.rate(.input, region: "us-east-1")?.unit == .millionTokens)
        #expect(sonnet.rate(.input, region: "us-east-1", scope: .global)?.price == Fixed("3"))
        let g5 = try #require(catalog.instances["ml.g5.xlarge"])
        #expect(g5.rate(.hosting, region: "us-east-1")?.price == Fixed("1.41"))  // not the Outposts row
        // us-west-2 was not refreshed; provisioned prices are kept from overrides.json.
        #expect(haiku.rate(.input, region: "us-west-2")?.source.key == "P")
        #expect(
            catalog.bedrockModels["amazon.titan-text-express"]?.rate(.provisionedOneMonth, region: "us-east-1")?.price
                == Fixed("18.40"))
        #expect(outcome.kept > 0)
        let manifest = try String(contentsOfFile: "\(directory)/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"price_list_files\""))
        #expect(manifest.contains("\"sha256\""))
        #expect(catalog.snapshot == "refreshed-2026-11-01")
    }

    @Test("two refreshes of unchanged files write byte-identical snapshots; the second reuses the cache on 304")
    func idempotent() throws {
        let server = try priceListServer()
        defer { server.stop() }
        let directory = try destination()
        _ = try refresher.refresh(request(server, directory))
        let first = snapshotFiles(directory)
        let outcome = try refresher.refresh(request(server, directory))
        #expect(snapshotFiles(directory) == first)
        #expect(outcome.files.allSatisfy { $0.contains("not modified: cached copy reused") })
        #expect(server.count(OfferFixtures.offerPath("AmazonBedrock")) == 2)
    }

    @Test("500 then 200: retried, succeeds")
    func retry500() throws {
        let server = try priceListServer { request, connection, count in
            guard request.path == OfferFixtures.offerPath("AmazonSageMaker"), count == 1 else { return false }
            connection.respond(500, "Internal Server Error", body: Array("try again".utf8))
            return true
        }
        defer { server.stop() }
        let directory = try destination()
        _ = try refresher.refresh(request(server, directory))
        #expect(server.count(OfferFixtures.offerPath("AmazonSageMaker")) == 2)
    }

    @Test("429 with Retry-After: waits as asked, then succeeds")
    func retryAfter() throws {
        let server = try priceListServer { request, connection, count in
            guard request.path == OfferFixtures.offerPath("AmazonBedrock"), count == 1 else { return false }
            connection.respond(429, "Too Many Requests", headers: ["Retry-After": "1"])
            return true
        }
        defer { server.stop() }
        let directory = try destination()
        let start = Date()
        _ = try refresher.refresh(request(server, directory))
        #expect(Date().timeIntervalSince(start) >= 1)
        #expect(server.count(OfferFixtures.offerPath("AmazonBedrock")) == 2)
    }

    /// Each fault leaves the previous snapshot byte-identical and gives a one-line error naming the URL and the cause.
    func expectFailure(
        _ fault: @escaping @Sendable (LoopbackServer.Request, LoopbackServer.Connection, Int) -> Bool,
        options: FetchOptions = testOptions(),
        allowShrink: Bool = true, destination path: String? = nil, reason: RefreshError.Reason = .fetchFailed,
        contains: String
    ) throws {
        let server = try priceListServer(fault: fault)
        defer { server.stop() }
        let directory = try path ?? destination()
        let before = snapshotFiles(directory)
        let refresher = PricingRefresher(fetcher: HTTPFetcher(options: options))
        #expect {
            try refresher.refresh(request(server, directory, allowShrink: allowShrink))
        } throws: { error in
            let text = "\(error)"
            return (error as? RefreshError)?.reason == reason && text.contains(contains) && !text.contains("\n")
        }
        #expect(snapshotFiles(directory) == before)
    }

    @Test("a connection reset mid-body: retried, then fails")
    func reset() throws {
        try expectFailure(
            { request, connection, _ in
                guard request.path == OfferFixtures.offerPath("AmazonBedrock") else { return false }
                connection.write(
                    "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n{\"formatVersion\" : \"v1.0\", \"products\" : {"
                )
                connection.reset()
                return true
            }, contains: "fetching http://127.0.0.1")
    }

    @Test("truncated JSON")
    func truncated() throws {
        try expectFailure(
            { request, connection, _ in
                guard request.path == OfferFixtures.offerPath("AmazonBedrock") else { return false }
                connection.respond(200, body: Array(OfferFixtures.bedrock.prefix(OfferFixtures.bedrock.count / 2).utf8))
                return true
            }, contains: "ends early")
    }

    @Test("a server that drips bytes slower than the low-speed limit")
    func drip() throws {
        try expectFailure(
            { request, connection, _ in
                guard request.path == OfferFixtures.offerPath("AmazonSageMaker") else { return false }
                connection.write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n")
                connection.write("{\"offerCode\" : ")
                for _ in 0..<8 {
                    connection.write(" ")  // valid white space, far below 1,000 bytes a second
                    Thread.sleep(forTimeInterval: 0.5)
                }
                return true
            }, contains: "curl code 28")
    }

    @Test("a body over the size cap")
    func tooLarge() throws {
        var options = testOptions()
        options.maxBodyBytes = 1_000
        try expectFailure({ _, _, _ in false }, options: options, contains: "larger than the 1000-byte limit")
    }

    @Test("invalid JSON")
    func invalid() throws {
        try expectFailure(
            { request, connection, _ in
                guard request.path == OfferFixtures.offerPath("AmazonBedrockService") else { return false }
                connection.respond(
                    200, body: Array("{\"offerCode\" : \"AmazonBedrockService\" \"products\" : {}}".utf8))
                return true
            }, contains: "invalid JSON")
    }

    @Test("the wrong offerCode")
    func wrongOffer() throws {
        try expectFailure(
            { request, connection, _ in
                guard request.path == OfferFixtures.offerPath("AmazonSageMaker") else { return false }
                connection.respond(200, body: Array(OfferFixtures.bedrock.utf8))
                return true
            }, contains: "the file is offer 'AmazonBedrock', expected 'AmazonSageMaker'")
    }

    @Test("a refresh that would drop more than 20% of a region's prices is refused")
    func shrink() throws {
        // Without the rules that keep community and proxy prices (an overrides.json from before them), the
        // fixture files price too little of us-east-1.
        let directory = try destination()
        let overrides = "\(directory)/overrides.json"
        let text = try String(contentsOfFile: overrides, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter {
            !$0.contains("\"source_kind\"")
        }
        var trimmed = lines.joined(separator: "\n")
        trimmed = trimmed.replacingOccurrences(of: "captures\" },\n  ]", with: "captures\" }\n  ]")
        try trimmed.write(toFile: overrides, atomically: true, encoding: .utf8)
        try expectFailure(
            { _, _, _ in false }, allowShrink: false, destination: directory, reason: .shrink,
            contains: "would disappear, more than 20%")
    }

    @Test("a redirect loop")
    func redirectLoop() throws {
        try expectFailure(
            { request, connection, _ in
                guard request.path == OfferFixtures.offerPath("AmazonBedrock") else { return false }
                connection.respond(302, "Found", headers: ["Location": OfferFixtures.offerPath("AmazonBedrock")])
                return true
            }, contains: "curl code 47")
    }

    @Test("an unwritable destination")
    func unwritable() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-file-\(UUID().uuidString)")
            .path
        _ = FileManager.default.createFile(atPath: file, contents: Data("a file, not a directory".utf8))
        let server = try priceListServer()
        defer { server.stop() }
        var blocked = request(server, try destination())
        blocked.destination = "\(file)/pricing"
        #expect {
            try refresher.refresh(blocked)
        } throws: { error in "\(error)".contains("cannot write to \(file)/pricing") }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "a file, not a directory")
    }

    @Test("an instance a profile uses would lose its price: refused")
    func requiredPrice() throws {
        let server = try priceListServer()
        defer { server.stop() }
        let directory = try destination()
        _ = try refresher.refresh(request(server, directory))  // a snapshot that only has what the fixtures price
        // The second Price List no longer lists ml.g5.12xlarge; its published price is not one a refresh keeps.
        let second = try priceListServer { request, connection, _ in
            guard request.path == OfferFixtures.offerPath("AmazonSageMaker") else { return false }
            connection.respond(
                200,
                body: Array(
                    OfferFixtures.offer(
                        "AmazonSageMaker",
                        products: [
                            OfferFixtures.sageMakerProduct(
                                "M001", instance: "ml.g5.2xlarge", component: "Hosting", usd: "1.5150000000"),
                            OfferFixtures.sageMakerProduct(
                                "M004", instance: "ml.g5.xlarge", component: "Hosting", usd: "1.4100000000"),
                        ]
                    ).utf8))
            return true
        }
        defer { second.stop() }
        var strict = request(second, directory, allowShrink: false)
        strict.required = [RequiredPrice(kind: .instanceHosting, name: "ml.g5.12xlarge", region: "us-east-1")]
        let before = snapshotFiles(directory)
        #expect {
            try refresher.refresh(strict)
        } throws: { error in
            (error as? RefreshError)?.reason == .requiredPriceLost
                && "\(error)".contains("ml.g5.12xlarge, used by a profile, would lose its price in us-east-1")
        }
        #expect(snapshotFiles(directory) == before)
    }

    @Test("a refresh into the cache writes catalog.archive, which loads to the catalog its JSON files decode to")
    func writesArchive() throws {
        let server = try priceListServer()
        defer { server.stop() }
        let directory = try destination()
        var cached = request(server, directory)
        cached.writesArchive = true
        _ = try refresher.refresh(cached)
        let archive = try #require(FileManager.default.contents(atPath: "\(directory)/\(CatalogArchive.fileName)"))
        var files: [String: [UInt8]] = [:]
        for name in CatalogDecoder.fileNames {
            files[name] = FileManager.default.contents(atPath: "\(directory)/\(name)").map { Array($0) }
        }
        let fromJSON = try CatalogDecoder.decode(files: files, origin: directory)
        #expect(
            try CatalogArchive.decode(
                Array(archive), origin: directory, fingerprint: CatalogArchive.fingerprint(of: files)) == fromJSON)
        #expect(try CatalogLoader.load(directory: directory) == fromJSON)
        // A second refresh of the same files writes the same archive.
        _ = try refresher.refresh(cached)
        #expect(FileManager.default.contents(atPath: "\(directory)/\(CatalogArchive.fileName)") == archive)
    }

    @Test("community prices the files lack survive a refresh of their region; derived ones do not")
    func communityKept() throws {
        let server = try priceListServer()
        defer { server.stop() }
        let directory = try destination()
        let previous = try CatalogLoader.load(directory: directory)
        _ = try refresher.refresh(request(server, directory))
        let catalog = try CatalogLoader.load(directory: directory)
        // GPT-5.4 is not in the fixture files: its genai-prices price stays, labelled community.
        let gpt = try #require(catalog.bedrockModels["openai.gpt-5.4"]?.rate(.input, region: "us-east-1"))
        #expect(gpt.source.key == "GENAI-PRICES" && gpt.source.kind == .community)
        #expect(gpt.price == Fixed("2.75"))
        // Llama 3.1 8B is: its regional prices are the fetched ones, its geo prices (LiteLLM) stay.
        let llama = try #require(catalog.bedrockModels["meta.llama3-1-8b-instruct"])
        #expect(llama.rate(.input, region: "us-east-1")?.source.kind == .published)
        #expect(llama.rate(.input, region: "us-east-1", scope: .geo)?.source.key == "LITELLM")
        // No derived price of a refreshed region survives.
        let derived = previous.allPrices.filter { $0.key.contains("/us-east-1/") && $0.rate.source.kind == .derived }
        let after = Dictionary(catalog.allPrices.map { ($0.key, $0.rate) }, uniquingKeysWith: { first, _ in first })
        for (key, _) in derived { #expect(after[key]?.source.kind != .derived, "\(key)") }
    }
}

@Suite("HTTP requests", .serialized)
struct RequestHeaderTests {
    @Test("a User-Agent naming the tool, compressed transfer accepted, and validators sent on a conditional request")
    func headers() throws {
        let seen = HeaderBox()
        let server = try LoopbackServer { request, connection in
            seen.set(request.headers)
            connection.respond(304, "Not Modified", headers: ["ETag": "\"v1\""])
        }
        defer { server.stop() }
        var options = testOptions()
        options.userAgent = "genai-plan/9.9 (libcurl)"
        let result = try HTTPFetcher(options: options).fetch(
            "\(server.base)/x", validators: Validators(etag: "\"v1\"", lastModified: "Sun, 01 Nov 2026 00:00:00 GMT")
        ) {
            BufferSink()
        }
        #expect(result.notModified)
        let headers = seen.get()
        #expect(headers["user-agent"] == "genai-plan/9.9 (libcurl)")
        #expect(headers["if-none-match"] == "\"v1\"")
        #expect(headers["if-modified-since"] == "Sun, 01 Nov 2026 00:00:00 GMT")
        #expect(headers["accept-encoding"]?.contains("gzip") == true)
    }

    @Test("a redirect to another scheme is refused; a redirect on http is followed")
    func redirects() throws {
        let server = try LoopbackServer { request, connection in
            switch request.path {
            case "/ftp": connection.respond(302, "Found", headers: ["Location": "ftp://127.0.0.1/file"])
            case "/hop": connection.respond(302, "Found", headers: ["Location": "/final"])
            default: connection.respond(200, body: Array("{}".utf8))
            }
        }
        defer { server.stop() }
        let fetcher = HTTPFetcher(options: testOptions())
        #expect(try fetcher.fetch("\(server.base)/hop") { BufferSink() }.status == 200)
        #expect(throws: FetchError.self) { try fetcher.fetch("\(server.base)/ftp") { BufferSink() } }
    }
}

final class HeaderBox: @unchecked Sendable {
    private var headers: [String: String] = [:]
    private let lock = NSLock()
    func set(_ value: [String: String]) {
        lock.lock()
        headers = value
        lock.unlock()
    }
    func get() -> [String: String] {
        lock.lock()
        defer { lock.unlock() }
        return headers
    }
}
