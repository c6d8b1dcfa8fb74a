/// One thing the planner found: an error, a warning or a note, with a stable code, the message and
/// where it applies. Profiles, catalogs, estimates and fine-tuning comparisons report findings;
/// the CLI words them for a terminal (and adds hints that name its commands).
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    /// How much a finding matters, most serious first.
    public enum Severity: String, Sendable, Hashable, DeclarationOrdered {
        /// The input or the option cannot be used as it is.
        case error
        /// Usable, but a result may not be what the user expects.
        case warning
        /// An explanation: sizing, assumptions, price adjustments.
        case note
    }

    public var severity: Severity
    public var code: FindingCode
    public var message: String
    public var location: FindingLocation?

    public init(_ severity: Severity, _ code: FindingCode, _ message: String, at location: FindingLocation? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// An error.
    public static func error(_ code: FindingCode, _ message: String, at location: FindingLocation? = nil) -> Finding {
        Finding(.error, code, message, at: location)
    }

    /// A warning.
    public static func warning(_ code: FindingCode, _ message: String, at location: FindingLocation? = nil)
        -> Finding
    {
        Finding(.warning, code, message, at: location)
    }

    /// A note.
    public static func note(_ code: FindingCode, _ message: String, at location: FindingLocation? = nil) -> Finding {
        Finding(.note, code, message, at: location)
    }

    /// The same finding placed at `location`.
    public func located(_ location: FindingLocation) -> Finding {
        var copy = self
        copy.location = location
        return copy
    }

    /// `file:line:column: severity: message` for a file position; `location: message` otherwise.
    public var description: String {
        switch location {
        case .file?: "\(location?.description ?? ""): \(severity.rawValue): \(message)"
        case .option?, .catalog?: "\(location?.description ?? ""): \(message)"
        case nil: message
        }
    }
}

extension Finding {
    /// A finding at a position in a file.
    public init(file: String, line: Int, column: Int, severity: Severity, code: FindingCode, message: String) {
        self.init(severity, code, message, at: .file(path: file, line: line, column: column))
    }

    /// The file of a file finding; empty otherwise.
    public var file: String {
        if case .file(let path, _, _) = location { return path }
        return ""
    }

    /// The 1-based line of a file finding; 0 for the file as a whole or another location.
    public var line: Int {
        if case .file(_, let line, _) = location { return line }
        return 0
    }

    /// The 1-based column of a file finding; 0 otherwise.
    public var column: Int {
        if case .file(_, _, let column) = location { return column }
        return 0
    }
}

/// Where a finding applies.
public enum FindingLocation: Sendable, Hashable, CustomStringConvertible {
    /// A position in an input file; line 0 means the file as a whole.
    case file(path: String, line: Int, column: Int)
    /// An option of an estimate, by its id.
    case option(id: String)
    /// A value in a pricing catalog file, by its JSON path.
    case catalog(file: String, path: String)

    public var description: String {
        switch self {
        case .file(let path, let line, let column): line > 0 ? "\(path):\(line):\(column)" : path
        case .option(let id): id
        case .catalog(let file, let path): path.isEmpty ? file : "\(file): \(path)"
        }
    }
}

extension Array where Element == Finding {
    /// The findings with `code`.
    public func with(_ code: FindingCode) -> [Finding] { filter { $0.code == code } }
}
