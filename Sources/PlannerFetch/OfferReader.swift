import Foundation

/// One on-demand price dimension of an AWS Price List offer file, with the product attributes that
/// the catalog mapping needs.
public struct OfferPrice: Sendable, Hashable, Codable {
    public var sku: String
    public var productFamily: String
    public var attributes: [String: String]
    public var unit: String
    public var usd: String
    public var description: String
}

/// What a refresh keeps of one offer file: its identity and the relevant prices.
public struct OfferSummary: Sendable, Hashable, Codable {
    public var offerCode: String
    public var version: String
    public var publicationDate: String
    public var prices: [OfferPrice]
}

/// Reads an offer file (`products` and `terms.OnDemand`) from streamed JSON events, keeping only the
/// attributes the mapping uses and the products `keep` accepts. Memory stays proportional to the kept
/// products, not to the file; keys are compared as bytes and only kept values become strings.
public struct OfferReader: JSONEventHandler {
    static let keptAttributes: Set<String> = [
        "model", "titanModel", "modelUnit", "titanModelUnit", "servicename", "usagetype", "inferenceType", "feature",
        "regionCode", "locationType", "location", "instanceName", "instanceType", "component", "operation", "provider",
        "architectureName", "customModelUnitVersion",
    ]
    private static let keptAttributeNames: [String] = keptAttributes.sorted()
    private static let keptAttributeBytes: [[UInt8]] = keptAttributeNames.map { Array($0.utf8) }

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
        case sku(String)
        /// An index into `keptAttributeNames`.
        case attribute(Int)
    }

    private struct Product {
        var family = ""
        var attributes: [String: String] = [:]
    }

    /// The product being read: attributes as (index, value) pairs, a dictionary built only if it is kept.
    private var currentFamily = ""
    private var currentAttributes: [(Int, String)] = []

    /// The kept attributes of a product being read, looked up by name without building a dictionary.
    public struct AttributeLookup {
        let pairs: [(Int, String)]

        public subscript(name: String) -> String? {
            guard let index = OfferReader.keptAttributeNames.firstIndex(of: name) else { return nil }
            return pairs.first { $0.0 == index }?.1
        }
    }

    private let keep: @Sendable (String, AttributeLookup) -> Bool
    private var levels: [Level] = []
    private var pending = Key.other
    private var offerCode = ""
    private var version = ""
    private var publicationDate = ""
    private var products: [String: Product] = [:]
    private var currentSKU = ""
    private var termSKU = ""
    private var prices: [OfferPrice] = []
    private var dimension: (unit: String, usd: String, description: String) = ("", "", "")

    /// - Parameter keep: decides from the product family and kept attributes whether a product matters.
    public init(keep: @escaping @Sendable (String, AttributeLookup) -> Bool) { self.keep = keep }

    /// The summary, once the whole document was parsed.
    public func summary() -> OfferSummary {
        OfferSummary(
            offerCode: offerCode, version: version, publicationDate: publicationDate,
            prices: prices.sorted { ($0.sku, $0.unit, $0.usd) < ($1.sku, $1.unit, $1.usd) })
    }

    private static func equal(_ bytes: UnsafeRawBufferPointer, _ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount, let base = bytes.baseAddress else {
            return bytes.isEmpty && literal.utf8CodeUnitCount == 0
        }
        return memcmp(base, literal.utf8Start, bytes.count) == 0
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
        case .products?, .onDemand?: pending = .sku(String(decoding: bytes, as: UTF8.self))
        case .product?:
            pending =
                Self.equal(bytes, "productFamily")
                ? .productFamily : (Self.equal(bytes, "attributes") ? .attributes : .other)
        case .attributes?:
            pending =
                Self.keptAttributeBytes.firstIndex { $0.count == bytes.count && $0.elementsEqual(bytes) }.map {
                    .attribute($0)
                } ?? .other
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
        case (.products?, .sku(let sku)):
            level = .product
            currentSKU = sku
            currentFamily = ""
            currentAttributes.removeAll(keepingCapacity: true)
        case (.product?, .attributes): level = .attributes
        case (.terms?, .onDemand): level = .onDemand
        case (.onDemand?, .sku(let sku)):
            level = .skuTerms
            termSKU = sku
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
            // Decide on the pairs; build the dictionary only for a kept product.
            let lookup = AttributeLookup(pairs: currentAttributes)
            if keep(currentFamily, lookup) {
                var attributes: [String: String] = [:]
                for (index, value) in currentAttributes { attributes[Self.keptAttributeNames[index]] = value }
                products[currentSKU] = Product(family: currentFamily, attributes: attributes)
            }
        case .dimension?:
            if let product = products[termSKU], !dimension.usd.isEmpty {
                prices.append(
                    OfferPrice(
                        sku: termSKU, productFamily: product.family, attributes: product.attributes,
                        unit: dimension.unit,
                        usd: dimension.usd, description: dimension.description))
            }
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
        case .attribute(let index): currentAttributes.append((index, String(decoding: bytes, as: UTF8.self)))
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
    public static func read(path: String, keep: @escaping @Sendable (String, AttributeLookup) -> Bool) throws -> (
        summary: OfferSummary, bytes: Int
    ) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RefreshError(.fetchFailed, "\(path): cannot be read")
        }
        defer { try? handle.close() }
        let parser = StreamingJSONParser(handler: OfferReader(keep: keep))
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
