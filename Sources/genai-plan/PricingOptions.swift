import ArgumentParser
import PlannerCore
import PlannerPricing
import PlannerProfiles
import PlannerReports

/// `--pricing DIR`: which catalog to use.
struct PricingOptions: ParsableArguments {
    @Option(name: .customLong("pricing"), help: ArgumentHelp("Read the pricing catalog from this directory instead of the bundled snapshot.", valueName: "DIR"))
    var directory: String?

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
