/// A price a profile prices with: a refresh that would lose it is refused.
public struct RequiredPrice: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A Bedrock model's prices in the region (any of them).
        case bedrockModel
        /// An instance's hosting price in the region.
        case instanceHosting
    }

    public var kind: Kind
    /// The catalog id of the model, or the instance type.
    public var name: String
    public var region: String

    public init(kind: Kind, name: String, region: String) {
        self.kind = kind
        self.name = name
        self.region = region
    }

    /// Whether `catalog` has the price.
    public func isPriced(in catalog: PricingCatalog) -> Bool {
        switch kind {
        case .bedrockModel: catalog.bedrockModels[name]?.regions.contains(region) == true
        case .instanceHosting: catalog.instances[name]?.rate(.hosting, region: region) != nil
        }
    }
}
