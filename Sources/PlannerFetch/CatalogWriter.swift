import PlannerCore

/// Writes a refreshed catalog by editing the previous snapshot's documents: only the `prices` of
/// Bedrock models and SageMaker instances and the manifest's snapshot, date, sources and file list
/// change; facts, aliases and notes stay as they were. Output is deterministic.
enum CatalogWriter {
    /// Rates that share a block: its tag (an endpoint scope or a Savings Plan), unit and source.
    struct Group: Hashable {
        var tag: Tag?
        var unit: PriceUnit
        var source: String
    }

    /// A field a block carries besides regions, unit and source: `endpoint: geo`, `savings_plan: 1-year/no-upfront`.
    struct Tag: Hashable {
        var key: String
        var value: String

        static func scope(_ scope: EndpointScope) -> Tag? {
            scope == .regional ? nil : Tag(key: "endpoint", value: scope.rawValue)
        }
    }

    /// Every price a refreshed catalog holds.
    struct Prices {
        var bedrock: [String: [BedrockRateKey: CatalogRate]]
        /// Models the previous catalog lacks, appended to `bedrock.json`.
        var newModels: [PriceListMapper.NewModel]
        var instances: [String: [InstanceRateKey: CatalogRate]]
        var customModelImport: [CustomModelImportKey: CatalogRate]
    }

    static func files(
        previous: [String: [UInt8]], prices: Prices, newSources: [PriceSource], snapshot: String, date: String,
        regions: [String], priceListFiles: [JSONValue]
    ) throws(RefreshError) -> [String: [UInt8]] {
        func document(_ name: String) throws(RefreshError) -> JSONValue {
            guard let bytes = previous[name], let value = try? JSONParser.parse(bytes) else {
                throw RefreshError(.previousInvalid, "the previous \(name) cannot be read")
            }
            return value
        }
        var output = previous
        let bedrockOrder = BedrockRateKind.allCases.map(\.rawValue)
        func bedrockBlocks(_ id: String) -> JSONValue {
            blocks(
                prices.bedrock[id] ?? [:], region: \.region, tag: { .scope($0.scope) }, kind: \.kind.rawValue,
                order: bedrockOrder)
        }
        var bedrock = replacingPrices(try document("bedrock.json"), list: "models", idKey: "id", blocks: bedrockBlocks)
        bedrock = appending(
            prices.newModels.map { model in
                JSONValue.object([
                    ("id", .string(model.id)), ("name", .string(model.name)), ("provider", .string(model.provider)),
                    ("kind", .string(model.kind.rawValue)),
                    ("architecture", .string(ModelArchitecture.assumed(for: model.kind).rawValue)),
                    ("aliases", .array([])),
                    (
                        "note",
                        .string(
                            "Added by a Price List refresh on \(date) under its AWS name: limits unknown (context window and output limit), architecture assumed from its kind"
                        )
                    ),
                    ("prices", bedrockBlocks(model.id)),
                ])
            }, to: bedrock, list: "models")
        bedrock = replacing("custom_model_import", with: importBlocks(prices.customModelImport), in: bedrock)
        output["bedrock.json"] = Array(bedrock.rendered().utf8)
        output["sagemaker.json"] = Array(
            replacingPrices(try document("sagemaker.json"), list: "instances", idKey: "name") { name in
                blocks(
                    prices.instances[name] ?? [:], region: \.region,
                    tag: { key in key.plan.map { Tag(key: "savings_plan", value: $0.key) } },
                    kind: \.kind.rawValue, order: InstanceRateKind.allCases.map(\.rawValue))
            }.rendered().utf8)
        guard case .object(var manifest) = try document("manifest.json") else {
            throw RefreshError(.previousInvalid, "the previous manifest.json is not an object")
        }
        func set(_ key: String, _ value: JSONValue) {
            if let index = manifest.firstIndex(where: { $0.0 == key }) {
                manifest[index].1 = value
            } else {
                manifest.append((key, value))
            }
        }
        set("snapshot", .string(snapshot))
        set("date", .string(date))
        set("regions", .array(regions.map { .string($0) }))
        if case .object(var sources)? = manifest.first(where: { $0.0 == "sources" })?.1 {
            for source in newSources.sorted(by: { $0.key < $1.key }) {
                let entry = JSONValue.object([
                    ("title", .string(source.title)), ("url", .string(source.url)), ("date", .string(source.date)),
                ])
                if let index = sources.firstIndex(where: { $0.0 == source.key }) {
                    sources[index].1 = entry
                } else {
                    sources.append((source.key, entry))
                }
            }
            set("sources", .object(sources))
        }
        set("price_list_files", .array(priceListFiles))
        output["manifest.json"] = Array(JSONValue.object(manifest).rendered().utf8)
        return output
    }

    /// The document with `entries` appended to its `list`.
    static func appending(_ entries: [JSONValue], to document: JSONValue, list: String) -> JSONValue {
        guard !entries.isEmpty, case .object(var members) = document,
            let index = members.firstIndex(where: { $0.0 == list }), case .array(let existing) = members[index].1
        else { return document }
        members[index].1 = .array(existing + entries)
        return .object(members)
    }

    /// The document with member `key` set to `value`: added at the end when absent, removed when `value` is `[]`.
    static func replacing(_ key: String, with value: JSONValue, in document: JSONValue) -> JSONValue {
        guard case .object(var members) = document else { return document }
        let empty: Bool = if case .array(let items) = value { items.isEmpty } else { false }
        if let index = members.firstIndex(where: { $0.0 == key }) {
            if empty { members.remove(at: index) } else { members[index].1 = value }
        } else if !empty {
            members.append((key, value))
        }
        return .object(members)
    }

    /// Custom Model Import blocks: per unit version, unit and source, regions with the same rates merged.
    static func importBlocks(_ rates: [CustomModelImportKey: CatalogRate]) -> JSONValue {
        var byVersion: [String: [CustomModelImportKey: CatalogRate]] = [:]
        for (key, rate) in rates { byVersion[key.version, default: [:]][key] = rate }
        var result: [JSONValue] = []
        for version in byVersion.keys.sorted() {
            guard
                case .array(let versionBlocks) = blocks(
                    byVersion[version] ?? [:], region: \.region, tag: { _ in nil }, kind: \.kind.rawValue,
                    order: CustomModelImportRateKind.allCases.map(\.rawValue))
            else { continue }
            for case .object(let fields) in versionBlocks {
                result.append(.object([("version", .string(version))] + fields))
            }
        }
        return .array(result)
    }

    /// The document with each entry's `prices` replaced.
    static func replacingPrices(_ document: JSONValue, list: String, idKey: String, blocks: (String) -> JSONValue)
        -> JSONValue
    {
        guard case .object(var members) = document, let index = members.firstIndex(where: { $0.0 == list }),
            case .array(let entries) = members[index].1
        else {
            return document
        }
        members[index].1 = .array(
            entries.map { entry in
                guard case .object(var fields) = entry, case .string(let id)? = entry[idKey],
                    let prices = fields.firstIndex(where: { $0.0 == "prices" })
                else { return entry }
                fields[prices].1 = blocks(id)
                return .object(fields)
            })
        return .object(members)
    }

    /// Price blocks: rates grouped by tag, unit and source, regions with the same rates merged.
    static func blocks<Key: Hashable>(
        _ rates: [Key: CatalogRate], region: (Key) -> String, tag: (Key) -> Tag?, kind: (Key) -> String,
        order: [String]
    ) -> JSONValue {
        var byGroup: [Group: [String: [String: Fixed]]] = [:]
        for (key, rate) in rates {
            byGroup[Group(tag: tag(key), unit: rate.unit, source: rate.source.key), default: [:]][
                region(key), default: [:]][kind(key)] = rate.price
        }
        var result: [(sortKey: String, value: JSONValue)] = []
        for (group, regions) in byGroup {
            var merged: [[String: Fixed]: [String]] = [:]
            for (region, values) in regions { merged[values, default: []].append(region) }
            for (values, regionList) in merged {
                let sortedRegions = regionList.sorted()
                var fields: [(String, JSONValue)] = [("regions", .array(sortedRegions.map { .string($0) }))]
                if let tag = group.tag { fields.append((tag.key, .string(tag.value))) }
                fields.append(("unit", .string(group.unit.rawValue)))
                fields.append(("source", .string(group.source)))
                let kinds = values.keys.sorted {
                    (order.firstIndex(of: $0) ?? 99, $0) < (order.firstIndex(of: $1) ?? 99, $1)
                }
                fields.append(("rates", .object(kinds.map { ($0, .string(values[$0]?.description ?? "0")) })))
                result.append(
                    (
                        "\(sortedRegions.joined(separator: ","))|\(group.tag?.value ?? "regional")|\(group.source)|\(group.unit.rawValue)",
                        .object(fields)
                    ))
            }
        }
        return .array(result.sorted { $0.sortKey < $1.sortKey }.map(\.value))
    }
}
