/// Builds a `PricingCatalog` from the JSON files of a catalog directory (`Pricing/`).
///
/// Pure: it takes the files' bytes, so the embedded snapshot and a directory on disk go through
/// the same checks. Every problem in every file is collected and thrown together.
package enum CatalogDecoder {
    /// The files a catalog consists of, in the order they are read.
    package static let fileNames = [
        "manifest.json", "bedrock.json", "sagemaker.json", "jumpstart.json", "unavailable.json",
    ]
    /// The catalog format this version reads.
    package static let schemaVersion = 1

    /// Decodes and validates a catalog.
    /// - Parameters:
    ///   - files: file name → contents, for every name in `fileNames`.
    ///   - origin: where the files came from, shown to users (`embedded` or a path).
    package static func decode(files: [String: [UInt8]], origin: String) throws(CatalogError) -> PricingCatalog {
        let problems = ProblemList()
        var documents: [String: JSONCursor] = [:]
        for name in fileNames {
            guard let bytes = files[name] else {
                problems.problems.append(CatalogProblem(file: name, path: "", message: "file is missing"))
                continue
            }
            do {
                let value = try JSONParser.parse(bytes)
                documents[name] = JSONCursor(value: value, file: name, problems: problems)
            } catch {
                problems.problems.append(CatalogProblem(file: name, path: "", message: "invalid JSON at \(error)"))
            }
        }
        guard let manifest = documents["manifest.json"] else { throw CatalogError(problems: problems.problems) }

        manifest.checkKeys([
            "schema_version", "snapshot", "date", "currency", "regions", "sources", "notes", "price_list_files",
        ])
        if let version = manifest.child("schema_version").int(), version != schemaVersion {
            manifest.child("schema_version").report(
                "this version of genai-plan reads schema_version \(schemaVersion), found \(version)")
        }
        var sources: [String: PriceSource] = [:]
        for (key, cursor) in manifest.child("sources").members() {
            cursor.checkKeys(["title", "url", "date", "kind"])
            let kind = cursor.child("kind").exists ? cursor.child("kind").enumValue(PriceSource.Kind.self) : .published
            sources[key] = PriceSource(
                key: key, title: cursor.child("title").string() ?? "", url: cursor.child("url").string() ?? "",
                date: cursor.child("date").string() ?? "", kind: kind ?? .published)
        }
        let regions = manifest.child("regions").strings()
        let context = DecodingContext(sources: sources, regions: regions)

        let bedrock = documents["bedrock.json"].map { decodeBedrock($0, context) } ?? []
        let imports = documents["bedrock.json"].map { decodeCustomModelImport($0, context) } ?? [:]
        let instances = documents["sagemaker.json"].map { decodeInstances($0, context) } ?? []
        let (openModels, throughputs) = documents["jumpstart.json"].map { decodeJumpStart($0, context) } ?? ([], [])
        let unavailable = documents["unavailable.json"].map { decodeUnavailable($0) } ?? []

        checkUnique(bedrock.map(\.id), file: "bedrock.json", what: "model id", problems: problems)
        checkUnique(instances.map(\.name), file: "sagemaker.json", what: "instance", problems: problems)
        checkUnique(openModels.map(\.id), file: "jumpstart.json", what: "model id", problems: problems)
        let instanceNames = Set(instances.map(\.name))
        for model in openModels {
            if let instance = model.defaultInstance, !instanceNames.contains(instance) {
                problems.problems.append(
                    CatalogProblem(
                        file: "jumpstart.json", path: model.id,
                        message: "default instance '\(instance)' is not in sagemaker.json"))
            }
        }
        for throughput in throughputs where !instanceNames.contains(throughput.instance) {
            problems.problems.append(
                CatalogProblem(
                    file: "jumpstart.json", path: "throughput",
                    message: "instance '\(throughput.instance)' is not in sagemaker.json"))
        }
        guard problems.problems.isEmpty else { throw CatalogError(problems: problems.problems) }
        return PricingCatalog(
            snapshot: manifest.child("snapshot").string() ?? "", date: manifest.child("date").string() ?? "",
            origin: origin, currency: manifest.child("currency").string() ?? "USD", regions: regions, sources: sources,
            bedrockModels: bedrock, instances: instances, openModels: openModels, throughputs: throughputs,
            unavailableModels: unavailable, customModelImport: imports)
    }

    /// The ranges every figure an engine multiplies with or divides by must be in: a price outside
    /// them is a typo, not a price, and a zero architecture figure would divide by zero.
    package enum Limits {
        /// USD per unit: up to $1,000,000 (an hour of the largest instance costs about $100).
        package static let price = Fixed.zero...Fixed(1_000_000)
        /// Tokens of a context window or a response: 1 to 100 million.
        package static let tokens = 1...100_000_000
        /// Model parameters: above zero, up to 100 trillion.
        package static let parameters = Fixed(units: Fixed.scale)...Fixed(100_000_000_000_000)
        /// Hidden and intermediate sizes.
        package static let width = 1...10_000_000
        /// GB of memory per accelerator.
        package static let gigabytes = Fixed(units: Fixed.scale / 1000)...Fixed(100_000)
        /// GB/s of memory bandwidth per accelerator.
        package static let bandwidth = Fixed(units: Fixed.scale / 1000)...Fixed(1_000_000)
        /// TFLOPS per accelerator.
        package static let teraflops = Fixed(units: Fixed.scale / 1000)...Fixed(1_000_000)
        /// A measured throughput.
        package static let tokensPerSecond = Fixed(units: Fixed.scale / 1000)...Fixed(100_000_000)
        /// A measured latency per token.
        package static let milliseconds = Fixed(units: Fixed.scale / 1000)...Fixed(1_000_000)
        /// A quota in tokens a minute.
        package static let tokensPerMinute = 1...1_000_000_000_000
    }

    struct DecodingContext {
        var sources: [String: PriceSource]
        var regions: [String]

        func source(_ cursor: JSONCursor) -> PriceSource? {
            guard let key = cursor.string() else { return nil }
            guard let source = sources[key] else {
                cursor.report(
                    "unknown source '\(key)'\(Suggestions.didYouMean(key, among: Array(sources.keys))); add it to manifest.json"
                )
                return nil
            }
            return source
        }

        func regions(_ cursor: JSONCursor) -> [String] {
            let listed = cursor.strings()
            if listed.isEmpty { cursor.report("needs at least one region") }
            for region in listed where !regions.contains(region) {
                cursor.report(
                    "region '\(region)' is not listed in manifest.json\(Suggestions.didYouMean(region, among: regions))"
                )
            }
            return listed
        }
    }

    static func checkUnique(_ ids: [String], file: String, what: String, problems: ProblemList) {
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted {
            problems.problems.append(CatalogProblem(file: file, path: id, message: "duplicate \(what) '\(id)'"))
        }
    }

    /// Reads one price block: `{regions, unit, source, rates: {kind: "price" | {price, unit}}}`.
    static func decodeBlock<Kind: RawRepresentable & CaseIterable>(
        _ block: JSONCursor, _ context: DecodingContext, extraKeys: [String] = [],
        insert: (String, Kind, CatalogRate) -> Void
    ) where Kind.RawValue == String {
        block.checkKeys(["regions", "unit", "source", "rates", "note"] + extraKeys)
        let regions = context.regions(block.child("regions"))
        let unit = block.child("unit").enumValue(PriceUnit.self)
        guard let source = context.source(block.child("source")) else { return }
        for (name, cursor) in block.child("rates").members() {
            guard let kind = Kind(rawValue: name) else {
                let allowed = Kind.allCases.map(\.rawValue)
                cursor.report("unknown rate '\(name)'\(Suggestions.didYouMean(name, among: allowed))")
                continue
            }
            var rateUnit = unit
            var priceCursor = cursor
            if case .object = cursor.value {
                cursor.checkKeys(["price", "unit"])
                rateUnit = cursor.child("unit").enumValue(PriceUnit.self)
                priceCursor = cursor.child("price")
            }
            guard let price = priceCursor.fixed(in: Limits.price), let rateUnit else { continue }
            for region in regions { insert(region, kind, CatalogRate(price: price, unit: rateUnit, source: source)) }
        }
    }

    static func decodeBedrock(_ document: JSONCursor, _ context: DecodingContext) -> [BedrockModel] {
        document.checkKeys(["schema_version", "models", "custom_model_import"])
        return document.child("models").elements().compactMap { cursor in
            cursor.checkKeys([
                "id", "name", "provider", "kind", "architecture", "context_window", "max_output_tokens", "facts_source",
                "aliases", "open_weights", "prices", "note", "custom_model_serving", "quotas", "quota_output_burndown",
                "long_context_threshold",
            ])
            var rates: [BedrockRateKey: CatalogRate] = [:]
            for block in cursor.child("prices").elements() {
                let scope =
                    block.child("endpoint").exists ? block.child("endpoint").enumValue(EndpointScope.self) : .regional
                decodeBlock(block, context, extraKeys: ["endpoint"]) { (region, kind: BedrockRateKind, rate) in
                    let key = BedrockRateKey(region: region, scope: scope ?? .regional, kind: kind)
                    if rates[key] != nil { block.report("rate '\(kind.rawValue)' for \(region) is given twice") }
                    rates[key] = rate
                }
            }
            let factsSource = cursor.child("facts_source").exists ? context.source(cursor.child("facts_source")) : nil
            guard let id = cursor.child("id").string(), let name = cursor.child("name").string(),
                let provider = cursor.child("provider").string(),
                let kind = cursor.child("kind").enumValue(ModelKind.self),
                let architecture = cursor.child("architecture").enumValue(ModelArchitecture.self)
            else { return nil }
            var model = BedrockModel(
                id: id, name: name, provider: provider, kind: kind, architecture: architecture,
                contextWindow: cursor.child("context_window").int(in: Limits.tokens, optional: true),
                maxOutputTokens: cursor.child("max_output_tokens").int(in: Limits.tokens, optional: true),
                factsSource: factsSource,
                aliases: cursor.child("aliases").strings(),
                openWeights: cursor.child("open_weights").bool(default: false),
                rates: rates)
            if let threshold = cursor.child("long_context_threshold").int(in: Limits.tokens, optional: true) {
                model.longContextThreshold = Fixed(threshold)
            }
            let burndown = cursor.child("quota_output_burndown").int(in: 1...100, optional: true) ?? 1
            for block in cursor.child("quotas").elements(optional: true) {
                block.checkKeys(["regions", "tokens_per_minute", "cross_region_tokens_per_minute", "source"])
                guard let source = context.source(block.child("source")) else { continue }
                let quota = BedrockQuota(
                    tokensPerMinute: block.child("tokens_per_minute").int(in: Limits.tokensPerMinute, optional: true),
                    crossRegionTokensPerMinute: block.child("cross_region_tokens_per_minute").int(
                        in: Limits.tokensPerMinute, optional: true),
                    outputBurndown: burndown, source: source)
                for region in block.child("regions").strings() { model.quotas[region] = quota }
            }
            if let serving = cursor.child("custom_model_serving").string(optional: true) {
                if let serving = CustomModelServing(rawValue: serving) {
                    model.customModelServing = serving
                } else {
                    cursor.child("custom_model_serving").report("expected provisioned or on-demand")
                }
            }
            return model
        }
    }

    /// `custom_model_import`: blocks of `{regions, version, source, rates: {inference, storage}}`.
    static func decodeCustomModelImport(_ document: JSONCursor, _ context: DecodingContext) -> [CustomModelImportKey:
        CatalogRate]
    {
        var rates: [CustomModelImportKey: CatalogRate] = [:]
        for block in document.child("custom_model_import").elements(optional: true) {
            guard let version = block.child("version").string() else { continue }
            decodeBlock(block, context, extraKeys: ["version"]) { (region, kind: CustomModelImportRateKind, rate) in
                let key = CustomModelImportKey(region: region, version: version, kind: kind)
                if rates[key] != nil {
                    block.report("rate '\(kind.rawValue)' of version \(version) for \(region) is given twice")
                }
                rates[key] = rate
            }
        }
        return rates
    }

    static func decodeInstances(_ document: JSONCursor, _ context: DecodingContext) -> [InstanceType] {
        document.checkKeys(["schema_version", "instances"])
        return document.child("instances").elements().compactMap { cursor in
            cursor.checkKeys([
                "name", "accelerator", "accelerator_kind", "accelerators", "accelerator_memory_gb", "bandwidth_gb_s",
                "peak_tflops", "vcpus", "memory_gib", "hardware_source", "prices", "note",
            ])
            var rates: [InstanceRateKey: CatalogRate] = [:]
            for block in cursor.child("prices").elements() {
                var plan: SavingsPlan?
                let planCursor = block.child("savings_plan")
                if let key = planCursor.string(optional: true) {
                    plan = SavingsPlan(key: key)
                    if plan == nil {
                        planCursor.report(
                            "unknown Savings Plan '\(key)'; expected one of: \(SavingsPlan.all.map(\.key).joined(separator: ", "))"
                        )
                        continue
                    }
                }
                decodeBlock(block, context, extraKeys: ["savings_plan"]) { (region, kind: InstanceRateKind, rate) in
                    let key = InstanceRateKey(region: region, kind: kind, plan: plan)
                    if rates[key] != nil { block.report("rate '\(key.kindPath)' for \(region) is given twice") }
                    rates[key] = rate
                }
            }
            guard let name = cursor.child("name").string(), let accelerator = cursor.child("accelerator").string(),
                let kind = cursor.child("accelerator_kind").enumValue(AcceleratorKind.self),
                let count = cursor.child("accelerators").int(in: 1...64),
                let memory = cursor.child("accelerator_memory_gb").fixed(in: Limits.gigabytes),
                let bandwidth = cursor.child("bandwidth_gb_s").fixed(in: Limits.bandwidth),
                let peak = cursor.child("peak_tflops").fixed(in: Limits.teraflops),
                let vcpus = cursor.child("vcpus").int(in: 1...10_000),
                let memoryGiB = cursor.child("memory_gib").int(in: 1...1_000_000),
                let hardwareSource = context.source(cursor.child("hardware_source"))
            else { return nil }
            return InstanceType(
                name: name, accelerator: accelerator, acceleratorKind: kind, acceleratorCount: count,
                memoryPerAcceleratorGB: memory, bandwidthPerAcceleratorGBs: bandwidth, peakTFLOPSPerAccelerator: peak,
                vcpus: vcpus, memoryGiB: memoryGiB, hardwareSource: hardwareSource, rates: rates)
        }
    }

    static func decodeJumpStart(_ document: JSONCursor, _ context: DecodingContext) -> (
        [OpenModel], [MeasuredThroughput]
    ) {
        document.checkKeys(["schema_version", "models", "throughput"])
        let models: [OpenModel] = document.child("models").elements().compactMap { cursor in
            cursor.checkKeys([
                "id", "name", "provider", "architecture", "parameters", "layers", "hidden_size", "intermediate_size",
                "gated_mlp", "heads", "kv_heads",
                "head_dim", "vocab_size", "context_window", "default_instance", "fine_tunable", "neuron", "aliases",
                "bedrock_equivalent", "custom_model_units", "source", "note",
            ])
            guard let id = cursor.child("id").string(), let name = cursor.child("name").string(),
                let provider = cursor.child("provider").string(),
                let architecture = cursor.child("architecture").enumValue(ModelArchitecture.self),
                let parameters = cursor.child("parameters").fixed(in: Limits.parameters),
                let context = cursor.child("context_window").int(in: Limits.tokens),
                let source = contextSource(cursor.child("source"))
            else { return nil }
            var model = OpenModel(
                id: id, name: name, provider: provider, architecture: architecture, parameters: parameters,
                layers: cursor.child("layers").int(in: 1...1_000, optional: true),
                hiddenSize: cursor.child("hidden_size").int(in: Limits.width, optional: true),
                intermediateSize: cursor.child("intermediate_size").int(in: Limits.width, optional: true),
                gatedMLP: cursor.child("gated_mlp").bool(default: false),
                attentionHeads: cursor.child("heads").int(in: 1...10_000, optional: true),
                kvHeads: cursor.child("kv_heads").int(in: 1...10_000, optional: true),
                headDim: cursor.child("head_dim").int(in: 1...100_000, optional: true),
                vocabularySize: cursor.child("vocab_size").int(in: 1...100_000_000, optional: true),
                contextWindow: context, defaultInstance: cursor.child("default_instance").string(optional: true),
                fineTunable: cursor.child("fine_tunable").bool(default: false),
                neuron: cursor.child("neuron").bool(default: false),
                aliases: cursor.child("aliases").strings(),
                bedrockEquivalent: cursor.child("bedrock_equivalent").string(optional: true),
                factsSource: source)
            let units = cursor.child("custom_model_units")
            if units.exists {
                units.checkKeys(["per_copy", "source"])
                if let perCopy = units.child("per_copy").int(in: 1...64),
                    let stated = contextSource(units.child("source"))
                {
                    model.customModelUnits = StatedCustomModelUnits(perCopy: perCopy, source: stated)
                }
            }
            return model
        }
        func contextSource(_ cursor: JSONCursor) -> PriceSource? { context.source(cursor) }
        let known = Set(models.map(\.id))
        let throughputs: [MeasuredThroughput] = document.child("throughput").elements(optional: true).compactMap {
            cursor in
            cursor.checkKeys([
                "models", "instance", "tokens_per_second", "concurrency", "ms_per_token", "source", "note",
            ])
            let ids = cursor.child("models").strings()
            for id in ids where !known.contains(id) { cursor.child("models").report("unknown model '\(id)'") }
            guard let instance = cursor.child("instance").string(),
                let rate = cursor.child("tokens_per_second").fixed(in: Limits.tokensPerSecond),
                let concurrency = cursor.child("concurrency").int(in: 1...100_000),
                let source = context.source(cursor.child("source"))
            else { return nil }
            return MeasuredThroughput(
                models: ids, instance: instance, tokensPerSecond: rate, concurrency: concurrency,
                millisecondsPerToken: cursor.child("ms_per_token").fixed(in: Limits.milliseconds, optional: true),
                source: source)
        }
        return (models, throughputs)
    }

    static func decodeUnavailable(_ document: JSONCursor) -> [UnavailableModel] {
        document.checkKeys(["schema_version", "models"])
        return document.child("models").elements().compactMap { cursor in
            cursor.checkKeys(["name", "aliases", "reason", "alternatives"])
            guard let name = cursor.child("name").string(), let reason = cursor.child("reason").string() else {
                return nil
            }
            return UnavailableModel(
                name: name, aliases: cursor.child("aliases").strings(), reason: reason,
                alternatives: cursor.child("alternatives").strings())
        }
    }
}
