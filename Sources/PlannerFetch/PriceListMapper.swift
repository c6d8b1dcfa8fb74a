import Foundation
import PlannerCore

/// Maps AWS Price List prices onto catalog slots: each price is read by `PriceListClassifier`
/// (kind, endpoint scope, unit), its model found through the name table (`PriceListNames`), and
/// put in its own slot, or skipped by name and counted, never in another kind's slot. A model the
/// Price List prices and the catalog lacks becomes a new model under its AWS name.
public struct PriceListMapper: Sendable {
    public let catalog: PricingCatalog
    /// Also map Outposts and Local Zone prices (skipped by default).
    public var includeLocalZones = false
    let names: PriceListNames
    /// The catalog's own names, ids and aliases, normalised → catalog id.
    private let catalogNames: [String: String]

    public init(catalog: PricingCatalog, names: PriceListNames) {
        self.catalog = catalog
        self.names = names
        var catalogNames: [String: String] = [:]
        for model in catalog.bedrockModels.values.sorted(by: { $0.id > $1.id }) {
            let bare = model.id.split(separator: ".", maxSplits: 1).last.map(String.init) ?? model.id
            for name in [model.name, model.id, bare] + model.aliases {
                catalogNames[PriceListNames.normalise(name)] = model.id
            }
        }
        self.catalogNames = catalogNames
    }

    /// A model the Price List prices and the catalog lacks, as a refresh adds it.
    public struct NewModel: Sendable, Hashable {
        public var id: String
        /// The name AWS gives it.
        public var name: String
        public var provider: String
        public var kind: ModelKind
    }

    /// What a region's offer files map to.
    public struct Mapping: Sendable {
        public var bedrock: [String: [BedrockRateKey: CatalogRate]] = [:]
        public var instances: [String: [InstanceRateKey: CatalogRate]] = [:]
        public var customModelImport: [CustomModelImportKey: CatalogRate] = [:]
        /// Models added because the catalog lacks them, by id.
        public var newModels: [String: NewModel] = [:]
        /// Prices whose AWS model name matched no catalogued model, by name: the refresh adds them
        /// as new models; a maintainer maps a name that is a catalogued model spelt differently.
        public var unmatchedNames: [String: Int] = [:]
        /// Prices deliberately left unmapped by the name table, by name.
        public var ignoredNames: [String: Int] = [:]
        /// Prices skipped by reason.
        package var skipped: [PriceListSkip: Int] = [:]
        /// Prices kept (mapped into a slot).
        public var mapped = 0
        /// Slots two records price differently: the first (by SKU) is kept.
        public var conflicts: [String] = []

        mutating func merge(_ other: Mapping) {
            for (id, rates) in other.bedrock { bedrock[id, default: [:]].merge(rates) { first, _ in first } }
            for (name, rates) in other.instances { instances[name, default: [:]].merge(rates) { first, _ in first } }
            customModelImport.merge(other.customModelImport) { first, _ in first }
            newModels.merge(other.newModels) { first, _ in first }
            unmatchedNames.merge(other.unmatchedNames, uniquingKeysWith: +)
            ignoredNames.merge(other.ignoredNames, uniquingKeysWith: +)
            skipped.merge(other.skipped, uniquingKeysWith: +)
            mapped += other.mapped
            conflicts += other.conflicts
        }
    }

    /// The rates of one region's offer files.
    public func map(_ summaries: [(summary: OfferSummary, source: PriceSource)], region: String) -> Mapping {
        var mapping = Mapping()
        var models = ModelCache()
        for (summary, source) in summaries {
            for price in summary.prices {
                map(price, offer: summary.offerCode, source: source, region: region, into: &mapping, models: &models)
            }
        }
        return mapping
    }

    /// Catalog ids by AWS model name as they were resolved, so that a name (repeated by every rate
    /// of its model) is normalised and looked up once.
    private struct ModelCache {
        var ids: [String: String?] = [:]
    }

    private func map(
        _ price: OfferPrice, offer: String, source: PriceSource, region: String, into mapping: inout Mapping,
        models: inout ModelCache
    ) {
        if !price.region.isEmpty, price.region != region { return skip(.otherRegion, &mapping) }
        if !includeLocalZones, price.localZone { return skip(.localZone, &mapping) }
        guard let usd = Fixed(price.usd), usd >= .zero else { return skip(.negativeOrInvalid, &mapping) }
        /// Puts the rate in its slot; a slot already priced keeps its first price, a different one is a conflict.
        func put<Key: Hashable>(_ key: Key, _ rate: CatalogRate, in slots: inout [Key: CatalogRate], name: String)
            -> String?
        {
            guard let existing = slots[key] else {
                slots[key] = rate
                return nil
            }
            guard existing.comparablePrice != rate.comparablePrice || existing.unit.baseUnit != rate.unit.baseUnit
            else { return "" }
            return "\(name): \(existing.price) and \(usd) per \(rate.unit.rawValue) (\(price.sku)); kept the first"
        }
        var outcome: String?
        switch price.reading {
        case .skipped(let reason): return skip(reason, &mapping)
        case .instance(let name, let kind):
            guard catalog.instances[name] != nil else { return skip(.otherComponent, &mapping) }
            outcome = put(
                InstanceRateKey(region: region, kind: kind), CatalogRate(price: usd, unit: .hour, source: source),
                in: &mapping.instances[name, default: [:]], name: "sagemaker/\(name)/\(region)/\(kind.rawValue)")
        case .customModelImport(let version, _):
            let key = CustomModelImportKey(region: region, version: version, kind: .inference)
            outcome = put(
                key, CatalogRate(price: usd, unit: .customModelUnitMinute, source: source),
                in: &mapping.customModelImport, name: "bedrock-import/v\(version)/\(region)/inference")
        case .bedrock(let name, let kind, let scope, let unit):
            let id: String?
            if let known = models.ids[name] {
                id = known
                if let id, mapping.newModels[id] != nil {
                    // Another rate of a new model: counted, and an image rate makes it an image model.
                    mapping.unmatchedNames[Self.modelName(name), default: 0] += 1
                    if kind.traits.image != nil { mapping.newModels[id]?.kind = .image }
                } else if id == nil {
                    count(unresolved: name, &mapping)
                }
            } else {
                id = modelID(name, provider: price.provider, kind: kind, mapping: &mapping)
                models.ids[name] = .some(id)
            }
            guard let id else { return }
            let key = BedrockRateKey(region: region, scope: scope, kind: kind)
            outcome = put(
                key, CatalogRate(price: usd, unit: unit, source: source), in: &mapping.bedrock[id, default: [:]],
                name: "bedrock/\(id)/\(region)/\(scope.rawValue)/\(kind.rawValue)")
        }
        switch outcome {
        case nil: mapping.mapped += 1
        case let conflict? where !conflict.isEmpty: mapping.conflicts.append(conflict)
        default: break
        }
    }

    private func skip(_ reason: PriceListSkip, _ mapping: inout Mapping) { mapping.skipped[reason, default: 0] += 1 }

    /// Counts another price of a name that resolved to no model (no name, a name left unmapped, or a
    /// derived id a catalogued model already uses).
    private func count(unresolved name: String, _ mapping: inout Mapping) {
        let name = Self.modelName(name)
        if name.isEmpty {
            mapping.unmatchedNames["(no model name)", default: 0] += 1
        } else if names.ignoredReason(name) != nil {
            mapping.ignoredNames[name, default: 0] += 1
        } else {
            mapping.unmatchedNames[name, default: 0] += 1
        }
    }

    /// The catalog id of a priced model: a catalogued one, else a new model (counted as unmatched).
    private func modelID(_ name: String, provider: String?, kind: BedrockRateKind, mapping: inout Mapping) -> String? {
        let name = Self.modelName(name)
        if let id = names.id(of: name, catalogNames: catalogNames) { return id }
        guard !name.isEmpty else {
            mapping.unmatchedNames["(no model name)", default: 0] += 1
            return nil
        }
        if names.ignoredReason(name) != nil {
            mapping.ignoredNames[name, default: 0] += 1
            return nil
        }
        mapping.unmatchedNames[name, default: 0] += 1
        let owner = names.provider(of: name, attribute: provider)
        let id = PriceListNames.derivedID(name: name, provider: owner)
        // A derived id that a catalogued model already uses as an id or alias is not a new model.
        if catalog.bedrockModels[id] != nil || catalogNames[PriceListNames.normalise(id)] != nil { return nil }
        var model = mapping.newModels[id] ?? NewModel(id: id, name: name, provider: owner, kind: Self.kind(of: name))
        if kind.traits.image != nil { model.kind = .image }
        mapping.newModels[id] = model
        return id
    }

    /// The model's product name without the Marketplace suffix, trimmed.
    static func modelName(_ name: String) -> String {
        var name = name.trimmingCharacters(in: .whitespaces)
        for suffix in [" (Amazon Bedrock Edition)", " (Amazon Bedrock)"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        return name
    }

    /// The kind of a new model from its name: embeddings by name ("Embed"), multimodal when the
    /// name says so or is one of the multimodal lines (TwelveLabs Marengo, Cohere Embed v4), else
    /// text; image models are told by their image rates.
    static func kind(of name: String) -> ModelKind {
        let lowered = name.lowercased()
        guard lowered.contains("embed") else { return .text }
        return ["multimodal", "image", "marengo", "v4"].contains { lowered.contains($0) }
            ? .multimodalEmbedding : .embedding
    }
}
