import ArgumentParser
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

    /// The catalog, or a user-facing error listing every problem in it.
    func catalog() throws -> PricingCatalog {
        do {
            if let directory { return try CatalogLoader.load(directory: directory) }
            return try CatalogLoader.embedded()
        } catch {
            throw UserFacingError(message: "error: \(error.description)")
        }
    }
}

extension EstimateFormat: ExpressibleByArgument {}
