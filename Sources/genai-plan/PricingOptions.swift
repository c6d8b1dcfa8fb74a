import ArgumentParser
import Foundation
import PlannerCore
import PlannerPricing
import PlannerProfiles
import PlannerReports

/// `--pricing DIR` and `--rules FILE`: which catalog and decision tables to use.
struct PricingOptions: ParsableArguments {
    @Option(name: .customLong("pricing"), help: ArgumentHelp("Read the pricing catalog from this directory instead of the bundled snapshot.", valueName: "DIR"))
    var directory: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp("Read the advisor's decision tables from this file instead of the bundled ones.", valueName: "FILE"))
    var rulesFile: String?

    /// The decision tables, or a user-facing error listing every problem in them.
    func tables() throws -> DecisionTables {
        do {
            if let rulesFile { return try CatalogLoader.loadTables(path: rulesFile) }
            return try CatalogLoader.embeddedTables()
        } catch {
            throw UserFacingError(message: "error: \(error.description)")
        }
    }

    /// The catalog: `--pricing DIR`, else the newest valid snapshot of the refresh cache and the
    /// bundled one (the cache when it is at least as new). A user-facing error lists every problem.
    func catalog() throws -> PricingCatalog {
        do {
            if let directory { return try CatalogLoader.load(directory: directory) }
            let embedded = try CatalogLoader.embedded()
            let cache = PricingCache.directory()
            if FileManager.default.fileExists(atPath: (cache as NSString).appendingPathComponent("manifest.json")) {
                if let cached = try? CatalogLoader.load(directory: cache), cached.date >= embedded.date { return cached }
            }
            return embedded
        } catch {
            throw UserFacingError(message: "error: \(error.description)")
        }
    }
}

extension EstimateFormat: ExpressibleByArgument {}
