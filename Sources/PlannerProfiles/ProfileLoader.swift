import Foundation
import PlannerCore
import Yams

/// Loads workload profiles from YAML: syntax, keys, values and the names of models, instances and
/// regions against a catalog, all checked at once, each finding at its line and column.
public struct ProfileLoader: Sendable {
    /// A loaded profile and its warnings.
    public struct Loaded: Sendable {
        public var profile: WorkloadProfile
        public var path: String
        public var warnings: [ProfileDiagnostic]
    }

    public let catalog: PricingCatalog

    public init(catalog: PricingCatalog) { self.catalog = catalog }

    /// Reads and checks a profile file.
    public func load(path: String) throws(ProfileLoadError) -> Loaded {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let reason = exists ? (isDirectory.boolValue ? "is a directory" : "cannot be read") : "no such file"
            throw ProfileLoadError(diagnostics: [ProfileDiagnostic(file: path, line: 0, column: 0, severity: .error, message: reason)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ProfileLoadError(diagnostics: [ProfileDiagnostic(file: path, line: 0, column: 0, severity: .error, message: "is not UTF-8 text")])
        }
        return try load(yaml: text, path: path)
    }

    /// Checks a profile given as text; `path` names it in diagnostics.
    public func load(yaml: String, path: String) throws(ProfileLoadError) -> Loaded {
        let diagnostics = DiagnosticList(file: path)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw ProfileLoadError(diagnostics: [ProfileLoader.syntaxDiagnostic(error, path: path)])
        }
        var parser = ProfileParser(diagnostics: diagnostics)
        let defaultName = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let profile = parser.parse(root, defaultName: defaultName)
        checkNames(parser.references)
        let sorted = diagnostics.items.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        guard let profile, !sorted.contains(where: { $0.severity == .error }) else {
            throw ProfileLoadError(diagnostics: sorted)
        }
        return Loaded(profile: profile, path: path, warnings: sorted)
    }

    /// Reports models, instances and regions the catalog does not know, with suggestions.
    func checkNames(_ references: [ProfileParser.NameReference]) {
        let resolver = ModelResolver(catalog: catalog)
        for reference in references {
            switch reference.kind {
            case .region:
                if let problem = catalog.problem(withRegion: reference.name) { reference.cursor.error(problem) }
            case .instance:
                if catalog.instances[reference.name] == nil {
                    reference.cursor.error("unknown instance type '\(reference.name)'\(Suggestions.didYouMean(reference.name, among: Array(catalog.instances.keys)))")
                }
            case .bedrockModel:
                switch resolver.resolveBedrock(reference.name) {
                case .bedrock: break
                case .openModel(let open):
                    var message = "'\(reference.name)' is a SageMaker JumpStart model id: use `jumpstart: \(open.id)`"
                    if let equivalent = open.bedrockEquivalent { message += ", or `bedrock: \(equivalent)` for the same weights on Bedrock" }
                    reference.cursor.error(message)
                case .unavailable(let model):
                    reference.cursor.error("\(model.reason). Nearest AWS-hosted alternatives: \(model.alternatives.joined(separator: ", "))")
                case .unknown(let suggestions):
                    reference.cursor.error("unknown Bedrock model '\(reference.name)'\(ProfileLoader.hint(suggestions))")
                }
            case .jumpStartModel:
                switch resolver.resolveJumpStart(reference.name) {
                case .openModel: break
                case .bedrock(let model, _):
                    reference.cursor.error("'\(reference.name)' is a Bedrock model (\(model.name)): use `bedrock: \(model.id)`")
                case .unavailable(let model):
                    reference.cursor.error("\(model.reason). Nearest AWS-hosted alternatives: \(model.alternatives.joined(separator: ", "))")
                case .unknown(let suggestions):
                    reference.cursor.error("unknown JumpStart model '\(reference.name)'\(ProfileLoader.hint(suggestions))")
                }
            case .overrideModel:
                if case .unavailable(let model) = resolver.resolveBedrock(reference.name) {
                    reference.cursor.error("\(model.reason); an override cannot put it on AWS")
                }
            }
        }
    }

    static func hint(_ suggestions: [String]) -> String {
        suggestions.isEmpty
            ? "; `genai-plan pricing show` lists the catalog"
            : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"
    }

    /// A YAML syntax error as a diagnostic at its position.
    static func syntaxDiagnostic(_ error: any Error, path: String) -> ProfileDiagnostic {
        func make(_ mark: Mark?, _ message: String) -> ProfileDiagnostic {
            ProfileDiagnostic(file: path, line: mark?.line ?? 0, column: mark?.column ?? 0, severity: .error, message: message)
        }
        guard let yamlError = error as? YamlError else { return make(nil, "invalid YAML: \(error)") }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) (line \($0.mark.line), column \($0.mark.column)): " } ?? ""
            return make(mark, "invalid YAML: \(prefix)\(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return make(context.mark, "duplicate key \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")) in a mapping")
        default:
            return make(nil, "invalid YAML: \(yamlError)")
        }
    }
}
