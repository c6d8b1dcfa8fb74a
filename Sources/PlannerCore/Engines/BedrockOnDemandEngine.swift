/// Prices a Bedrock model used on demand or in batch: tokens (or images) × the catalog price in
/// the catalog's own unit.
///
/// Input tokens split into cache reads, cache writes and ordinary input; a share of requests
/// (`batch_share`, or all of them in `batch` mode) goes at the batch price. A price the model
/// lacks falls back to the on-demand price with a note, never to $0.
package struct BedrockOnDemandEngine: Sendable {
    package init() {}

    /// The input tokens of one request above which a model with long-context rates bills them
    /// (Anthropic's rule for Claude, the only models the Price List gives such rates).
    package static let longContextThreshold = Fixed(200_000)

    /// The line items and findings (missing prices, fallbacks, unbilled usage) of one option.
    package func price(
        model: BedrockModel, mode: BedrockOption.Mode, scope: EndpointScope, image: ImageRequest = ImageRequest(),
        workload: Workload, requestsPerMonth: Fixed, region: String, tier: BedrockOption.ServiceTier = .standard
    ) -> (items: [LineItem], findings: [Finding]) {
        var items: [LineItem] = []
        var findings: [Finding] = []
        func rate(_ kind: BedrockRateKind) -> CatalogRate? { model.billedRate(kind, region: region, scope: scope) }
        func missing(_ kind: BedrockRateKind) {
            let available = model.regions.sorted()
            var message = "no \(kind.label) price for \(model.id) in \(region)"
            if scope == .global { message += " on the global endpoint" }
            message +=
                available.isEmpty
                ? " (the catalog has no prices for it)" : " (catalog regions: \(available.joined(separator: ", ")))"
            // Keep the first message of each kind only (a missing input price is reported once).
            if !findings.contains(where: { $0.message == message }) { findings.append(.error(.priceMissing, message)) }
        }
        /// Adds `quantity` priced at `kind`, falling back to the kind's fallback with a note.
        func add(_ quantity: Fixed, _ kind: BedrockRateKind, _ traits: BedrockRateKind.Traits) {
            guard quantity > .zero else { return }
            var used = kind
            var found = rate(kind)
            if found == nil, let fallback = traits.fallback, let alternative = rate(fallback) {
                let message = Self.fallbackMessage(model, traits, fallback)
                // Long-context rates are higher: billing the ordinary one understates the cost.
                findings.append(
                    traits.longContextOf == nil
                        ? .note(.priceFallback, message) : .warning(.priceFallback, message + ", which is lower"))
                used = fallback
                found = alternative
            }
            guard let found else { return missing(used) }
            items.append(
                LineItem(
                    description: traits.label, quantity: BedrockOnDemandEngine.quantity(quantity, in: found.unit),
                    rate: found))
        }

        let volumes = BedrockUsageVolumes(workload: workload, requests: requestsPerMonth, batch: mode == .batch)
        switch model.kind {
        case .image:
            if volumes[.generatedImages] == .zero {
                findings.append(
                    .note(.usageNotBilled, "workload.images is 0: an image model bills per image generated"))
            }
        case .text, .embedding:
            if requestsPerMonth * workload.sentInputTokens == .zero {
                findings.append(.note(.usageNotBilled, "no input tokens: the model bills nothing"))
            }
        case .multimodalEmbedding, .rerank: break
        }
        let threshold = model.longContextThreshold ?? Self.longContextThreshold
        let longContext = workload.sentInputTokens > threshold && model.hasLongContextRates
        if longContext {
            findings.append(
                .note(
                    .longContext,
                    "\(workload.sentInputTokens.quantityText(maximumDecimals: 0)) input tokens a request exceed \(model.name)'s long-context threshold of \(threshold.quantityText()): the request is billed at the long-context rates"
                ))
        }
        let kinds = BedrockRateKind.billed(
            modelKind: model.kind, image: image, oneHourCache: workload.cacheLifetime == .oneHour)
        for kind in kinds {
            let traits = kind.traits
            if traits.required, rate(kind) == nil { missing(kind) }
            guard let usage = traits.usage, traits.tier == nil || traits.tier == tier else { continue }
            if longContext, let long = kind.longContextVariant {
                add(volumes[usage], long, long.traits)
            } else {
                add(volumes[usage], kind, traits)
            }
        }
        if model.kind == .embedding || model.kind == .multimodalEmbedding, workload.outputTokens > .zero {
            findings.append(
                .note(.usageNotBilled, "embedding models bill input tokens only; output_tokens ignored"))
        }
        return (items, findings)
    }

    /// Why a kind is billed at its fallback's price: `Claude 3 Haiku has no batch input tokens price in
    /// the catalog: batch input tokens are billed at the input tokens price`.
    static func fallbackMessage(_ model: BedrockModel, _ traits: BedrockRateKind.Traits, _ fallback: BedrockRateKind)
        -> String
    {
        "\(model.name) has no \(traits.label) price in the catalog: \(traits.fallbackWording) billed at the \(fallback.label) price"
    }

    /// `tokens` expressed in a token unit (1K tokens, 1M tokens, tokens).
    static func quantity(_ tokens: Fixed, in unit: PriceUnit) -> Fixed {
        guard let perUnit = unit.tokensPerUnit else { return tokens }
        return tokens / perUnit
    }
}
