import Foundation
import PlannerCore
import PlannerPricing
import Testing

@testable import PlannerFetch

/// One Price List record in the shape AWS publishes it, and where its price must land.
struct TrapCase: Sendable, CustomTestStringConvertible {
    var trap: String
    var offer: String
    var price: OfferRecord
    /// The catalog id, the slot, and the price per base unit (USD per token, image or hour) expected.
    var model: String
    var kind: BedrockRateKind
    var scope: EndpointScope
    var unit: PriceUnit
    var perBaseUnit: String

    var testDescription: String { trap }
}

/// Records written in the shapes of real Price List records (field for field as AWS publishes
/// them in 2026), with values of our own.
enum TrapRecords {
    static func marketplace(
        _ model: String, _ usage: String, _ what: String, _ usd: String, region: String = "us-east-1"
    ) -> OfferRecord {
        OfferRecord(
            sku: usage, productFamily: "",
            attributes: [
                "regionCode": region, "usagetype": usage, "locationType": "AWS Region",
                "location": "US East (N. Virginia)",
                "servicename": "\(model) (Amazon Bedrock Edition)", "operation": "",
            ], unit: "Units", usd: usd, description: "AWS Marketplace software usage|\(region)|\(what)")
    }

    static func bedrock(
        _ attributes: [String: String], unit: String = "1K tokens", _ usd: String, region: String = "us-east-1"
    ) -> OfferRecord {
        var all = OfferAttributes()
        for (name, value) in attributes {
            if let attribute = OfferAttribute(rawValue: name) { all[attribute] = value }
        }
        all[.regionCode] = region
        all[.locationType] = "AWS Region"
        all[.servicename] = "Amazon Bedrock"
        return OfferRecord(
            sku: attributes["usagetype"] ?? "", productFamily: "Amazon Bedrock",
            attributes: all, unit: unit, usd: usd, description: "$\(usd) per \(unit)")
    }

    static let cases: [TrapCase] = [
        TrapCase(
            trap: "Marketplace unit `Units`: the scale is in the description (Million Input Tokens Global)",
            offer: "AmazonBedrockFoundationModels",
            price: marketplace(
                "Claude Haiku 4.5", "USE1-MP:USE1_InputTokenCount_Global-Units", "Million Input Tokens Global",
                "1.0000000000"),
            model: "anthropic.claude-haiku-4-5", kind: .input, scope: .global, unit: .millionTokens,
            perBaseUnit: "0.000001"),
        TrapCase(
            trap: "Marketplace regional rate (no suffix) is the regional slot, not the global one",
            offer: "AmazonBedrockFoundationModels",
            price: marketplace(
                "Claude Haiku 4.5", "USE1-MP:USE1_InputTokenCount-Units", "Million Input Tokens Regional",
                "1.1000000000"),
            model: "anthropic.claude-haiku-4-5", kind: .input, scope: .regional, unit: .millionTokens,
            perBaseUnit: "0.0000011"),
        TrapCase(
            trap: "long context (`_LCtx`) has its own cache-read slot",
            offer: "AmazonBedrockFoundationModels",
            price: marketplace(
                "Claude Sonnet 4.5", "USE1-MP:USE1_CacheReadInputTokenCount_LCtx-Units",
                "Million Cache Read Input Tokens Long Context Regional", "0.6600000000"),
            model: "anthropic.claude-sonnet-4-5", kind: .cacheReadLongContext, scope: .regional, unit: .millionTokens,
            perBaseUnit: "0.00000066"),
        TrapCase(
            trap: "long-context input on the global endpoint",
            offer: "AmazonBedrockFoundationModels",
            price: marketplace(
                "Claude Sonnet 4.5", "USE1-MP:USE1_InputTokenCount_LCtx_Global-Units",
                "Million Input Tokens Long Context Global", "6.0000000000"),
            model: "anthropic.claude-sonnet-4-5", kind: .inputLongContext, scope: .global, unit: .millionTokens,
            perBaseUnit: "0.000006"),
        TrapCase(
            trap: "1-hour cache write has its own slot, not the 5-minute one",
            offer: "AmazonBedrockFoundationModels",
            price: marketplace(
                "Claude Haiku 4.5", "USE1-MP:USE1_CacheWrite1hInputTokenCount-Units",
                "Million 1 hour Cache Write Input Tokens Regional", "2.2000000000"),
            model: "anthropic.claude-haiku-4-5", kind: .cacheWriteOneHour, scope: .regional, unit: .millionTokens,
            perBaseUnit: "0.0000022"),
        TrapCase(
            trap: "1-hour cache write, long context, global",
            offer: "AmazonBedrockFoundationModels",
            price: marketplace(
                "Claude Sonnet 4.5", "USE1-MP:USE1_CacheWrite1hInputTokenCount_LCtx_Global-Units",
                "Million 1 Hour Cache Write Input Tokens Long Context Global", "12.0000000000"),
            model: "anthropic.claude-sonnet-4-5", kind: .cacheWriteOneHourLongContext, scope: .global,
            unit: .millionTokens, perBaseUnit: "0.000012"),
        TrapCase(
            trap: "global batch (Marketplace `_Global_Batch`) is batch on the global endpoint",
            offer: "AmazonBedrockFoundationModels",
            price: marketplace(
                "Claude Sonnet 4.5", "USE1-MP:USE1_OutputTokenCount_Global_Batch-Units",
                "Million Batch Response Tokens Global", "7.5000000000"),
            model: "anthropic.claude-sonnet-4-5", kind: .batchOutput, scope: .global, unit: .millionTokens,
            perBaseUnit: "0.0000075"),
        TrapCase(
            trap: "older Marketplace batch kind (`MillionBatchInputTokens`)",
            offer: "AmazonBedrockFoundationModels",
            price: marketplace(
                "Claude 3.5 Sonnet", "USE1-MP:USE1_MillionBatchInputTokens-Units", "Million batch input tokens",
                "1.5000000000"),
            model: "anthropic.claude-3-5-sonnet", kind: .batchInput, scope: .regional, unit: .millionTokens,
            perBaseUnit: "0.0000015"),
        TrapCase(
            trap: "global batch in the AmazonBedrock offer (`-cross-region-global-batch`)",
            offer: "AmazonBedrock",
            price: bedrock(
                [
                    "usagetype": "USE1-Nova2.0Lite-output-tokens-cross-region-global-batch",
                    "inferenceType": "Output tokens", "model": "Nova 2.0 Lite",
                ], "0.0012500000"),
            model: "amazon.nova-2-lite", kind: .batchOutput, scope: .global, unit: .thousandTokens,
            perBaseUnit: "0.00000125"),
        TrapCase(
            trap: "reserved tokens-per-minute (Marketplace) per 1K TPM-hour, geo",
            offer: "AmazonBedrockFoundationModels",
            price: marketplace(
                "Claude Sonnet 4.5", "USE1-MP:USE1_Reserved_1Month_OutputTPM_Geo-Units",
                "Per Hour per 1K Output TPM Reserved 1 Month Regional", "0.9900000000"),
            model: "anthropic.claude-sonnet-4-5", kind: .reservedOutputOneMonth, scope: .geo, unit: .thousandTPMHour,
            perBaseUnit: "0.99"),
        TrapCase(
            trap: "reserved 3-month input, global",
            offer: "AmazonBedrockFoundationModels",
            price: marketplace(
                "Claude Haiku 4.5", "USE1-MP:USE1_Reserved_3Month_InputTPM_Global-Units",
                "Per Hour per 1K Input TPM Reserved 3 Month Global", "0.0540000000"),
            model: "anthropic.claude-haiku-4-5", kind: .reservedInputThreeMonth, scope: .global,
            unit: .thousandTPMHour, perBaseUnit: "0.054"),
        TrapCase(
            trap: "provisioned throughput in the Marketplace offer (6-month commit)",
            offer: "AmazonBedrockFoundationModels",
            price: marketplace(
                "Meta Llama 2 Chat 13B", "USE1-MP:USE1_ProvisionedThroughput_6MonthsCommit_ModelUnits_Usage-Units",
                "Provisioned Throughput Hourly Price (6 Months Commit)", "13.0800000000"),
            model: "meta.llama2-13b-chat", kind: .provisionedSixMonth, scope: .regional, unit: .modelUnitHour,
            perBaseUnit: "13.08"),
        TrapCase(
            trap: "provisioned throughput in the AmazonBedrock offer, model named in `modelUnit`",
            offer: "AmazonBedrock",
            price: bedrock(
                [
                    "usagetype": "USE1-NovaMicro-ProvisionedThroughput-1month-ModelUnits",
                    "feature": "Provisioned Throughput Inference - 1 month", "modelUnit": "Nova Micro",
                ], unit: "hour", "22.5000000000"),
            model: "amazon.nova-micro", kind: .provisionedOneMonth, scope: .regional, unit: .modelUnitHour,
            perBaseUnit: "22.5"),
        TrapCase(
            trap: "provisioned throughput, Titan named in `titanModelUnit`, no commitment",
            offer: "AmazonBedrock",
            price: bedrock(
                [
                    "usagetype": "USE1-TitanEmbeddingsG1-Image-ProvisionedThroughput-NoCommit-ModelUnits",
                    "feature": "Provisioned Throughput Inference - no commit",
                    "titanModelUnit": "Titan Embeddings G1 Image",
                ], unit: "hour", "16.2000000000"),
            model: "amazon.titan-embed-image-v1", kind: .provisionedNoCommitment, scope: .regional,
            unit: .modelUnitHour, perBaseUnit: "16.2"),
        TrapCase(
            trap: "512-pixel premium text-to-image is its own slot, not the 1024 standard one",
            offer: "AmazonBedrock",
            price: bedrock(
                [
                    "usagetype": "EU-TitanImageGeneratorG1-T2I-512-Premium", "inferenceType": "T2I 512 Premium",
                    "feature": "On-demand Inference", "titanModel": "Titan Image Generator G1",
                ], unit: "image", "0.0120000000"),
            model: "amazon.titan-image-generator-v1", kind: .image512Premium, scope: .regional, unit: .image,
            perBaseUnit: "0.012"),
        TrapCase(
            trap: "image-to-image 1024 standard",
            offer: "AmazonBedrock",
            price: bedrock(
                [
                    "usagetype": "USE1-TitanImageGeneratorG1-I2I-1024-Standard", "inferenceType": "I2I 1024 Standard",
                    "feature": "On-demand Inference", "titanModel": "Titan Image Generator G1",
                ], unit: "image", "0.0100000000"),
            model: "amazon.titan-image-generator-v1", kind: .imageToImage, scope: .regional, unit: .image,
            perBaseUnit: "0.01"),
        TrapCase(
            trap: "\"Nova 2.0 Lite\" is the catalog's Nova 2 Lite; the priority tier has its own slot",
            offer: "AmazonBedrock",
            price: bedrock(
                [
                    "usagetype": "USE1-Nova2.0Lite-input-tokens-priority", "inferenceType": "Input tokens priority",
                    "feature": "On-demand Inference", "model": "Nova 2.0 Lite",
                ], "0.0005250000"),
            model: "amazon.nova-2-lite", kind: .priorityInput, scope: .regional, unit: .thousandTokens,
            perBaseUnit: "0.000000525"),
        TrapCase(
            trap: "\"Titan Embeddings G1 Image\" is Titan Multimodal Embeddings G1",
            offer: "AmazonBedrock",
            price: bedrock(
                [
                    "usagetype": "USE1-TitanEmbeddingsG1-Image-input-tokens", "inferenceType": "Input tokens",
                    "feature": "On-demand Inference", "titanModel": "Titan Embeddings G1 Image",
                ], "0.0008000000"),
            model: "amazon.titan-embed-image-v1", kind: .input, scope: .regional, unit: .thousandTokens,
            perBaseUnit: "0.0000008"),
        TrapCase(
            trap: "\"Cohere Embed Model 3 - Multilingual (Amazon Bedrock Edition)\" is Embed 3 Multilingual",
            offer: "AmazonBedrockFoundationModels",
            price: marketplace(
                "Cohere Embed Model 3 - Multilingual", "USE1-MP:USE1_InputTokenCount-Units",
                "Price per 1 million input tokens", "0.1000000000"),
            model: "cohere.embed-multilingual-v3", kind: .input, scope: .regional, unit: .millionTokens,
            perBaseUnit: "0.0000001"),
        TrapCase(
            trap: "a customised Nova model's inference has its own slot",
            offer: "AmazonBedrock",
            price: bedrock(
                [
                    "usagetype": "USE1-Nova2.0Lite-output-tokens-custom-model", "inferenceType": "Output tokens",
                    "feature": "Model Customization", "model": "Nova 2.0 Lite",
                ], "0.0025000000"),
            model: "amazon.nova-2-lite", kind: .customModelOutput, scope: .regional, unit: .thousandTokens,
            perBaseUnit: "0.0000025"),
    ]

    /// Records that must be skipped by name, never put in another kind's slot.
    static let skipped: [(String, String, OfferRecord, PriceListSkip)] = [
        (
            "a flex-tier cache read is not the flex input rate", "AmazonBedrock",
            bedrock(
                [
                    "usagetype": "USE1-NovaPro-cache-read-input-token-count-flex",
                    "inferenceType": "Prompt cache read input tokens flex", "model": "Nova Pro",
                ], "0.0000500000"), .tieredCache
        ),
        (
            "a priority-tier cache write is not the priority input rate", "AmazonBedrock",
            bedrock(
                [
                    "usagetype": "USE1-NovaPro-cache-write-input-token-count-priority",
                    "inferenceType": "Prompt cache write input tokens priority", "model": "Nova Pro",
                ], "0.0000000000"), .tieredCache
        ),
        (
            "a custom model's image rate is not the standard image rate", "AmazonBedrock",
            bedrock(
                [
                    "usagetype": "USE1-TitanImageGeneratorG1-T2I-1024-Standard-custom-model",
                    "inferenceType": "T2I 1024 Standard", "feature": "Model Customization",
                    "titanModel": "Titan Image Generator G1",
                ], unit: "image", "0.0180000000"), .customModelImages
        ),
        (
            "guardrails", "AmazonBedrock",
            bedrock(
                ["usagetype": "USE1-Guardrail-ContentPolicyUnitsConsumed", "policyType": "GuardrailContent"],
                unit: "TextUnit", "0.0001500000"), .guardrails
        ),
        (
            "Data Automation", "AmazonBedrock",
            bedrock(
                ["usagetype": "USE1-DataAutomation-Standard-VideoMinutesProcessed", "feature": "Video Standard"],
                unit: "Minutes Processed", "0.0500000000"), .dataAutomation
        ),
        (
            "Automatic Prompt Optimization", "AmazonBedrock",
            bedrock(
                [
                    "usagetype": "USE1-PromptOptimization-Tokens", "feature": "Automatic Prompt Optimization",
                ], "0.0300000000"), .promptOptimization
        ),
        (
            "image tokens of a multimodal model", "AmazonBedrock",
            bedrock(
                [
                    "usagetype": "USE1-Nova2.0Omni-input-image-token-count-batch",
                    "inferenceType": "Input Image Token Count", "feature": "Batch Inference", "model": "Nova 2.0 Omni",
                ], "0.0002000000"), .nonTextTokens
        ),
        (
            "per-request prices (TwelveLabs)", "AmazonBedrockFoundationModels",
            marketplace(
                "TwelveLabs Marengo Embed 3.0", "EU-MP:EU_inputTextRequestCount-Units", "Input Text Request Count",
                "0.0000700000", region: "eu-west-1"), .requestCount
        ),
        (
            "GovCloud rows that state no scale", "AmazonBedrockFoundationModels",
            marketplace(
                "Claude 3 Haiku", "UGW1-MP:UGW1_InputTokenCount-Units", "InputTokenCount", "0.3000000000",
                region: "us-gov-west-1"), .scaleNotStated
        ),
    ]
}

@Suite("The AWS Price List's traps: every rate in its own slot")
struct PriceListTrapTests {
    let mapper: PriceListMapper
    let names: PriceListNames

    init() throws {
        let catalog = try CatalogLoader.embedded()
        names = try PriceListNames(bytes: Array(try #require(CatalogLoader.embeddedFile(PriceListNames.fileName)).utf8))
        mapper = PriceListMapper(catalog: catalog, names: names)
    }

    func source(_ offer: String) -> PriceSource {
        PriceSource(key: "PL-\(offer)", title: "test", url: "https://example.invalid", date: "2026-11-01")
    }

    func summary(_ offer: String, _ records: [OfferRecord]) -> OfferSummary {
        OfferSummary(
            offerCode: offer, version: "1", publicationDate: "2026-11-01T00:00:00Z",
            prices: records.map { OfferPrice($0, offer: offer) })
    }

    @Test("each record lands in its slot at its exact price per base unit", arguments: TrapRecords.cases)
    func slot(_ trap: TrapCase) throws {
        let region = trap.price.attributes[.regionCode] ?? ""
        let mapping = mapper.map([(summary(trap.offer, [trap.price]), source(trap.offer))], region: region)
        let rates = try #require(mapping.bedrock[trap.model], "no rate mapped for \(trap.model): \(mapping.skipped)")
        #expect(rates.count == 1)
        let rate = try #require(rates[BedrockRateKey(region: region, scope: trap.scope, kind: trap.kind)])
        #expect(rate.unit == trap.unit)
        let perBase = rate.unit.tokensPerUnit.map { rate.price / $0 } ?? rate.price
        #expect(perBase == Fixed(trap.perBaseUnit))
        #expect(mapping.newModels.isEmpty)
    }

    @Test("records of kinds the catalog does not slot are skipped by name", arguments: TrapRecords.skipped)
    func skipped(_ record: (String, String, OfferRecord, PriceListSkip)) {
        let region = record.2.attributes[.regionCode] ?? ""
        let mapping = mapper.map([(summary(record.1, [record.2]), source(record.1))], region: region)
        #expect(mapping.bedrock.isEmpty, "\(record.0)")
        #expect(mapping.skipped == [record.3: 1], "\(record.0)")
    }

    @Test("Custom Model Import is priced per Custom Model Unit-minute by unit version")
    func customModelImport() throws {
        let price = OfferRecord(
            sku: "CMI1", productFamily: "Amazon Bedrock",
            attributes: [
                "regionCode": "eu-central-1", "usagetype": "EUC1-GPTBigCode-CustomModelImport-Inference-v1:0",
                "feature": "Custom Model Import", "architectureName": "GPTBigCode", "customModelUnitVersion": "1.0",
            ], unit: "Custom Model Unit per Min", usd: "0.0714400000", description: "$0.07144 per CMU per minute")
        let mapping = mapper.map([(summary("AmazonBedrock", [price]), source("AmazonBedrock"))], region: "eu-central-1")
        let rate = try #require(
            mapping.customModelImport[CustomModelImportKey(region: "eu-central-1", version: "1.0", kind: .inference)])
        #expect(rate.price == Fixed("0.07144"))
        #expect(rate.unit == .customModelUnitMinute)
    }

    @Test("a model the catalog lacks is added under its AWS name, with an id derived from provider and name")
    func newModel() throws {
        let price = TrapRecords.bedrock(
            [
                "usagetype": "EUC1-Qwen3-14B-output-tokens-batch", "inferenceType": "Output tokens",
                "feature": "Batch Inference", "provider": "Qwen", "model": "Qwen3 14B",
            ], "0.0004000000", region: "eu-central-1")
        let mapping = mapper.map([(summary("AmazonBedrock", [price]), source("AmazonBedrock"))], region: "eu-central-1")
        let model = try #require(mapping.newModels["qwen.qwen3-14b"])
        #expect(model.name == "Qwen3 14B")
        #expect(model.kind == .text)
        #expect(
            mapping.bedrock["qwen.qwen3-14b"]?[
                BedrockRateKey(region: "eu-central-1", scope: .regional, kind: .batchOutput)]?
                .price == Fixed("0.0004"))
        #expect(mapping.unmatchedNames == ["Qwen3 14B": 1])
    }

    @Test(
        "names normalise: case, punctuation, the Marketplace suffix and a version's .0",
        arguments: [
            ("Nova 2.0 Lite", "nova2lite"), ("Claude 3 Haiku (Amazon Bedrock Edition)", "claude3haiku"),
            ("Ministral 14B 3.0", "ministral14b3"), ("DeepSeek V3.1", "deepseekv31"), ("Llama 3.0 8B", "llama38b"),
            ("gpt-oss-120b", "gptoss120b"), ("Cohere Command R+", "coherecommandrplus"),
            ("Mistral Large (24.02)", "mistrallarge2402"),
        ])
    func normalise(_ name: String, _ expected: String) {
        #expect(PriceListNames.normalise(name) == expected)
    }

    @Test("the name table covers every catalogued model, and every id it names is in the catalog")
    func tableCoversCatalog() throws {
        let catalog = try CatalogLoader.embedded()
        let covered = Set(names.namesByID.keys)
        #expect(covered == Set(catalog.bedrockModels.keys))
        // No AWS name of the table maps to two models.
        var seen: [String: String] = [:]
        for (id, aws) in names.namesByID {
            for name in aws {
                let key = PriceListNames.normalise(name)
                #expect(seen[key] == nil || seen[key] == id, "\(name) names \(seen[key] ?? "") and \(id)")
                seen[key] = id
            }
        }
    }
}
