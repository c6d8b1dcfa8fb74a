import PlannerCore
import PlannerPricing

/// The bundled catalog, loaded once for the tests of this target.
let bundledCatalog: PricingCatalog = {
    do { return try CatalogLoader.embedded() } catch { preconditionFailure("bundled catalog: \(error)") }
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
