import PlannerCore
import Testing

@Suite("Price diff: per base unit")
struct PriceDiffTests {
    /// The bundled catalog with Claude 3 Haiku's us-east-1 input price replaced.
    func catalog(input rate: CatalogRate) -> PricingCatalog {
        var catalog = fixtureCatalog
        var model = catalog.bedrockModels["anthropic.claude-3-haiku"]!
        model.rates[BedrockRateKey(region: "us-east-1", scope: .regional, kind: .input)] = rate
        catalog.upsert(model)
        return catalog
    }

    let source = PriceSource(key: "T", title: "test", url: "", date: "2026")
    let key = "bedrock/anthropic.claude-3-haiku/us-east-1/regional/input"

    @Test("a price restated in another token unit is no change")
    func restatement() {
        let old = catalog(input: CatalogRate(price: Fixed("0.0075")!, unit: .thousandTokens, source: source))
        let new = catalog(input: CatalogRate(price: Fixed("7.50")!, unit: .millionTokens, source: source))
        #expect(PriceDiff(from: old, to: new).entries.isEmpty)
    }

    @Test("a change is measured per base unit, whatever the units")
    func changeAcrossUnits() throws {
        let old = catalog(input: CatalogRate(price: Fixed("0.0075")!, unit: .thousandTokens, source: source))
        let new = catalog(input: CatalogRate(price: Fixed("8.25")!, unit: .millionTokens, source: source))
        let diff = PriceDiff(from: old, to: new)
        #expect(diff.entries.map(\.key) == [key])
        guard case .changed(_, _, let percent) = try #require(diff.entries.first).change else {
            Issue.record("not a change")
            return
        }
        #expect(percent == Fixed("10.0"))
        #expect((diff.added, diff.removed, diff.changed) == (0, 0, 1))
    }

    @Test("a price in a unit of another kind is a change without a percent")
    func otherKind() throws {
        let old = catalog(input: CatalogRate(price: Fixed("0.0075")!, unit: .thousandTokens, source: source))
        let new = catalog(input: CatalogRate(price: Fixed("0.0075")!, unit: .image, source: source))
        let change = try #require(PriceDiff(from: old, to: new).entries.first).change
        #expect(
            change
                == .changed(
                    old: old.bedrockModels["anthropic.claude-3-haiku"]!.rate(.input, region: "us-east-1")!,
                    new: new.bedrockModels["anthropic.claude-3-haiku"]!.rate(.input, region: "us-east-1")!, percent: nil
                ))
    }
}
