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
        /// Where some keys are in the file (`fine_tuning`, `fine_tuning.base_model`), for errors found after loading.
        public var positions: [String: ProfilePosition] = [:]

        /// A diagnostic at the first of `paths` the file has, else at its first line.
        public func diagnostic(at paths: [String], _ code: FindingCode, _ message: String) -> ProfileDiagnostic {
            let position = paths.lazy.compactMap { positions[$0] }.first ?? ProfilePosition(line: 1, column: 1)
            return ProfileDiagnostic(
                file: path, line: position.line, column: position.column, severity: .error, code: code,
                message: message)
        }
    }

    public let catalog: PricingCatalog

    public init(catalog: PricingCatalog) { self.catalog = catalog }

    /// The largest profile file read: a profile is a page of YAML, so anything larger is a mistake.
    public static let maximumFileBytes = 1 << 20

    /// Reads and checks a profile file.
    ///
    /// Only a regular file of at most `maximumFileBytes` is read; a directory, a FIFO, a device such
    /// as `/dev/zero` or a symbolic-link loop is refused at once, with a message about the file as a whole.
    public func load(path: String) throws(ProfileLoadError) -> Loaded {
        let bytes: [UInt8]
        switch InputFile.read(path, limit: Self.maximumFileBytes, what: "profile") {
        case .success(let read): bytes = read
        case .failure(let problem):
            throw ProfileLoadError(diagnostics: [
                ProfileDiagnostic(
                    file: path, line: 0, column: 0, severity: .error, code: .unreadableFile, message: problem.message)
            ])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ProfileLoadError(diagnostics: [
                ProfileDiagnostic(
                    file: path, line: 0, column: 0, severity: .error, code: .unreadableFile,
                    message: "is not UTF-8 text")
            ])
        }
        return try load(yaml: text, path: path)
    }

    /// Checks a profile given as text; `path` names it in diagnostics.
    public func load(yaml: String, path: String) throws(ProfileLoadError) -> Loaded {
        let diagnostics = DiagnosticList(file: path)
        guard yaml.utf8.count <= Self.maximumFileBytes else {
            throw ProfileLoadError(diagnostics: [
                ProfileDiagnostic(
                    file: path, line: 0, column: 0, severity: .error, code: .unreadableFile,
                    message:
                        "is \(InputFile.byteText(yaml.utf8.count)), more than the \(InputFile.byteText(Self.maximumFileBytes)) a profile file may have"
                )
            ])
        }
        guard case .document(let root) = StrictYAML.compose(yaml, diagnostics: diagnostics) else {
            throw ProfileLoadError(diagnostics: diagnostics.sorted)
        }
        var parser = ProfileParser(diagnostics: diagnostics)
        let defaultName = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let profile = parser.parse(root, defaultName: defaultName, defaultProject: Self.defaultProject(of: path))
        checkNames(parser.references, declared: parser)
        if let plan = profile?.fineTuning { checkFineTuning(plan, cursors: parser.fineTuningCursors) }
        if let profile, let selected = profile.selected, let cursor = parser.selectionCursor,
            !diagnostics.items.contains(where: { $0.severity == .error })
        {
            // Computed ids need the options resolved against the catalog: price them (costs only).
            let options = PricedContext(profile: profile, catalog: catalog).costEstimate().options
            if Estimator.selection(selected, among: options) == nil {
                let finding = Estimator.unknownSelection(selected, among: options)
                cursor.error(finding.code, finding.message)
            }
        }
        let sorted = diagnostics.sorted
        guard let profile, !sorted.contains(where: { $0.severity == .error }) else {
            throw ProfileLoadError(diagnostics: sorted)
        }
        return Loaded(profile: profile, path: path, warnings: sorted, positions: parser.positions)
    }

    /// The project of a profile without `project:`: the name of the directory it is in (of the
    /// absolute path, so `./a.yaml` belongs to the working directory's project); nil for text
    /// without a file.
    public static func defaultProject(of path: String) -> String? {
        guard !path.isEmpty, path != "-" else { return nil }
        var absolute = path
        if !absolute.hasPrefix("/") {
            absolute = (workingDirectory as NSString).appendingPathComponent(path)
        }
        let directory = ((absolute as NSString).standardizingPath as NSString).deletingLastPathComponent
        let name = (directory as NSString).lastPathComponent
        return name.isEmpty || name == "/" ? nil : name
    }

    /// The working directory, read once (the tool never changes it).
    static let workingDirectory = FileManager.default.currentDirectoryPath

    /// Reports what the fine-tuning plan asks that its base model cannot do, at the key concerned.
    func checkFineTuning(_ plan: FineTuningPlan, cursors: [String: YAMLCursor]) {
        guard let name = plan.baseModel,
            case .openModel(let base) = ModelResolver(catalog: catalog).resolveJumpStart(name)
        else { return }
        for problem in FineTuningPlanner.inputProblems(plan, base: base) {
            guard let cursor = [problem.key, "fine_tuning"].lazy.compactMap({ cursors[$0] }).first(where: \.exists)
            else { continue }
            cursor.error(problem.finding.code, problem.finding.message)
        }
    }

    /// Reports models, instances and regions the catalog does not know, with suggestions. A model
    /// or instance that a price override adds (a Bedrock override of any model; an instance override
    /// that declares its accelerators) may be used by the options.
    func checkNames(_ references: [ProfileParser.NameReference], declared parser: ProfileParser) {
        let resolver = ModelResolver(catalog: catalog)
        let overriddenModels = Set(references.filter { $0.kind == .overrideModel }.map(\.name))
        let declaredInstances = Set(parser.declaredInstances.map(\.name))
        for (name, cursor) in parser.declaredModels {
            if case .bedrock(let model, _) = resolver.resolveBedrock(name) {
                cursor.error(
                    .conflictingKeys,
                    "the catalog knows \(model.name): kind, context_window and max_output_tokens describe only a model it lacks"
                )
            }
        }
        for (name, cursor, acceleratorCursor, hardware) in parser.declaredInstances {
            if catalog.instances[name] != nil {
                cursor.error(
                    .conflictingKeys,
                    "the catalog knows \(name): accelerator, accelerators and accelerator_memory_gb describe only a type it lacks"
                )
            } else if hardware.template(in: catalog) == nil {
                let known = Set(catalog.instances.values.map(\.accelerator)).sorted()
                acceleratorCursor.error(
                    .invalidValue,
                    "no instance in the catalog has the accelerator '\(hardware.accelerator)'\(Suggestions.didYouMean(hardware.accelerator, among: known)); known: \(known.joined(separator: ", "))"
                )
            }
        }
        for reference in references {
            switch reference.kind {
            case .region:
                if let problem = catalog.problem(withRegion: reference.name) {
                    reference.cursor.error(.unknownRegion, problem)
                }
            case .instance:
                if catalog.instances[reference.name] == nil, !declaredInstances.contains(reference.name) {
                    reference.cursor.error(
                        .unknownInstance,
                        "unknown instance type '\(reference.name)'\(Suggestions.didYouMean(reference.name, among: Array(catalog.instances.keys)))"
                    )
                }
            case .overrideInstance:
                if catalog.instances[reference.name] == nil, !declaredInstances.contains(reference.name) {
                    reference.cursor.error(
                        .unknownInstance,
                        "unknown instance type '\(reference.name)'\(Suggestions.didYouMean(reference.name, among: Array(catalog.instances.keys))); to price a type the catalog lacks, give its accelerator, accelerators and accelerator_memory_gb"
                    )
                }
            case .bedrockModel where overriddenModels.contains(reference.name):
                // A price override adds the model (with the facts it declares).
                break
            case .bedrockModel:
                if case .failure(let problem) = resolver.bedrockModel(reference.name) {
                    reference.cursor.error(problem.code, problem.description)
                }
            case .jumpStartModel:
                if case .failure(let problem) = resolver.jumpStartModel(reference.name) {
                    reference.cursor.error(problem.code, problem.description)
                }
            case .fineTuningBase:
                // Either service's model: SageMaker trains an open model, Bedrock customizes its own.
                if case .bedrock = resolver.resolveJumpStart(reference.name) { break }
                if case .failure(let problem) = resolver.jumpStartModel(reference.name) {
                    reference.cursor.error(problem.code, problem.description)
                }
            case .overrideModel:
                if case .unavailable(let model) = resolver.resolveBedrock(reference.name) {
                    reference.cursor.error(.modelUnavailable, "\(model.reason); an override cannot put it on AWS")
                }
            }
        }
    }
}
