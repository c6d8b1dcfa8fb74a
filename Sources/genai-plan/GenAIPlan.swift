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
            Exit codes: 0 success; 1 a guardrail failed (the report is still written); 2 bad input \
            (profile, flags, pricing catalog).
            """,
        version: version,
        subcommands: [EstimateCommand.self, AdviseCommand.self, BreakEvenCommand.self, FineTuneCommand.self, ReportCommand.self, PricingCommand.self]
    )

    /// Runs the command, mapping every failure to the documented exit codes (0, 1, 2).
    static func main() {
        let code: Int32
        do {
            var command = try parseAsRoot()
            try command.run()
            code = 0
        } catch let exit as ExitCode {
            code = exit.rawValue
        } catch let error as UserFacingError {
            Terminal.standardError(error.message)
            code = 2
        } catch let error as ValidationError {
            // Thrown by a command's own checks after parsing: the root's usage line would not help.
            Terminal.standardError("error: \(error.message)")
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
                code = 2
            }
        }
        Foundation.exit(code)
    }
}

/// An error whose message is already written for a person; exits with code 2.
struct UserFacingError: Error {
    var message: String
}

/// Writing to the standard streams.
enum Terminal {
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
