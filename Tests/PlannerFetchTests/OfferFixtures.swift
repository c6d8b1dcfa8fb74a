import Foundation
import PlannerCore
import PlannerFetch
import PlannerPricing

/// Offer files in the AWS Price List's real JSON schema (products, terms.OnDemand, priceDimensions,
/// `beginRange`/`endRange`, prices as decimal strings, the JRTCKXETXF on-demand term code).
enum OfferFixtures {
    struct Product {
        var sku: String
        /// Nil for the Marketplace offer, whose products have no `productFamily`.
        var family: String?
        var attributes: [String: String]
        var unit: String
        var usd: String
        /// The on-demand term code: `JRTCKXETXF`, or `4799GE89SK` in the Marketplace offer.
        var termCode = "JRTCKXETXF"
        var description: String? = nil
    }

    static func offer(_ code: String, version: String = "20261101000000", products: [Product]) -> String {
        var productEntries: [String] = []
        var termEntries: [String] = []
        for product in products {
            let attributes = product.attributes.sorted { $0.key < $1.key }.map { "\"\($0.key)\" : \"\($0.value)\"" }
                .joined(separator: ",\n        ")
            let family = product.family.map { "\"productFamily\" : \"\($0)\",\n" } ?? ""
            let term = product.termCode
            let description = product.description ?? "\(product.unit) for \(product.sku)"
            productEntries.append(
                """
                "\(product.sku)" : {
                  "sku" : "\(product.sku)",
                  \(family)"attributes" : {
                    \(attributes)
                  }
                }
                """)
            termEntries.append(
                """
                "\(product.sku)" : {
                  "\(product.sku).\(term)" : {
                    "offerTermCode" : "\(term)", "sku" : "\(product.sku)", "effectiveDate" : "2026-11-01T00:00:00Z",
                    "priceDimensions" : {
                      "\(product.sku).\(term).6YS6EN2CT7" : {
                        "rateCode" : "\(product.sku).\(term).6YS6EN2CT7", "description" : "\(description)",
                        "beginRange" : "0", "endRange" : "Inf", "unit" : "\(product.unit)",
                        "pricePerUnit" : { "USD" : "\(product.usd)" }, "appliesTo" : [ ]
                      }
                    },
                    "termAttributes" : { }
                  }
                }
                """)
        }
        return """
            {
              "formatVersion" : "v1.0",
              "disclaimer" : "This pricing list is for informational purposes only. All prices are subject to the additional terms included in the pricing pages on http://aws.amazon.com. All Free Tier prices are also subject to the terms included at https://aws.amazon.com/free/",
              "offerCode" : "\(code)",
              "version" : "\(version)",
              "publicationDate" : "2026-11-01T00:00:00Z",
              "products" : {
                \(productEntries.joined(separator: ",\n"))
              },
              "terms" : {
                "OnDemand" : {
                  \(termEntries.joined(separator: ",\n"))
                },
                "Reserved" : { }
              },
              "attributesList" : { }
            }
            """
    }

    static func bedrockProduct(
        _ sku: String, model: String, usage: String, inference: String, unit: String = "1K tokens", usd: String,
        titan: Bool = false, provider: String? = nil
    ) -> Product {
        var attributes = [
            "usagetype": "USE1-\(usage)", "inferenceType": inference, "regionCode": "us-east-1",
            "location": "US East (N. Virginia)",
            "locationType": "AWS Region", "servicecode": "AmazonBedrock", "operation": "Usage",
            "feature": "On-demand Inference",
        ]
        attributes[titan ? "titanModel" : "model"] = model
        if let provider { attributes["provider"] = provider }
        return Product(sku: sku, family: "Amazon Bedrock", attributes: attributes, unit: unit, usd: usd)
    }

    static let bedrock = offer(
        "AmazonBedrock",
        products: [
            bedrockProduct(
                "B001", model: "Claude 3 Haiku", usage: "Claude3Haiku-input-tokens", inference: "Input tokens",
                usd: "0.0002500000"),
            bedrockProduct(
                "B002", model: "Claude 3 Haiku", usage: "Claude3Haiku-output-tokens", inference: "Output tokens",
                usd: "0.0012500000"),
            bedrockProduct(
                "B003", model: "Claude 3 Haiku", usage: "Claude3Haiku-input-tokens-batch",
                inference: "input tokens batch", usd: "0.0001250000"),
            bedrockProduct(
                "B004", model: "Nova Micro", usage: "NovaMicro-input-tokens", inference: "Input tokens",
                usd: "0.0000350000"),
            bedrockProduct(
                "B005", model: "Nova Micro", usage: "NovaMicro-output-tokens", inference: "Output tokens",
                usd: "0.0001400000"),
            bedrockProduct(
                "B006", model: "Nova Micro", usage: "NovaMicro-input-tokens-flex", inference: "Input tokens flex",
                usd: "0.0000175000"),
            bedrockProduct(
                "B007", model: "Titan Text G1 - Express", usage: "TitanTextExpress-input-tokens",
                inference: "Input tokens", usd: "0.0002000000", titan: true),
            bedrockProduct(
                "B008", model: "Titan Text G1 - Express", usage: "TitanTextExpress-output-tokens",
                inference: "Output tokens", usd: "0.0006000000", titan: true),
            bedrockProduct(
                "B009", model: "Llama 3.1 8B Instruct", usage: "Llama3.1-8B-input-tokens", inference: "Input tokens",
                usd: "0.0002200000"),
            bedrockProduct(
                "B010", model: "Llama 3.1 8B Instruct", usage: "Llama3.1-8B-output-tokens", inference: "Output tokens",
                usd: "0.0002200000"),
        ])

    /// A Marketplace product as AWS publishes it: no product family, the model in `servicename`,
    /// unit `Units`, the scale in the usage type and the description.
    static func marketplaceProduct(
        _ sku: String, model: String, kind: String, what: String, usd: String, region: String = "us-east-1",
        prefix: String = "USE1"
    ) -> Product {
        Product(
            sku: sku, family: nil,
            attributes: [
                "regionCode": region, "usagetype": "\(prefix)-MP:\(prefix)_\(kind)-Units", "locationType": "AWS Region",
                "location": "US East (N. Virginia)", "servicename": "\(model) (Amazon Bedrock Edition)",
                "operation": "",
            ], unit: "Units", usd: usd, termCode: "4799GE89SK",
            description: "AWS Marketplace software usage|\(region)|\(what)")
    }

    static let foundationModels = offer(
        "AmazonBedrockFoundationModels",
        products: [
            marketplaceProduct(
                "F001", model: "Claude Sonnet 4.6", kind: "InputTokenCount", what: "Million Input Tokens Regional",
                usd: "3.3000000000"),
            marketplaceProduct(
                "F002", model: "Claude Sonnet 4.6", kind: "OutputTokenCount", what: "Million Response Tokens Regional",
                usd: "16.5000000000"),
            marketplaceProduct(
                "F003", model: "Claude Sonnet 4.6", kind: "InputTokenCount_Global", what: "Million Input Tokens Global",
                usd: "3.0000000000"),
            marketplaceProduct(
                "F004", model: "Claude Sonnet 4.6", kind: "Reserved_1Month_InputTPM_Geo",
                what: "Per Hour per 1K Input TPM Reserved 1 Month Geo", usd: "0.1980000000"),
        ])

    static let service = offer(
        "AmazonBedrockService",
        products: [
            bedrockProduct(
                "S001", model: "Claude Sonnet 4", usage: "Claude4Sonnet-input-tokens", inference: "Input tokens",
                usd: "0.0030000000"),
            bedrockProduct(
                "S002", model: "Claude Sonnet 4", usage: "Claude4Sonnet-output-tokens", inference: "Output tokens",
                usd: "0.0150000000"),
        ])

    static func sageMakerProduct(
        _ sku: String, instance: String, component: String, usd: String, location: String = "AWS Region"
    ) -> Product {
        let prefix = component == "Hosting" ? "Host" : (component == "Training" ? "Train" : component)
        return Product(
            sku: sku, family: "ML Instance",
            attributes: [
                "instanceName": instance, "component": component, "usagetype": "USE1-\(prefix):\(instance)",
                "regionCode": "us-east-1",
                "locationType": location, "location": "US East (N. Virginia)", "operation": "RunInstance",
                "servicecode": "AmazonSageMaker",
            ], unit: "Hrs", usd: usd)
    }

    static let sageMaker = offer(
        "AmazonSageMaker",
        products: [
            sageMakerProduct("M001", instance: "ml.g5.2xlarge", component: "Hosting", usd: "1.5150000000"),
            sageMakerProduct("M002", instance: "ml.g5.2xlarge", component: "Training", usd: "1.5150000000"),
            sageMakerProduct("M003", instance: "ml.g5.12xlarge", component: "Hosting", usd: "7.0900000000"),
            sageMakerProduct("M004", instance: "ml.g5.xlarge", component: "Hosting", usd: "1.4100000000"),
            sageMakerProduct(
                "M005", instance: "ml.g5.xlarge", component: "Hosting", usd: "9.9900000000", location: "AWS Outposts"),
            Product(
                sku: "M006", family: "ML Instance",
                attributes: [
                    "instanceName": "ml.t3.medium", "component": "Notebook", "usagetype": "USE1-Notebk:ml.t3.medium",
                    "regionCode": "us-east-1", "locationType": "AWS Region",
                ], unit: "Hrs", usd: "0.0500000000"),
        ])

    static let offers: [String: String] = [
        "AmazonBedrock": bedrock, "AmazonBedrockFoundationModels": foundationModels, "AmazonBedrockService": service,
        "AmazonSageMaker": sageMaker,
    ]

    static func regionIndex(_ offer: String) -> String {
        """
        {"formatVersion":"v1.0","disclaimer":"...","publicationDate":"2026-11-01T00:00:00Z",
         "regions":{"us-east-1":{"regionCode":"us-east-1","currentVersionUrl":"/offers/v1.0/aws/\(offer)/20261101000000/us-east-1/index.json"}}}
        """
    }

    /// The offer index, listing `offers` (the region index URL given for some, left out for others);
    /// with `savingsPlans`, AmazonSageMaker's entry points to its Savings Plans as the real index does.
    static func offerIndex(_ offers: [String], savingsPlans: Bool = false) -> String {
        let entries = offers.enumerated().map { index, code in
            var regionIndex =
                index.isMultiple(of: 2)
                ? ", \"currentRegionIndexUrl\" : \"/offers/v1.0/aws/\(code)/current/region_index.json\"" : ""
            if savingsPlans, code == "AmazonSageMaker" {
                regionIndex +=
                    ", \"savingsPlanVersionIndexUrl\" : \"/savingsPlan/v1.0/aws/AWSMachineLearningSavingsPlans/current/index.json\", \"currentSavingsPlanIndexUrl\" : \"\(savingsPlanIndexPath)\""
            }
            return
                "\"\(code)\" : {\"offerCode\" : \"\(code)\", \"versionIndexUrl\" : \"/offers/v1.0/aws/\(code)/index.json\"\(regionIndex)}"
        }
        return """
            {"formatVersion" : "v1.0", "disclaimer" : "...", "publicationDate" : "2026-11-01T00:00:00Z",
             "offers" : {\(entries.joined(separator: ",\n"))}}
            """
    }

    static func offerPath(_ offer: String) -> String { "/offers/v1.0/aws/\(offer)/20261101000000/us-east-1/index.json" }

    static let savingsPlanIndexPath = "/savingsPlan/v1.0/aws/AWSMachineLearningSavingsPlans/current/region_index.json"
    static let savingsPlanPath =
        "/savingsPlan/v1.0/aws/AWSMachineLearningSavingsPlans/20261101000000/us-east-1/index.json"

    /// The Savings Plans region index: an array of regions, each with its file's `versionUrl`.
    static let savingsPlanIndex = """
        {"disclaimer" : "...", "publicationDate" : "2026-11-01T00:00:00Z",
         "regions" : [ {"regionCode" : "us-east-1", "versionUrl" : "\(savingsPlanPath)"} ]}
        """

    /// A plan of the Savings Plans file: its product and its term with rates (usage type, USD).
    static func savingsPlanEntries(
        sku: String, term: String, years: Int, option: String, rates: [(String, String)], skuFirst: Bool = true
    ) -> (product: String, term: String) {
        let product = """
            {"sku" : "\(sku)", "productFamily" : "SageMakerSavingsPlans", "serviceCode" : "MachineLearningSavingsPlans",
             "usageType" : "SageMakerSP:\(term)\(option.replacingOccurrences(of: " ", with: ""))", "operation" : "",
             "attributes" : {"purchaseOption" : "\(option)", "productFamily" : "SageMakerSavingsPlans",
               "serviceCode" : "MachineLearningSavingsPlans", "granularity" : "hourly", "locationType" : "AWS Region",
               "purchaseTerm" : "\(term)", "location" : "Any", "detail" : "\(term)\(option.replacingOccurrences(of: " ", with: ""))"}}
            """
        let rateEntries = rates.enumerated().map { index, rate in
            """
            {"discountedSku" : "D\(sku.suffix(3))\(index)", "discountedUsageType" : "\(rate.0)",
             "discountedOperation" : "RunInstance", "discountedServiceCode" : "AmazonSageMaker",
             "rateCode" : "\(sku).D\(index)", "unit" : "Hrs",
             "discountedRate" : {"price" : "\(rate.1)", "currency" : "USD"}}
            """
        }
        let skuField = "\"sku\" : \"\(sku)\""
        let body = """
            "description" : "\(years) year \(option) SageMaker Savings Plan", "effectiveDate" : "2026-11-01T00:00:00Z",
             "leaseContractLength" : {"duration" : \(years), "unit" : "year"},
             "rates" : [\(rateEntries.joined(separator: ",\n"))]
            """
        return (product, skuFirst ? "{\(skuField), \(body)}" : "{\(body), \(skuField)}")
    }

    /// us-east-1's AWSMachineLearningSavingsPlans file: two plans, rates for ml.g5.2xlarge hosting and
    /// training, one for an instance the catalog lacks and one for Studio (neither kept). The rates
    /// are the fixture's own, in the real file's shape.
    static let savingsPlans: String = {
        let plans = [
            savingsPlanEntries(
                sku: "SP1NOUPFRONT", term: "1yr", years: 1, option: "No Upfront",
                rates: [
                    ("USE1-Host:ml.g5.2xlarge", "1.0605000000"), ("USE1-Train:ml.g5.2xlarge", "1.1000000000"),
                    ("USE1-Train:ml.m4.16xlarge", "2.6054400000"),
                    ("USE1-Studio:KernelGateway-ml.r5.24xlarge", "6.6768000000"),
                ]),
            savingsPlanEntries(
                sku: "SP3ALLUPFRONT", term: "3yr", years: 3, option: "All Upfront",
                rates: [("USE1-Host:ml.g5.2xlarge", "0.6060000000")], skuFirst: false),
        ]
        return """
            {"version" : "20261101000000", "publicationDate" : "2026-11-01T00:00:00Z", "regionCode" : "us-east-1",
             "products" : [\(plans.map(\.product).joined(separator: ",\n"))],
             "terms" : {"savingsPlan" : [\(plans.map(\.term).joined(separator: ",\n"))]}}
            """
    }()

    /// The bundled snapshot's files, as a refresh's `previousFiles`.
    static func bundledFiles() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in CatalogDecoder.fileNames + ["overrides.json", PriceListNames.fileName] {
            files[name] = CatalogLoader.embeddedFile(name).map { Array($0.utf8) }
        }
        return files
    }
}
