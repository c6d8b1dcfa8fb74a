/// One priced quantity: `quantity × unit price = cost`, with the price's source.
///
/// The cost is exact (to 10⁻¹² USD, `Fixed`'s resolution), never rounded: an option's total is the
/// exact sum of its line items, and only text rounds, when it displays an amount.
public struct LineItem: Sendable, Hashable {
    public var description: String
    /// The quantity in the price's unit (e.g. 912.5 of `1K tokens`).
    public var quantity: Fixed
    public var unit: PriceUnit
    /// USD per `unit`, after any override or discount.
    public var unitPrice: Fixed
    /// `quantity × unitPrice`, exact.
    public var cost: Fixed
    public var source: PriceSource
    /// How a profile override or discount changed the catalog price, if it did.
    public var adjustment: String?

    public init(description: String, quantity: Fixed, rate: CatalogRate) {
        self.description = description
        self.quantity = quantity
        self.unit = rate.unit
        self.unitPrice = rate.price
        self.cost = quantity * rate.price
        self.source = rate.source
        self.adjustment = rate.adjustment
    }
}
