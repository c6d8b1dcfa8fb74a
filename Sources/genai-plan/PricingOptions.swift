import ArgumentParser
import Foundation
import PlannerCore
import PlannerPricing
import PlannerProfiles
import PlannerReports

/// `--pricing DIR` and `--rules FILE`: which catalog and decision tables to use.
struct PricingOptions: ParsableArguments {
    @Option(
        name: .customLong("pricing"),
        help: ArgumentHelp(
            "Read the pricing catalog from this directory instead of the bundled snapshot.", valueName: "DIR"),
        completion: .directory)
    var directory: String?

    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp(
            "Read the advisor's decision tables from this file instead of the bundled ones.", valueName: "FILE"),
        completion: .file(extensions: ["json"]))
    var rulesFile: String?

    /// The decision tables, or a user-facing error listing every problem in them.
    func tables() throws -> DecisionTables {
        do {
            if let rulesFile { return try CatalogLoader.loadTables(path: rulesFile) }
            return try CatalogLoader.embeddedTables()
        } catch {
            throw UserFacingError("\(error.description)")
        }
    }

    /// The catalog: `--pricing DIR`, else the newer of the refresh cache (when valid) and the bundled
    /// snapshot: the cache when it was written on or after the day the bundled one was assembled.
    /// A user-facing error lists every problem.
    func catalog() throws -> PricingCatalog {
        do {
            let catalog =
                if let directory { try CatalogLoader.load(directory: directory) } else {
                    try CatalogLoader.newest(cacheDirectory: PricingCache.directory())
                }
            ProcessLifetime.keep(catalog)
            return catalog
        } catch {
            throw UserFacingError("\(error.description)")
        }
    }
}

extension PricingCatalog {
    /// Fails with a user-facing error when the catalog has no prices for `region` (given with `--region`).
    func requireRegion(_ region: String) throws {
        if let problem = problem(withRegion: region) {
            // A near miss of no AWS region is a typo; otherwise say how to add the region.
            let hint =
                problem.contains("did you mean") && AWSRegion.name(region) == nil
                ? "" : Wording.regionHint.replacingOccurrences(of: "REGION", with: region)
            throw UserFacingError("--region: \(problem)\(hint)")
        }
    }
}
