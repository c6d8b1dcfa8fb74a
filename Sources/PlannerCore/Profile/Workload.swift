/// What the workload does and how much: request volume, tokens per request and traffic shape.
public struct Workload: Sendable, Hashable {
    public var task: TaskKind
    public var useCase: UseCase
    public var requests: RequestRate
    /// Mean input tokens per request.
    public var inputTokens: Fixed
    /// Mean output tokens per request.
    public var outputTokens: Fixed
    /// Images generated (image models) or embedded (multimodal embeddings) per request.
    public var images: Fixed
    /// Peak load divided by mean load, for sizing (default 3).
    public var peakToMean: Fixed
    /// Share of input tokens read from the prompt cache (0...1).
    public var cachedInputShare: Fixed
    /// Share of input tokens written to the prompt cache (0...1).
    public var cacheWriteShare: Fixed
    /// How long cache writes live: 5 minutes (the default) or 1 hour, priced apart.
    public var cacheLifetime: CacheLifetime = .fiveMinutes
    /// Share of requests sent as batch inference (0...1).
    public var batchShare: Fixed
    /// Input tokens kept per request (the rest truncated); nil for no limit.
    public var maxInputTokens: Fixed?
    /// Latency target per generated token, which caps an endpoint's batch; nil for none.
    public var latencyMsPerToken: Fixed?
    /// Target time to the first token, which also caps an endpoint's batch; nil for none.
    public var timeToFirstTokenMs: Fixed?
    /// Spare capacity added when sizing endpoints (0.2 = 20%).
    public var headroom: Fixed = Fixed(units: Fixed.scale / 5)
    /// Hours a day at peak load; the rest of the day carries the remaining traffic (autoscaled endpoints).
    public var peakHoursPerDay: Fixed = Fixed(24)

    /// The load of the off-peak hours as a multiple of the mean: what the peak hours leave,
    /// (24 − peak_to_mean × peak hours) ÷ (24 − peak hours), at least 0; nil when the peak lasts all day.
    public var offPeakLoadRatio: Fixed? {
        guard peakHoursPerDay < Fixed(24) else { return nil }
        return max(.zero, (Fixed(24) - peakToMean * peakHoursPerDay) / (Fixed(24) - peakHoursPerDay))
    }

    public init(
        task: TaskKind, useCase: UseCase, requests: RequestRate, inputTokens: Fixed, outputTokens: Fixed,
        images: Fixed = .zero, peakToMean: Fixed = Fixed(3), cachedInputShare: Fixed = .zero,
        cacheWriteShare: Fixed = .zero, batchShare: Fixed = .zero, maxInputTokens: Fixed? = nil
    ) {
        self.task = task
        self.useCase = useCase
        self.requests = requests
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.images = images
        self.peakToMean = peakToMean
        self.cachedInputShare = cachedInputShare
        self.cacheWriteShare = cacheWriteShare
        self.batchShare = batchShare
        self.maxInputTokens = maxInputTokens
    }

    /// Input tokens actually sent per request: `input_tokens`, truncated to `max_input_tokens`.
    public var sentInputTokens: Fixed { maxInputTokens.map { min($0, inputTokens) } ?? inputTokens }

    /// Input tokens cut from each request by `max_input_tokens`.
    public var truncatedInputTokens: Fixed { inputTokens - sentInputTokens }

    /// Requests in a month of `hours` hours.
    public func requestsPerMonth(hours: Fixed) -> Fixed { requests.perMonth(hours: hours) }
}

/// How long a prompt-cache entry lives; Bedrock prices 1-hour writes apart from 5-minute ones.
public enum CacheLifetime: String, Sendable, Hashable, CaseIterable {
    case fiveMinutes = "5m"
    case oneHour = "1h"
}

/// A request volume, given per month, day, hour or second.
public struct RequestRate: Sendable, Hashable {
    public enum Period: String, Sendable, Hashable, CaseIterable {
        case month = "per_month"
        case day = "per_day"
        case hour = "per_hour"
        case second = "per_second"
    }

    public var count: Fixed
    public var period: Period

    public init(_ count: Fixed, per period: Period) {
        self.count = count
        self.period = period
    }

    /// Requests in a month of `hours` hours (a day is 24 hours; a month is `hours` hours).
    public func perMonth(hours: Fixed) -> Fixed {
        switch period {
        case .month: count
        case .day: count * hours / 24
        case .hour: count * hours
        case .second: count * hours * 3600
        }
    }

    /// Mean requests per second over a month of `hours` hours.
    public func perSecond(hours: Fixed) -> Fixed {
        switch period {
        case .second: count
        default: perMonth(hours: hours) / (hours * 3600)
        }
    }
}

/// The task of the workload, as in the architecture decision table.
public enum TaskKind: String, Sendable, Hashable, CaseIterable {
    case sentimentAnalysis = "sentiment-analysis"
    case textGeneration = "text-generation"
    case chatbot
    case translation
    case summarization
    case ner
    case questionAnswering = "question-answering"
    case codeGeneration = "code-generation"
    case embeddings
    case imageGeneration = "image-generation"
}

/// The use case, which decides the sampling settings.
public enum UseCase: String, Sendable, Hashable, CaseIterable {
    case factualQA = "factual-qa"
    case creativeWriting = "creative-writing"
    case codeGeneration = "code-generation"
    case chat

    /// The use case assumed when a profile gives none: chat for chatbots, code generation for code,
    /// creative writing for text generation, factual Q&A for everything else.
    public static func assumed(for task: TaskKind) -> UseCase {
        switch task {
        case .chatbot: .chat
        case .codeGeneration: .codeGeneration
        case .textGeneration: .creativeWriting
        default: .factualQA
        }
    }
}
