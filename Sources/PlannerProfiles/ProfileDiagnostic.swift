/// A finding about a profile, at a position in its file, printed as `file:line:column: error: message`.
public struct ProfileDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var file: String
    /// 1-based line; 0 when the finding concerns the whole file.
    public var line: Int
    /// 1-based column.
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public var description: String {
        let location = line > 0 ? "\(file):\(line):\(column)" : file
        return "\(location): \(severity.rawValue): \(message)"
    }
}

/// Thrown when a profile has at least one error; carries every finding (errors and warnings), in file order.
public struct ProfileLoadError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [ProfileDiagnostic]

    public init(diagnostics: [ProfileDiagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// A 1-based line and column in a profile file.
public struct ProfilePosition: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
