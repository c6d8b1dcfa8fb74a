import ArgumentParser
import PlannerCore
import PlannerPricing
import PlannerProfiles
import PlannerReports

/// `genai-plan estimate PROFILE...`
struct EstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Price every candidate deployment of one or more workload profiles.",
        discussion: "Each option shows its monthly cost, cost per request and line items; the cheapest is marked."
    )

    @Argument(
        help: ArgumentHelp("Workload profiles (YAML).", valueName: "PROFILE"),
        completion: .file(extensions: ["yaml", "yml"]))
    var profiles: [String]

    @Option(help: OutputFormat.help(for: .estimates))
    var format: OutputFormat = .text

    @Flag(help: "Do not wrap text tables to the terminal's width ($COLUMNS).")
    var wide = false

    @OptionGroup var pricing: PricingOptions

    func validate() throws { try format.validate(for: .estimates) }

    func run() throws {
        let catalog = try pricing.catalog()
        let loaded = try ProfileLoading.load(profiles, catalog: catalog, action: "estimated")
        let estimator = Estimator(catalog: catalog, tables: try pricing.tables())
        let estimates = loaded.map { estimator.estimate($0.profile, profileLocation: $0.path) }
        Terminal.standardOutput(
            try OutputDocument.estimates(estimates).text(as: format, width: wide ? nil : Terminal.width))
        if format != .text {
            for estimate in estimates {
                for warning in estimate.warnings {
                    Terminal.standardError("\(estimate.profileName): warning: \(Wording.line(warning))")
                }
            }
        }
    }
}
