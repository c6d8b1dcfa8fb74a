import Foundation
import PlannerCore

/// Why a refresh stopped; the previous snapshot is untouched whenever one is thrown.
public struct RefreshError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure it is.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// The snapshot being replaced cannot be read or is not valid.
        case previousInvalid = "previous-invalid"
        /// A download, a region index or an offer file failed or was not what it should be.
        case fetchFailed = "fetch-failed"
        /// The snapshot built from the downloads is not valid.
        case candidateInvalid = "candidate-invalid"
        /// More prices would disappear than a refresh may drop.
        case shrink
        /// A price a profile needs would disappear.
        case requiredPriceLost = "required-price-lost"
        /// The destination could not be written.
        case writeFailed = "write-failed"
    }

    public var reason: Reason
    public var message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}

/// What a refresh asks for.
public struct RefreshRequest: Sendable {
    /// The Price List host, `https://pricing.us-east-1.amazonaws.com` unless replaced.
    public var endpoint: String
    /// The regions to refresh; empty with `allRegions` for every region the offers list.
    public var regions: [String]
    /// Refresh every region any offer's region index lists.
    public var allRegions = false
    /// The catalog directory written (the cache, or `Pricing/`).
    public var destination: String
    /// The previous snapshot's files (the destination's, else the bundled ones), by name, with the
    /// hand-kept `overrides.json` and `price-list-names.json`.
    public var previousFiles: [String: [UInt8]]
    public var allowShrink = false
    public var includeLocalZones = false
    /// Bedrock models and instances that profiles use, per region: refused if they would lose their price.
    public var required: [RequiredPrice] = []
    /// Whether to write `catalog.archive` beside the JSON files, so that the catalog loads fast (the
    /// CLI does for its cache, not for an `--output` directory such as the repository's `Pricing/`).
    public var writesArchive = false

    public init(endpoint: String, regions: [String], destination: String, previousFiles: [String: [UInt8]]) {
        self.endpoint = endpoint
        self.regions = regions
        self.destination = destination
        self.previousFiles = previousFiles
    }
}

/// The outcome of a refresh.
public struct RefreshOutcome: Sendable {
    /// One line per offer file: URL, version, publication date, SHA-256, prices kept.
    public var files: [String]
    public var added: Int
    public var removed: Int
    public var changed: Int
    public var kept: Int
    public var snapshot: String
    /// The regions refreshed.
    public var regions: [String] = []
    /// What the offer files mapped to: kept, skipped by reason, unmatched names, new models.
    public var mapping = PriceListMapper.Mapping()
}

/// Refreshes a pricing catalog from the AWS Price List Bulk API. It reads the offer index first,
/// then each offer's region index once, then the regional offer file of AmazonBedrock,
/// AmazonBedrockFoundationModels, AmazonBedrockService and AmazonSageMaker for every region asked
/// (or every region listed), parsed as they stream in; and, when the index lists SageMaker's
/// Savings Plans (`currentSavingsPlanIndexUrl`), each region's AWSMachineLearningSavingsPlans file. The new snapshot is validated against the
/// previous one (schema, prices, shrinkage) and written file by file through a temporary file,
/// fsync and rename; any failure, in any region, writes nothing.
public struct PricingRefresher: Sendable {
    public static let offers = [
        "AmazonBedrock", "AmazonBedrockFoundationModels", "AmazonBedrockService", "AmazonSageMaker",
    ]
    public static let defaultEndpoint = "https://pricing.us-east-1.amazonaws.com"
    /// Refused when more than this share of the previous snapshot's prices would disappear.
    public static let maximumLoss = 0.2

    public let fetcher: HTTPFetcher

    public init(fetcher: HTTPFetcher) { self.fetcher = fetcher }

    /// One offer as the offer index lists it, with its region index.
    struct ListedOffer {
        var code: String
        /// Region code → URL (or path) of the region's current offer file.
        var regions: [String: String]
        /// The region index of the offer's Savings Plans (`currentSavingsPlanIndexUrl`), when listed.
        var savingsPlanIndex: String?
    }

    /// One file a refresh read: the source its prices cite, the manifest's record and the summary line.
    struct ReadFile {
        var offer: String
        /// `offer`, or `Savings Plans offer`.
        var offerKind: String
        var region: String
        var url: String
        var version: String
        var publicationDate: String
        var sha256: String
        /// Prices kept from it.
        var prices: Int

        var source: PriceSource {
            PriceSource(
                key: "PL-\(offer)-\(region)",
                title:
                    "AWS Price List, \(offerKind) \(offer), \(region), version \(version), published \(publicationDate), SHA-256 \(sha256)",
                url: url, date: String(publicationDate.prefix(10)))
        }

        var record: JSONValue {
            .object([
                ("offer", .string(offer)), ("region", .string(region)), ("url", .string(url)),
                ("version", .string(version)), ("publication_date", .string(publicationDate)),
                ("sha256", .string(sha256)), ("prices", .number(prices)),
            ])
        }

        /// `URL: version V, published D, sha256 0123…, what`.
        func line(_ what: String) -> String {
            "\(url): version \(version), published \(publicationDate), sha256 \(sha256.prefix(16))…, \(what)"
        }
    }

    /// The Savings Plans offer SageMaker's rates are read from.
    public static let savingsPlansOffer = "AWSMachineLearningSavingsPlans"

    public func refresh(_ request: RefreshRequest) throws(RefreshError) -> RefreshOutcome {
        let previous: PricingCatalog
        do { previous = try CatalogDecoder.decode(files: request.previousFiles, origin: "previous") } catch {
            throw RefreshError(.previousInvalid, "the previous snapshot is not valid: \(error)")
        }
        let names = try PriceListNames(
            bytes: request.previousFiles[PriceListNames.fileName] ?? Array("{\"names\": {}}".utf8))
        let state = RefreshState(directory: request.destination)
        let base = request.endpoint.hasSuffix("/") ? String(request.endpoint.dropLast()) : request.endpoint
        var lines: [String] = []
        let listed = try listedOffers(base: base, lines: &lines)
        let regions = try Self.regions(request, listed: listed)
        var fetched: [String: [(summary: OfferSummary, source: PriceSource)]] = [:]
        var fileRecords: [JSONValue] = []
        for region in regions {
            for offer in listed {
                guard let path = offer.regions[region] else {
                    lines.append("\(offer.code) \(region): not offered in this region")
                    continue
                }
                let url = path.hasPrefix("http") ? path : base + path
                let (summary, result) = try offerFile(
                    url, offer: offer.code, region: region, state: state)
                let file = ReadFile(
                    offer: offer.code, offerKind: "offer", region: region, url: url, version: summary.version,
                    publicationDate: summary.publicationDate, sha256: result.sha256, prices: summary.prices.count)
                fetched[region, default: []].append((summary, file.source))
                fileRecords.append(file.record)
                lines.append(
                    file.line(
                        "\(summary.prices.count) prices\(result.notModified ? " (not modified: cached copy reused)" : "")"
                    ))
            }
        }
        // SageMaker's Savings Plans rates, when the offer index lists their region index.
        var planRates: [String: [InstanceRateKey: CatalogRate]] = [:]
        var planSources: [PriceSource] = []
        if let index = listed.first(where: { $0.code == "AmazonSageMaker" })?.savingsPlanIndex {
            let files = try savingsPlanFiles(index)
            for region in regions {
                guard let path = files[region] else {
                    lines.append("\(Self.savingsPlansOffer) \(region): not offered in this region")
                    continue
                }
                let url = path.hasPrefix("http") ? path : base + path
                let (summary, sha256) = try savingsPlanFile(url)
                var file = ReadFile(
                    offer: Self.savingsPlansOffer, offerKind: "Savings Plans offer", region: region, url: url,
                    version: summary.version, publicationDate: summary.publicationDate, sha256: sha256, prices: 0)
                let source = file.source
                for rate in summary.rates {
                    guard let plan = summary.plans[rate.planSKU],
                        let (instance, kind) = SavingsPlanReader.instanceUsage(rate.usageType),
                        previous.instances[instance] != nil, let usd = Fixed(rate.usd)
                    else { continue }
                    planRates[instance, default: [:]][InstanceRateKey(region: region, kind: kind, plan: plan)] =
                        CatalogRate(price: usd, unit: .hour, source: source)
                    file.prices += 1
                }
                planSources.append(source)
                fileRecords.append(file.record)
                lines.append(file.line("\(file.prices) Savings Plans rates of catalogued instances"))
            }
        }
        // Map, then merge: refreshed regions take the fetched prices; hand-kept prices the files lack survive.
        var mapper = PriceListMapper(catalog: previous, names: names)
        mapper.includeLocalZones = request.includeLocalZones
        var mapping = PriceListMapper.Mapping()
        for region in fetched.keys.sorted() { mapping.merge(mapper.map(fetched[region] ?? [], region: region)) }
        for (instance, rates) in planRates {
            mapping.instances[instance, default: [:]].merge(rates) { first, _ in first }
        }
        let keep = try KeepRules(overrides: request.previousFiles["overrides.json"])
        func kept(_ name: String, _ rate: CatalogRate) -> Bool { keep.keeps(name, rate) }
        let refreshed = Set(fetched.keys)
        var keptCount = 0
        var newBedrock: [String: [BedrockRateKey: CatalogRate]] = [:]
        for model in previous.bedrockModels.values {
            newBedrock[model.id] = Self.merged(
                model.rates, mapping.bedrock[model.id] ?? [:], refreshed: refreshed, region: \.region,
                name: { "bedrock/\(model.id)/\($0.region)/\($0.scope.rawValue)/\($0.kind.rawValue)" }, kept: kept,
                count: &keptCount)
        }
        for id in mapping.newModels.keys { newBedrock[id] = mapping.bedrock[id] ?? [:] }
        var newInstances: [String: [InstanceRateKey: CatalogRate]] = [:]
        for instance in previous.instances.values {
            newInstances[instance.name] = Self.merged(
                instance.rates, mapping.instances[instance.name] ?? [:], refreshed: refreshed, region: \.region,
                name: { "sagemaker/\(instance.name)/\($0.region)/\($0.kind.rawValue)" }, kept: kept, count: &keptCount)
        }
        let imports = Self.merged(
            previous.customModelImport, mapping.customModelImport, refreshed: refreshed, region: \.region,
            name: { "bedrock-import/v\($0.version)/\($0.region)/\($0.kind.rawValue)" }, kept: kept,
            count: &keptCount)
        let sources = fetched.values.flatMap { $0.map(\.source) } + planSources
        let dates = sources.map(\.date).sorted()
        let snapshot = "refreshed-\(dates.last ?? previous.date)"
        var files = try CatalogWriter.files(
            previous: request.previousFiles,
            prices: CatalogWriter.Prices(
                bedrock: newBedrock, newModels: mapping.newModels.values.sorted { $0.id < $1.id },
                instances: newInstances, customModelImport: imports),
            newSources: sources, snapshot: snapshot, date: dates.last ?? previous.date,
            regions: Set(previous.regions).union(refreshed).sorted(), priceListFiles: fileRecords)
        let candidate: PricingCatalog
        do { candidate = try CatalogDecoder.decode(files: files, origin: request.destination) } catch {
            throw RefreshError(.candidateInvalid, "the refreshed snapshot is not valid, nothing written: \(error)")
        }
        var outcome = try check(
            previous: previous, candidate: candidate, request: request, kept: keptCount, snapshot: snapshot,
            lines: lines)
        if request.writesArchive {
            files[CatalogArchive.fileName] = CatalogArchive.encode(
                candidate, fingerprint: CatalogArchive.fingerprint(of: files))
        }
        outcome.regions = regions
        outcome.mapping = mapping
        do {
            try AtomicWriter.write(files, to: request.destination)
        } catch {
            throw RefreshError(
                .writeFailed,
                "cannot write to \(request.destination): \(error.localizedDescription); the previous snapshot is unchanged"
            )
        }
        // The validators only make the next refresh cheaper: losing them is a note, not a failure.
        do { try state.save() } catch {
            outcome.files.append(
                "note: \(RefreshState.fileName) not saved (\(error.localizedDescription)); the next refresh downloads every file"
            )
        }
        return outcome
    }

    /// One set of rates after a refresh: the previous rates of regions not refreshed, the fetched
    /// ones, and previous rates of refreshed regions that the files lack but `overrides.json` keeps
    /// (counted in `count`).
    static func merged<Key: Hashable>(
        _ previous: [Key: CatalogRate], _ fetched: [Key: CatalogRate], refreshed: Set<String>,
        region: (Key) -> String, name: (Key) -> String, kept: (String, CatalogRate) -> Bool, count: inout Int
    ) -> [Key: CatalogRate] {
        var rates = previous.filter { !refreshed.contains(region($0.key)) }
        rates.merge(fetched) { _, new in new }
        for (key, rate) in previous where refreshed.contains(region(key)) && rates[key] == nil && kept(name(key), rate)
        {
            rates[key] = rate
            count += 1
        }
        return rates
    }

    /// The regions to refresh: those asked for, each of which some offer must list, or all listed.
    static func regions(_ request: RefreshRequest, listed: [ListedOffer]) throws(RefreshError) -> [String] {
        let available = Set(listed.flatMap(\.regions.keys))
        if request.allRegions { return available.sorted() }
        for region in request.regions where !available.contains(region) {
            throw RefreshError(
                .fetchFailed,
                "region '\(region)' is not listed by any offer of the Price List\(Suggestions.didYouMean(region, among: Array(available))); nothing written"
            )
        }
        return request.regions
    }

    /// The offers the offer index lists, each with its region index (fetched once per offer). An
    /// offer the index does not list is skipped with a line; its `currentRegionIndexUrl` is used when
    /// given, else the documented path.
    func listedOffers(base: String, lines: inout [String]) throws(RefreshError) -> [ListedOffer] {
        let indexURL = "\(base)/offers/v1.0/aws/index.json"
        let index = try document(indexURL, what: "an offer index", requiredKey: "offers")
        var result: [ListedOffer] = []
        for code in Self.offers {
            guard let entry = index["offers"]?[code] else {
                lines.append("\(code): not listed in the offer index")
                continue
            }
            var regionIndexURL = "\(base)/offers/v1.0/aws/\(code)/current/region_index.json"
            if case .string(let path)? = entry["currentRegionIndexUrl"], !path.isEmpty {
                regionIndexURL = path.hasPrefix("http") ? path : base + path
            }
            let regionIndex = try document(regionIndexURL, what: "a region index", requiredKey: "regions")
            var regions: [String: String] = [:]
            if case .object(let members)? = regionIndex["regions"] {
                for (region, value) in members {
                    if case .string(let path)? = value["currentVersionUrl"] { regions[region] = path }
                }
            }
            var savingsPlanIndex: String?
            if case .string(let path)? = entry["currentSavingsPlanIndexUrl"], !path.isEmpty {
                savingsPlanIndex = path.hasPrefix("http") ? path : base + path
            }
            result.append(ListedOffer(code: code, regions: regions, savingsPlanIndex: savingsPlanIndex))
        }
        return result
    }

    /// Region code → path of each region's file, from a Savings Plans region index
    /// (`{"regions": [{"regionCode", "versionUrl"}]}`).
    func savingsPlanFiles(_ url: String) throws(RefreshError) -> [String: String] {
        let index = try document(url, what: "a Savings Plans region index", requiredKey: "regions", kind: .array)
        var files: [String: String] = [:]
        if case .array(let entries)? = index["regions"] {
            for entry in entries {
                if case .string(let region)? = entry["regionCode"], case .string(let path)? = entry["versionUrl"] {
                    files[region] = path
                }
            }
        }
        return files
    }

    /// Streams one Savings Plans file through its reader.
    func savingsPlanFile(_ url: String) throws(RefreshError) -> (SavingsPlanSummary, String) {
        var parser: StreamingJSONParser<SavingsPlanReader>?
        let result: FetchResult
        do {
            result = try fetcher.fetch(url) {
                let streaming = StreamingJSONParser(handler: SavingsPlanReader())
                parser = streaming
                return streaming
            }
        } catch {
            throw RefreshError(.fetchFailed, error.description)
        }
        guard let parser else { throw RefreshError(.fetchFailed, "fetching \(url) failed: no body") }
        do { try parser.finish() } catch {
            throw RefreshError(.fetchFailed, "fetching \(url) failed: \(error)")
        }
        guard let summary = parser.handler?.summary() else {
            throw RefreshError(.fetchFailed, "fetching \(url) failed: no body")
        }
        guard !summary.plans.isEmpty || summary.rates.isEmpty else {
            throw RefreshError(
                .fetchFailed,
                "fetching \(url) failed: not a Savings Plans file (rates without the plans they belong to)")
        }
        return (summary, result.sha256)
    }

    /// A small JSON document (an index), which must have `requiredKey` as an object.
    /// The shape a document's required member has.
    enum MemberKind { case object, array }

    func document(_ url: String, what: String, requiredKey: String, kind: MemberKind = .object)
        throws(RefreshError) -> JSONValue
    {
        let sink = BufferSink()
        do {
            _ = try fetcher.fetch(url) {
                sink.reset()
                return sink
            }
        } catch {
            throw RefreshError(.fetchFailed, error.description)
        }
        let value: JSONValue
        do { value = try JSONParser.parse(sink.bytes) } catch {
            throw RefreshError(.fetchFailed, "fetching \(url) failed: invalid JSON at \(error)")
        }
        let found: Bool
        switch (kind, value[requiredKey]) {
        case (.object, .object?), (.array, .array?): found = true
        default: found = false
        }
        guard found else {
            throw RefreshError(.fetchFailed, "fetching \(url) failed: not \(what) (no `\(requiredKey)`)")
        }
        return value
    }

    /// Refuses a snapshot that loses more than 20% of the prices of any region (so that a failed region
    /// is not hidden by the others the catalog holds), or a price a profile needs.
    func check(
        previous: PricingCatalog, candidate: PricingCatalog, request: RefreshRequest, kept: Int, snapshot: String,
        lines: [String]
    ) throws(RefreshError) -> RefreshOutcome {
        let diff = PriceDiff(from: previous, to: candidate)
        let removed = diff.removedKeys
        let (added, changed) = (diff.added, diff.changed)
        if !request.allowShrink {
            let regions = Set(previous.regions)
            func region(_ key: String) -> String? {
                key.split(separator: "/").lazy.map(String.init).first(where: regions.contains)
            }
            var before: [String: Int] = [:]
            for (key, _) in previous.allPrices { if let region = region(key) { before[region, default: 0] += 1 } }
            var lost: [String: Int] = [:]
            for key in removed { if let region = region(key) { lost[region, default: 0] += 1 } }
            for (region, count) in lost.sorted(by: { $0.key < $1.key }) {
                let total = before[region] ?? count
                let share = Double(count) / Double(max(total, 1))
                if share > Self.maximumLoss {
                    throw RefreshError(
                        .shrink,
                        "refused: \(count) of \(total) prices in \(region) (\(Int((share * 100).rounded()))%) would disappear, more than \(Int(Self.maximumLoss * 100))%; nothing written"
                    )
                }
            }
            if let need = request.required.first(where: { $0.isPriced(in: previous) && !$0.isPriced(in: candidate) }) {
                throw RefreshError(
                    .requiredPriceLost,
                    "refused: \(need.name), used by a profile, would lose its price in \(need.region); nothing written"
                )
            }
        }
        return RefreshOutcome(
            files: lines, added: added, removed: removed.count, changed: changed, kept: kept, snapshot: snapshot)
    }

    /// Streams an offer file through the reader; on 304 reuses the summary kept from the last refresh.
    func offerFile(_ url: String, offer: String, region: String, state: RefreshState)
        throws(RefreshError) -> (OfferSummary, FetchResult)
    {
        let cached = state.entry(url)
        var parser: StreamingJSONParser<OfferReader>?
        let result: FetchResult
        do {
            result = try fetcher.fetch(url, validators: cached?.summary == nil ? nil : cached?.validators) {
                let streaming = StreamingJSONParser(handler: OfferReader(offer: offer, keep: Self.relevance(offer)))
                parser = streaming
                return streaming
            }
        } catch {
            throw RefreshError(.fetchFailed, error.description)
        }
        if result.notModified, let summary = cached?.summary {
            state.record(url, validators: result.validators, summary: summary, sha256: cached?.sha256 ?? "")
            var reused = result
            reused.sha256 = cached?.sha256 ?? ""
            return (summary, reused)
        }
        guard let parser else { throw RefreshError(.fetchFailed, "fetching \(url) failed: no body") }
        do { try parser.finish() } catch {
            throw RefreshError(.fetchFailed, "fetching \(url) failed: \(error)")
        }
        guard let summary = parser.handler?.summary() else {
            throw RefreshError(.fetchFailed, "fetching \(url) failed: no body")
        }
        guard summary.offerCode == offer else {
            throw RefreshError(
                .fetchFailed, "fetching \(url) failed: the file is offer '\(summary.offerCode)', expected '\(offer)'")
        }
        state.record(url, validators: result.validators, summary: summary, sha256: result.sha256)
        return (summary, result)
    }

    /// Which products of an offer matter: SageMaker's ML instances for hosting, training, batch
    /// transform and async inference; every Bedrock product.
    package static func relevance(_ offer: String) -> @Sendable (String, OfferReader.AttributeLookup) -> Bool {
        if offer == "AmazonSageMaker" {
            return { family, attributes in
                guard family == "ML Instance" else { return false }
                switch attributes[.component] {
                case "Hosting", "Training", "BatchTransform", "AsyncInf": return true
                default:
                    let usage = LowerText(attributes[.usagetype] ?? "")
                    return usage.contains("-host:") || usage.contains("-train:") || usage.contains("-tsform:")
                        || usage.contains("-asyncinf:")
                }
            }
        }
        return { _, _ in true }
    }
}

/// Collects a small body in memory (region indexes).
final class BufferSink: ByteSink {
    var bytes: [UInt8] = []
    func reset() { bytes.removeAll() }
    func consume(_ chunk: UnsafeRawBufferPointer) throws { bytes.append(contentsOf: chunk) }
}
