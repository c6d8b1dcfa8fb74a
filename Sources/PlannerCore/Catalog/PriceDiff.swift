/// The prices two catalogs differ in. Prices are compared per base unit (a token, an image, an hour):
/// a price restated in another unit of the same kind (`$0.0075 per 1K tokens` → `$7.50 per 1M tokens`)
/// is no change.
public struct PriceDiff: Sendable {
    /// How one price differs.
    public enum Change: Sendable, Hashable {
        case added(CatalogRate)
        case removed(CatalogRate)
        /// `percent` is the change per base unit, when the units are of one kind and the old price is not zero.
        case changed(old: CatalogRate, new: CatalogRate, percent: Fixed?)
    }

    /// One differing price, by its catalog key (`bedrock/<model>/<region>/<scope>/<kind>`, `sagemaker/<instance>/<region>/<kind>`).
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var change: Change
    }

    /// The differences, by key.
    public let entries: [Entry]
    /// How many prices the older catalog has.
    public let oldCount: Int

    /// Compares every price of `old` with `new`.
    public init(from old: PricingCatalog, to new: PricingCatalog) {
        let before = Dictionary(old.allPrices.map { ($0.key, $0.rate) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.allPrices.map { ($0.key, $0.rate) }, uniquingKeysWith: { first, _ in first })
        var entries: [Entry] = []
        for key in Set(before.keys).union(after.keys).sorted() {
            switch (before[key], after[key]) {
            case (nil, let rate?): entries.append(Entry(key: key, change: .added(rate)))
            case (let rate?, nil): entries.append(Entry(key: key, change: .removed(rate)))
            case (let previous?, let current?):
                guard let change = PriceDiff.change(previous, current) else { continue }
                entries.append(Entry(key: key, change: change))
            default: break
            }
        }
        self.entries = entries
        self.oldCount = before.count
    }

    /// The change between two prices of one key, or nil when they are the same per base unit.
    static func change(_ old: CatalogRate, _ new: CatalogRate) -> Change? {
        guard old.unit.baseUnit == new.unit.baseUnit else { return .changed(old: old, new: new, percent: nil) }
        let oldBase = old.comparablePrice
        let newBase = new.comparablePrice
        guard oldBase != newBase else { return nil }
        return .changed(old: old, new: new, percent: Fixed.percentChange(from: oldBase, to: newBase))
    }

    public var added: Int { entries.filter { if case .added = $0.change { true } else { false } }.count }
    public var removed: Int { entries.filter { if case .removed = $0.change { true } else { false } }.count }
    public var changed: Int { entries.filter { if case .changed = $0.change { true } else { false } }.count }
    /// The keys of the prices `new` lacks.
    public var removedKeys: [String] { entries.compactMap { if case .removed = $0.change { $0.key } else { nil } } }
}

extension PriceUnit {
    /// The unit a price of this unit is compared in: a token for token units, the unit itself otherwise.
    public var baseUnit: PriceUnit { tokensPerUnit == nil ? self : .token }
}

extension CatalogRate {
    /// The price in one unit per kind, exactly: USD per 1M tokens for token units (a product, so
    /// nothing rounds), USD per unit otherwise.
    public var comparablePrice: Fixed {
        guard let tokens = unit.tokensPerUnit else { return price }
        return price * (1_000_000 / tokens)
    }
}
