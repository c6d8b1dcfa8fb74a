import PlannerCore

/// The `pricing show` listing: prices with unit, source and date.
public struct PriceListing: Sendable {
    /// Raised when the name matches nothing in the catalog.
    public struct NotFound: Error, CustomStringConvertible {
        public var description: String
    }

    public let catalog: PricingCatalog

    public init(catalog: PricingCatalog) { self.catalog = catalog }

    /// The listing as text (the `pricing show` default).
    public func render(name: String?, region: String?) throws -> String {
        PriceTableRenderer.text(try table(name: name, region: region))
    }

    /// The prices `pricing show` lists: every price, or those of one model or instance, in one
    /// region or all; a JumpStart model gets its facts and where its price is instead.
    public func table(name: String?, region: String?) throws -> PriceTable {
        var result = PriceTable(
            header:
                "pricing snapshot \(catalog.snapshot) (\(catalog.date), \(catalog.origin)); regions \(catalog.regions.joined(separator: ", "))"
        )
        func add(_ label: String, _ region: String, _ rate: CatalogRate) {
            result.rows.append(PriceTable.Row(label: label, region: region, rate: rate))
        }
        let resolver = ModelResolver(catalog: catalog)
        var models: [BedrockModel] = []
        var instances: [InstanceType] = []
        if let name {
            if let instance = catalog.instances[name] {
                instances = [instance]
            } else {
                switch resolver.resolveBedrock(name) {
                case .bedrock(let model, _): models = [model]
                case .openModel(let open):
                    result.facts = [
                        "\(open.name) (\(open.id)): \(open.architecture.rawValue), \(open.parameters.quantityText(maximumDecimals: 0)) parameters, context \(open.contextWindow) tokens [\(open.factsSource.key)]",
                        "JumpStart models are billed per instance-hour: price the endpoint's instance, e.g. `genai-plan pricing show \(open.defaultInstance ?? "ml.g5.2xlarge")`.",
                    ]
                    if let stated = open.defaultInstance {
                        result.facts.append("AWS's stated default inference instance: \(stated)")
                    }
                    return result
                case .unavailable(let model):
                    throw NotFound(
                        description:
                            "\(model.reason). Nearest AWS-hosted alternatives: \(model.alternatives.joined(separator: ", "))"
                    )
                case .unknown(let suggestions):
                    let all =
                        Array(catalog.instances.keys) + Array(catalog.openModels.keys)
                        + Array(catalog.bedrockModels.keys)
                    let hints = suggestions.isEmpty ? Suggestions.closest(to: name, among: all) : suggestions
                    throw NotFound(
                        description:
                            "'\(name)' is not in the catalog\(hints.isEmpty ? "" : " (did you mean \(hints.map { "'\($0)'" }.joined(separator: " or "))?)")"
                    )
                }
            }
        } else {
            models = catalog.bedrockModels.values.sorted { $0.id < $1.id }
            instances = catalog.instances.values.sorted { $0.name < $1.name }
        }
        for model in models {
            for (key, rate) in model.rates.sorted(by: {
                ($0.key.region, $0.key.scope.rawValue, $0.key.kind.rawValue) < (
                    $1.key.region, $1.key.scope.rawValue, $1.key.kind.rawValue
                )
            })
            where region == nil || key.region == region {
                let scope = key.scope == .regional ? "" : " (\(key.scope.rawValue))"
                add("\(model.id) \(key.kind.label)\(scope)", key.region, rate)
            }
        }
        for instance in instances {
            for (key, rate) in instance.rates.sorted(by: {
                ($0.key.region, $0.key.kindPath) < ($1.key.region, $1.key.kindPath)
            })
            where region == nil || key.region == region {
                let plan = key.plan.map { ", \($0)" } ?? ""
                add(
                    "\(instance.name) \(key.kind.rawValue)\(plan) (\(instance.acceleratorCount) × \(instance.accelerator))",
                    key.region, rate)
            }
        }
        if name == nil {
            for (key, rate) in catalog.customModelImport.sorted(by: {
                ($0.key.region, $0.key.version, $0.key.kind.rawValue) < (
                    $1.key.region, $1.key.version, $1.key.kind.rawValue
                )
            })
            where region == nil || key.region == region {
                add("Custom Model Import v\(key.version) \(key.kind.rawValue)", key.region, rate)
            }
        }
        let used = Set(result.rows.map(\.rate.source.key))
        result.sources = used.sorted().compactMap { catalog.sources[$0] }
        return result
    }

    /// The regions the snapshot covers: code, name, and how many Bedrock models, SageMaker instance
    /// types and Custom Model Import prices each has, with the range of its price dates.
    public func regions() -> String {
        var table = TextTable(
            headers: ["Region", "Name", "Bedrock models", "SageMaker instances", "Custom Model Import", "Price dates"],
            alignments: [.left, .left, .right, .right, .right, .left])
        for region in catalog.regions {
            var dates: [String] = []
            let models = catalog.bedrockModels.values.filter { model in
                let here = model.rates.filter { $0.key.region == region }
                dates += here.values.map(\.source.date)
                return !here.isEmpty
            }.count
            let instances = catalog.instances.values.filter { instance in
                let here = instance.rates.filter { $0.key.region == region }
                dates += here.values.map(\.source.date)
                return !here.isEmpty
            }.count
            let imports = catalog.customModelImport.filter { $0.key.region == region }
            dates += imports.values.map(\.source.date)
            let sorted = dates.sorted()
            let range = sorted.first.map { first in first == sorted.last ? first : "\(first) – \(sorted.last ?? first)"
            }
            table.rows.append([
                region, AWSRegion.name(region) ?? "(not in the AWS Regions list here)", String(models),
                String(instances),
                imports.isEmpty ? "–" : "yes", range ?? "–",
            ])
        }
        return
            "pricing snapshot \(catalog.snapshot) (\(catalog.date), \(catalog.origin)): \(catalog.regions.count) regions\n\n"
            + table.render(indent: 0)
    }
}
