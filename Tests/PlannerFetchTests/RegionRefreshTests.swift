import Foundation
import LoopbackHTTP
import PlannerCore
import PlannerPricing
import Testing

@testable import PlannerFetch

/// A Price List of two regions, us-east-1 and eu-central-2 (which the bundled manifest lacks),
/// with the three offers in their real shapes: the offer index lists AmazonBedrock,
/// AmazonBedrockFoundationModels and AmazonSageMaker (not AmazonBedrockService).
enum TwoRegionPriceList {
    static let regions = ["us-east-1": "USE1", "eu-central-2": "EUC2"]
    static let offers = ["AmazonBedrock", "AmazonBedrockFoundationModels", "AmazonSageMaker"]

    static func path(_ offer: String, _ region: String) -> String {
        "/offers/v1.0/aws/\(offer)/20261101000000/\(region)/index.json"
    }

    static func offerFile(_ offer: String, region: String) -> String {
        let prefix = regions[region] ?? "USE1"
        func located(_ product: OfferFixtures.Product) -> OfferFixtures.Product {
            var product = product
            product.attributes["regionCode"] = region
            product.attributes["usagetype"] = product.attributes["usagetype"]?.replacingOccurrences(
                of: "USE1", with: prefix)
            product.description = product.description?.replacingOccurrences(of: "us-east-1", with: region)
            return product
        }
        let products: [OfferFixtures.Product]
        switch offer {
        case "AmazonBedrockFoundationModels":
            products = [
                OfferFixtures.marketplaceProduct(
                    "F1", model: "Claude Haiku 4.5", kind: "InputTokenCount", what: "Million Input Tokens Regional",
                    usd: region == "eu-central-2" ? "1.2100000000" : "1.1000000000"),
                OfferFixtures.marketplaceProduct(
                    "F2", model: "Claude Haiku 4.5", kind: "OutputTokenCount", what: "Million Response Tokens Regional",
                    usd: "5.5000000000"),
                OfferFixtures.marketplaceProduct(
                    "F3", model: "Claude Haiku 4.5", kind: "InputTokenCount_Global",
                    what: "Million Input Tokens Global",
                    usd: "1.0000000000"),
            ]
        case "AmazonBedrock":
            products = [
                OfferFixtures.bedrockProduct(
                    "B1", model: "Qwen3 14B", usage: "Qwen3-14B-input-tokens", inference: "Input tokens",
                    usd: "0.0001500000", provider: "Qwen"),
                OfferFixtures.bedrockProduct(
                    "B2", model: "Qwen3 14B", usage: "Qwen3-14B-output-tokens", inference: "Output tokens",
                    usd: "0.0006000000", provider: "Qwen"),
                OfferFixtures.bedrockProduct(
                    "B3", model: "Nova 2.0 Lite", usage: "Nova2.0Lite-input-tokens", inference: "Input tokens",
                    usd: "0.0003300000"),
                OfferFixtures.Product(
                    sku: "B4", family: "Amazon Bedrock",
                    attributes: [
                        "usagetype": "USE1-GPTBigCode-CustomModelImport-Inference-v1:0",
                        "feature": "Custom Model Import",
                        "architectureName": "GPTBigCode", "customModelUnitVersion": "1.0", "regionCode": "us-east-1",
                        "locationType": "AWS Region",
                    ], unit: "Custom Model Unit per Min",
                    usd: region == "eu-central-2" ? "0.0714400000" : "0.0785000000"),
            ]
        default:
            products = [
                OfferFixtures.sageMakerProduct(
                    "M1", instance: "ml.g5.xlarge", component: "Hosting",
                    usd: region == "eu-central-2" ? "1.5700000000" : "1.4100000000")
            ]
        }
        return OfferFixtures.offer(offer, products: products.map(located))
    }

    static func regionIndex(_ offer: String) -> String {
        let entries = regions.keys.sorted().map {
            "\"\($0)\" : {\"regionCode\" : \"\($0)\", \"currentVersionUrl\" : \"\(path(offer, $0))\"}"
        }
        return """
            {"formatVersion":"v1.0","disclaimer":"...","publicationDate":"2026-11-01T00:00:00Z",
             "regions":{\(entries.joined(separator: ","))}}
            """
    }

    /// The server; `fail` answers 500 for the paths it returns true for.
    static func server(fail: @escaping @Sendable (String) -> Bool = { _ in false }) throws -> LoopbackServer {
        try LoopbackServer { request, connection in
            if fail(request.path) { return connection.respond(500, "Internal Server Error") }
            if request.path == "/offers/v1.0/aws/index.json" {
                return connection.respond(200, body: Array(OfferFixtures.offerIndex(offers).utf8))
            }
            for offer in offers {
                if request.path == "/offers/v1.0/aws/\(offer)/current/region_index.json" {
                    return connection.respond(200, body: Array(regionIndex(offer).utf8))
                }
                for region in regions.keys where request.path == path(offer, region) {
                    return connection.respond(200, body: Array(offerFile(offer, region: region).utf8))
                }
            }
            connection.respond(404, "Not Found")
        }
    }
}

@Suite("Refreshing any region from the real offer shapes", .serialized)
struct RegionRefreshTests {
    let refresher = PricingRefresher(fetcher: HTTPFetcher(options: testOptions()))

    @Test("a region the manifest lacks is added, with Marketplace, AmazonBedrock and SageMaker prices and a new model")
    func newRegion() throws {
        let server = try TwoRegionPriceList.server()
        defer { server.stop() }
        let directory = try destination()
        var ask = request(server, directory)
        ask.regions = ["eu-central-2"]
        let outcome = try refresher.refresh(ask)
        #expect(outcome.files.contains("AmazonBedrockService: not listed in the offer index"))
        let catalog = try CatalogLoader.load(directory: directory)
        #expect(try !CatalogLoader.embedded().regions.contains("eu-central-2"))
        #expect(catalog.regions.contains("eu-central-2") && catalog.regions.contains("us-west-2"))
        let haiku = try #require(catalog.bedrockModels["anthropic.claude-haiku-4-5"])
        #expect(haiku.rate(.input, region: "eu-central-2")?.comparablePrice == Fixed("1.21"))
        #expect(haiku.rate(.input, region: "eu-central-2", scope: .global)?.comparablePrice == Fixed("1"))
        #expect(
            haiku.rate(.input, region: "eu-central-2")?.source.key == "PL-AmazonBedrockFoundationModels-eu-central-2")
        #expect(catalog.instances["ml.g5.xlarge"]?.rate(.hosting, region: "eu-central-2")?.price == Fixed("1.57"))
        #expect(
            catalog.customModelImport[CustomModelImportKey(region: "eu-central-2", version: "1.0", kind: .inference)]?
                .price == Fixed("0.07144"))
        // us-east-1 was not refreshed: its prices are the bundled ones.
        #expect(
            haiku.rate(.input, region: "us-east-1")
                == (try CatalogLoader.embedded()).bedrockModels[haiku.id]?.rate(.input, region: "us-east-1"))
        let qwen = try #require(catalog.bedrockModels["qwen.qwen3-14b"])
        #expect(qwen.name == "Qwen3 14B")
        #expect(qwen.provider == "Qwen")
        #expect(qwen.contextWindow == nil)
        #expect(qwen.rate(.output, region: "eu-central-2")?.comparablePrice == Fixed("0.6"))
        #expect(outcome.mapping.unmatchedNames["Qwen3 14B"] == 2)
        #expect(
            catalog.bedrockModels["amazon.nova-2-lite"]?.rate(.input, region: "eu-central-2")?.price == Fixed("0.00033")
        )

        // The new model estimates, and says its limits are unknown instead of passing silently.
        let profile = WorkloadProfile(
            name: "qwen", region: "eu-central-2",
            workload: Workload(
                task: .chatbot, useCase: .chat, requests: RequestRate(Fixed(1_000), per: .day),
                inputTokens: Fixed(1_000), outputTokens: Fixed(100)),
            options: [.bedrock(BedrockOption(model: "qwen.qwen3-14b"))])
        let option = try #require(Estimator(catalog: catalog).estimate(profile).options.first)
        #expect(option.findings.contains { $0.code == FindingCode.limitsUnknown })
        #expect((option.monthlyCost ?? .zero) > .zero)
    }

    @Test("--region all refreshes every listed region, reading the offer index and each region index once")
    func allRegions() throws {
        let server = try TwoRegionPriceList.server()
        defer { server.stop() }
        let directory = try destination()
        var ask = request(server, directory)
        ask.regions = []
        ask.allRegions = true
        let outcome = try refresher.refresh(ask)
        #expect(outcome.regions == ["eu-central-2", "us-east-1"])
        #expect(server.count("/offers/v1.0/aws/index.json") == 1)
        for offer in TwoRegionPriceList.offers {
            #expect(server.count("/offers/v1.0/aws/\(offer)/current/region_index.json") == 1)
            for region in TwoRegionPriceList.regions.keys {
                #expect(server.count(TwoRegionPriceList.path(offer, region)) == 1)
            }
        }
        let catalog = try CatalogLoader.load(directory: directory)
        #expect(
            catalog.bedrockModels["anthropic.claude-haiku-4-5"]?.rate(.input, region: "us-east-1")?.comparablePrice
                == Fixed("1.1"))
    }

    @Test("one region failing fails the refresh: nothing written, the previous files byte for byte")
    func oneRegionFails() throws {
        let server = try TwoRegionPriceList.server { $0 == TwoRegionPriceList.path("AmazonSageMaker", "eu-central-2") }
        defer { server.stop() }
        let directory = try destination()
        let before = snapshotFiles(directory)
        var ask = request(server, directory)
        ask.regions = ["us-east-1", "eu-central-2"]
        #expect(throws: RefreshError.self) { try refresher.refresh(ask) }
        #expect(snapshotFiles(directory) == before)
    }

    @Test("a region no offer lists is refused with a did-you-mean, nothing written")
    func unknownRegion() throws {
        let server = try TwoRegionPriceList.server()
        defer { server.stop() }
        let directory = try destination()
        let before = snapshotFiles(directory)
        var ask = request(server, directory)
        ask.regions = ["eu-centrall-2"]
        let error = #expect(throws: RefreshError.self) { try refresher.refresh(ask) }
        #expect(error?.message.contains("did you mean 'eu-central-2'") == true)
        #expect(snapshotFiles(directory) == before)
    }
}
