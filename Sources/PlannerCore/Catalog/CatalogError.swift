/// A problem in a pricing catalog file, with the file and the JSON path of the bad value.
public struct CatalogProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// A JSON path such as `models[3].prices[0].rates.input`.
    public var path: String
    public var message: String

    public init(file: String, path: String, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)" }

    /// The problem as a finding at its catalog path.
    public var finding: Finding { .error(.catalogInvalid, message, at: .catalog(file: file, path: path)) }
}

/// Every problem found while reading a pricing catalog (or the decision tables); thrown when there
/// is at least one.
public struct CatalogError: Error, Sendable, CustomStringConvertible {
    public var problems: [CatalogProblem]
    /// What was read, for the message: "the pricing catalog" or "the decision tables".
    public var subject: String

    public init(problems: [CatalogProblem], subject: String = "the pricing catalog") {
        self.problems = problems
        self.subject = subject
    }

    public var description: String {
        let header = "\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(subject)"
        return ([header + ":"] + problems.map { "  " + $0.description }).joined(separator: "\n")
    }
}
