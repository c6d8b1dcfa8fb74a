import Foundation
import PlannerCore

/// Maps AWS Price List prices onto catalog rates: Bedrock prices by model name, usage type and
/// inference type (never by taking a minimum, which returns the batch price); SageMaker prices by
/// instance name and component. Units are normalised to the catalog's.
public struct PriceListMapper: Sendable {
    public let catalog: PricingCatalog
    /// Also map Outposts and Local Zone prices (skipped by default).
    public var includeLocalZones = false
    private let names: [String: String]

    public init(catalog: PricingCatalog) {
        self.catalog = catalog
        var names: [String: String] = [:]
        for model in catalog.bedrockModels.values {
            let bare = model.id.split(separator: ".", maxSplits: 1).last.map(String.init) ?? model.id
            for name in [model.name, model.id, bare] + model.aliases { names[Self.compact(name)] = model.id }
        }
        self.names = names
    }

    /// Lower-case letters and digits only, without the Marketplace suffix: `Claude 3 Haiku` → `claude3haiku`.
    static func compact(_ name: String) -> String {
        let lowered = name.lowercased().replacingOccurrences(of: "(amazon bedrock edition)", with: "")
        return String(
            lowered.unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }.map(Character.init))
    }

    static func unit(_ text: String) -> PriceUnit? {
        switch text.lowercased() {
        case "1k tokens", "1k token": .thousandTokens
        case "1m tokens", "1m token": .millionTokens
        case "tokens", "token": .token
        case "hrs", "hr", "hours", "hour": .hour
        case "image", "images": .image
        default: nil
        }
    }

    /// The Bedrock rate kind and endpoint scope a usage type names (on-demand, batch, cache read and
    /// write, flex and priority tiers, customization), or nil for prices the catalog does not model
    /// (latency-optimised, long context, custom-model inference, 1-hour cache, reserved, provisioned).
    static func bedrockKind(usageType: String, inferenceType: String) -> (BedrockRateKind, EndpointScope)? {
        let usage = usageType.lowercased()
        let skipped = [
            "latency-optimized", "latency_optimized", "custom-model", "long-context", "reserved", "1h", "provisioned",
            "video",
        ]
        if skipped.contains(where: { usage.contains($0) }) { return nil }
        let global = usage.contains("global")
        let batch = usage.contains("batch") || inferenceType.lowercased().contains("batch")
        let scope: EndpointScope = global ? .global : .regional
        let input = usage.contains("input-token") || usage.contains("inputtoken")
        let output = usage.contains("output-token") || usage.contains("outputtoken")
        // Service tiers, told apart by usage type (`-flex`, `-priority`) and inference type.
        let tierText = usage + " " + inferenceType.lowercased()
        if tierText.contains("flex") || tierText.contains("priority") {
            guard !batch, input || output else { return nil }
            let flex = tierText.contains("flex")
            return (input ? (flex ? .flexInput : .priorityInput) : (flex ? .flexOutput : .priorityOutput), scope)
        }
        if usage.contains("customization") { return batch || global ? nil : (.trainingTokens, .regional) }
        if usage.contains("cache-read") || usage.contains("cacheread") { return batch ? nil : (.cacheRead, scope) }
        if usage.contains("cache-write") || usage.contains("cachewrite") { return batch ? nil : (.cacheWrite, scope) }
        if input { return batch ? (global ? nil : (.batchInput, .regional)) : (.input, scope) }
        if output { return batch ? (global ? nil : (.batchOutput, .regional)) : (.output, scope) }
        if usage.contains("image") { return (.image, scope) }
        return nil
    }

    /// Rates per Bedrock model and per instance, from the summaries of one region's offer files.
    public func map(_ summaries: [(summary: OfferSummary, source: PriceSource)], region: String) -> (
        bedrock: [String: [BedrockRateKey: CatalogRate]], instances: [String: [InstanceRateKey: CatalogRate]],
        unmatched: Int
    ) {
        var bedrock: [String: [BedrockRateKey: CatalogRate]] = [:]
        var instances: [String: [InstanceRateKey: CatalogRate]] = [:]
        var unmatched = 0
        for (summary, source) in summaries {
            for price in summary.prices {
                let attributes = price.attributes
                if let code = attributes["regionCode"], code != region { continue }
                let location = (attributes["locationType"] ?? "").lowercased()
                if !includeLocalZones, location.contains("outposts") || location.contains("local zone") { continue }
                guard let unit = Self.unit(price.unit), let usd = Fixed(price.usd), usd >= .zero else {
                    unmatched += 1
                    continue
                }
                let rate = CatalogRate(price: usd, unit: unit, source: source)
                if summary.offerCode == "AmazonSageMaker" {
                    guard unit == .hour, let (instance, kind) = sageMakerKey(attributes),
                        catalog.instances[instance] != nil
                    else {
                        unmatched += 1
                        continue
                    }
                    let key = InstanceRateKey(region: region, kind: kind)
                    if instances[instance, default: [:]][key] == nil { instances[instance, default: [:]][key] = rate }
                } else {
                    let name = attributes["model"] ?? attributes["titanModel"] ?? attributes["servicename"] ?? ""
                    guard let id = names[Self.compact(name)],
                        let (kind, scope) = Self.bedrockKind(
                            usageType: attributes["usagetype"] ?? "", inferenceType: attributes["inferenceType"] ?? "")
                    else {
                        unmatched += 1
                        continue
                    }
                    let key = BedrockRateKey(region: region, scope: scope, kind: kind)
                    if bedrock[id, default: [:]][key] == nil { bedrock[id, default: [:]][key] = rate }
                }
            }
        }
        return (bedrock, instances, unmatched)
    }

    /// Instance and component of a SageMaker price: `instanceName`, else the usage type (`USE1-Host:ml.g5.xlarge`).
    func sageMakerKey(_ attributes: [String: String]) -> (String, InstanceRateKind)? {
        let usage = attributes["usagetype"] ?? ""
        var instance = attributes["instanceName"] ?? attributes["instanceType"] ?? ""
        if instance.isEmpty || instance == "NA", let colon = usage.lastIndex(of: ":") {
            instance = String(usage[usage.index(after: colon)...])
        }
        let component = (attributes["component"] ?? "").lowercased()
        let kind: InstanceRateKind
        if component == "hosting" || usage.contains("Host:") {
            kind = .hosting
        } else if component == "training" || usage.contains("Train:") {
            kind = .training
        } else if component == "asyncinf" || usage.contains("AsyncInf:") {
            kind = .asyncInference
        } else {
            return nil
        }
        return instance.hasPrefix("ml.") ? (instance, kind) : nil
    }
}
