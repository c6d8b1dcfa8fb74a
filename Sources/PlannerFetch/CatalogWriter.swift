import PlannerCore

/// Writes a refreshed catalog by editing the previous snapshot's documents: only the `prices` of
/// Bedrock models and SageMaker instances and the manifest's snapshot, date, sources and file list
/// change; facts, aliases and notes stay as they were. Output is deterministic.
enum CatalogWriter {
    /// Rates that share a block: endpoint scope, unit and source.
    struct Group: Hashable {
        var scope: EndpointScope
        var unit: PriceUnit
        var source: String
    }

    static func files(
        previous: [String: [UInt8]], bedrock: [String: [BedrockRateKey: CatalogRate]],
        instances: [String: [InstanceRateKey: CatalogRate]],
        newSources: [PriceSource], snapshot: String, date: String, priceListFiles: [JSONValue]
    ) throws(RefreshError) -> [String: [UInt8]] {
        func document(_ name: String) throws(RefreshError) -> JSONValue {
            guard let bytes = previous[name], let value = try? JSONParser.parse(bytes) else {
                throw RefreshError(.previousInvalid, "the previous \(name) cannot be read")
            }
            return value
        }
        var output = previous
        output["bedrock.json"] = Array(
            replacingPrices(try document("bedrock.json"), list: "models", idKey: "id") { id in
                blocks(
                    bedrock[id] ?? [:], region: \.region, scope: \.scope, kind: \.kind.rawValue,
                    order: BedrockRateKind.allCases.map(\.rawValue))
            }.rendered().utf8)
        output["sagemaker.json"] = Array(
            replacingPrices(try document("sagemaker.json"), list: "instances", idKey: "name") { name in
                blocks(
                    instances[name] ?? [:], region: \.region, scope: { _ in EndpointScope.regional },
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

    /// Price blocks: rates grouped by scope, unit and source, regions with the same rates merged.
    static func blocks<Key: Hashable>(
        _ rates: [Key: CatalogRate], region: (Key) -> String, scope: (Key) -> EndpointScope, kind: (Key) -> String,
        order: [String]
    ) -> JSONValue {
        var byGroup: [Group: [String: [String: Fixed]]] = [:]
        for (key, rate) in rates {
            byGroup[Group(scope: scope(key), unit: rate.unit, source: rate.source.key), default: [:]][
                region(key), default: [:]][kind(key)] = rate.price
        }
        var result: [(sortKey: String, value: JSONValue)] = []
        for (group, regions) in byGroup {
            var merged: [[String: Fixed]: [String]] = [:]
            for (region, values) in regions { merged[values, default: []].append(region) }
            for (values, regionList) in merged {
                let sortedRegions = regionList.sorted()
                var fields: [(String, JSONValue)] = [("regions", .array(sortedRegions.map { .string($0) }))]
                if group.scope == .global { fields.append(("endpoint", .string("global"))) }
                fields.append(("unit", .string(group.unit.rawValue)))
                fields.append(("source", .string(group.source)))
                let kinds = values.keys.sorted {
                    (order.firstIndex(of: $0) ?? 99, $0) < (order.firstIndex(of: $1) ?? 99, $1)
                }
                fields.append(("rates", .object(kinds.map { ($0, .string(values[$0]?.description ?? "0")) })))
                result.append(
                    (
                        "\(sortedRegions.joined(separator: ","))|\(group.scope.rawValue)|\(group.source)|\(group.unit.rawValue)",
                        .object(fields)
                    ))
            }
        }
        return .array(result.sorted { $0.sortKey < $1.sortKey }.map(\.value))
    }
}
