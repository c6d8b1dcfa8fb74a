import PlannerCore
import Testing

@testable import PlannerFetch

/// Rebuilds a `JSONValue` from streamed events, to compare with the whole-document parser.
struct TreeBuilder: JSONEventHandler {
    private var stack: [(key: String?, value: JSONValue)] = []
    private var pendingKey: String?
    var result: JSONValue?

    private mutating func add(_ value: JSONValue) {
        guard let top = stack.popLast() else {
            result = value
            return
        }
        var container = top.value
        switch container {
        case .object(var members):
            members.append((pendingKey ?? "", value))
            container = .object(members)
        case .array(var items):
            items.append(value)
            container = .array(items)
        default: break
        }
        stack.append((top.key, container))
        pendingKey = nil
    }

    mutating func startObject() {
        stack.append((pendingKey, .object([])))
        pendingKey = nil
    }
    mutating func startArray() {
        stack.append((pendingKey, .array([])))
        pendingKey = nil
    }
    mutating func endObject() { end() }
    mutating func endArray() { end() }
    private mutating func end() {
        guard let top = stack.popLast() else { return }
        pendingKey = top.key
        add(top.value)
    }
    mutating func key(_ bytes: UnsafeRawBufferPointer) { pendingKey = String(decoding: bytes, as: UTF8.self) }
    mutating func string(_ bytes: UnsafeRawBufferPointer) { add(.string(String(decoding: bytes, as: UTF8.self))) }
    mutating func literal(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch text {
        case "true": add(.bool(true))
        case "false": add(.bool(false))
        case "null": add(.null)
        default: add(.number(text))
        }
    }
}

@Suite("Streaming JSON")
struct StreamingJSONTests {
    static let document =
        #"{"a": [1, -2.5e3, true, false, null, "x\"y\u00e9\n\ud83d\ude00"], "b": {"c": {}, "d": []}, "long key with spaces": "value", "n": 0}"#

    func stream(_ text: String, chunk: Int) throws -> JSONValue? {
        let parser = StreamingJSONParser(handler: TreeBuilder())
        let bytes = Array(text.utf8)
        for start in stride(from: 0, to: bytes.count, by: chunk) {
            try bytes[start..<min(start + chunk, bytes.count)].withUnsafeBytes { try parser.consume($0) }
        }
        try parser.finish()
        return parser.handler?.result
    }

    @Test(
        "any chunking gives the same document as the whole-document parser", arguments: [1, 2, 3, 5, 7, 13, 64, 10_000])
    func chunking(chunk: Int) throws {
        #expect(try stream(Self.document, chunk: chunk) == (try JSONParser.parse(Self.document)))
    }

    @Test("the fixture offer file streams to the same value", arguments: [1, 97, 4096])
    func offer(chunk: Int) throws {
        #expect(try stream(OfferFixtures.sageMaker, chunk: chunk) == (try JSONParser.parse(OfferFixtures.sageMaker)))
    }

    @Test(
        "invalid documents are rejected",
        arguments: ["{", "[1,]", "{\"a\" 1}", "[1] x", "nul", "{\"a\":tru}", "[\"\\q\"]", "{1:2}", "]"])
    func invalid(text: String) {
        #expect(throws: StreamingJSONError.self) { try stream(text, chunk: 1) }
    }

    @Test("the offer reader keeps on-demand prices of relevant products with their attributes")
    func reader() throws {
        let parser = StreamingJSONParser(
            handler: OfferReader(offer: "AmazonSageMaker", keep: PricingRefresher.relevance("AmazonSageMaker")))
        try Array(OfferFixtures.sageMaker.utf8).withUnsafeBytes { try parser.consume($0) }
        try parser.finish()
        let summary = try #require(parser.handler?.summary())
        #expect(summary.offerCode == "AmazonSageMaker")
        #expect(summary.version == "20261101000000")
        #expect(summary.prices.count == 5)  // the notebook is not kept
        #expect(summary.prices.first?.reading == .instance(name: "ml.g5.2xlarge", kind: .hosting))
        #expect(summary.prices.first?.usd == "1.5150000000")
    }
}
