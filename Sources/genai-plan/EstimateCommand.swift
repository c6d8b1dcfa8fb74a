import ArgumentParser
import Foundation
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

    @Argument(help: ArgumentHelp("Workload profiles (YAML).", valueName: "PROFILE"))
    var profiles: [String]

    @Option(help: "Output format.")
    var format: EstimateFormat = .text

    @OptionGroup var pricing: PricingOptions

    func validate() throws {
        guard !profiles.isEmpty else { throw ValidationError("give at least one profile, e.g. Profiles/support-chatbot.yaml") }
    }

    func run() throws {
        let catalog = try pricing.catalog()
        let loader = ProfileLoader(catalog: catalog)
        var loaded: [ProfileLoader.Loaded] = []
        var diagnostics: [ProfileDiagnostic] = []
        for path in profiles {
            do {
                let profile = try loader.load(path: path)
                loaded.append(profile)
                diagnostics += profile.warnings
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { Terminal.standardError(diagnostics.map(\.description).joined(separator: "\n")) }
        guard loaded.count == profiles.count else {
            let errors = diagnostics.filter { $0.severity == .error }.count
            throw UserFacingError(message: "\(errors) error\(errors == 1 ? "" : "s") in the profile\(profiles.count == 1 ? "" : "s"); nothing estimated")
        }
        let estimator = Estimator(catalog: catalog)
        let estimates = loaded.map { estimator.estimate($0.profile, profileLocation: $0.path) }
        Terminal.standardOutput(format.render(estimates))
        if format != .text {
            for estimate in estimates {
                for warning in estimate.warnings { Terminal.standardError("\(estimate.profileName): warning: \(warning)") }
            }
        }
    }
}
