import Foundation
import PlannerCore

/// Loads pricing catalogs: the snapshot embedded in the binary, or a catalog directory on disk.
public enum CatalogLoader {
    /// The snapshot compiled into the binary from the repository's `Pricing/` directory.
    public static func embedded() throws(CatalogError) -> PricingCatalog {
        var files: [String: [UInt8]] = [:]
        for (name, text) in EmbeddedPricing.files { files[name] = Array(text.utf8) }
        return try CatalogDecoder.decode(files: files, origin: "embedded")
    }

    /// Reads a catalog directory laid out like `Pricing/`.
    public static func load(directory: String) throws(CatalogError) -> PricingCatalog {
        var files: [String: [UInt8]] = [:]
        for name in CatalogDecoder.fileNames {
            let path = (directory as NSString).appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: path) { files[name] = Array(data) }
        }
        guard !files.isEmpty else {
            throw CatalogError(problems: [CatalogProblem(
                file: directory, path: "", message: "no catalog files here (expected \(CatalogDecoder.fileNames.joined(separator: ", ")))")])
        }
        return try CatalogDecoder.decode(files: files, origin: directory)
    }
}

