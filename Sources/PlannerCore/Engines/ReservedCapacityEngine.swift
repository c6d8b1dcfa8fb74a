/// Prices Bedrock reserved capacity (the Reserved service tier): input and output tokens a minute
/// reserved for a 1- or 3-month term, billed per 1K TPM-hour every hour of the month whatever is used.
///
/// The reservation is sized from the peak (online input tokens that count against it, plain input and
/// cache writes, and output tokens, each × peak-to-mean), rounded up to whole 1K TPM and raised to
/// AWS's minimums; or given by the profile. Demand above it overflows to the Standard tier and is
/// billed on demand. Cache reads do not count against it and are billed per token; the batch share
/// goes to batch inference.
package struct ReservedCapacityEngine: Sendable {
    package init() {}

    /// USD a token of a rate quoted per token, 1K or 1M tokens.
    static func pricePerToken(_ rate: CatalogRate) -> Fixed { rate.price / Fixed(rate.unit.tokensPerUnit ?? 1) }

    /// AWS's minimum reservation of input tokens a minute ("Service tiers for optimizing performance
    /// and cost", Amazon Bedrock user guide; read from its Japanese and German editions).
    package static let minimumInputTPM = 100_000
    /// AWS's minimum reservation of output tokens a minute (same page).
    package static let minimumOutputTPM = 10_000

    /// The outcome of pricing one option.
    package struct Result: Sendable {
        package var items: [LineItem] = []
        package var findings: [Finding] = []
        /// Tokens a minute reserved, input and output.
        package var inputTPM = 0
        package var outputTPM = 0
        /// The cost as a function of volume.
        package var cost: CostFunction?
    }

    /// One side of the reservation: what it reserves and what it costs.
    private struct Side {
        var label: String
        var tokensPerRequest: Fixed
        var rate: CatalogRate
        var minimum: Int
        var given: Int?
    }

    package func price(
        model: BedrockModel, option: BedrockOption, scope: EndpointScope, workload: Workload, requestsPerMonth: Fixed,
        hoursPerMonth: Fixed, region: String
    ) -> Result {
        var result = Result()
        guard model.kind == .text else {
            result.findings.append(
                .error(
                    .invalidValue,
                    "reserved capacity is sold for text models; \(model.name) is \(model.kind == .image ? "an image" : "an embedding") model"
                ))
            return result
        }
        // The Price List sells reservations per geography (its "Regional" rate) or globally.
        let reservedScope: EndpointScope = scope == .global ? .global : .geo
        func rate(_ kind: BedrockRateKind, _ wanted: EndpointScope) -> CatalogRate? {
            model.billedRate(kind, region: region, scope: wanted)
        }
        let kinds = option.commitment.reservedRateKinds
        guard let inputRate = rate(kinds.input, reservedScope), let outputRate = rate(kinds.output, reservedScope)
        else {
            let offered = BedrockOption.Commitment.offered(in: .reserved).filter {
                rate($0.reservedRateKinds.input, reservedScope) != nil
            }
            let place = reservedScope == .global ? "on the global endpoint" : "for its geography"
            result.findings.append(
                .error(
                    .priceMissing,
                    "no reserved-capacity price (\(option.commitment.rawValue) term) for \(model.id) \(place) in \(region)"
                        + (offered.isEmpty
                            ? "; the catalog has none for it: refresh prices (`genai-plan pricing refresh`) or ask your AWS account team"
                            : "; the catalog has: \(offered.map(\.rawValue).joined(separator: ", "))")
                ))
            return result
        }
        let online = Fixed.one - workload.batchShare
        let inputCounted = workload.sentInputTokens * online * (Fixed.one - workload.cachedInputShare)
        let sides = [
            Side(
                label: "input", tokensPerRequest: inputCounted, rate: inputRate, minimum: Self.minimumInputTPM,
                given: option.reservedInputTPM),
            Side(
                label: "output", tokensPerRequest: workload.outputTokens * online, rate: outputRate,
                minimum: Self.minimumOutputTPM, given: option.reservedOutputTPM),
        ]
        let minutes = hoursPerMonth * 60
        var cost = CostFunction(fixed: .zero, perRequest: .zero)
        var reserved: [Int] = []
        for side in sides {
            let label = "reserved \(side.label) tokens a minute, \(option.commitment.rawValue) term"
            let perThousandMonth = hoursPerMonth * side.rate.price
            let tpm: Int
            if let given = side.given {
                tpm = max(given, side.minimum)
                if given < side.minimum {
                    result.findings.append(
                        .warning(
                            .invalidValue,
                            "reserved_\(side.label)_tpm \(Fixed(given).quantityText()) is below AWS's minimum reservation of \(Fixed(side.minimum).quantityText()) \(side.label) tokens a minute: priced at the minimum"
                        ))
                }
                cost.fixed += perThousandMonth * tpm / 1000
            } else {
                // 1K TPM of reservation covers this many requests a month at the peak.
                let peakPerRequest = side.tokensPerRequest * workload.peakToMean
                let covered: Fixed? = peakPerRequest > .zero ? Fixed(1000) * minutes / peakPerRequest : nil
                let tier = CostFunction.Tier(
                    perInstance: perThousandMonth, requestsPerInstance: covered, minimum: side.minimum / 1000)
                tpm = tier.instances(requests: requestsPerMonth) * 1000
                cost.tiers.append(tier)
                let peak = requestsPerMonth * peakPerRequest / minutes
                result.findings.append(
                    .note(
                        .sizing,
                        "reserved \(side.label) sized: peak \(peak.quantityText(maximumDecimals: 0)) \(side.label) tokens a minute (mean × peak-to-mean \(workload.peakToMean)) → \(Fixed(tpm).quantityText()), in whole 1K TPM, at least AWS's minimum of \(Fixed(side.minimum).quantityText())"
                    ))
            }
            reserved.append(tpm)
            result.items.append(
                LineItem(
                    description: "\(label) × \(Fixed(tpm).quantityText())",
                    quantity: hoursPerMonth * Fixed(tpm) / 1000, rate: side.rate))
        }
        result.inputTPM = reserved[0]
        result.outputTPM = reserved[1]

        // Per-token parts: cache reads, the overflow above a given reservation, the batch share.
        let volumes = BedrockUsageVolumes(workload: workload, requests: requestsPerMonth, batch: false)
        func onDemand(_ kind: BedrockRateKind) -> CatalogRate? {
            if let found = rate(kind, scope) { return found }
            guard let fallback = kind.traits.fallback, let found = rate(fallback, scope)
            else { return nil }
            result.findings.append(
                .note(.priceFallback, BedrockOnDemandEngine.fallbackMessage(model, kind.traits, fallback)))
            return found
        }
        func addPerToken(_ tokens: Fixed, _ kind: BedrockRateKind, _ words: String) -> Fixed? {
            guard tokens > .zero else { return .zero }
            guard let found = onDemand(kind) else {
                result.findings.append(
                    .error(.priceMissing, "no \(kind.label) price for \(model.id) in \(region) (\(words))"))
                return nil
            }
            let quantity = BedrockOnDemandEngine.quantity(tokens, in: found.unit)
            result.items.append(LineItem(description: "\(kind.label) \(words)", quantity: quantity, rate: found))
            return Self.pricePerToken(found)
        }
        let perRequest: [(Fixed, BedrockRateKind, String, Fixed)] = [
            (
                volumes[.cacheReadInput], .cacheRead, "(not counted against the reservation)",
                workload.sentInputTokens * online * workload.cachedInputShare
            ),
            (volumes[.batchInput], .batchInput, "(batch share)", workload.sentInputTokens * workload.batchShare),
            (volumes[.batchOutput], .batchOutput, "(batch share)", workload.outputTokens * workload.batchShare),
        ]
        for (tokens, kind, words, tokensPerRequest) in perRequest {
            if let pricePerToken = addPerToken(tokens, kind, words) {
                cost.perRequest += pricePerToken * tokensPerRequest
            }
        }
        // Overflow: under the load profile (peak hours at peak, the rest at the off-peak load; flat at
        // the mean without `peak_hours_per_day`), tokens above the reservation go to the Standard tier.
        let levels: [(share: Fixed, ratio: Fixed)] =
            workload.offPeakLoadRatio.map { offPeak in
                [
                    (workload.peakHoursPerDay / 24, workload.peakToMean),
                    ((Fixed(24) - workload.peakHoursPerDay) / 24, offPeak),
                ]
            } ?? [(Fixed.one, Fixed.one)]
        let overflowParts: [(Side, Int, [(BedrockRateKind, Fixed)])] = [
            (
                sides[0], reserved[0],
                [
                    (
                        .input,
                        workload.sentInputTokens * online
                            * (Fixed.one - workload.cachedInputShare - workload.cacheWriteShare)
                    ),
                    (
                        workload.cacheLifetime == .oneHour ? .cacheWriteOneHour : .cacheWrite,
                        workload.sentInputTokens * online * workload.cacheWriteShare
                    ),
                ]
            ),
            (sides[1], reserved[1], [(.output, workload.outputTokens * online)]),
        ]
        for (side, tpm, parts) in overflowParts where side.given != nil && side.tokensPerRequest > .zero {
            // Share of this side's tokens above the reservation: Σ share × max(0, ratio − reserved ÷ mean).
            let meanTPM = requestsPerMonth * side.tokensPerRequest / minutes
            var share = Fixed.zero
            if meanTPM > .zero {
                let reservedOverMean = Fixed(tpm) / meanTPM
                for level in levels where level.ratio > reservedOverMean {
                    share += level.share * (level.ratio - reservedOverMean)
                }
            }
            for (kind, tokensPerRequest) in parts where tokensPerRequest > .zero {
                guard let found = onDemand(kind) else {
                    result.findings.append(
                        .error(.priceMissing, "no \(kind.label) price for \(model.id) in \(region) (overflow)"))
                    continue
                }
                let pricePerToken = Self.pricePerToken(found)
                for level in levels where level.ratio > .zero {
                    // Above `knot` requests a month this level's load exceeds the reservation.
                    let knot = Fixed(tpm) * minutes / (side.tokensPerRequest * level.ratio)
                    cost.hinges.append(
                        CostFunction.Hinge(
                            knot: knot, slope: pricePerToken * tokensPerRequest * level.share * level.ratio))
                }
                let tokens = requestsPerMonth * tokensPerRequest * share
                guard tokens > .zero else { continue }
                result.items.append(
                    LineItem(
                        description: "\(kind.label) above the reservation (Standard tier)",
                        quantity: BedrockOnDemandEngine.quantity(tokens, in: found.unit), rate: found))
            }
            if share > .zero {
                result.findings.append(
                    .warning(
                        .reservationOverflow,
                        "\((share * 100).quantityText(maximumDecimals: 1))% of the \(side.label) tokens exceed the reservation of \(Fixed(tpm).quantityText()) a minute (peak \((requestsPerMonth * side.tokensPerRequest * workload.peakToMean / minutes).quantityText(maximumDecimals: 0))): they overflow to the Standard tier, billed on demand and subject to the on-demand quota"
                    ))
            }
        }
        let months = option.commitment.months
        let monthly = result.items.prefix(2).reduce(Fixed.zero) { $0 + $1.cost }
        result.findings.append(
            .note(
                .commitment,
                "the reservation is billed every hour of the \(months)-month term, used or not: \(monthly.dollars) a month, \((monthly * months).dollars) over the term; AWS sells it through your account team"
            ))
        result.findings.append(
            .note(
                .unpublishedFigure,
                "AWS's minimum reservation (\(Fixed(Self.minimumInputTPM).quantityText()) input, \(Fixed(Self.minimumOutputTPM).quantityText()) output tokens a minute) is read from the translated editions of the Bedrock user guide's service-tiers page; check it with your account team"
            ))
        result.cost = result.findings.contains { $0.severity == .error } ? nil : cost
        return result
    }
}
