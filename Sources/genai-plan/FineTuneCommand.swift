import ArgumentParser
import PlannerCore
import PlannerProfiles
import PlannerReports

/// `genai-plan finetune PROFILE...`
struct FineTuneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finetune",
        abstract:
            "Compare fine-tuning methods (full, freeze, LoRA, QLoRA, prompt tuning, RLHF, DPO) on data, memory, instance, time and cost.",
        discussion: "Needs a `fine_tuning` section with `base_model` and `examples` in each profile."
    )

    @Argument(
        help: ArgumentHelp("Workload profiles (YAML) with a fine_tuning section.", valueName: "PROFILE"),
        completion: .file(extensions: ["yaml", "yml"]))
    var profiles: [String]

    @Option(help: OutputFormat.help(for: .fineTuning))
    var format: OutputFormat = .text

    @Flag(help: "Do not wrap text tables and notes to the terminal's width ($COLUMNS).")
    var wide = false

    @OptionGroup var pricing: PricingOptions

    func validate() throws { try format.validate(for: .fineTuning) }

    func run() throws {
        let catalog = try pricing.catalog()
        let planner = FineTuningPlanner(catalog: catalog, tables: try pricing.tables())
        var comparisons: [FineTuningComparison] = []
        for loaded in try ProfileLoading.load(profiles, catalog: catalog, action: "compared") {
            do {
                comparisons.append(try planner.compare(loaded.profile))
            } catch {
                let paths = error == .missingBaseModel ? ["fine_tuning"] : ["fine_tuning.base_model", "fine_tuning"]
                throw UserFacingError(loaded.diagnostic(at: paths, .fineTuning, error.description))
            }
        }
        Terminal.standardOutput(
            try OutputDocument.fineTuning(comparisons).text(as: format, width: wide ? nil : Terminal.width))
    }
}
