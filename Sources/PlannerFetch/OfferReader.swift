import Foundation
import PlannerCore

/// A product attribute of an offer file that a refresh reads; the raw value is its name there.
public enum OfferAttribute: String, Sendable, Hashable, CaseIterable {
    case usagetype, feature, inferenceType, model, titanModel, modelUnit, titanModelUnit, servicename, provider
    case regionCode, locationType, instanceName, instanceType, component, architectureName, customModelUnitVersion

    /// The attribute's name in an offer file.
    public var name: String { rawValue }

    /// Attribute names by length, for matching a key's bytes without building a string.
    fileprivate static let byLength: [[(OfferAttribute, [UInt8])]] = {
        var table = [[(OfferAttribute, [UInt8])]](repeating: [], count: 32)
        for attribute in allCases { table[attribute.name.utf8.count].append((attribute, Array(attribute.name.utf8))) }
        return table
    }()

    /// The attribute a key names, if a refresh reads it.
    fileprivate static func named(_ bytes: UnsafeRawBufferPointer) -> OfferAttribute? {
        guard bytes.count < byLength.count, let base = bytes.baseAddress else { return nil }
        for (attribute, name) in byLength[bytes.count]
        where name.elementsEqual(UnsafeRawBufferPointer(start: base, count: bytes.count)) {
            return attribute
        }
        return nil
    }
}

/// The attributes of one product that a refresh reads: only those present, as (attribute, value)
/// pairs in one small array (a product has four to ten), so that the tens of thousands of products
/// a refresh holds while it waits for their terms stay small.
public struct OfferAttributes: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    private struct Pair: Sendable, Hashable {
        var attribute: OfferAttribute
        var value: String
    }

    private var pairs: ContiguousArray<Pair> = []

    public init() {}

    /// From attribute names as AWS spells them; names a refresh does not read are dropped.
    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements {
            if let attribute = OfferAttribute(rawValue: name) { self[attribute] = value }
        }
    }

    public subscript(_ attribute: OfferAttribute) -> String? {
        get {
            var index = 0
            while index < pairs.count {
                if pairs[index].attribute == attribute { return pairs[index].value }
                index += 1
            }
            return nil
        }
        set {
            if let index = pairs.firstIndex(where: { $0.attribute == attribute }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append(Pair(attribute: attribute, value: newValue))
            }
        }
    }

    fileprivate mutating func removeAll() { pairs.removeAll(keepingCapacity: true) }

    /// A copy holding exactly its pairs (the reader's scratch keeps a larger buffer).
    fileprivate func compacted() -> OfferAttributes {
        var copy = OfferAttributes()
        copy.pairs.reserveCapacity(pairs.count)
        copy.pairs.append(contentsOf: pairs)
        return copy
    }
}

/// One on-demand price dimension of an offer file as it stands in the file: the product's family
/// and attributes and the dimension's unit, price and description. The classifier reads it.
public struct OfferRecord: Sendable, Hashable {
    public var sku: String
    public var productFamily: String
    public var attributes: OfferAttributes
    public var unit: String
    public var usd: String
    public var description: String

    public init(
        sku: String, productFamily: String, attributes: OfferAttributes, unit: String, usd: String,
        description: String
    ) {
        self.sku = sku
        self.productFamily = productFamily
        self.attributes = attributes
        self.unit = unit
        self.usd = usd
        self.description = description
    }
}

/// One on-demand price of an offer file, read: what it is (its slot, or why it is skipped), where,
/// and its price as the decimal text AWS publishes.
public struct OfferPrice: Sendable, Hashable {
    public var sku: String
    /// The record's `regionCode`.
    public var region: String
    /// Whether the record is for an Outposts or a Local Zone location.
    public var localZone: Bool
    /// The record's `provider` attribute (AmazonBedrock names one; the Marketplace offer does not).
    public var provider: String?
    public var reading: PriceListReading
    public var usd: String

    /// Reads a record of `offer`.
    public init(_ record: OfferRecord, offer: String) {
        sku = record.sku
        region = record.attributes[.regionCode] ?? ""
        let location = LowerText(record.attributes[.locationType] ?? "")
        localZone = location.contains("outposts") || location.contains("local zone")
        provider = record.attributes[.provider]
        reading = PriceListClassifier.read(record, offer: offer)
        usd = record.usd
    }
}

extension OfferPrice {
    /// The price as one `|`-separated line (SKU, region, Local Zone, provider, USD, then the
    /// reading), as `.refresh-state.json` keeps it: a hundred thousand prices write in a fraction of
    /// a second. Nil when a field holds a `|` itself (no AWS name does; the file is then fetched in
    /// full next time).
    var storedText: String? {
        var fields = [sku, region, localZone ? "1" : "0", provider ?? "", usd]
        switch reading {
        case .bedrock(let model, let kind, let scope, let unit):
            fields += ["B", model, kind.rawValue, scope.rawValue, unit.rawValue]
        case .customModelImport(let version, let architecture): fields += ["I", version, architecture]
        case .instance(let name, let kind): fields += ["M", name, kind.rawValue]
        case .skipped(let reason): fields += ["S", reason.rawValue]
        }
        guard !fields.contains(where: { $0.contains("|") }) else { return nil }
        return fields.joined(separator: "|")
    }

    /// A price from its stored line; nil when the line is not one (the file is then fetched again).
    init?(storedText text: String) {
        let fields = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard fields.count >= 6 else { return nil }
        sku = fields[0]
        region = fields[1]
        localZone = fields[2] == "1"
        provider = fields[3].isEmpty ? nil : fields[3]
        usd = fields[4]
        let rest = Array(fields[5...])
        switch (rest.first, rest.count) {
        case ("B", 5):
            guard let kind = BedrockRateKind(rawValue: rest[2]), let scope = EndpointScope(rawValue: rest[3]),
                let unit = PriceUnit(rawValue: rest[4])
            else { return nil }
            reading = .bedrock(model: rest[1], kind: kind, scope: scope, unit: unit)
        case ("I", 3): reading = .customModelImport(version: rest[1], architecture: rest[2])
        case ("M", 3):
            guard let kind = InstanceRateKind(rawValue: rest[2]) else { return nil }
            reading = .instance(name: rest[1], kind: kind)
        case ("S", 2):
            guard let reason = PriceListSkip(rawValue: rest[1]) else { return nil }
            reading = .skipped(reason)
        default: return nil
        }
    }
}

/// What a refresh keeps of one offer file: its identity and its prices, read.
public struct OfferSummary: Sendable, Hashable {
    public var offerCode: String
    public var version: String
    public var publicationDate: String
    public var prices: [OfferPrice]
}

/// Reads an offer file (`products` and `terms.OnDemand`) from streamed JSON events, keeping the
/// attributes a refresh reads of the products `keep` accepts, and reading each of their on-demand
/// price dimensions as it arrives. Memory stays proportional to the kept products, not to the
/// file: keys are compared as bytes, SKUs are looked up by a 64-bit hash, and a value equal to the
/// previous product's value of the same attribute reuses its string.
public struct OfferReader: JSONEventHandler {
    /// Where an open container sits in the offer's layout.
    private enum Level {
        case root, products, product, attributes, terms, onDemand, skuTerms, term, priceDimensions, dimension,
            pricePerUnit, other
    }

    /// What the last key names, decided from its bytes in context.
    private enum Key {
        case other, offerCode, version, publicationDate, products, terms, onDemand, productFamily, attributes,
            priceDimensions
        case pricePerUnit, unit, description, usd
        case sku
        case attribute(OfferAttribute)
    }

    private struct Product {
        var sku: String
        var family: String
        var attributes: OfferAttributes
    }

    /// The kept attributes of a product being read, looked up without building its record.
    public struct AttributeLookup {
        let attributes: OfferAttributes
        public subscript(_ attribute: OfferAttribute) -> String? { attributes[attribute] }
    }

    private let offer: String
    private let keep: @Sendable (String, AttributeLookup) -> Bool
    private var levels: [Level] = []
    private var pending = Key.other
    private var offerCode = ""
    private var version = ""
    private var publicationDate = ""
    /// Kept products, and their indexes by the FNV-1a hash of the SKU (a collision falls back to `bySKU`).
    private var products: [Product] = []
    private var byHash: [UInt64: Int] = [:]
    private var bySKU: [String: Int] = [:]
    private var lastSKU: (hash: UInt64, text: String) = (0, "")
    private var currentFamily = ""
    private var currentAttributes = OfferAttributes()
    /// Attribute values seen, by the FNV-1a hash of their bytes: a file names a few dozen models,
    /// features and regions in tens of thousands of products, each kept once.
    private var interned: [UInt64: String] = [:]
    private var termProduct: Int?
    private var prices: [OfferPrice] = []
    private var dimension: (unit: String, usd: String, description: String) = ("", "", "")

    /// - Parameters:
    ///   - offer: the offer code the file should be (it decides how records are read).
    ///   - keep: decides from the product family and kept attributes whether a product matters.
    public init(offer: String, keep: @escaping @Sendable (String, AttributeLookup) -> Bool) {
        self.offer = offer
        self.keep = keep
    }

    /// The summary, once the whole document was parsed; prices in the file's order.
    public func summary() -> OfferSummary {
        OfferSummary(offerCode: offerCode, version: version, publicationDate: publicationDate, prices: prices)
    }

    private static func equal(_ bytes: UnsafeRawBufferPointer, _ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount, let base = bytes.baseAddress else {
            return bytes.isEmpty && literal.utf8CodeUnitCount == 0
        }
        return memcmp(base, literal.utf8Start, bytes.count) == 0
    }

    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    private static func same(_ text: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var text = text
        return text.withUTF8 { stored in
            guard stored.count == bytes.count else { return false }
            guard let left = stored.baseAddress, let right = bytes.baseAddress else { return true }
            return memcmp(left, right, bytes.count) == 0
        }
    }

    public mutating func key(_ bytes: UnsafeRawBufferPointer) {
        switch levels.last {
        case .root?:
            if Self.equal(bytes, "products") {
                pending = .products
            } else if Self.equal(bytes, "terms") {
                pending = .terms
            } else if Self.equal(bytes, "offerCode") {
                pending = .offerCode
            } else if Self.equal(bytes, "version") {
                pending = .version
            } else if Self.equal(bytes, "publicationDate") {
                pending = .publicationDate
            } else {
                pending = .other
            }
        case .products?:
            lastSKU = (Self.hash(bytes), String(decoding: bytes, as: UTF8.self))
            pending = .sku
        case .onDemand?:
            let hash = Self.hash(bytes)
            if let index = byHash[hash], Self.same(products[index].sku, bytes) {
                termProduct = index
            } else {
                termProduct = bySKU.isEmpty ? nil : bySKU[String(decoding: bytes, as: UTF8.self)]
            }
            pending = .sku
        case .product?:
            pending =
                Self.equal(bytes, "productFamily")
                ? .productFamily : (Self.equal(bytes, "attributes") ? .attributes : .other)
        case .attributes?:
            pending = OfferAttribute.named(bytes).map { .attribute($0) } ?? .other
        case .terms?: pending = Self.equal(bytes, "OnDemand") ? .onDemand : .other
        case .term?: pending = Self.equal(bytes, "priceDimensions") ? .priceDimensions : .other
        case .dimension?:
            if Self.equal(bytes, "unit") {
                pending = .unit
            } else if Self.equal(bytes, "description") {
                pending = .description
            } else {
                pending = Self.equal(bytes, "pricePerUnit") ? .pricePerUnit : .other
            }
        case .pricePerUnit?: pending = Self.equal(bytes, "USD") ? .usd : .other
        default: pending = .other
        }
    }

    public mutating func startObject() { open() }
    public mutating func startArray() { levels.append(.other) }
    public mutating func endArray() { levels.removeLast() }

    private mutating func open() {
        let level: Level
        switch (levels.last, pending) {
        case (nil, _): level = .root
        case (.root?, .products): level = .products
        case (.root?, .terms): level = .terms
        case (.products?, .sku):
            level = .product
            currentFamily = ""
            currentAttributes.removeAll()
        case (.product?, .attributes): level = .attributes
        case (.terms?, .onDemand):
            level = .onDemand
            // About one on-demand price per kept product: no doubling slack in the largest array.
            prices.reserveCapacity(products.count + 16)
        case (.onDemand?, .sku): level = .skuTerms
        case (.skuTerms?, _): level = .term
        case (.term?, .priceDimensions): level = .priceDimensions
        case (.priceDimensions?, _):
            level = .dimension
            dimension = ("", "", "")
        case (.dimension?, .pricePerUnit): level = .pricePerUnit
        default: level = .other
        }
        levels.append(level)
        pending = .other
    }

    public mutating func endObject() {
        switch levels.last {
        case .product?:
            if keep(currentFamily, AttributeLookup(attributes: currentAttributes)) {
                let index = products.count
                products.append(
                    Product(sku: lastSKU.text, family: currentFamily, attributes: currentAttributes.compacted()))
                if let existing = byHash[lastSKU.hash], products[existing].sku != lastSKU.text {
                    bySKU[lastSKU.text] = index
                } else {
                    byHash[lastSKU.hash] = index
                }
            }
        case .dimension?:
            if let index = termProduct, !dimension.usd.isEmpty {
                let product = products[index]
                let record = OfferRecord(
                    sku: product.sku, productFamily: product.family, attributes: product.attributes,
                    unit: dimension.unit, usd: dimension.usd, description: dimension.description)
                prices.append(OfferPrice(record, offer: offer))
            }
        case .skuTerms?:
            // A product has one on-demand entry: once it is read, its attributes are not needed again.
            if let index = termProduct { products[index].attributes = OfferAttributes() }
            termProduct = nil
        default: break
        }
        levels.removeLast()
    }

    public mutating func string(_ bytes: UnsafeRawBufferPointer) { value(bytes) }
    public mutating func literal(_ bytes: UnsafeRawBufferPointer) { value(bytes) }

    private mutating func value(_ bytes: UnsafeRawBufferPointer) {
        switch pending {
        case .offerCode: offerCode = String(decoding: bytes, as: UTF8.self)
        case .version: version = String(decoding: bytes, as: UTF8.self)
        case .publicationDate: publicationDate = String(decoding: bytes, as: UTF8.self)
        case .productFamily: currentFamily = String(decoding: bytes, as: UTF8.self)
        case .attribute(let attribute):
            // The usage type is unique to its product; every other value repeats across products.
            let hash = attribute == .usagetype ? nil : Self.hash(bytes)
            if let hash, let known = interned[hash], Self.same(known, bytes) {
                currentAttributes[attribute] = known
            } else {
                let text = String(decoding: bytes, as: UTF8.self)
                if let hash, interned[hash] == nil { interned[hash] = text }
                currentAttributes[attribute] = text
            }
        case .unit: dimension.unit = String(decoding: bytes, as: UTF8.self)
        case .description: dimension.description = String(decoding: bytes, as: UTF8.self)
        case .usd: dimension.usd = String(decoding: bytes, as: UTF8.self)
        default: break
        }
        pending = .other
    }
}

extension OfferReader {
    /// Streams an offer file from disk through the parser in 1 MB chunks, as a download would arrive.
    public static func read(
        path: String, offer: String, keep: @escaping @Sendable (String, AttributeLookup) -> Bool
    ) throws -> (summary: OfferSummary, bytes: Int) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RefreshError(.fetchFailed, "\(path): cannot be read")
        }
        defer { try? handle.close() }
        let parser = StreamingJSONParser(handler: OfferReader(offer: offer, keep: keep))
        var total = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            total += chunk.count
            try chunk.withUnsafeBytes { try parser.consume($0) }
        }
        try parser.finish()
        return (
            parser.handler?.summary() ?? OfferSummary(offerCode: "", version: "", publicationDate: "", prices: []),
            total
        )
    }
}
