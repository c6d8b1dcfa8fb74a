import PlannerCore

/// What `pricing show` lists: prices with their region, unit and source, the sources' legend, or
/// the facts of a JumpStart model (priced by its instance).
public struct PriceTable: Sendable {
    /// One price.
    public struct Row: Sendable {
        public var label: String
        public var region: String
        public var rate: CatalogRate
    }

    /// The snapshot line.
    public var header: String
    public var rows: [Row] = []
    /// For a JumpStart model: its facts and where its price is, instead of rows.
    public var facts: [String] = []
    /// The sources the rows cite, by key.
    public var sources: [PriceSource] = []

    public init(header: String) { self.header = header }
}

/// `pricing show` as text, Markdown or JSON.
enum PriceTableRenderer {
    static func text(_ table: PriceTable) -> String {
        var output = table.header + "\n\n"
        if !table.facts.isEmpty { return output + table.facts.map { $0 + "\n" }.joined() }
        var rows = TextTable(
            headers: ["Price", "Region", "USD", "Unit", "Source"], alignments: [.left, .left, .right, .left, .left])
        for row in table.rows {
            rows.rows.append([
                row.label, row.region, row.rate.price.unitPriceText, row.rate.unit.rawValue,
                "\(row.rate.source.key), \(row.rate.source.date)",
            ])
        }
        output += rows.render(indent: 0) + "\nSources\n"
        for source in table.sources { output += "  \(EstimateWording.legend(source))\n" }
        return output
    }

    static func markdown(_ table: PriceTable) -> String {
        var output = Markdown.text(table.header) + "\n\n"
        if !table.facts.isEmpty { return output + table.facts.map { "- \(Markdown.text($0))\n" }.joined() }
        output += Markdown.table(
            headers: ["Price", "Region", "USD", "Unit", "Source"], rightAligned: [2],
            rows: table.rows.map { row in
                [
                    Markdown.cell(row.label), row.region, row.rate.price.unitPriceText, row.rate.unit.rawValue,
                    Markdown.cell("\(row.rate.source.key), \(row.rate.source.date)"),
                ]
            })
        output += "\n**Sources**\n\n"
        for source in table.sources { output += EstimateWording.markdownLegend(source) }
        return output
    }

    static func json(_ table: PriceTable) -> String {
        JSONValue.object([
            ("schema_version", .number(1)), ("snapshot", .string(table.header)),
            ("facts", .array(table.facts.map { .string($0) })),
            (
                "prices",
                .array(
                    table.rows.map { row in
                        .object([
                            ("price", .string(row.label)), ("region", .string(row.region)),
                            ("usd", .number(row.rate.price)), ("unit", .string(row.rate.unit.rawValue)),
                            ("source", .string(row.rate.source.key)),
                        ])
                    })
            ),
            ("sources", .array(table.sources.map(\.json))),
        ]).rendered()
    }
}
