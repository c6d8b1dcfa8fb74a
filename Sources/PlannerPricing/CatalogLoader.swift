import Foundation
import PlannerCore

/// Loads pricing catalogs: the snapshot embedded in the binary, or a catalog directory on disk.
public enum CatalogLoader {
    /// The snapshot compiled into the binary from the repository's `Pricing/` directory, read from its
    /// archive (`EmbeddedCatalogArchive`), which a test keeps equal to what the JSON files decode to.
    public static func embedded() throws(CatalogError) -> PricingCatalog {
        try CatalogArchive.decode(try embeddedArchive(), origin: "embedded")
    }

    /// The bytes of the embedded archive.
    static func embeddedArchive() throws(CatalogError) -> [UInt8] {
        guard let archive = Base64.decode(EmbeddedCatalogArchive.base64) else {
            throw CatalogError(problems: [
                CatalogProblem(file: "embedded", path: "", message: "the catalog archive is not valid base64")
            ])
        }
        return archive
    }

    /// The snapshot compiled into the binary, decoded from the embedded JSON text of `Pricing/` (the slow
    /// path `embedded()` avoids; for tests and the benchmark).
    public static func embeddedFromJSON() throws(CatalogError) -> PricingCatalog {
        var files: [String: [UInt8]] = [:]
        for name in CatalogDecoder.fileNames { files[name] = EmbeddedPricing.files[name].map { Array($0.utf8) } }
        return try CatalogDecoder.decode(files: files, origin: "embedded")
    }

    /// The decision tables compiled into the binary from `Pricing/decision-tables.json`.
    public static func embeddedTables() throws(CatalogError) -> DecisionTables {
        try DecisionTablesDecoder.decode(Array((EmbeddedPricing.files[DecisionTablesDecoder.fileName] ?? "").utf8))
    }

    /// Reads decision tables from a file laid out like `Pricing/decision-tables.json`.
    public static func loadTables(path: String) throws(CatalogError) -> DecisionTables {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CatalogError(
                problems: [CatalogProblem(file: path, path: "", message: "cannot be read")],
                subject: "the decision tables")
        }
        return try DecisionTablesDecoder.decode(Array(data), file: path)
    }

    /// The text of a bundled data file (`overrides.json`, `decision-tables.json`, a catalog file).
    public static func embeddedFile(_ name: String) -> String? { EmbeddedPricing.files[name] }

    /// Reads a catalog directory laid out like `Pricing/`: from its `catalog.archive` when the directory
    /// has one made from exactly its JSON files (a refresh writes one into the cache), else from the JSON.
    public static func load(directory: String) throws(CatalogError) -> PricingCatalog {
        var files: [String: [UInt8]] = [:]
        for name in CatalogDecoder.fileNames {
            let path = (directory as NSString).appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: path) { files[name] = Array(data) }
        }
        let archivePath = (directory as NSString).appendingPathComponent(CatalogArchive.fileName)
        if !files.isEmpty, let archive = FileManager.default.contents(atPath: archivePath),
            let catalog = try? CatalogArchive.decode(
                Array(archive), origin: directory, fingerprint: CatalogArchive.fingerprint(of: files))
        {
            return catalog
        }
        guard !files.isEmpty else {
            throw CatalogError(problems: [
                CatalogProblem(
                    file: directory, path: "",
                    message: "no catalog files here (expected \(CatalogDecoder.fileNames.joined(separator: ", ")))")
            ])
        }
        return try CatalogDecoder.decode(files: files, origin: directory)
    }

    /// The snapshot to price with when no `--pricing DIR` is given: the refresh cache in
    /// `cacheDirectory` when it is valid and was written on or after the day the bundled snapshot was
    /// assembled (so a newer release's bundled prices win over an old refresh), else the bundled one.
    /// The bundled snapshot is decoded only when it is the one returned (its date is read from the
    /// archive's header).
    public static func newest(cacheDirectory: String) throws(CatalogError) -> PricingCatalog {
        let manifest = (cacheDirectory as NSString).appendingPathComponent("manifest.json")
        if let written = (try? FileManager.default.attributesOfItem(atPath: manifest))?[.modificationDate] as? Date,
            let bundled = (try? embeddedArchive()).flatMap(CatalogArchive.snapshotDate), day(written) >= bundled,
            let cached = try? load(directory: cacheDirectory)
        {
            return cached
        }
        return try embedded()
    }

    /// A date as an ISO 8601 day in UTC (`2026-11-29`), comparable with a snapshot's `date`.
    public static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
