import Foundation

/// Why a download failed: always names the URL and the cause, in one line.
public struct FetchError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// libcurl reported an error (connection, timeout, TLS, redirect loop, partial body ...).
        case transfer(code: Int)
        /// The server answered with an HTTP error status.
        case status(Int)
        /// The body was larger than allowed.
        case tooLarge(limit: Int)
        /// The body could not be read (invalid JSON, wrong offer ...).
        case content
        /// libcurl could not be set up.
        case setup
    }

    public var url: String
    public var kind: Kind
    public var message: String
    /// Attempts made (retries included).
    public var attempts: Int
    /// Seconds the server asked to wait (`Retry-After`), when it did.
    public var retryAfter: Double?
    /// The server refused for its rate limit (429, or a 403 that says so): retried after the wait.
    public var isRateLimit = false

    public init(url: String, kind: Kind, message: String, attempts: Int = 1) {
        self.url = url
        self.kind = kind
        self.message = message
        self.attempts = attempts
    }

    public var description: String {
        "fetching \(url) failed: \(message)" + (attempts > 1 ? " (after \(attempts) attempts)" : "")
    }

    /// Worth trying again: connection problems, timeouts, 429 and 5xx.
    var isRetryable: Bool {
        switch kind {
        // resolve, connect, partial, timeout, TLS connect, empty reply, send, receive
        case .transfer(let code): [5, 6, 7, 18, 28, 35, 52, 55, 56].contains(code)
        case .status(let status): isRateLimit || status == 429 || (500...599).contains(status)
        default: false
        }
    }
}

extension FetchError {
    /// The error with every occurrence of `secret` (a token) replaced, for messages a user sees.
    public func redacting(_ secret: String) -> FetchError {
        guard !secret.isEmpty else { return self }
        var copy = self
        copy.url = url.replacingOccurrences(of: secret, with: "***")
        copy.message = message.replacingOccurrences(of: secret, with: "***")
        return copy
    }
}
