import PlannerCore

/// The `pricing show` listing: prices with unit, source and date.
public struct PriceListing: Sendable {
    /// Raised when the name matches nothing in the catalog.
    public struct NotFound: Error, CustomStringConvertible {
        public var description: String
    }

    public let catalog: PricingCatalog

    public init(catalog: PricingCatalog) { self.catalog = catalog }

    public func render(name: String?, region: String?) throws -> String {
        var output =
            "pricing snapshot \(catalog.snapshot) (\(catalog.date), \(catalog.origin)); regions \(catalog.regions.joined(separator: ", "))\n\n"
        var table = TextTable(
            headers: ["Price", "Region", "USD", "Unit", "Source"], alignments: [.left, .left, .right, .left, .left])
        func add(_ label: String, _ region: String, _ rate: CatalogRate) {
            table.rows.append([
                label, region, rate.price.unitPriceText, rate.unit.rawValue, "\(rate.source.key), \(rate.source.date)",
            ])
        }
        let resolver = ModelResolver(catalog: catalog)
        var models: [BedrockModel] = []
        var instances: [InstanceType] = []
        var open: OpenModel?
        if let name {
            if let instance = catalog.instances[name] {
                instances = [instance]
            } else {
                switch resolver.resolveBedrock(name) {
                case .bedrock(let model, _): models = [model]
                case .openModel(let model): open = model
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
        if let open {
            output +=
                "\(open.name) (\(open.id)): \(open.architecture.rawValue), \(open.parameters.quantityText(maximumDecimals: 0)) parameters, context \(open.contextWindow) tokens [\(open.factsSource.key)]\n"
            output +=
                "JumpStart models are billed per instance-hour: price the endpoint's instance, e.g. `genai-plan pricing show \(open.defaultInstance ?? "ml.g5.2xlarge")`.\n"
            if let stated = open.defaultInstance { output += "AWS's stated default inference instance: \(stated)\n" }
            return output
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
                ($0.key.region, $0.key.kind.rawValue) < ($1.key.region, $1.key.kind.rawValue)
            })
            where region == nil || key.region == region {
                add(
                    "\(instance.name) \(key.kind.rawValue) (\(instance.acceleratorCount) × \(instance.accelerator))",
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
        output += table.render(indent: 0)
        let usedSources = Set(table.rows.map { $0[4].split(separator: ",").first.map(String.init) ?? "" })
        output += "\nSources\n"
        for key in usedSources.sorted() {
            if let source = catalog.sources[key] {
                output += "  \(key) (\(source.date)): \(source.title) <\(source.url)>\n"
            }
        }
        return output
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
