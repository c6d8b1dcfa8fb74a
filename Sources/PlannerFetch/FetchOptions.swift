/// How `HTTPFetcher` downloads: timeouts, limits, retries and identity.
public struct FetchOptions: Sendable {
    /// Seconds to establish the connection.
    public var connectTimeout = 15
    /// Seconds for the whole transfer.
    public var totalTimeout = 900
    /// Abort when slower than `lowSpeedLimit` bytes a second for `lowSpeedTime` seconds.
    public var lowSpeedLimit = 1_024
    public var lowSpeedTime = 30
    /// Redirects followed at most (http and https only).
    public var maxRedirects = 5
    /// Largest body accepted, in bytes.
    public var maxBodyBytes = 256 * 1_024 * 1_024
    /// Attempts per URL (AWS SDK standard mode: 3), with exponential backoff and full jitter.
    public var attempts = 3
    public var backoffBase = 1.0
    public var backoffCap = 20.0
    /// Longest `Retry-After` honoured, in seconds.
    public var maxRetryAfter = 60.0
    public var userAgent = "genai-plan (libcurl)"
    /// Draw a progress line on standard error (only makes sense when it is a terminal).
    public var showProgress = false

    public init() {}
}
