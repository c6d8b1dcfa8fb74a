import Foundation

/// Prices an open model served on Bedrock through Custom Model Import: copies × Custom Model Units
/// per copy × the CMU-minute price of the region and unit version, billed in 5-minute windows while
/// copies are active (a copy scales to zero after 5 idle minutes), plus storage per CMU-month.
package struct CustomModelImportEngine: Sendable {
    package init() {}

    /// AWS's billing window, in minutes.
    package static let windowMinutes = 5

    /// The architecture families Custom Model Import takes, by JumpStart id prefix (AWS, "Supported
    /// architectures" of Custom Model Import: Llama, Mistral, Mixtral, Flan-T5 among those JumpStart has).
    package static let supportedFamilies: [(prefix: String, family: String)] = [
        ("meta-textgeneration-llama", "Llama"), ("huggingface-llm-mistral", "Mistral"),
        ("huggingface-llm-mixtral", "Mixtral"), ("huggingface-text2text-flan-t5", "Flan-T5"),
    ]

    /// GB of accelerator memory one Custom Model Unit stands for in the derived CMU count, and the
    /// GPU a unit's throughput is estimated on: 8 CMUs cost almost exactly an ml.p4d.24xlarge (8 ×
    /// A100 40 GB) an hour, and the rule below reproduces every text model of AWS's stated table.
    package static let gigabytesPerUnit = 25.0
    package static let referenceInstance = "ml.p4d.24xlarge"

    /// The outcome of pricing one option.
    package struct Result: Sendable {
        package var items: [LineItem] = []
        package var findings: [Finding] = []
        package var tiers: [CostFunction.Tier] = []
        package var capacity: Fixed?
        package var unitsPerCopy: Int?
        package var copies: Int?
        package var serving: ServingPrediction?

        package var failed: Bool { findings.contains { $0.severity == .error && !$0.code.meansInfeasible } }
    }

    /// The family of an importable model; nil when Custom Model Import does not take it.
    package static func family(of model: OpenModel) -> String? {
        supportedFamilies.first { model.id.hasPrefix($0.prefix) }?.family
    }

    /// CMUs per copy derived where AWS states none: ⌈(bf16 weights + one full-context sequence's KV
    /// cache) ÷ 25 GB⌉, rounded up to a power of two. It gives AWS's figure for Llama 3.1 8B (2) and
    /// 70B (8), Mistral 7B (1), Mixtral 8x7B (4) and Flan-T5 XL (1); an estimate, said so where used.
    package static func derivedUnits(_ model: OpenModel) -> Int {
        let weights = model.parameters.approximateDouble * 2 / 1e9
        let cache = Double(model.kvCacheBytesPerToken ?? 0) * Double(model.contextWindow) / 1e9
        let exact = max(1, Int(((weights + cache) / gigabytesPerUnit).rounded(.up)))
        var units = 1
        while units < exact { units *= 2 }
        return units
    }

    /// 5-minute windows billed in a month of `windows` windows when `requests` requests arrive at
    /// random (Poisson) at the mean rate: each window with a request, and the idle window after it (a
    /// copy scales to zero only after 5 minutes without one): W × p × (2 − p), p = 1 − e^(−requests ÷ W),
    /// rounded up to whole windows. Of `share` of the windows (a tier's hours).
    package static func billedWindows(requests: Fixed, windows: Int, share: Fixed = .one) -> Int {
        guard windows > 0, requests > .zero else { return 0 }
        let p = 1 - exp(-requests.approximateDouble / Double(windows))
        let tierWindows = (share * windows).approximateDouble
        return min(Int(tierWindows.rounded(.up)), Int((tierWindows * p * (2 - p)).rounded(.up)))
    }

    package func price(
        model: OpenModel, option: BedrockImportOption, workload: Workload, requestsPerMonth: Fixed,
        hoursPerMonth: Fixed,
        region: String, catalog: PricingCatalog
    ) -> Result {
        var result = Result()
        guard Self.family(of: model) != nil else {
            result.findings.append(
                .error(
                    .wrongService,
                    "Custom Model Import does not take \(model.name) (it imports \(Self.supportedFamilies.map(\.family).joined(separator: ", ")) models among JumpStart's); serve it with `jumpstart: \(model.id)`"
                ))
            return result
        }
        let inferenceKey = CustomModelImportKey(region: region, version: option.unitVersion, kind: .inference)
        let storageKey = CustomModelImportKey(region: region, version: option.unitVersion, kind: .storage)
        guard let rate = catalog.customModelImport[inferenceKey] else {
            let priced = Set(catalog.customModelImport.keys.filter { $0.kind == .inference }.map(\.region)).sorted()
            result.findings.append(
                .error(
                    .priceMissing,
                    "no Custom Model Import price for unit version \(option.unitVersion) in \(region) (priced in \(priced.isEmpty ? "no region" : priced.joined(separator: ", "))); `genai-plan pricing refresh --region \(region)` reads it where AWS sells it"
                ))
            return result
        }

        // Custom Model Units a copy takes.
        let units: Int
        if let given = option.customModelUnits {
            units = given
            result.findings.append(
                .note(.sizing, "\(given) Custom Model Unit\(given == 1 ? "" : "s") a copy, as the profile states"))
        } else if let stated = model.customModelUnits {
            units = stated.perCopy
            result.findings.append(
                .note(
                    .sizing,
                    "\(units) Custom Model Unit\(units == 1 ? "" : "s") a copy, as AWS states for \(model.name) [\(stated.source.key), \(stated.source.date)]; Bedrock sets the exact number at import"
                ))
        } else {
            units = Self.derivedUnits(model)
            result.findings.append(
                .warning(
                    .unpublishedFigure,
                    "estimate: \(units) Custom Model Unit\(units == 1 ? "" : "s") a copy, derived (AWS states none for \(model.name)): ⌈(bf16 weights + one \(Fixed(model.contextWindow).quantityText())-token sequence's KV cache) ÷ \(Int(Self.gigabytesPerUnit)) GB⌉ to a power of two; Bedrock sets the exact number at import (`custom_model_units` in the option overrides it)"
                ))
        }
        result.unitsPerCopy = units

        let windows = Int((hoursPerMonth * 60 / Fixed(Self.windowMinutes)).approximateDouble.rounded(.up))
        let perCopyWindow = Fixed(units * Self.windowMinutes) * rate.price
        let windowUnit = CostFunction.Tier.ScaleToZero(windows: windows)

        // Copies: pinned, or sized from the peak and a copy's estimated throughput, up to max_copies.
        var peakShare = Fixed.one
        var tiers: [CostFunction.Tier]
        var demand: PeakDemand?
        if let copies = option.copies {
            tiers = [
                CostFunction.Tier(
                    perInstance: perCopyWindow, requestsPerInstance: nil, minimum: copies, scaleToZero: windowUnit)
            ]
        } else {
            guard let reference = catalog.instances[Self.referenceInstance] else {
                result.findings.append(
                    .error(
                        .priceMissing,
                        "\(Self.referenceInstance), the hardware a Custom Model Unit's throughput is estimated on, is not in the catalog"
                    ))
                return result
            }
            var copy = reference
            copy.name = "copy of \(units) CMU\(units == 1 ? "" : "s")"
            copy.acceleratorCount = units
            let peak = PeakDemand(
                model: model, precision: .bf16, instance: copy, workload: workload, requestsPerMonth: requestsPerMonth,
                scheduledHours: hoursPerMonth, catalog: catalog)
            demand = peak
            result.findings += peak.warnings
            peakShare = workload.peakHoursPerDay / 24
            tiers = [
                CostFunction.Tier(
                    perInstance: perCopyWindow,
                    requestsPerInstance: peak.requestsPerInstance(ratio: workload.peakToMean),
                    minimum: 1, maximum: option.maxCopies, scaleToZero: windowUnit.share(peakShare))
            ]
            if let ratio = workload.offPeakLoadRatio {
                tiers.append(
                    CostFunction.Tier(
                        perInstance: perCopyWindow, requestsPerInstance: peak.requestsPerInstance(ratio: ratio),
                        minimum: 1,
                        maximum: option.maxCopies, scaleToZero: windowUnit.share(Fixed.one - peakShare)))
            }
        }
        result.tiers = tiers
        let copies = tiers[0].instances(requests: requestsPerMonth)
        result.copies = copies

        // Line items: CMU-minutes of each tier's billed windows, then storage.
        for (index, tier) in tiers.enumerated() {
            let count = tier.instances(requests: requestsPerMonth)
            let billed = tier.scaleToZero?.billed(requests: requestsPerMonth) ?? windows
            let what =
                tiers.count == 1
                ? "" : (index == 0 ? ", peak \(workload.peakHoursPerDay) h/day" : ", off-peak")
            result.items.append(
                LineItem(
                    description:
                        "Custom Model Import: \(count) cop\(count == 1 ? "y" : "ies") × \(units) CMU\(units == 1 ? "" : "s") × \(billed) billed 5-minute windows\(what)",
                    quantity: Fixed(count * units * billed * Self.windowMinutes), rate: rate))
        }
        if let storage = catalog.customModelImport[storageKey] {
            result.items.append(
                LineItem(
                    description: "Custom Model Import storage: \(units) CMU\(units == 1 ? "" : "s") × 1 month",
                    quantity: Fixed(units), rate: storage))
        } else {
            result.findings.append(
                .error(
                    .priceMissing,
                    "no Custom Model Import storage price for unit version \(option.unitVersion) in \(region)"))
        }

        // What the windows and copies rest on.
        let active = Self.billedWindows(requests: requestsPerMonth, windows: windows)
        var note =
            "active \(active) of \(windows) 5-minute windows (\(EndpointSizing.format(Double(active) * 5 / 60, 1)) h): \(requestsPerMonth.quantityText(maximumDecimals: 0)) requests a month arriving at random, each active window and the idle one after it billed (copies scale to zero after 5 idle minutes)"
        if let demand {
            note +=
                "; copies: \(demand.explanation) → \(copies), a copy's throughput estimated as \(units) × A100 40 GB (8 CMUs cost what an \(Self.referenceInstance) does; AWS publishes no throughput per CMU)"
            result.serving = demand.capacity.prediction
            if demand.instancesNeeded > option.maxCopies {
                result.findings.append(
                    .error(
                        .underCapacity,
                        "the peak needs \(demand.instancesNeeded) copies; Bedrock runs at most \(option.maxCopies) (the default quota is 3 copies per imported model: raise it in Service Quotas and set `max_copies`); \(demand.servedPercent(by: option.maxCopies)) of the peak served"
                    ))
            }
            result.capacity = tiers[0].requestsPerInstance.map { $0 * option.maxCopies }
        }
        result.findings.append(.note(.sizing, note))
        if active < windows {
            result.findings.append(
                .note(
                    .schedule,
                    "copies scale to zero between requests: a request after 5 idle minutes waits for a cold start (tens of seconds, by model size)"
                ))
        }
        return result
    }
}
