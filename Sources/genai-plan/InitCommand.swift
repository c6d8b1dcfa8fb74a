import ArgumentParser
import Foundation
import PlannerCore
import PlannerProfiles

/// `genai-plan init [--task T] [--requests N] [-o FILE]`: a commented starting profile.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract:
            "Write a commented workload profile for a task, with the options proposed for it, that estimates as is."
    )

    @Option(help: "The task.")
    var task: TaskKind = .chatbot

    @Option(help: ArgumentHelp("Requests a day.", valueName: "N"))
    var requests: Int = 1_000

    @Option(help: "The region whose prices apply.")
    var region: String = "us-east-1"

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Write the profile to this file (refused when it exists) instead of standard output.", valueName: "FILE"),
        completion: .file(extensions: ["yaml", "yml"]))
    var output: String?

    @OptionGroup var pricing: PricingOptions

    func validate() throws {
        guard (1...1_000_000_000).contains(requests) else {
            throw ValidationError("--requests takes 1 to 1,000,000,000 requests a day")
        }
    }

    func run() throws {
        let catalog = try pricing.catalog()
        try catalog.requireRegion(region)
        let template = ProfileTemplate(task: task, requestsPerDay: requests, region: region)
        let advisor = Advisor(tables: try pricing.tables(), catalog: catalog)
        let text = template.text(options: advisor.proposedOptions(for: template.profile))
        guard let output else { return Terminal.standardOutput(text) }
        guard !FileManager.default.fileExists(atPath: output) else {
            throw UserFacingError(
                "exists; init does not overwrite a file (remove it, or choose another name)", in: output)
        }
        try OutputFile.write(text, to: output, what: "profile")
        Terminal.standardError("profile written to \(output); estimate it with `genai-plan estimate \(output)`")
    }
}

/// The starting profile `init` writes: a task's typical request shape, and the options proposed
/// for it, as commented YAML that loads and estimates unchanged.
struct ProfileTemplate {
    var task: TaskKind
    var requestsPerDay: Int
    var region: String

    /// Tokens a request of the task typically has (input, output), and images per request.
    var shape: (input: Int, output: Int, images: Int) {
        switch task {
        case .sentimentAnalysis, .ner: (300, 20, 0)
        case .translation: (600, 700, 0)
        case .summarization: (4_000, 300, 0)
        case .questionAnswering: (2_000, 250, 0)
        case .codeGeneration: (2_500, 400, 0)
        case .embeddings: (500, 0, 0)
        case .imageGeneration: (80, 0, 1)
        case .chatbot, .textGeneration: (800, 300, 0)
        }
    }

    /// The profile the options are proposed for.
    var profile: WorkloadProfile {
        var workload = Workload(
            task: task, useCase: UseCase.assumed(for: task), requests: RequestRate(Fixed(requestsPerDay), per: .day),
            inputTokens: Fixed(shape.input), outputTokens: Fixed(shape.output))
        workload.images = Fixed(shape.images)
        return WorkloadProfile(name: "my-\(task.rawValue)", region: region, workload: workload)
    }

    func text(options: [DeploymentOption]) -> String {
        var lines: [(String, String)] = [
            ("version: 1", ""),
            ("name: my-\(task.rawValue)", ""),
            ("region: \(region)", "whose prices apply (`genai-plan pricing show --regions`)"),
            ("workload:", ""),
            ("  task: \(task.rawValue)", ""),
            ("  requests: { per_day: \(requestsPerDay) }", "or per_month, per_hour, per_second"),
            ("  input_tokens: \(shape.input)", "mean tokens sent per request"),
            ("  output_tokens: \(shape.output)", "mean tokens generated per request"),
        ]
        if shape.images > 0 { lines.append(("  images: \(shape.images)", "images generated per request")) }
        lines += [
            ("  peak_to_mean: 3", "peak load ÷ mean load, for sizing endpoints"),
            ("# budget:", ""),
            ("#   monthly_usd: 1000", "the report's budget guardrail"),
            ("options:", "proposed for the task by the advisor: edit, add or remove"),
        ]
        for option in options {
            switch option {
            case .bedrock(let bedrock): lines.append(("  - bedrock: \(bedrock.model)", ""))
            case .jumpStart(let jumpStart):
                lines.append(("  - jumpstart: \(jumpStart.model)", "instance and count sized from the load"))
            case .bedrockImport(let imported):
                lines.append(("  - bedrock_import: \(imported.model)", "copies sized from the load"))
            }
        }
        if options.isEmpty { lines.append(("  []", "none proposed: add `- bedrock: MODEL` or `- jumpstart: MODEL`")) }
        let column = (lines.map(\.0.count).max() ?? 0) + 2
        let body = lines.map { content, comment in
            comment.isEmpty ? content : content.padding(toLength: column, withPad: " ", startingAt: 0) + "# " + comment
        }
        return
            ([
                "# A GenAIPlanner workload profile: `genai-plan estimate FILE` prices every option below.",
                "# Every key is documented in the README (\"Workload profiles\").",
            ] + body).joined(separator: "\n") + "\n"
    }
}
