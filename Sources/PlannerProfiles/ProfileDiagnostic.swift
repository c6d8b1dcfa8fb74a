import PlannerCore

/// A finding in a profile file, at its line and column (line 0: the file as a whole).
public typealias ProfileDiagnostic = Finding

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
