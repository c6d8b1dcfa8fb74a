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
        var models: [String: ModelResolution] = [:]
        for (summary, source) in summaries {
            for price in summary.prices {
                map(price, source: source, region: region, into: &mapping, models: &models)
            }
        }
        return mapping
    }

    /// What an AWS model name stands for: worked out once per name (it repeats in every rate of its
    /// model), counted for every price.
    private enum ModelResolution {
        case catalogued(id: String)
        /// A model the catalog lacks, added under its AWS name.
        case new(NewModel)
        /// A name the table leaves unmapped on purpose.
        case ignored(name: String)
        /// No name, or a name whose derived id a catalogued model already uses as an id or alias.
        case unmatched(name: String)
    }

    /// Where a rate went in its slot set.
    private enum Placement {
        case placed
        /// The slot already held the same price per base unit.
        case same
        case conflict(String)
    }

    private func map(
        _ price: OfferPrice, source: PriceSource, region: String, into mapping: inout Mapping,
        models: inout [String: ModelResolution]
    ) {
        if !price.region.isEmpty, price.region != region { return skip(.otherRegion, &mapping) }
        if !includeLocalZones, price.localZone { return skip(.localZone, &mapping) }
        guard let usd = Fixed(price.usd), usd >= .zero else { return skip(.negativeOrInvalid, &mapping) }
        /// Puts the rate in its slot; a slot already priced keeps its first price.
        func put<Key: Hashable>(_ key: Key, _ rate: CatalogRate, in slots: inout [Key: CatalogRate], name: String)
            -> Placement
        {
            guard let existing = slots[key] else {
                slots[key] = rate
                return .placed
            }
            guard existing.comparablePrice != rate.comparablePrice || existing.unit.baseUnit != rate.unit.baseUnit
            else { return .same }
            return .conflict(
                "\(name): \(existing.price) and \(usd) per \(rate.unit.rawValue) (\(price.sku)); kept the first")
        }
        let placement: Placement
        switch price.reading {
        case .skipped(let reason): return skip(reason, &mapping)
        case .instance(let name, let kind):
            guard catalog.instances[name] != nil else { return skip(.otherComponent, &mapping) }
            placement = put(
                InstanceRateKey(region: region, kind: kind), CatalogRate(price: usd, unit: .hour, source: source),
                in: &mapping.instances[name, default: [:]], name: "sagemaker/\(name)/\(region)/\(kind.rawValue)")
        case .customModelImport(let version, _):
            let key = CustomModelImportKey(region: region, version: version, kind: .inference)
            placement = put(
                key, CatalogRate(price: usd, unit: .customModelUnitMinute, source: source),
                in: &mapping.customModelImport, name: "bedrock-import/v\(version)/\(region)/inference")
        case .bedrock(let name, let kind, let scope, let unit):
            let resolution = models[name] ?? resolve(name, provider: price.provider)
            models[name] = resolution
            guard let id = Self.record(resolution, kind: kind, in: &mapping) else { return }
            let key = BedrockRateKey(region: region, scope: scope, kind: kind)
            placement = put(
                key, CatalogRate(price: usd, unit: unit, source: source), in: &mapping.bedrock[id, default: [:]],
                name: "bedrock/\(id)/\(region)/\(scope.rawValue)/\(kind.rawValue)")
        }
        switch placement {
        case .placed: mapping.mapped += 1
        case .same: break
        case .conflict(let conflict): mapping.conflicts.append(conflict)
        }
    }

    private func skip(_ reason: PriceListSkip, _ mapping: inout Mapping) { mapping.skipped[reason, default: 0] += 1 }

    /// What a priced model name stands for: a catalogued model, else a new model under its AWS name.
    private func resolve(_ rawName: String, provider: String?) -> ModelResolution {
        let name = Self.modelName(rawName)
        if let id = names.id(of: name, catalogNames: catalogNames) { return .catalogued(id: id) }
        guard !name.isEmpty else { return .unmatched(name: "(no model name)") }
        if names.ignoredReason(name) != nil { return .ignored(name: name) }
        let owner = names.provider(of: name, attribute: provider)
        let id = PriceListNames.derivedID(name: name, provider: owner)
        // A derived id that a catalogued model already uses as an id or alias is not a new model.
        if catalog.bedrockModels[id] != nil || catalogNames[PriceListNames.normalise(id)] != nil {
            return .unmatched(name: name)
        }
        return .new(NewModel(id: id, name: name, provider: owner, kind: Self.kind(of: name)))
    }

    /// Counts one price of a resolved name and returns the catalog id its rate goes to, if any. A
    /// new model's prices count as unmatched names (so `--verbose` lists them), and an image rate
    /// makes it an image model.
    private static func record(_ resolution: ModelResolution, kind: BedrockRateKind, in mapping: inout Mapping)
        -> String?
    {
        switch resolution {
        case .catalogued(let id): return id
        case .new(let model):
            mapping.unmatchedNames[model.name, default: 0] += 1
            var added = mapping.newModels[model.id] ?? model
            if kind.traits.image != nil { added.kind = .image }
            mapping.newModels[model.id] = added
            return model.id
        case .ignored(let name):
            mapping.ignoredNames[name, default: 0] += 1
            return nil
        case .unmatched(let name):
            mapping.unmatchedNames[name, default: 0] += 1
            return nil
        }
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
