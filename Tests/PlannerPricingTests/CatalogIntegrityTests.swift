import PlannerCore
import Testing

@testable import PlannerPricing

/// The bundled snapshot as a whole: every model and instance priced somewhere, every price traced to
/// a source of the manifest, no name claimed twice, no slot given twice.
@Suite("Bundled catalog integrity")
struct CatalogIntegrityTests {
    let catalog: PricingCatalog

    init() throws { catalog = try CatalogLoader.embedded() }

    @Test("every Bedrock model and every instance is priced in at least one region")
    func everythingPriced() {
        #expect(catalog.bedrockModels.count >= 160)
        for model in catalog.bedrockModels.values {
            #expect(!model.rates.isEmpty, "\(model.id) has no price")
            #expect(!model.name.isEmpty && !model.provider.isEmpty, "\(model.id)")
        }
        for instance in catalog.instances.values {
            #expect(instance.rates.keys.contains { $0.kind == .hosting }, "\(instance.name) has no hosting price")
        }
    }

    @Test("every price cites a source of the manifest, with its title, address, date and kind")
    func sourcesFromManifest() {
        for (key, rate) in catalog.allPrices {
            #expect(catalog.sources[rate.source.key] == rate.source, "\(key) cites \(rate.source.key)")
        }
        for model in catalog.bedrockModels.values {
            if let facts = model.factsSource { #expect(catalog.sources[facts.key] == facts, "\(model.id)") }
        }
    }

    @Test("text models state their context window, except the three no source gives one")
    func contextWindows() {
        let without = catalog.bedrockModels.values.filter { $0.kind == .text && $0.contextWindow == nil }.map(\.id)
        #expect(Set(without) == ["amazon.nova-2-lite", "amazon.nova-sonic", "twelvelabs.pegasus-1-2"])
    }

    @Test("no id or alias names two models, and every one resolves to its own model")
    func namesUnique() {
        var owner: [String: String] = [:]
        for model in catalog.bedrockModels.values {
            for name in Set(([model.id] + model.aliases).map(ModelResolver.normalise)) {
                #expect(owner[name] == nil, "'\(name)' names \(owner[name] ?? "") and \(model.id)")
                owner[name] = model.id
            }
        }
        let resolver = ModelResolver(catalog: catalog)
        for model in catalog.bedrockModels.values {
            for name in [model.id] + model.aliases {
                guard case .bedrock(let found, _) = resolver.resolveBedrock(name) else {
                    Issue.record("'\(name)' does not resolve")
                    continue
                }
                #expect(found.id == model.id, "'\(name)'")
            }
        }
    }

    @Test("no price slot is given twice: the snapshot's files hold exactly the slots the catalog has")
    func noDuplicateSlots() throws {
        // The decoder refuses a slot given twice; count the slots the JSON spells out to be sure none
        // was silently merged (a block's rate × each region it lists).
        var spelled = 0
        for name in ["bedrock.json", "sagemaker.json"] {
            let document = try JSONParser.parse(try #require(CatalogLoader.embeddedFile(name)))
            for list in ["models", "instances", "custom_model_import"] {
                guard case .array(let entries) = document[list] ?? .null else { continue }
                for entry in entries {
                    let blocks: [JSONValue]
                    if list == "custom_model_import" {
                        blocks = [entry]
                    } else if case .array(let prices) = entry["prices"] ?? .null {
                        blocks = prices
                    } else {
                        blocks = []
                    }
                    for block in blocks {
                        guard case .array(let regions) = block["regions"] ?? .null,
                            case .object(let rates) = block["rates"] ?? .null
                        else { continue }
                        spelled += regions.count * rates.count
                    }
                }
            }
        }
        #expect(spelled == catalog.allPrices.count)
    }
}

/// Long-context thresholds that are not Claude's 200K, priced with the bundled catalog.
@Suite("Per-model long-context thresholds")
struct LongContextThresholdTests {
    let estimator: Estimator

    init() throws { estimator = Estimator(catalog: try CatalogLoader.embedded()) }

    func monthly(_ model: String, endpoint: EndpointScope, input: Int) throws -> OptionEstimate {
        let plan = WorkloadProfile(
            name: "long-context", hoursPerMonth: Fixed(730),
            workload: Workload(
                task: .chatbot, useCase: .chat, requests: RequestRate(Fixed(1_000), per: .month),
                inputTokens: Fixed(input), outputTokens: Fixed(1_000)),
            options: [.bedrock(BedrockOption(model: model, endpoint: endpoint))])
        return try #require(estimator.estimate(plan).options.first)
    }

    @Test(
        "GPT-5.4 bills long context above 272K: 250K is ordinary (1,000 × (250K × $2.75 + 1K × $16.50) per 1M = $704), 300K long (1,000 × (300K × $5.50 + 1K × $24.75) per 1M = $1,674.75)"
    )
    func gpt() throws {
        let ordinary = try monthly("openai.gpt-5.4", endpoint: .regional, input: 250_000)
        #expect(ordinary.lineItems.map(\.description) == ["input tokens", "output tokens"])
        #expect(ordinary.monthlyCost == Fixed("704"))
        let long = try monthly("openai.gpt-5.4", endpoint: .regional, input: 300_000)
        #expect(long.lineItems.map(\.description) == ["long-context input tokens", "long-context output tokens"])
        #expect(long.monthlyCost == Fixed("1674.75"))
        #expect(long.findings.contains { $0.code == .longContext && $0.message.contains("threshold of 272,000") })
    }

    @Test(
        "Claude Haiku 5.5 bills long context above 100K: 100K is ordinary (1,000 × (100K × $0.10 + 1K × $0.50) per 1M = $10.50), 150K long (1,000 × (150K × $0.50 + 1K × $2.50) per 1M = $77.50)"
    )
    func haiku() throws {
        let ordinary = try monthly("anthropic.claude-haiku-5-5", endpoint: .global, input: 100_000)
        #expect(ordinary.monthlyCost == Fixed("10.5"))
        let long = try monthly("anthropic.claude-haiku-5-5", endpoint: .global, input: 150_000)
        #expect(long.lineItems.map(\.description) == ["long-context input tokens", "long-context output tokens"])
        #expect(long.monthlyCost == Fixed("77.5"))
    }
}
