import CCurl
import Crypto
import Foundation

/// libcurl loaded (dlopen) and `curl_global_init` run once, thread-safely: a global `let` is
/// initialised lazily and atomically. 0 on success.
private let curlLoaded: Int32 = ccurl_load()

/// Receives a response body in chunks, as libcurl delivers it.
public protocol ByteSink: AnyObject {
    /// Consumes one chunk; throwing aborts the transfer.
    func consume(_ bytes: UnsafeRawBufferPointer) throws
}

/// What a conditional GET sends: the validators of the copy already held.
public struct Validators: Sendable, Hashable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// The outcome of a download.
public struct FetchResult: Sendable, HasAttempts {
    public var url: String
    public var status: Int
    /// True for 304 Not Modified: the body was not sent; reuse the held copy.
    public var notModified: Bool { status == 304 }
    public var validators: Validators
    /// The response's headers, names in lower case.
    public var headers: [String: String]
    public var bytes: Int
    /// SHA-256 of the body, lower-case hex (empty for 304).
    public var sha256: String
    public var attempts: Int
}

/// Downloads over libcurl: timeouts, a low-speed limit, bounded http/https redirects, TLS
/// verification on, proxy variables honoured (libcurl reads them), compressed transfer, a
/// User-Agent, conditional requests, a body-size cap, and retries with exponential backoff and
/// jitter on connection errors, 429 and 5xx, honouring `Retry-After`.
///
/// Blocking: call it from a plain thread (or a synchronous command), not from the cooperative pool.
public final class HTTPFetcher: Sendable {
    public let options: FetchOptions

    public init(options: FetchOptions = FetchOptions()) { self.options = options }

    /// Fetches `url`, streaming the body of a 200 into a fresh sink from `makeSink` (one per attempt).
    public func fetch(_ url: String, validators: Validators? = nil, makeSink: () -> any ByteSink) throws(FetchError)
        -> FetchResult
    {
        try retrying { () throws(FetchError) in
            try perform(
                HTTPRequest(url: url, headers: requestHeaders(validators), validators: validators ?? Validators()),
                sink: makeSink())
        }
    }

    /// Sends one API request (any method, a JSON body) and returns the response with its body in
    /// memory. Redirects are not followed: an API answers where it is asked, and a redirect must
    /// not carry the request's credentials elsewhere. Retried like downloads, and on a 403 that is a
    /// rate limit (`Retry-After`, or `X-RateLimit-Remaining: 0` until `X-RateLimit-Reset`).
    public func send(_ request: HTTPRequest) throws(FetchError) -> HTTPResponse {
        var request = request
        request.followsRedirects = false
        return try retrying { () throws(FetchError) in
            let sink = MemorySink()
            let result = try perform(request, sink: sink)
            return HTTPResponse(
                status: result.status, headers: result.headers, body: sink.bytes, attempts: result.attempts)
        }
    }

    /// Runs `attempt` until it succeeds, fails for good, or the attempts run out.
    private func retrying<Result: HasAttempts>(_ attempt: () throws(FetchError) -> Result) throws(FetchError)
        -> Result
    {
        var count = 0
        while true {
            count += 1
            do {
                var result = try attempt()
                result.attempts = count
                return result
            } catch var error {
                error.attempts = count
                guard error.isRetryable, count < options.attempts else { throw error }
                Thread.sleep(forTimeInterval: delay(attempt: count, retryAfter: error.retryAfter))
            }
        }
    }

    /// Exponential backoff with full jitter, or the server's `Retry-After` when it gave one.
    func delay(attempt: Int, retryAfter: Double?) -> Double {
        if let retryAfter { return min(max(retryAfter, 0), options.maxRetryAfter) }
        let ceiling = min(options.backoffCap, options.backoffBase * pow(2, Double(attempt - 1)))
        return Double.random(in: 0...ceiling)
    }

    /// State shared with libcurl's callbacks during one transfer.
    final class Transfer {
        let sink: any ByteSink
        let limit: Int
        let progress: Bool
        let url: String
        var status = 0
        var headers: [String: String] = [:]
        var received = 0
        var errorBody: [UInt8] = []
        var failure: FetchError?
        var hasher = SHA256()
        var lastProgress = 0.0

        init(sink: any ByteSink, limit: Int, progress: Bool, url: String) {
            self.sink = sink
            self.limit = limit
            self.progress = progress
            self.url = url
        }
    }

    private func perform(_ request: HTTPRequest, sink: any ByteSink) throws(FetchError) -> FetchResult {
        let url = request.url
        guard curlLoaded == 0 else {
            throw FetchError(
                url: url, kind: .setup,
                message:
                    "libcurl could not be loaded (libcurl.so.4; install libcurl4-openssl-dev or libcurl4), code \(curlLoaded)"
            )
        }
        guard let handle = ccurl_easy_init() else {
            throw FetchError(url: url, kind: .setup, message: "libcurl could not be initialised")
        }
        defer { ccurl_easy_cleanup(handle) }
        let transfer = Transfer(sink: sink, limit: options.maxBodyBytes, progress: options.showProgress, url: url)
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        var headerList: UnsafeMutablePointer<curl_slist>?
        for header in request.headers + (request.body == nil ? [] : ["Content-Type: application/json", "Expect:"]) {
            guard let appended = ccurl_slist_append(headerList, header) else {
                ccurl_slist_free_all(headerList)
                throw FetchError(url: url, kind: .setup, message: "could not build the request headers")
            }
            headerList = appended
        }
        defer { ccurl_slist_free_all(headerList) }

        let code: CURLcode = withExtendedLifetime(transfer) {
            errorBuffer.withUnsafeMutableBufferPointer { buffer in
                let context = Unmanaged.passUnretained(transfer).toOpaque()
                var rc = ccurl_setopt_string(handle, CURLOPT_URL, url)
                func set(_ option: CURLoption, _ value: Int) {
                    if rc == CURLE_OK { rc = ccurl_setopt_long(handle, option, value) }
                }
                func set(_ option: CURLoption, _ value: String) {
                    if rc == CURLE_OK { rc = ccurl_setopt_string(handle, option, value) }
                }
                set(CURLOPT_PROTOCOLS_STR, "http,https")
                set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
                set(CURLOPT_FOLLOWLOCATION, request.followsRedirects ? 1 : 0)
                set(CURLOPT_MAXREDIRS, options.maxRedirects)
                if let body = request.body {
                    if rc == CURLE_OK {
                        rc = ccurl_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.utf8.count))
                    }
                    set(CURLOPT_COPYPOSTFIELDS, body)
                }
                if request.method != .get, request.method != .post || request.body == nil {
                    set(CURLOPT_CUSTOMREQUEST, request.method.rawValue)
                }
                set(CURLOPT_NOSIGNAL, 1)
                set(CURLOPT_CONNECTTIMEOUT, options.connectTimeout)
                set(CURLOPT_TIMEOUT, options.totalTimeout)
                set(CURLOPT_LOW_SPEED_LIMIT, options.lowSpeedLimit)
                set(CURLOPT_LOW_SPEED_TIME, options.lowSpeedTime)
                set(CURLOPT_SSL_VERIFYPEER, 1)
                set(CURLOPT_SSL_VERIFYHOST, 2)
                set(CURLOPT_ACCEPT_ENCODING, "")  // every encoding libcurl supports, decoded on the fly
                set(CURLOPT_USERAGENT, options.userAgent)
                if rc == CURLE_OK {
                    rc = ccurl_setopt_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(options.maxBodyBytes))
                }
                if rc == CURLE_OK { rc = ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, buffer.baseAddress) }
                if rc == CURLE_OK { rc = ccurl_setopt_pointer(handle, CURLOPT_HTTPHEADER, headerList) }
                if rc == CURLE_OK { rc = ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, context) }
                if rc == CURLE_OK { rc = ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, context) }
                if rc == CURLE_OK {
                    rc = ccurl_setopt_data_cb(handle, CURLOPT_HEADERFUNCTION) { pointer, size, count, userdata in
                        guard let userdata else { return 0 }
                        let transfer = Unmanaged<Transfer>.fromOpaque(userdata).takeUnretainedValue()
                        let length = size * count
                        let line = String(
                            decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
                        transfer.header(line)
                        return length
                    }
                }
                if rc == CURLE_OK {
                    rc = ccurl_setopt_data_cb(handle, CURLOPT_WRITEFUNCTION) { pointer, size, count, userdata in
                        guard let userdata else { return 0 }
                        let transfer = Unmanaged<Transfer>.fromOpaque(userdata).takeUnretainedValue()
                        let length = size * count
                        return transfer.body(UnsafeRawBufferPointer(start: pointer, count: length)) ? length : 0
                    }
                }
                if rc == CURLE_OK, options.showProgress {
                    set(CURLOPT_NOPROGRESS, 0)
                    if rc == CURLE_OK { rc = ccurl_setopt_pointer(handle, CURLOPT_XFERINFODATA, context) }
                    if rc == CURLE_OK {
                        rc = ccurl_setopt_progress_cb(handle) { userdata, total, now, _, _ in
                            guard let userdata else { return 0 }
                            Unmanaged<Transfer>.fromOpaque(userdata).takeUnretainedValue().showProgress(
                                total: Int(total), now: Int(now))
                            return 0
                        }
                    }
                }
                if rc == CURLE_OK { rc = ccurl_easy_perform(handle) }
                return rc
            }
        }
        if options.showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        if let failure = transfer.failure { throw failure }
        guard code == CURLE_OK else {
            let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let text = detail.isEmpty ? String(cString: ccurl_easy_strerror(code)) : detail
            if code == CURLE_FILESIZE_EXCEEDED {
                throw FetchError(
                    url: url, kind: .tooLarge(limit: options.maxBodyBytes),
                    message: "the body is larger than the \(options.maxBodyBytes)-byte limit")
            }
            throw FetchError(
                url: url, kind: .transfer(code: Int(code.rawValue)), message: "\(text) (curl code \(code.rawValue))")
        }
        var status = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        if status == 304 {
            return FetchResult(
                url: url, status: 304, validators: request.validators, headers: transfer.headers, bytes: 0, sha256: "",
                attempts: 1)
        }
        guard (200...299).contains(status) else {
            let snippet = String(decoding: transfer.errorBody.prefix(200), as: UTF8.self).replacingOccurrences(
                of: "\n", with: " ")
            var error = FetchError(
                url: url, kind: .status(status), message: "HTTP \(status)" + (snippet.isEmpty ? "" : ": \(snippet)"))
            error.retryAfter = transfer.headers["retry-after"].flatMap(HTTPFetcher.parseRetryAfter)
            if status == 403, error.retryAfter == nil, transfer.headers["x-ratelimit-remaining"] == "0" {
                // GitHub's primary rate limit: wait until the window resets.
                let reset = transfer.headers["x-ratelimit-reset"].flatMap(Double.init)
                error.retryAfter = reset.map { max(0, $0 - Date().timeIntervalSince1970) } ?? options.maxRetryAfter
            }
            error.isRateLimit = status == 429 || (status == 403 && error.retryAfter != nil)
            throw error
        }
        return FetchResult(
            url: url, status: status,
            validators: Validators(etag: transfer.headers["etag"], lastModified: transfer.headers["last-modified"]),
            headers: transfer.headers, bytes: transfer.received, sha256: transfer.hasher.finalize().hexString,
            attempts: 1)
    }

    func requestHeaders(_ validators: Validators?) -> [String] {
        var headers = ["Accept: application/json"]
        if let etag = validators?.etag { headers.append("If-None-Match: \(etag)") }
        if let modified = validators?.lastModified { headers.append("If-Modified-Since: \(modified)") }
        return headers
    }

    /// Seconds from a `Retry-After` value: a number of seconds, or an HTTP date.
    static func parseRetryAfter(_ value: String) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed) { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: trimmed).map { max(0, $0.timeIntervalSinceNow) }
    }
}

extension HTTPFetcher.Transfer {
    func header(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("HTTP/") {
            // A new response (after a redirect or a 100 Continue): start over.
            headers = [:]
            status = Int(trimmed.split(separator: " ").dropFirst().first ?? "") ?? 0
            return
        }
        guard let colon = trimmed.firstIndex(of: ":") else { return }
        headers[trimmed[..<colon].lowercased()] = trimmed[trimmed.index(after: colon)...].trimmingCharacters(
            in: .whitespaces)
    }

    /// Feeds a chunk to the sink (2xx) or keeps the start of an error body; false aborts the transfer.
    func body(_ bytes: UnsafeRawBufferPointer) -> Bool {
        received += bytes.count
        guard (200...299).contains(status) else {
            if errorBody.count < 1_024 { errorBody.append(contentsOf: bytes.prefix(1_024 - errorBody.count)) }
            return true
        }
        if received > limit {
            failure = FetchError(
                url: url, kind: .tooLarge(limit: limit), message: "the body is larger than the \(limit)-byte limit")
            return false
        }
        hasher.update(bufferPointer: bytes)
        do {
            try sink.consume(bytes)
        } catch {
            failure = FetchError(url: url, kind: .content, message: "\(error)")
            return false
        }
        return true
    }

    func showProgress(total: Int, now: Int) {
        let clock = Date().timeIntervalSince1970
        guard progress, clock - lastProgress > 0.2 else { return }
        lastProgress = clock
        let done = String(format: "%.1f", Double(now) / 1e6)
        let of = total > 0 ? String(format: " of %.1f", Double(total) / 1e6) : ""
        FileHandle.standardError.write(Data("\r\u{1B}[Kdownloading \(url): \(done)\(of) MB".utf8))
    }
}

extension SHA256Digest {
    /// The digest as 64 lowercase hexadecimal digits, as the manifest records it.
    package var hexString: String { map { String(format: "%02x", $0) }.joined() }
}
