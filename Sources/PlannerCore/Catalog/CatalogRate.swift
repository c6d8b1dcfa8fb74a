/// One price from the catalog: an amount in USD per unit, with its source.
public struct CatalogRate: Sendable, Hashable {
    /// USD per `unit`.
    public var price: Fixed
    public var unit: PriceUnit
    public var source: PriceSource
    /// Set when a profile override or discount changed the catalog price; says how.
    public var adjustment: String?

    public init(price: Fixed, unit: PriceUnit, source: PriceSource, adjustment: String? = nil) {
        self.price = price
        self.unit = unit
        self.source = source
        self.adjustment = adjustment
    }
}

/// What a SageMaker instance rate is for (the Price List's `component`).
public enum InstanceRateKind: String, Sendable, Hashable, CaseIterable {
    case hosting
    case training
    case batchTransform = "batch_transform"
    case asyncInference = "async"
}

/// Where a Bedrock request is served: in its Region, through a geographic cross-Region inference
/// profile (`us.`, `eu.`, `apac.`, ...), or through the `global.` profile.
public enum EndpointScope: String, Sendable, Hashable, CaseIterable {
    case regional
    /// Billed at the source Region's price unless the Price List prices it apart (reserved capacity does).
    case geo
    case global
}
