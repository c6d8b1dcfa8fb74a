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
/// products, not to the file.
public final class OfferReader: JSONEventHandler {
    static let keptAttributes: Set<String> = [
        "model", "titanModel", "servicename", "usagetype", "inferenceType", "feature", "regionCode", "locationType", "location",
        "instanceName", "instanceType", "component", "operation", "provider",
    ]

    private struct Product {
        var family = ""
        var attributes: [String: String] = [:]
    }

    private let keep: @Sendable (String, [String: String]) -> Bool
    private var depth = 0
    /// The key under which each open container sits, by depth (index 0: the root's members).
    private var keys: [String] = []
    private var pendingKey = ""
    private var offerCode = ""
    private var version = ""
    private var publicationDate = ""
    private var products: [String: Product] = [:]
    private var current = Product()
    private var prices: [OfferPrice] = []
    private var dimension: (unit: String, usd: String, description: String) = ("", "", "")

    /// - Parameter keep: decides from the product family and kept attributes whether a product matters.
    public init(keep: @escaping @Sendable (String, [String: String]) -> Bool) { self.keep = keep }

    /// The summary, once the whole document was parsed.
    public func summary() -> OfferSummary {
        OfferSummary(offerCode: offerCode, version: version, publicationDate: publicationDate, prices: prices.sorted { ($0.sku, $0.unit, $0.usd) < ($1.sku, $1.unit, $1.usd) })
    }

    private func key(at level: Int) -> String { level < keys.count ? keys[level] : "" }

    public func startObject() { open() }
    public func startArray() { open() }
    public func endArray() { close() }

    private func open() {
        keys.append(pendingKey)
        depth += 1
        // products.<sku>: a new product; terms.OnDemand.<sku>.<term>.priceDimensions.<rate>: a new dimension.
        if depth == 3, key(at: 1) == "products" { current = Product() }
        if depth == 7, key(at: 1) == "terms", key(at: 2) == "OnDemand", key(at: 5) == "priceDimensions" { dimension = ("", "", "") }
    }

    public func endObject() {
        if depth == 3, key(at: 1) == "products", keep(current.family, current.attributes) { products[key(at: 2)] = current }
        if depth == 7, key(at: 1) == "terms", key(at: 2) == "OnDemand", key(at: 5) == "priceDimensions",
            let product = products[key(at: 3)], !dimension.usd.isEmpty
        {
            prices.append(OfferPrice(
                sku: key(at: 3), productFamily: product.family, attributes: product.attributes, unit: dimension.unit,
                usd: dimension.usd, description: dimension.description))
        }
        close()
    }

    private func close() {
        keys.removeLast()
        depth -= 1
    }

    public func key(_ bytes: UnsafeRawBufferPointer) {
        // Only materialise keys at levels the reader looks at.
        if depth <= 8 { pendingKey = String(decoding: bytes, as: UTF8.self) } else { pendingKey = "" }
    }

    public func string(_ bytes: UnsafeRawBufferPointer) { value(bytes) }
    public func literal(_ bytes: UnsafeRawBufferPointer) { value(bytes) }

    private func value(_ bytes: UnsafeRawBufferPointer) {
        switch depth {
        case 1:
            switch pendingKey {
            case "offerCode": offerCode = String(decoding: bytes, as: UTF8.self)
            case "version": version = String(decoding: bytes, as: UTF8.self)
            case "publicationDate": publicationDate = String(decoding: bytes, as: UTF8.self)
            default: break
            }
        case 3 where key(at: 1) == "products":
            if pendingKey == "productFamily" { current.family = String(decoding: bytes, as: UTF8.self) }
        case 4 where key(at: 1) == "products" && key(at: 3) == "attributes":
            if Self.keptAttributes.contains(pendingKey) { current.attributes[pendingKey] = String(decoding: bytes, as: UTF8.self) }
        case 7 where key(at: 1) == "terms" && key(at: 2) == "OnDemand" && key(at: 5) == "priceDimensions":
            switch pendingKey {
            case "unit": dimension.unit = String(decoding: bytes, as: UTF8.self)
            case "description": dimension.description = String(decoding: bytes, as: UTF8.self)
            default: break
            }
        case 8 where key(at: 7) == "pricePerUnit" && key(at: 5) == "priceDimensions":
            if pendingKey == "USD" { dimension.usd = String(decoding: bytes, as: UTF8.self) }
        default: break
        }
    }
}
