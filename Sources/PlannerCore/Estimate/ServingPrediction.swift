/// What one instance of an endpoint is predicted (or measured) to serve at the concurrency planned.
public struct ServingPrediction: Sendable, Hashable {
    /// Sustained generated tokens a second of one instance (input tokens for encoder-only models).
    public var tokensPerSecond: Double
    /// Whether the figure counts generated (output) or processed (input) tokens.
    public var countsOutputTokens: Bool
    /// Concurrent requests the figure assumes.
    public var concurrency: Int
    /// Predicted milliseconds between generated tokens of each request, when known.
    public var interTokenLatencyMs: Double?
    /// Predicted milliseconds to the first token, when known.
    public var timeToFirstTokenMs: Double?
    /// Where the figure comes from, in words.
    public var basis: String

    public init(
        tokensPerSecond: Double, countsOutputTokens: Bool, concurrency: Int, interTokenLatencyMs: Double?,
        timeToFirstTokenMs: Double?, basis: String
    ) {
        self.tokensPerSecond = tokensPerSecond
        self.countsOutputTokens = countsOutputTokens
        self.concurrency = concurrency
        self.interTokenLatencyMs = interTokenLatencyMs
        self.timeToFirstTokenMs = timeToFirstTokenMs
        self.basis = basis
    }
}
