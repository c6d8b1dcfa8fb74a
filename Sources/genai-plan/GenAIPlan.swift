import ArgumentParser
import Foundation
import PlannerCore
import PlannerPricing
import PlannerProfiles
import PlannerReports

/// `genai-plan`: prices generative-AI workloads on Amazon Bedrock and SageMaker JumpStart.
@main
struct GenAIPlan: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "genai-plan",
        abstract: "Price a generative-AI workload on Amazon Bedrock and SageMaker JumpStart, offline, with line items.",
        discussion: """
            Exit codes: 0 success; 1 a guardrail failed (the report is still written); 3 `comment`: the API refused; 2 bad input \
            (profile, flags, pricing catalog).
            """,
        version: version,
        subcommands: [
            EstimateCommand.self, AdviseCommand.self, BreakEvenCommand.self, FineTuneCommand.self, ReportCommand.self,
            PricingCommand.self, InitCommand.self, SchemaCommand.self, CommentCommand.self,
        ]
    )

    /// Runs the command, mapping every failure to the documented exit codes (0, 1, 2).
    static func main() {
        let code: Int32
        if let problem = unknownCommand(in: Array(CommandLine.arguments.dropFirst())) {
            Terminal.standardError(problem)
            jsonErrorDocument(problem, details: [])
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
            code = 0
        } catch let exit as ExitCode {
            code = exit.rawValue
        } catch let error as UserFacingError {
            Terminal.standardError(error.message)
            jsonErrorDocument(error.message, details: error.details)
            code = 2
        } catch let error as ValidationError {
            // Thrown by a command's own checks after parsing: the root's usage line would not help.
            Terminal.standardError("error: \(error.message)")
            jsonErrorDocument("error: \(error.message)", details: [])
            code = 2
        } catch {
            // ArgumentParser writes "Error: "; every message of this tool starts "error: ".
            var message = fullMessage(for: error)
            if message.hasPrefix("Error: ") { message = "error: " + message.dropFirst(7) }
            let parserCode = exitCode(for: error).rawValue
            if parserCode == 0 {
                print(message)
                code = 0
            } else {
                if !message.isEmpty { Terminal.standardError(message) }
                jsonErrorDocument(message.split(separator: "\n").first.map(String.init) ?? "error", details: [])
                code = 2
            }
        }
        Foundation.exit(code)
    }
}

extension GenAIPlan {
    /// An error with a "did you mean" when a word in a command's place names no command
    /// (`genai-plan estmate`, `genai-plan pricing refesh`); nil otherwise.
    static func unknownCommand(in arguments: [String]) -> String? {
        var commands: [any ParsableCommand.Type] = configuration.subcommands
        var path = "genai-plan"
        for word in arguments {
            guard !word.hasPrefix("-"), !commands.isEmpty, word != "help" else { return nil }
            let names = commands.compactMap { $0.configuration.commandName }
            guard let index = names.firstIndex(of: word) else {
                return
                    "error: unknown command '\(word)'\(Suggestions.didYouMean(word, among: names)); `\(path)` has \(names.joined(separator: ", ")) (see `\(path) --help`)"
            }
            path += " \(word)"
            commands = commands[index].configuration.subcommands
        }
        return nil
    }

    /// True when the command line asks for JSON (`--format json` or `--format=json`).
    static var jsonRequested: Bool {
        let arguments = Array(CommandLine.arguments.dropFirst())
        return arguments.contains("--format=json")
            || zip(arguments, arguments.dropFirst()).contains { $0 == "--format" && $1 == "json" }
    }

    /// With `--format json`, standard output stays one JSON document even when the command fails:
    /// `{"error": ..., "diagnostics": [...]}` (the same lines as on standard error).
    static func jsonErrorDocument(_ message: String, details: [String]) {
        guard jsonRequested else { return }
        let document = JSONValue.object([
            ("error", .string(message)), ("diagnostics", .array(details.map { .string($0) })),
        ])
        Terminal.standardOutput(document.rendered())
    }
}

/// An error whose message is already written for a person; exits with code 2.
struct UserFacingError: Error {
    /// The line written to standard error: `FILE: error: PROBLEM`, `error: PROBLEM`, or a summary.
    var message: String
    /// Lines already written to standard error (a profile's diagnostics), repeated in a JSON error document.
    var details: [String] = []

    /// An error about `file` (or the command line, when nil).
    init(_ problem: String, in file: String? = nil) {
        message = (file.map { "\($0): " } ?? "") + "error: " + problem
    }

    /// A finding of the library, worded for the terminal.
    init(_ finding: Finding) { message = Wording.line(finding) }

    /// A summary of problems already written out line by line.
    init(summary: String, details: [String]) {
        message = summary
        self.details = details
    }
}

/// Writing to the standard streams.
enum Terminal {
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// The width text tables fit: `$COLUMNS` when it is a number (40 or more), else the terminal's
    /// when standard output is one; nil (no limit) for a pipe or a file.
    static var width: Int? {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 {
            return columns
        }
        guard isatty(1) == 1 else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 else { return nil }
        return Int(size.ws_col)
    }
}
