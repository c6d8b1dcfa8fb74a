/// Where a price or a fact comes from: a named public page, offer file or dataset, and its date.
public struct PriceSource: Sendable, Hashable {
    /// Short key used in the catalog files, such as `P` or `S1`.
    public var key: String
    /// What the source is, in words.
    public var title: String
    /// Its address (a URL, or `owner/repo:path`).
    public var url: String
    /// The date of the copy that was read (ISO 8601 day).
    public var date: String
    /// How far its figures can be trusted: read from AWS, from a community copy, a proxy or derived.
    public var kind: Kind

    /// What kind of figure a source gives, most trusted first.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Read from AWS's own data: a Price List record, a pricing page, a bill, documentation.
        case published
        /// A community price map or a copy in a public repository (LiteLLM, genai-prices).
        case community
        /// AWS's price for another component taken for this one (the Studio-notebook price for hosting).
        case proxy
        /// Worked out, not read (EC2 price × the SageMaker multiplier): an estimate.
        case derived

        /// Words for a legend line; nil for published figures.
        public var legendNote: String? {
            switch self {
            case .published: nil
            case .community: "community price map"
            case .proxy: "proxy: another component's published price"
            case .derived: "derived estimate, not a published price"
            }
        }
    }

    public init(key: String, title: String, url: String, date: String, kind: Kind = .published) {
        self.key = key
        self.title = title
        self.url = url
        self.date = date
        self.kind = kind
    }

    /// `key (date)`: the short citation printed next to a line item.
    public var citation: String { "\(key), \(date)" }
}

/// The first and last of a set of ISO 8601 dates (or year-months, years), as the sources give them.
public struct DateRange: Sendable, Hashable {
    public var first: String
    public var last: String

    public init(first: String, last: String) {
        self.first = first
        self.last = last
    }

    /// `2024-03-13 to 2026-11-29`, or the one date.
    public var text: String { first == last ? first : "\(first) to \(last)" }
}
