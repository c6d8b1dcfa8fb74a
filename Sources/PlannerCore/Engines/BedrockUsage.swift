/// The parts of a request-driven workload that Bedrock bills separately. A rate kind names the part
/// it bills (`BedrockRateKind.Traits.usage`); `BedrockUsageVolumes` holds how much of each a month has.
public enum BedrockUsage: String, Sendable, Hashable, CaseIterable {
    /// Online input tokens that are neither cache reads nor cache writes.
    case plainInput
    /// Online input tokens read from the prompt cache.
    case cacheReadInput
    /// Online input tokens written to the prompt cache.
    case cacheWriteInput
    /// Input tokens of the batch share.
    case batchInput
    /// Output tokens of online requests.
    case onlineOutput
    /// Output tokens of the batch share.
    case batchOutput
    /// Images generated.
    case generatedImages
    /// Images sent to a multimodal embedding model.
    case inputImages
    /// Rerank queries, in thousands: one a request.
    case thousandQueries
}

/// How much of each billed part a month of the workload has.
public struct BedrockUsageVolumes: Sendable, Hashable {
    private var plainInput: Fixed
    private var cacheReadInput: Fixed
    private var cacheWriteInput: Fixed
    private var batchInput: Fixed
    private var onlineOutput: Fixed
    private var batchOutput: Fixed
    private var images: Fixed
    private var requests: Fixed

    /// The volumes of `requests` requests a month; `batch` sends every request in batch.
    public init(workload: Workload, requests: Fixed, batch: Bool) {
        let batchShare = batch ? Fixed.one : workload.batchShare
        let onlineShare = Fixed.one - batchShare
        let inputTokens = requests * workload.sentInputTokens
        let online = inputTokens * onlineShare
        cacheReadInput = online * workload.cachedInputShare
        cacheWriteInput = online * workload.cacheWriteShare
        plainInput = online - cacheReadInput - cacheWriteInput
        batchInput = inputTokens * batchShare
        let outputTokens = requests * workload.outputTokens
        onlineOutput = outputTokens * onlineShare
        batchOutput = outputTokens * batchShare
        images = requests * workload.images
        self.requests = requests
    }

    /// The month's volume of one part.
    public subscript(usage: BedrockUsage) -> Fixed {
        switch usage {
        case .plainInput: plainInput
        case .cacheReadInput: cacheReadInput
        case .cacheWriteInput: cacheWriteInput
        case .batchInput: batchInput
        case .onlineOutput: onlineOutput
        case .batchOutput: batchOutput
        case .generatedImages, .inputImages: images
        case .thousandQueries: requests / 1000
        }
    }
}
