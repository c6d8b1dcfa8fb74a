/// Prices a Bedrock model used on demand or in batch: tokens (or images) × the catalog price in
/// the catalog's own unit.
///
/// Input tokens split into cache reads, cache writes and ordinary input; a share of requests
/// (`batch_share`, or all of them in `batch` mode) goes at the batch price. A price the model
/// lacks falls back to the on-demand price with a note, never to $0.
public struct BedrockOnDemandEngine: Sendable {
    public init() {}

    /// The line items, notes and errors of one option.
    public func price(
        model: BedrockModel, mode: BedrockOption.Mode, scope: EndpointScope, premiumImages: Bool,
        workload: Workload, requestsPerMonth: Fixed, region: String, tier: BedrockOption.ServiceTier = .standard
    ) -> (items: [LineItem], notes: [String], errors: [String]) {
        var items: [LineItem] = []
        var notes: [String] = []
        var errors: [String] = []
        func rate(_ kind: BedrockRateKind) -> Rate? { model.rate(kind, region: region, scope: scope) }
        func missing(_ kind: BedrockRateKind) {
            let available = model.regions.sorted()
            var message = "no \(kind.label) price for \(model.id) in \(region)"
            if scope == .global { message += " on the global endpoint" }
            message +=
                available.isEmpty
                ? " (the catalog has no prices for it)" : " (catalog regions: \(available.joined(separator: ", ")))"
            errors.append(message)
        }
        /// Adds `tokens` priced at `kind`, falling back to `fallback` with a note.
        func addTokens(_ tokens: Fixed, _ kind: BedrockRateKind, fallback: BedrockRateKind?, reason: String) {
            guard tokens > .zero else { return }
            var used = kind
            var found = rate(kind)
            if found == nil, let fallback, let alternative = rate(fallback) {
                notes.append(
                    "\(model.name) has no \(kind.label) price in the catalog: \(reason) billed at the \(fallback.label) price"
                )
                used = fallback
                found = alternative
            }
            guard let found else { return missing(used) }
            items.append(
                LineItem(
                    description: kind.label, quantity: BedrockOnDemandEngine.quantity(tokens, in: found.unit),
                    rate: found))
        }

        let batchShare = mode == .batch ? Fixed.one : workload.batchShare
        let onlineShare = Fixed.one - batchShare
        let requests = requestsPerMonth
        switch model.kind {
        case .image:
            let kind: BedrockRateKind = premiumImages ? .imagePremium : .image
            let images = requests * workload.images
            if images == .zero { notes.append("workload.images is 0: an image model bills per image generated") }
            guard let found = rate(kind) else {
                missing(kind)
                break
            }
            if images > .zero { items.append(LineItem(description: kind.label, quantity: images, rate: found)) }
        case .text, .embedding, .multimodalEmbedding:
            let inputTokens = requests * workload.sentInputTokens
            let online = inputTokens * onlineShare
            let cacheRead = online * workload.cachedInputShare
            let cacheWrite = online * workload.cacheWriteShare
            let plain = online - cacheRead - cacheWrite
            if inputTokens == .zero && model.kind != .multimodalEmbedding {
                notes.append("no input tokens: the model bills nothing")
            }
            if rate(.input) == nil { missing(.input) }
            if let kinds = tier.kinds {
                addTokens(plain, kinds.input, fallback: .input, reason: "\(tier.rawValue)-tier input tokens are")
            } else {
                addTokens(plain, .input, fallback: nil, reason: "")
            }
            addTokens(cacheRead, .cacheRead, fallback: .input, reason: "cached input tokens are")
            addTokens(cacheWrite, .cacheWrite, fallback: .input, reason: "cache-write tokens are")
            addTokens(inputTokens * batchShare, .batchInput, fallback: .input, reason: "batch input tokens are")
            if model.kind == .text {
                let outputTokens = requests * workload.outputTokens
                if rate(.output) == nil { missing(.output) }
                if let kinds = tier.kinds {
                    addTokens(
                        outputTokens * onlineShare, kinds.output, fallback: .output,
                        reason: "\(tier.rawValue)-tier output tokens are")
                } else {
                    addTokens(outputTokens * onlineShare, .output, fallback: nil, reason: "")
                }
                addTokens(outputTokens * batchShare, .batchOutput, fallback: .output, reason: "batch output tokens are")
            } else {
                if workload.outputTokens > .zero {
                    notes.append("embedding models bill input tokens only; output_tokens ignored")
                }
                if model.kind == .multimodalEmbedding, workload.images > .zero {
                    if let found = rate(.imageInput) {
                        items.append(
                            LineItem(
                                description: BedrockRateKind.imageInput.label, quantity: requests * workload.images,
                                rate: found))
                    } else {
                        missing(.imageInput)
                    }
                }
            }
        }
        // Keep the first message of each kind only (a missing input price is reported once).
        var seen = Set<String>()
        errors = errors.filter { seen.insert($0).inserted }
        return (items, notes, errors)
    }

    /// `tokens` expressed in a token unit (1K tokens, 1M tokens, tokens).
    static func quantity(_ tokens: Fixed, in unit: PriceUnit) -> Fixed {
        guard let perUnit = unit.tokensPerUnit else { return tokens }
        return tokens / perUnit
    }
}
