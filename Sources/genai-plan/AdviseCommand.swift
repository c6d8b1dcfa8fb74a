import ArgumentParser
import Foundation
import PlannerCore
import PlannerProfiles
import PlannerReports

/// `genai-plan advise PROFILE...` or `genai-plan advise --task T --use-case U --needs a,b`
struct AdviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advise",
        abstract:
            "Architecture, service, model and sampling settings from the decision tables, each with the row that fired.",
        discussion: """
            With profiles, the model is the cheapest of the advised family for the workload and options are checked \
            against context windows. Without, quick mode answers from --task, --use-case and --needs \
            (\(Requirements.quickNames.keys.sorted().joined(separator: ", "))).
            """
    )

    @Argument(
        help: ArgumentHelp("Workload profiles (YAML).", valueName: "PROFILE"),
        completion: .file(extensions: ["yaml", "yml"]))
    var profiles: [String] = []

    // ArgumentParser lists the values of both enums itself.
    @Option(help: "Quick mode: the task.")
    var task: TaskKind?

    @Option(help: "Quick mode: the use case.")
    var useCase: UseCase?

    @Option(help: ArgumentHelp("Quick mode: comma-separated requirements.", valueName: "NEEDS"))
    var needs: String?

    @Option(help: "Quick mode: for question answering, whether answers are extracted or generated.")
    var answerFormat: DecisionTables.AnswerFormat?

    @Option(help: "Quick mode: the region whose catalog narrows the models.")
    var region: String = "us-east-1"

    @Option(help: OutputFormat.help(for: .advice))
    var format: OutputFormat = .text

    @OptionGroup var pricing: PricingOptions

    func validate() throws {
        try format.validate(for: .advice)
        if profiles.isEmpty {
            guard task != nil else {
                throw ValidationError(
                    "give a profile, or --task for quick mode (e.g. --task translation --use-case factual-qa)")
            }
        } else if task != nil || useCase != nil || needs != nil || answerFormat != nil {
            throw ValidationError(
                "--task, --use-case, --needs and --answer-format are for quick mode, without profiles")
        }
    }

    /// The requirements named by `--needs`.
    func requirements() throws -> Requirements {
        var result = Requirements()
        result.answerFormat = answerFormat
        let names = (needs ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        if needs != nil, names.isEmpty {
            let known = Requirements.quickNames.keys.sorted()
            throw ValidationError(
                "--needs names no need; give one or more of \(known.joined(separator: ", ")), separated by commas")
        }
        for name in names {
            guard let requirement = Requirements.quickNames[name] else {
                let known = Requirements.quickNames.keys.sorted()
                throw ValidationError(
                    "unknown need '\(name)'\(Suggestions.didYouMean(name, among: known)); known: \(known.joined(separator: ", "))"
                )
            }
            result.set(requirement)
        }
        return result
    }

    func run() throws {
        let catalog = try pricing.catalog()
        let advisor = Advisor(tables: try pricing.tables(), catalog: catalog)
        var items: [TitledAdvice] = []
        if let task {
            try catalog.requireRegion(region)
            let useCase = useCase ?? UseCase.assumed(for: task)
            let title = "quick mode: \(task.rawValue), \(useCase.rawValue)" + (needs.map { ", needs \($0)" } ?? "")
            items.append(
                TitledAdvice(
                    title: title,
                    advice: advisor.advise(
                        task: task, useCase: useCase, requirements: try requirements(), region: region))
            )
        } else {
            let estimator = Estimator(catalog: catalog, tables: advisor.tables)
            for loaded in try ProfileLoading.load(profiles, catalog: catalog, action: "advised") {
                let estimate = estimator.estimate(loaded.profile, profileLocation: loaded.path)
                if let advice = estimate.advice {
                    items.append(TitledAdvice(title: loaded.profile.name, advice: advice))
                }
            }
        }
        Terminal.standardOutput(try OutputDocument.advice(items).text(as: format))
    }
}

extension TaskKind: ExpressibleByArgument {}
extension UseCase: ExpressibleByArgument {}
extension DecisionTables.AnswerFormat: ExpressibleByArgument {}
