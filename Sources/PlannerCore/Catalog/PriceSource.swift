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

    public init(key: String, title: String, url: String, date: String) {
        self.key = key
        self.title = title
        self.url = url
        self.date = date
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
