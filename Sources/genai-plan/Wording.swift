import PlannerCore

/// How the CLI words the library's findings for a terminal: the library's message, plus hints that
/// name this tool's commands (the library never names them).
enum Wording {
    /// One finding as a line of standard error.
    static func line(_ finding: Finding) -> String { finding.description + hint(finding) }

    /// A hint for findings a command of this tool helps with; empty otherwise.
    static func hint(_ finding: Finding) -> String {
        switch finding.code {
        case .unknownModel where !finding.message.contains("did you mean"):
            "; `genai-plan pricing show` lists the catalog's models"
        case .unknownInstance where !finding.message.contains("did you mean"):
            "; `genai-plan pricing show` lists the catalog's instances"
        case .unknownRegion where !finding.message.contains("did you mean"): regionHint
        default: ""
        }
    }

    /// How a region the snapshot lacks is added.
    static let regionHint = "; `genai-plan pricing refresh --region REGION` adds a region"
}
