import Foundation
import PlannerCore
import PlannerPricing

/// The fixture catalog (`Fixtures/pricing`), loaded once for the tests of this target: a frozen
/// subset of the bundled snapshot, so a price update in `Pricing/` changes goldens and catalog
/// tests, never these.
let fixtureCatalog: PricingCatalog = {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/pricing")
    do { return try CatalogLoader.load(directory: directory.path) } catch {
        preconditionFailure("fixture catalog: \(error)")
    }
}()

/// The bundled decision tables.
let bundledTables: DecisionTables = {
    do { return try CatalogLoader.embeddedTables() } catch { preconditionFailure("bundled decision tables: \(error)") }
}()

/// A profile with the given workload and options, in us-east-1, 730 hours.
func profile(
    _ options: [DeploymentOption], requests: RequestRate = RequestRate(Fixed(20_000), per: .day), input: Int = 1500,
    output: Int = 300, hours: Int = 730, configure: (inout WorkloadProfile) -> Void = { _ in }
) -> WorkloadProfile {
    var result = WorkloadProfile(
        name: "test", hoursPerMonth: Fixed(hours),
        workload: Workload(
            task: .chatbot, useCase: .chat, requests: requests, inputTokens: Fixed(input), outputTokens: Fixed(output)),
        options: options)
    configure(&result)
    return result
}

func dec(_ text: String) -> Fixed { Fixed(text) ?? .zero }
