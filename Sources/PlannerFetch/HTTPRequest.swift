/// An HTTP request `HTTPFetcher` sends: a download (GET, redirects followed) or an API call.
public struct HTTPRequest: Sendable, Hashable {
    public enum Method: String, Sendable, Hashable, CaseIterable {
        case get = "GET"
        case post = "POST"
        case put = "PUT"
        case patch = "PATCH"
        case delete = "DELETE"
    }

    public var method: Method
    public var url: String
    /// `Name: value` lines. A body adds `Content-Type: application/json`.
    public var headers: [String]
    /// A JSON body, sent as is.
    public var body: String?
    /// Downloads follow redirects (http and https, bounded); `HTTPFetcher.send` never does.
    public var followsRedirects = true
    /// The validators of a conditional GET, returned with a 304.
    public var validators: Validators

    public init(
        method: Method = .get, url: String, headers: [String] = [], body: String? = nil,
        validators: Validators = Validators()
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.validators = validators
    }
}

/// An API response: status, headers (names in lower case) and body.
public struct HTTPResponse: Sendable, HasAttempts {
    public var status: Int
    public var headers: [String: String]
    public var body: [UInt8]
    public var attempts: Int

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// A result that records how many attempts it took.
public protocol HasAttempts {
    var attempts: Int { get set }
}

/// Keeps a body in memory.
final class MemorySink: ByteSink {
    var bytes: [UInt8] = []
    func consume(_ chunk: UnsafeRawBufferPointer) throws { bytes.append(contentsOf: chunk) }
}
