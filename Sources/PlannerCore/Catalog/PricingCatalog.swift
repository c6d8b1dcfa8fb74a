/// The pricing snapshot: every Bedrock model, SageMaker instance and open model the planner knows,
/// with prices per region and the source of each.
public struct PricingCatalog: Sendable, Equatable {
    /// The snapshot's name, e.g. `bundled-2026-11-29`.
    public var snapshot: String
    /// The day the snapshot was assembled (ISO 8601).
    public var date: String
    /// Where the snapshot was loaded from (`embedded`, or a directory path).
    public var origin: String
    public var currency: String
    public var regions: [String]
    public var sources: [String: PriceSource]
    public private(set) var bedrockModels: [String: BedrockModel]
    public private(set) var instances: [String: InstanceType]
    public private(set) var openModels: [String: OpenModel]
    public var throughputs: [MeasuredThroughput]
    /// Bedrock Custom Model Import prices, by region, Custom Model Unit version and kind.
    public private(set) var customModelImport: [CustomModelImportKey: CatalogRate]
    /// The earliest and latest date of the sources its prices cite (a snapshot is assembled on one
    /// day from prices published on many).
    public private(set) var priceDates: DateRange?
    public private(set) var unavailableModels: [UnavailableModel]
    /// Normalised ids and aliases → catalog ids, built once for `ModelResolver`.
    private(set) var names = NameIndex()

    /// Lookup tables from every id and alias a user may type.
    struct NameIndex: Sendable, Equatable {
        var bedrock: [String: String] = [:]
        var open: [String: String] = [:]
        var unavailable: [String: UnavailableModel] = [:]

        mutating func add(_ model: BedrockModel) {
            for name in [model.id] + model.aliases { bedrock[ModelResolver.normalise(name)] = model.id }
        }
    }

    public init(
        snapshot: String, date: String, origin: String, currency: String, regions: [String],
        sources: [String: PriceSource], bedrockModels: [BedrockModel], instances: [InstanceType],
        openModels: [OpenModel], throughputs: [MeasuredThroughput], unavailableModels: [UnavailableModel],
        customModelImport: [CustomModelImportKey: CatalogRate] = [:]
    ) {
        self.snapshot = snapshot
        self.date = date
        self.origin = origin
        self.currency = currency
        self.regions = regions
        self.sources = sources
        self.bedrockModels = Dictionary(bedrockModels.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.instances = Dictionary(instances.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.openModels = Dictionary(openModels.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.throughputs = throughputs
        self.unavailableModels = unavailableModels
        self.customModelImport = customModelImport
        for model in self.bedrockModels.values { names.add(model) }
        for model in self.openModels.values {
            for name in [model.id] + model.aliases { names.open[ModelResolver.normalise(name)] = model.id }
        }
        for model in unavailableModels {
            for name in [model.name] + model.aliases { names.unavailable[ModelResolver.normalise(name)] = model }
        }
        priceDates = Self.dateRange(of: self)
    }

    /// The range of the dates of the sources the catalog's prices cite.
    static func dateRange(of catalog: PricingCatalog) -> DateRange? {
        // Neighbouring rates mostly share a source: skip a repeat before hashing (a cold start loads
        // eleven thousand rates).
        var keys = Set<String>()
        var last = ""
        func note(_ rate: CatalogRate) {
            guard rate.source.key != last else { return }
            last = rate.source.key
            keys.insert(last)
        }
        for model in catalog.bedrockModels.values { for rate in model.rates.values { note(rate) } }
        for instance in catalog.instances.values { for rate in instance.rates.values { note(rate) } }
        for rate in catalog.customModelImport.values { note(rate) }
        let dates = keys.compactMap { catalog.sources[$0]?.date }.sorted()
        guard let first = dates.first, let last = dates.last else { return nil }
        return DateRange(first: first, last: last)
    }

    /// Replaces or adds a Bedrock model (used by price overrides).
    public mutating func upsert(_ model: BedrockModel) {
        if bedrockModels[model.id] == nil { names.add(model) }
        bedrockModels[model.id] = model
    }

    /// Replaces or adds an open model.
    public mutating func upsert(_ model: OpenModel) {
        openModels[model.id] = model
        for name in [model.id] + model.aliases { names.open[ModelResolver.normalise(name)] = model.id }
    }

    /// Replaces or adds an instance type (used by price overrides).
    public mutating func upsert(_ instance: InstanceType) { instances[instance.name] = instance }

    /// Replaces or adds a Custom Model Import price (used by the profile's discount).
    public mutating func upsert(_ rate: CatalogRate, for key: CustomModelImportKey) { customModelImport[key] = rate }

    /// Nil when the catalog prices `region`; else why not, with a "did you mean", the regions it
    /// covers, and those of the same geography.
    public func problem(withRegion region: String) -> String? {
        guard !regions.contains(region) else { return nil }
        let named = AWSRegion.name(region).map { " (\($0))" } ?? ""
        let covered =
            regions.count <= 6
            ? regions.joined(separator: ", ")
            : "\(regions.count) regions (`genai-plan pricing show --regions` lists them)"
        var message =
            "the pricing snapshot has no prices for region '\(region)'\(named)\(Suggestions.didYouMean(region, among: regions)); it covers \(covered)"
        if let geography = AWSRegion.geography(region) {
            let near = regions.filter { AWSRegion.geography($0) == geography }
            message +=
                near.isEmpty
                ? "; none in \(geography.rawValue)"
                : "; in \(geography.rawValue): \(near.map(AWSRegion.described).joined(separator: ", "))"
        }
        return message
    }

    /// Every price in the catalog as a flat list, ordered by a stable key: for listing and diffing.
    public var allPrices: [(key: String, rate: CatalogRate)] {
        var rows: [(key: String, rate: CatalogRate)] = []
        for model in bedrockModels.values {
            for (key, rate) in model.rates {
                rows.append(("bedrock/\(model.id)/\(key.region)/\(key.scope.rawValue)/\(key.kind.rawValue)", rate))
            }
        }
        for instance in instances.values {
            for (key, rate) in instance.rates {
                rows.append(("sagemaker/\(instance.name)/\(key.region)/\(key.kindPath)", rate))
            }
        }
        for (key, rate) in customModelImport {
            rows.append(("bedrock-import/v\(key.version)/\(key.region)/\(key.kind.rawValue)", rate))
        }
        return rows.sorted { $0.key < $1.key }
    }
}

extension PricingCatalog {
    /// An on-demand option of a Bedrock model at the nearest scope it is sold at in `region`
    /// (in-Region, else a geographic profile, else the global one).
    package func onDemandOption(_ id: String, region: String) -> BedrockOption {
        BedrockOption(model: id, endpoint: bedrockModels[id]?.onDemandScope(region: region) ?? .regional)
    }
}
