import PlannerCore
import PlannerPricing
import Testing

@testable import PlannerFetch

/// What a refresh keeps of the previous snapshot in a region it refreshed, when the fetched files
/// have no price for a slot.
@Suite("Refresh keep rules")
struct KeepRulesTests {
    let rules = try? KeepRules(overrides: CatalogLoader.embeddedFile("overrides.json").map { Array($0.utf8) })

    func rate(_ kind: PriceSource.Kind, _ price: String = "1") -> CatalogRate {
        CatalogRate(
            price: Fixed(price) ?? .zero, unit: .millionTokens,
            source: PriceSource(key: kind.rawValue, title: "t", url: "u", date: "2026-12-02", kind: kind))
    }

    @Test("the bundled rules keep community and proxy prices and drop derived and published ones the files lack")
    func bySourceKind() throws {
        let rules = try #require(rules)
        #expect(rules.keeps("bedrock/openai.gpt-5.4/us-east-1/regional/input", rate(.community)))
        #expect(rules.keeps("sagemaker/ml.g4dn.xlarge/eu-west-3/hosting", rate(.proxy)))
        #expect(!rules.keeps("sagemaker/ml.g4dn.xlarge/me-central-1/hosting", rate(.derived)))
        #expect(!rules.keeps("bedrock/meta.llama3-8b-instruct/us-east-1/regional/input", rate(.published)))
        // A pattern still keeps a published price.
        #expect(rules.keeps("bedrock/amazon.nova-pro/us-east-1/regional/provisioned_1-month", rate(.published)))
    }

    @Test("in a refreshed region a fetched price wins over a kept community one; unrefreshed regions stay as they were")
    func merge() throws {
        let rules = try #require(rules)
        let previous: [BedrockRateKey: CatalogRate] = [
            BedrockRateKey(region: "us-east-1", scope: .regional, kind: .input): rate(.community, "2"),
            BedrockRateKey(region: "us-east-1", scope: .regional, kind: .output): rate(.community, "8"),
            BedrockRateKey(region: "us-east-1", scope: .global, kind: .input): rate(.derived, "3"),
            BedrockRateKey(region: "eu-west-1", scope: .regional, kind: .input): rate(.derived, "4"),
        ]
        let fetched = [BedrockRateKey(region: "us-east-1", scope: .regional, kind: .input): rate(.published, "1.5")]
        var kept = 0
        let merged = PricingRefresher.merged(
            previous, fetched, refreshed: ["us-east-1"], region: \.region,
            name: { "bedrock/m/\($0.region)/\($0.scope.rawValue)/\($0.kind.rawValue)" }, kept: rules.keeps,
            count: &kept)
        #expect(merged[BedrockRateKey(region: "us-east-1", scope: .regional, kind: .input)]?.price == Fixed("1.5"))
        #expect(merged[BedrockRateKey(region: "us-east-1", scope: .regional, kind: .output)]?.source.kind == .community)
        #expect(merged[BedrockRateKey(region: "us-east-1", scope: .global, kind: .input)] == nil)
        #expect(merged[BedrockRateKey(region: "eu-west-1", scope: .regional, kind: .input)]?.price == Fixed("4"))
        #expect(kept == 1)
    }

    @Test(
        "a rule that is neither a pattern nor a known source kind is refused",
        arguments: [
            (#"{"keep": [{"source_kind": "comunity"}]}"#, "unknown source_kind 'comunity' (did you mean 'community'?)"),
            (#"{"keep": [{"reason": "no rule"}]}"#, "expected {\"keep\""),
            (#"{"keep": 3}"#, "expected {\"keep\""),
        ])
    func refused(text: String, message: String) {
        #expect {
            _ = try KeepRules(overrides: Array(text.utf8))
        } throws: { error in
            (error as? RefreshError)?.message.contains(message) == true
        }
    }
}
