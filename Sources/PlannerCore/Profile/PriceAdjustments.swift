/// Negotiated or private prices that win over the catalog.
public struct PriceAdjustments: Sendable, Hashable {
    /// A discount in percent applied to every catalog price after overrides (0...100).
    public var discountPercent: Fixed
    public var overrides: [PriceOverride]

    public init(discountPercent: Fixed = .zero, overrides: [PriceOverride] = []) {
        self.discountPercent = discountPercent
        self.overrides = overrides
    }
}

/// A price that replaces (or adds to) the catalog's for one model or instance.
public enum PriceOverride: Sendable, Hashable {
    /// Bedrock token prices, in USD per 1K tokens; nil keeps the catalog's.
    case bedrock(model: String, inputPer1K: Fixed?, outputPer1K: Fixed?, perImage: Fixed?, modelUnitPerHour: Fixed?)
    /// A SageMaker instance's hourly price.
    case instance(name: String, perHour: Fixed)
}
