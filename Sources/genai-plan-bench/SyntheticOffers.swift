import Foundation

/// Synthetic AWS Price List offer files in the three real shapes, written to disk in 1 MB pieces:
/// the Marketplace offer (no product family, the model in `servicename`, term `4799GE89SK`, unit
/// `Units`), AmazonBedrock (`model`, `feature`, `inferenceType`) and AmazonSageMaker (`ML Instance`
/// with the hardware attributes, mostly components a refresh skips). Indented as AWS indents them.
enum SyntheticOffer: String, CaseIterable {
    case marketplace = "AmazonBedrockFoundationModels"
    case bedrock = "AmazonBedrock"
    case sageMaker = "AmazonSageMaker"

    private static let models = [
        "Claude Haiku 4.5", "Claude Sonnet 4.5", "Claude Opus 4.5", "Cohere Command R", "Meta Llama 2 Chat 13B",
    ]
    private static let marketplaceKinds = [
        ("InputTokenCount_Global", "Million Input Tokens Global"),
        ("OutputTokenCount", "Million Response Tokens Regional"),
        ("CacheReadInputTokenCount_LCtx", "Million Cache Read Input Tokens Long Context Regional"),
        ("Reserved_1Month_InputTPM_Geo", "Per Hour per 1K Input TPM Reserved 1 Month Geo"),
    ]
    private static let bedrockModels = [
        ("Nova 2.0 Lite", "Nova2.0Lite", "Amazon"), ("Qwen3 32B", "Qwen3-32B", "Qwen"),
        ("gpt-oss-120b", "gpt-oss-120b", "OpenAI"),
    ]
    private static let bedrockKinds = [
        ("input-tokens", "Input tokens", "On-demand Inference"),
        ("output-tokens-batch", "Output tokens", "Batch Inference"),
        ("input-tokens-flex", "Input tokens flex", "On-demand Inference"),
        ("cache-read-input-token-count", "Prompt cache read input tokens", "On-demand Inference"),
    ]
    private static let components = [
        "Hosting", "Training", "Notebook", "Processing", "BatchTransform", "AsyncInf", "Studio-Notebook",
        "DataWrangler",
    ]

    private func product(_ index: Int, region: String) -> String {
        let sku = "SKU\(index)"
        switch self {
        case .marketplace:
            let (kind, _) = Self.marketplaceKinds[index % Self.marketplaceKinds.count]
            return """
                    "\(sku)" : {
                      "sku" : "\(sku)",
                      "attributes" : {
                        "regionCode" : "\(region)",
                        "usagetype" : "USE1-MP:USE1_\(kind)-Units",
                        "locationType" : "AWS Region",
                        "location" : "US East (N. Virginia)",
                        "servicename" : "\(Self.models[index % Self.models.count]) (Amazon Bedrock Edition)",
                        "operation" : ""
                      }
                    }
                """
        case .bedrock:
            let (name, code, provider) = Self.bedrockModels[index % Self.bedrockModels.count]
            let (suffix, inference, feature) = Self.bedrockKinds[(index / 3) % Self.bedrockKinds.count]
            return """
                    "\(sku)" : {
                      "sku" : "\(sku)",
                      "productFamily" : "Amazon Bedrock",
                      "attributes" : {
                        "regionCode" : "\(region)",
                        "inferenceType" : "\(inference)",
                        "servicecode" : "AmazonBedrock",
                        "feature" : "\(feature)",
                        "provider" : "\(provider)",
                        "usagetype" : "USE1-\(code)-\(suffix)",
                        "locationType" : "AWS Region",
                        "location" : "US East (N. Virginia)",
                        "model" : "\(name)",
                        "servicename" : "Amazon Bedrock",
                        "operation" : "Usage"
                      }
                    }
                """
        case .sageMaker:
            let component = Self.components[index % Self.components.count]
            let instance = "ml.g5.\(index % 48)xlarge"
            return """
                    "\(sku)" : {
                      "sku" : "\(sku)",
                      "productFamily" : "ML Instance",
                      "attributes" : {
                        "servicecode" : "AmazonSageMaker",
                        "location" : "US East (N. Virginia)",
                        "locationType" : "AWS Region",
                        "instanceName" : "\(instance)",
                        "computeType" : "GPU",
                        "vCpu" : "8",
                        "memory" : "32 GiB",
                        "gpu" : "1",
                        "gpuMemory" : "24 GB",
                        "networkPerformance" : "Up to 25 Gigabit",
                        "component" : "\(component)",
                        "usagetype" : "USE1-\(component == "Hosting" ? "Host" : component):\(instance)",
                        "operation" : "RunInstance",
                        "regionCode" : "\(region)",
                        "servicename" : "Amazon SageMaker"
                      }
                    }
                """
        }
    }

    private func term(_ index: Int, region: String) -> String {
        let sku = "SKU\(index)"
        let code = self == .marketplace ? "4799GE89SK" : "JRTCKXETXF"
        let (unit, description, usd): (String, String, String) =
            switch self {
            case .marketplace:
                (
                    "Units",
                    "AWS Marketplace software usage|\(region)|\(Self.marketplaceKinds[index % Self.marketplaceKinds.count].1)",
                    "1.1000000000"
                )
            case .bedrock:
                ("1K tokens", "$0.00033 per 1K input tokens for Nova 2.0 Lite in US East (N. Virginia)", "0.0003300000")
            case .sageMaker: ("Hrs", "$1.515 per Hosting ml.g5.2xlarge hour in US East (N. Virginia)", "1.5150000000")
            }
        return """
                  "\(sku)" : {
                    "\(sku).\(code)" : {
                      "offerTermCode" : "\(code)",
                      "sku" : "\(sku)",
                      "effectiveDate" : "2026-11-01T00:00:00Z",
                      "priceDimensions" : {
                        "\(sku).\(code).6YS6EN2CT7" : {
                          "rateCode" : "\(sku).\(code).6YS6EN2CT7",
                          "description" : "\(description)",
                          "beginRange" : "0",
                          "endRange" : "Inf",
                          "unit" : "\(unit)",
                          "pricePerUnit" : {
                            "USD" : "\(usd)"
                          },
                          "appliesTo" : [ ]
                        }
                      },
                      "termAttributes" : { }
                    }
                  }
            """
    }

    /// Writes an offer file of about `megabytes` MB for `region` to `path`.
    func write(to path: String, megabytes: Int, region: String = "us-east-1") throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var text = """
            {
              "formatVersion" : "v1.0",
              "disclaimer" : "This pricing list is for informational purposes only.",
              "offerCode" : "\(rawValue)",
              "version" : "20261101000000",
              "publicationDate" : "2026-11-01T00:00:00Z",
              "products" : {

            """
        func flush(_ force: Bool = false) throws {
            if force || text.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(text.utf8))
                text = ""
            }
        }
        // A product and its term take about 1.3 KB together.
        let perProduct = (product(0, region: region) + term(0, region: region)).utf8.count + 4
        let count = max(1, megabytes * 1_000_000 / perProduct)
        for index in 0..<count {
            text += product(index, region: region) + (index == count - 1 ? "\n" : ",\n")
            try flush()
        }
        text += "  },\n  \"terms\" : {\n    \"OnDemand\" : {\n"
        for index in 0..<count {
            text += term(index, region: region) + (index == count - 1 ? "\n" : ",\n")
            try flush()
        }
        text += "    }\n  }\n}\n"
        try flush(true)
    }
}
