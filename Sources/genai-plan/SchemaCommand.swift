import ArgumentParser
import PlannerProfiles

/// `genai-plan schema [-o FILE]`: the JSON Schema of profiles, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write the JSON Schema (draft 2020-12) of workload profiles, for editors' completion and checks.",
        discussion: """
            Point the YAML language server at it with a first line `# yaml-language-server: $schema=PATH` \
            (the bundled profiles do). The repository keeps it as Profiles/genai-plan-profile.schema.json.
            """
    )

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write the schema to this file.", valueName: "FILE"),
        completion: .file(extensions: ["json"]))
    var output: String?

    func run() throws {
        let text = ProfileSchema.json()
        if let output {
            try OutputFile.write(text, to: output, what: "schema")
        } else {
            Terminal.standardOutput(text)
        }
    }
}
