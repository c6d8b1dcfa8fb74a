import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import PlannerPricing

/// The repository's `Pricing/` directory.
let pricingDirectory = repositoryRoot.appendingPathComponent("Pricing").path

@Suite("Embedded pricing snapshot")
struct EmbeddedPricingTests {
    /// Fails when `EmbeddedPricing.swift` differs from `Pricing/` (`swift run genai-plan-embed-pricing` regenerates it;
    /// the end-to-end tests run that tool with `--check`, so the generator's output is pinned too).
    @Test("the snapshot compiled into the binary is exactly Pricing/")
    func embeddedMatchesDirectory() throws {
        var files: [(name: String, text: String)] = []
        for name in CatalogDecoder.fileNames + [
            DecisionTablesDecoder.fileName, "overrides.json", "price-list-names.json",
        ] {
            let text = try String(contentsOfFile: "\(pricingDirectory)/\(name)", encoding: .utf8)
            files.append((name, text))
        }
        let stale = files.filter { EmbeddedPricing.files[$0.name] != $0.text }.map(\.name)
        #expect(
            stale.isEmpty,
            "Sources/PlannerPricing/EmbeddedPricing.swift is stale for \(stale); run swift run genai-plan-embed-pricing"
        )
        #expect(EmbeddedPricing.files.count == CatalogDecoder.fileNames.count + 3)
    }

    @Test("the directory and the embedded snapshot load to the same catalog")
    func sameCatalog() throws {
        let fromDisk = try CatalogLoader.load(directory: pricingDirectory)
        let embedded = try CatalogLoader.embedded()
        #expect(fromDisk.allPrices.map(\.key) == embedded.allPrices.map(\.key))
        #expect(fromDisk.allPrices.map(\.rate) == embedded.allPrices.map(\.rate))
        #expect(embedded.origin == "embedded")
    }
}

@Suite("Bundled catalog content")
struct CatalogContentTests {
    let catalog: PricingCatalog

    init() throws { catalog = try CatalogLoader.embedded() }

    @Test("covers every region LiteLLM prices Bedrock in, and the SageMaker regions of the price notes")
    func regions() {
        let bedrock = [
            "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1", "eu-central-1",
            "eu-west-1",
            "eu-west-2", "eu-west-3", "eu-south-1", "eu-north-1", "ap-northeast-1", "ap-south-1", "ap-southeast-2",
            "ap-southeast-3", "us-gov-east-1", "us-gov-west-1",
        ]
        #expect(Set(bedrock).isSubset(of: catalog.regions))
        #expect(catalog.regions.count == 27)
        for region in catalog.regions { #expect(AWSRegion.name(region) != nil, "\(region)") }
    }

    @Test("every price has a unit, a source with a title, an address and a date, and is non-negative")
    func traceable() {
        let prices = catalog.allPrices
        #expect(prices.count > 300)
        for (key, rate) in prices {
            #expect(rate.price >= .zero, "\(key)")
            #expect(!rate.source.title.isEmpty && !rate.source.url.isEmpty && !rate.source.date.isEmpty, "\(key)")
        }
    }

    @Test(
        "the model families of the decision tables are priced in us-east-1 and us-west-2",
        arguments: [
            "anthropic.claude-3-haiku", "anthropic.claude-3-5-haiku", "anthropic.claude-3-5-sonnet",
            "anthropic.claude-3-7-sonnet",
            "anthropic.claude-sonnet-4", "anthropic.claude-sonnet-4-5", "anthropic.claude-haiku-4-5",
            "anthropic.claude-opus-4-1",
            "meta.llama2-13b-chat", "meta.llama3-8b-instruct", "meta.llama3-1-8b-instruct", "meta.llama3-2-3b-instruct",
            "meta.llama3-3-70b-instruct",
            "meta.llama4-scout-17b-instruct", "amazon.titan-text-lite", "amazon.titan-text-express",
            "amazon.titan-text-premier",
            "amazon.titan-embed-text-v1", "amazon.titan-embed-text-v2", "amazon.titan-embed-image-v1", "ai21.j2-mid",
            "ai21.j2-ultra",
            "ai21.jamba-1-5-large", "mistral.mistral-7b-instruct", "mistral.mixtral-8x7b-instruct",
            "mistral.mistral-large-2402",
            "cohere.command-text", "cohere.command-r", "cohere.command-r-plus", "cohere.embed-english-v3",
            "amazon.nova-micro",
            "amazon.nova-lite", "amazon.nova-pro", "amazon.nova-premier", "stability.stable-diffusion-xl-v1",
            "stability.sd3-5-large",
        ])
    func bedrockFamilies(id: String) throws {
        let model = try #require(catalog.bedrockModels[id])
        #expect(Set(["us-east-1", "us-west-2"]).isSubset(of: model.regions))
    }

    @Test(
        "batch is half of on-demand where the reference lists both",
        arguments: ["anthropic.claude-3-haiku", "meta.llama3-1-8b-instruct", "amazon.nova-pro"])
    func batchIsHalf(id: String) throws {
        let model = try #require(catalog.bedrockModels[id])
        let onDemand = try #require(model.rate(.input, region: "us-east-1"))
        let batch = try #require(model.rate(.batchInput, region: "us-east-1"))
        #expect(batch.price * 2 == onDemand.price)
    }

    @Test(
        "SageMaker instances of every family the issue lists, with accelerators and hosting prices",
        arguments: [
            "ml.g5.xlarge", "ml.g5.48xlarge", "ml.g6.xlarge", "ml.g6.48xlarge", "ml.g6e.xlarge", "ml.g6e.48xlarge",
            "ml.p4d.24xlarge",
            "ml.p4de.24xlarge", "ml.p5.48xlarge", "ml.inf2.xlarge", "ml.inf2.48xlarge", "ml.trn1.2xlarge",
            "ml.trn1.32xlarge",
        ])
    func instances(name: String) throws {
        let instance = try #require(catalog.instances[name])
        #expect(instance.acceleratorCount >= 1)
        #expect(instance.rate(.hosting, region: "us-east-1") != nil)
        #expect(instance.rate(.training, region: "us-east-1") != nil)
        #expect(instance.rate(.hosting, region: "us-west-2") != nil)
    }

    @Test("open models carry architecture, parameters and context")
    func openModels() throws {
        #expect(catalog.openModels.count >= 40)
        let bert = try #require(catalog.openModels["huggingface-tc-bert-base-uncased"])
        #expect(bert.architecture == .encoderOnly)
        let t5 = try #require(catalog.openModels["huggingface-text2text-flan-t5-xl"])
        #expect(t5.architecture == .encoderDecoder)
        let llama = try #require(catalog.openModels["meta-textgeneration-llama-3-8b-instruct"])
        #expect(llama.kvCacheBytesPerToken == 131_072)
        #expect(llama.defaultInstance == "ml.g5.12xlarge")
    }

    @Test(
        "Custom Model Import: $0.0785 per CMU-minute and $1.95 per CMU-month in both regions, unit version 1.0, sourced"
    )
    func customModelImport() throws {
        for region in ["us-east-1", "us-west-2"] {
            let inference = try #require(
                catalog.customModelImport[CustomModelImportKey(region: region, version: "1.0", kind: .inference)])
            #expect(inference.price == Fixed("0.0785"))
            #expect(inference.unit == .customModelUnitMinute)
            #expect(inference.source.key == "P")
            let storage = try #require(
                catalog.customModelImport[CustomModelImportKey(region: region, version: "1.0", kind: .storage)])
            #expect(storage.price == Fixed("1.95"))
            #expect(storage.unit == .customModelUnitMonth)
        }
        #expect(catalog.priceDates == DateRange(first: "2023-10-08", last: "2026-12-02"))
    }
}
