import ArgumentParser
import PlannerReports

extension OutputFormat: ExpressibleByArgument {
    /// Each command's help lists the formats of its own document (`OutputFormat.help(for:)`).
    public static var allValueStrings: [String] { [] }
}

extension OutputFormat {
    /// The help of a command's `--format`: the formats that render its document.
    static func help(for kind: OutputDocument.Kind) -> ArgumentHelp {
        ArgumentHelp("Output format: \(formats(for: kind).map(\.rawValue).joined(separator: ", ")).")
    }

    /// Fails validation when this format does not render documents of `kind`.
    func validate(for kind: OutputDocument.Kind) throws {
        guard OutputFormat.formats(for: kind).contains(self) else {
            throw ValidationError(
                "--format \(rawValue): this command writes \(OutputFormat.formats(for: kind).map(\.rawValue).joined(separator: ", "))"
            )
        }
    }
}

extension OutputDocument {
    /// The document in `format`, which the command has validated; text fits `width` columns.
    func text(as format: OutputFormat, width: Int? = nil) throws -> String {
        do {
            return try rendered(as: format, width: width)
        } catch {
            throw UserFacingError("--format: \(error.description)")
        }
    }
}
