import ArgumentParser
import Foundation
import PlannerCore
import PlannerProfiles
import PlannerReports

/// `genai-plan breakeven PROFILE...`
struct BreakEvenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breakeven",
        abstract: "Break-even volumes between per-token and per-hour options, cost curves, and sensitivity.",
        discussion:
            "Pairs: each Bedrock per-token option with each JumpStart and each provisioned option. Curves span 1% to 100× the profile's volume."
    )

    @Argument(
        help: ArgumentHelp("Workload profiles (YAML).", valueName: "PROFILE"),
        completion: .file(extensions: ["yaml", "yml"]))
    var profiles: [String]

    @Option(help: OutputFormat.help(for: .breakEven))
    var format: OutputFormat = .text

    @Option(
        help: ArgumentHelp(
            "Write an SVG chart (cost curves with crossovers, and a tornado of the sensitivity) to this file; with several profiles, one file each (NAME-profile.svg).",
            valueName: "FILE.svg"), completion: .file(extensions: ["svg"]))
    var chart: String?

    @Option(help: "Points per cost curve (2–10000).")
    var points: Int = 60

    @Flag(help: "Do not wrap text tables and notes to the terminal's width ($COLUMNS).")
    var wide = false

    @OptionGroup var pricing: PricingOptions

    func validate() throws {
        try format.validate(for: .breakEven)
        guard (2...10_000).contains(points) else { throw ValidationError("--points takes 2 to 10000") }
    }

    func run() throws {
        let catalog = try pricing.catalog()
        let analyzer = BreakEvenAnalyzer(estimator: Estimator(catalog: catalog, tables: try pricing.tables()))
        let analyses = try ProfileLoading.load(profiles, catalog: catalog, action: "analysed").map {
            analyzer.analyze($0.profile, curvePoints: points)
        }
        let chartPaths = analyses.map { analysis in
            chart.map {
                analyses.count == 1
                    ? $0 : ($0 as NSString).deletingPathExtension + "-\(OutputFile.safeName(analysis.profileName)).svg"
            }
        }
        for path in chartPaths.compactMap({ $0 }) {
            try OutputFile.refuseIfInput(path, inputs: profiles, option: "--chart")
        }
        Terminal.standardOutput(
            try OutputDocument.breakEven(analyses).text(as: format, width: wide ? nil : Terminal.width))
        for (analysis, path) in zip(analyses, chartPaths) {
            guard let path else { continue }
            try OutputFile.write(BreakEvenChart().render(analysis), to: path, what: "chart")
            Terminal.standardError("chart written to \(path)")
        }
    }
}
