/// One priced quantity: `quantity × unit price = cost`, with the price's source.
///
/// The cost is rounded to the cent, half away from zero, as on an AWS bill; an option's total
/// is the exact sum of its rounded line items, so the printed figures always add up.
public struct LineItem: Sendable, Hashable {
    public var description: String
    /// The quantity in the price's unit (e.g. 912.5 of `1K tokens`).
    public var quantity: Fixed
    public var unit: PriceUnit
    /// USD per `unit`, after any override or discount.
    public var unitPrice: Fixed
    /// `quantity × unitPrice`, rounded to the cent.
    public var cost: Fixed
    public var source: PriceSource
    /// How a profile override or discount changed the catalog price, if it did.
    public var adjustment: String?

    public init(description: String, quantity: Fixed, rate: CatalogRate) {
        self.description = description
        self.quantity = quantity
        self.unit = rate.unit
        self.unitPrice = rate.price
        self.cost = (quantity * rate.price).rounded(toDecimals: 2)
        self.source = rate.source
        self.adjustment = rate.adjustment
    }
}
