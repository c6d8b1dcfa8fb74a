/// The pricing catalog in a compact binary form that loads in a few milliseconds: the bundled
/// snapshot is embedded this way (decoding its half a megabyte of JSON took most of a cold start),
/// and a refresh writes one into its cache beside the JSON files (`fileName`).
///
/// The JSON stays the source of truth: `genai-plan-embed-pricing` and the refresh decode and validate
/// it with `CatalogDecoder`, then write the archive with the fingerprint of those files; a test checks
/// that the bundled archive decodes to exactly the catalog its JSON does. Enumerations are stored by
/// raw value and every collection in a sorted order, so the same catalog always gives the same bytes.
package enum CatalogArchive {
    /// The ranges the JSON decoder checks, checked again on reading (an archive in a cache directory
    /// is a file anyone could replace).
    typealias Limits = CatalogDecoder.Limits

    /// The first bytes of every archive: `GPCA`.
    static let magic: [UInt8] = Array("GPCA".utf8)
    /// Bumped whenever the layout changes; a reader refuses any other version.
    static let version: UInt8 = 2
    /// The archive a refresh writes beside the JSON files of a catalog directory (the refresh cache),
    /// so that loading the directory is as fast as loading the bundled snapshot.
    package static let fileName = "catalog.archive"

    /// The fingerprint of a catalog's JSON files (64-bit FNV-1a over each file's name, length and
    /// bytes, in `CatalogDecoder.fileNames` order): an archive records the one of the files it was
    /// made from, and is used only while they are unchanged.
    package static func fingerprint(of files: [String: [UInt8]]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        for name in CatalogDecoder.fileNames {
            for byte in name.utf8 { mix(byte) }
            guard let bytes = files[name] else {
                mix(0xFF)
                continue
            }
            for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: bytes.count >> shift)) }
            for byte in bytes { mix(byte) }
        }
        return hash
    }

    /// The archive of `catalog` (its `origin` is not stored: the loader names it), recording the
    /// `fingerprint` of the files it was decoded from.
    package static func encode(_ catalog: PricingCatalog, fingerprint: UInt64) -> [UInt8] {
        var writer = ArchiveWriter()
        writer.string(catalog.snapshot)
        writer.string(catalog.date)
        writer.string(catalog.currency)
        writer.strings(catalog.regions)
        writer.count(catalog.sources.count)
        for (key, source) in catalog.sources.sorted(by: { $0.key < $1.key }) {
            writer.string(key)
            writer.source(source)
        }
        let models = catalog.bedrockModels.values.sorted { $0.id < $1.id }
        writer.count(models.count)
        for model in models { write(model, to: &writer) }
        let instances = catalog.instances.values.sorted { $0.name < $1.name }
        writer.count(instances.count)
        for instance in instances { write(instance, to: &writer) }
        let openModels = catalog.openModels.values.sorted { $0.id < $1.id }
        writer.count(openModels.count)
        for model in openModels { write(model, to: &writer) }
        writer.count(catalog.throughputs.count)
        for throughput in catalog.throughputs {
            writer.strings(throughput.models)
            writer.string(throughput.instance)
            writer.fixed(throughput.tokensPerSecond)
            writer.int(throughput.concurrency)
            writer.optionalFixed(throughput.millisecondsPerToken)
            writer.source(throughput.source)
        }
        writer.count(catalog.unavailableModels.count)
        for model in catalog.unavailableModels {
            writer.string(model.name)
            writer.strings(model.aliases)
            writer.string(model.reason)
            writer.strings(model.alternatives)
        }
        let imports = catalog.customModelImport.sorted {
            ($0.key.region, $0.key.version, $0.key.kind.rawValue) < (
                $1.key.region, $1.key.version, $1.key.kind.rawValue
            )
        }
        writer.count(imports.count)
        for (key, rate) in imports {
            writer.string(key.region)
            writer.string(key.version)
            writer.raw(key.kind)
            writer.rate(rate)
        }
        return writer.finish(fingerprint: fingerprint)
    }

    /// The catalog an archive holds.
    /// - Parameter fingerprint: when given, the archive must have been made from files with this
    ///   fingerprint (see `fingerprint(of:)`).
    /// - Throws: `CatalogError` naming the byte where the archive is damaged.
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, origin: String, fingerprint: UInt64? = nil)
        throws(CatalogError) -> PricingCatalog
    {
        do throws(ArchiveReader.Damage) {
            var reader = try ArchiveReader(bytes)
            if let fingerprint, reader.fingerprint != fingerprint {
                throw ArchiveReader.Damage(offset: CatalogArchive.magic.count + 1, message: "made from other files")
            }
            let catalog = try read(&reader, origin: origin)
            guard reader.atEnd else { throw reader.damage("unexpected bytes after the catalog") }
            return catalog
        } catch {
            throw CatalogError(problems: [
                CatalogProblem(file: origin, path: "", message: "the catalog archive is damaged at \(error)")
            ])
        }
    }

    /// The catalog an archive holds (a copy of the bytes is not kept).
    package static func decode(_ bytes: [UInt8], origin: String, fingerprint: UInt64? = nil) throws(CatalogError)
        -> PricingCatalog
    {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(CatalogError) in try decode(buffer, origin: origin, fingerprint: fingerprint) }
        }
        return try result.get()
    }

    /// The `date` of the catalog an archive holds, read without decoding the rest; nil when it is not an
    /// archive this build reads.
    package static func snapshotDate(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            guard var reader = try? ArchiveReader(buffer), (try? reader.string()) != nil else { return nil }
            return try? reader.string()
        }
    }

    /// The fingerprint an archive records, or nil when it is not an archive this build reads.
    package static func recordedFingerprint(_ bytes: [UInt8]) -> UInt64? {
        bytes.withUnsafeBufferPointer { buffer in (try? ArchiveReader(buffer))?.fingerprint }
    }

    private static func read(_ reader: inout ArchiveReader, origin: String) throws(ArchiveReader.Damage)
        -> PricingCatalog
    {
        let snapshot = try reader.string()
        let date = try reader.string()
        let currency = try reader.string()
        let regions = try reader.strings()
        var sources: [String: PriceSource] = [:]
        let sourceCount = try reader.count()
        sources.reserveCapacity(sourceCount)
        for _ in 0..<sourceCount {
            let key = try reader.string()
            sources[key] = try reader.source()
        }
        var models: [BedrockModel] = []
        var memos = RateKeyMemos(for: reader)
        for _ in 0..<(try reader.count()) { models.append(try readBedrockModel(&reader, &memos)) }
        var instances: [InstanceType] = []
        for _ in 0..<(try reader.count()) { instances.append(try readInstance(&reader, &memos)) }
        var openModels: [OpenModel] = []
        for _ in 0..<(try reader.count()) { openModels.append(try readOpenModel(&reader)) }
        var throughputs: [MeasuredThroughput] = []
        for _ in 0..<(try reader.count()) {
            throughputs.append(
                MeasuredThroughput(
                    models: try reader.strings(), instance: try reader.string(),
                    tokensPerSecond: try reader.fixed(in: Limits.tokensPerSecond),
                    concurrency: try reader.int(in: 1...100_000),
                    millisecondsPerToken: try reader.optionalFixed(in: Limits.milliseconds), source: try reader.source()
                ))
        }
        var unavailable: [UnavailableModel] = []
        for _ in 0..<(try reader.count()) {
            unavailable.append(
                UnavailableModel(
                    name: try reader.string(), aliases: try reader.strings(), reason: try reader.string(),
                    alternatives: try reader.strings()))
        }
        var imports: [CustomModelImportKey: CatalogRate] = [:]
        for _ in 0..<(try reader.count()) {
            let key = CustomModelImportKey(
                region: try reader.string(), version: try reader.string(),
                kind: try reader.raw(CustomModelImportRateKind.self))
            imports[key] = try reader.rate()
        }
        return PricingCatalog(
            snapshot: snapshot, date: date, origin: origin, currency: currency, regions: regions, sources: sources,
            bedrockModels: models, instances: instances, openModels: openModels, throughputs: throughputs,
            unavailableModels: unavailable, customModelImport: imports)
    }

    private static func write(_ model: BedrockModel, to writer: inout ArchiveWriter) {
        writer.string(model.id)
        writer.string(model.name)
        writer.string(model.provider)
        writer.raw(model.kind)
        writer.raw(model.architecture)
        writer.optionalInt(model.contextWindow)
        writer.optionalInt(model.maxOutputTokens)
        writer.optionalSource(model.factsSource)
        writer.strings(model.aliases)
        writer.bool(model.openWeights)
        writer.raw(model.customModelServing)
        writer.optionalFixed(model.longContextThreshold)
        writer.count(model.quotas.count)
        for (region, quota) in model.quotas.sorted(by: { $0.key < $1.key }) {
            writer.string(region)
            writer.optionalInt(quota.tokensPerMinute)
            writer.optionalInt(quota.crossRegionTokensPerMinute)
            writer.int(quota.outputBurndown)
            writer.source(quota.source)
        }
        let rates = model.rates.sorted {
            ($0.key.region, $0.key.scope.rawValue, $0.key.kind.rawValue)
                < ($1.key.region, $1.key.scope.rawValue, $1.key.kind.rawValue)
        }
        writer.count(rates.count)
        for (key, rate) in rates {
            writer.string(key.region)
            writer.raw(key.scope)
            writer.raw(key.kind)
            writer.rate(rate)
        }
    }

    /// The enumerations of rate keys, read once per raw value.
    private struct RateKeyMemos {
        var scopes: RawMemo<EndpointScope>
        var bedrockKinds: RawMemo<BedrockRateKind>
        var instanceKinds: RawMemo<InstanceRateKind>

        init(for reader: borrowing ArchiveReader) {
            scopes = RawMemo(for: reader)
            bedrockKinds = RawMemo(for: reader)
            instanceKinds = RawMemo(for: reader)
        }
    }

    private static func readBedrockModel(_ reader: inout ArchiveReader, _ memos: inout RateKeyMemos)
        throws(ArchiveReader.Damage) -> BedrockModel
    {
        var model = BedrockModel(
            id: try reader.string(), name: try reader.string(), provider: try reader.string(),
            kind: try reader.raw(ModelKind.self), architecture: try reader.raw(ModelArchitecture.self),
            contextWindow: try reader.optionalInt(in: Limits.tokens),
            maxOutputTokens: try reader.optionalInt(in: Limits.tokens), factsSource: try reader.optionalSource(),
            aliases: try reader.strings(), openWeights: try reader.bool(), rates: [:])
        model.customModelServing = try reader.raw(CustomModelServing.self)
        model.longContextThreshold = try reader.optionalFixed(
            in: Fixed(Limits.tokens.lowerBound)...Fixed(Limits.tokens.upperBound))
        let quotaCount = try reader.count()
        for _ in 0..<quotaCount {
            let region = try reader.string()
            model.quotas[region] = BedrockQuota(
                tokensPerMinute: try reader.optionalInt(in: Limits.tokensPerMinute),
                crossRegionTokensPerMinute: try reader.optionalInt(in: Limits.tokensPerMinute),
                outputBurndown: try reader.int(in: 1...100), source: try reader.source())
        }
        let rateCount = try reader.count()
        var rates: [BedrockRateKey: CatalogRate] = [:]
        rates.reserveCapacity(rateCount)
        for _ in 0..<rateCount {
            let key = BedrockRateKey(
                region: try reader.string(), scope: try reader.raw(EndpointScope.self, memo: &memos.scopes),
                kind: try reader.raw(BedrockRateKind.self, memo: &memos.bedrockKinds))
            rates[key] = try reader.rate()
        }
        model.rates = rates
        return model
    }

    private static func write(_ instance: InstanceType, to writer: inout ArchiveWriter) {
        writer.string(instance.name)
        writer.string(instance.accelerator)
        writer.raw(instance.acceleratorKind)
        writer.int(instance.acceleratorCount)
        writer.fixed(instance.memoryPerAcceleratorGB)
        writer.fixed(instance.bandwidthPerAcceleratorGBs)
        writer.fixed(instance.peakTFLOPSPerAccelerator)
        writer.int(instance.vcpus)
        writer.int(instance.memoryGiB)
        writer.source(instance.hardwareSource)
        let rates = instance.rates.sorted { ($0.key.region, $0.key.kindPath) < ($1.key.region, $1.key.kindPath) }
        writer.count(rates.count)
        for (key, rate) in rates {
            writer.string(key.region)
            writer.raw(key.kind)
            writer.optionalString(key.plan?.key)
            writer.rate(rate)
        }
    }

    private static func readInstance(_ reader: inout ArchiveReader, _ memos: inout RateKeyMemos)
        throws(ArchiveReader.Damage) -> InstanceType
    {
        var instance = InstanceType(
            name: try reader.string(), accelerator: try reader.string(),
            acceleratorKind: try reader.raw(AcceleratorKind.self), acceleratorCount: try reader.int(in: 1...64),
            memoryPerAcceleratorGB: try reader.fixed(in: Limits.gigabytes),
            bandwidthPerAcceleratorGBs: try reader.fixed(in: Limits.bandwidth),
            peakTFLOPSPerAccelerator: try reader.fixed(in: Limits.teraflops), vcpus: try reader.int(in: 1...10_000),
            memoryGiB: try reader.int(in: 1...1_000_000),
            hardwareSource: try reader.source(), rates: [:])
        let rateCount = try reader.count()
        var rates: [InstanceRateKey: CatalogRate] = [:]
        rates.reserveCapacity(rateCount)
        for _ in 0..<rateCount {
            let region = try reader.string()
            let kind = try reader.raw(InstanceRateKind.self, memo: &memos.instanceKinds)
            var plan: SavingsPlan?
            if let key = try reader.optionalString() {
                guard let named = SavingsPlan(key: key) else { throw reader.damage("'\(key)' is not a Savings Plan") }
                plan = named
            }
            rates[InstanceRateKey(region: region, kind: kind, plan: plan)] = try reader.rate()
        }
        instance.rates = rates
        return instance
    }

    private static func write(_ model: OpenModel, to writer: inout ArchiveWriter) {
        writer.string(model.id)
        writer.string(model.name)
        writer.string(model.provider)
        writer.raw(model.architecture)
        writer.fixed(model.parameters)
        writer.optionalInt(model.layers)
        writer.optionalInt(model.hiddenSize)
        writer.optionalInt(model.intermediateSize)
        writer.bool(model.gatedMLP)
        writer.optionalInt(model.attentionHeads)
        writer.optionalInt(model.kvHeads)
        writer.optionalInt(model.headDim)
        writer.optionalInt(model.vocabularySize)
        writer.int(model.contextWindow)
        writer.optionalString(model.defaultInstance)
        writer.bool(model.fineTunable)
        writer.bool(model.neuron)
        writer.strings(model.aliases)
        writer.optionalString(model.bedrockEquivalent)
        writer.source(model.factsSource)
        writer.bool(model.customModelUnits != nil)
        if let units = model.customModelUnits {
            writer.int(units.perCopy)
            writer.source(units.source)
        }
    }

    private static func readOpenModel(_ reader: inout ArchiveReader) throws(ArchiveReader.Damage) -> OpenModel {
        var model = OpenModel(
            id: try reader.string(), name: try reader.string(), provider: try reader.string(),
            architecture: try reader.raw(ModelArchitecture.self), parameters: try reader.fixed(in: Limits.parameters),
            layers: try reader.optionalInt(in: 1...1_000), hiddenSize: try reader.optionalInt(in: Limits.width),
            intermediateSize: try reader.optionalInt(in: Limits.width), gatedMLP: try reader.bool(),
            attentionHeads: try reader.optionalInt(in: 1...10_000), kvHeads: try reader.optionalInt(in: 1...10_000),
            headDim: try reader.optionalInt(in: 1...100_000),
            vocabularySize: try reader.optionalInt(in: 1...100_000_000),
            contextWindow: try reader.int(in: Limits.tokens),
            defaultInstance: try reader.optionalString(), fineTunable: try reader.bool(), neuron: try reader.bool(),
            aliases: try reader.strings(), bedrockEquivalent: try reader.optionalString(),
            factsSource: try reader.source())
        if try reader.bool() {
            model.customModelUnits = StatedCustomModelUnits(
                perCopy: try reader.int(in: 1...64), source: try reader.source())
        }
        return model
    }
}
