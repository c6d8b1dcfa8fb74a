import PlannerCore
import PlannerProfiles

/// Loads every profile named on the command line, printing all diagnostics.
enum ProfileLoading {
    /// What loading a set of profiles gave: those that loaded, those with errors (each with its
    /// diagnostics), and every diagnostic in the order given.
    struct Outcome {
        var loaded: [ProfileLoader.Loaded] = []
        var failed: [(path: String, diagnostics: [ProfileDiagnostic])] = []
        var diagnostics: [ProfileDiagnostic] = []
    }

    /// Loads each profile on every core and prints the diagnostics; a profile with an error (or a
    /// name another file already has) is set apart, the others load.
    static func loadEach(_ paths: [String], catalog: PricingCatalog) -> Outcome {
        let loader = ProfileLoader(catalog: catalog)
        var outcome = Outcome()
        let results = paths.parallelMap { path in Result { () throws(ProfileLoadError) in try loader.load(path: path) }
        }
        for (path, result) in zip(paths, results) {
            switch result {
            case .success(let profile):
                outcome.loaded.append(profile)
                outcome.diagnostics += profile.warnings
            case .failure(let error):
                outcome.failed.append((path, error.diagnostics))
                outcome.diagnostics += error.diagnostics
            }
        }
        for duplicate in duplicateNames(outcome.loaded) {
            guard case .file(let path, _, _)? = duplicate.location else { continue }
            outcome.loaded.removeAll { $0.path == path }
            outcome.failed.append((path, [duplicate]))
            outcome.diagnostics.append(duplicate)
        }
        let lines = outcome.diagnostics.map(Wording.line)
        if !lines.isEmpty { Terminal.standardError(lines.joined(separator: "\n")) }
        return outcome
    }

    /// The profiles, or a user-facing error when any has an error (nothing is `action`).
    static func load(_ paths: [String], catalog: PricingCatalog, action: String) throws -> [ProfileLoader.Loaded] {
        let outcome = loadEach(paths, catalog: catalog)
        guard outcome.failed.isEmpty else {
            throw UserFacingError(
                summary: "\(errorCount(outcome)) in the profile\(paths.count == 1 ? "" : "s"); nothing \(action)",
                details: outcome.diagnostics.map(Wording.line))
        }
        return outcome.loaded
    }

    /// `2 errors`.
    static func errorCount(_ outcome: Outcome) -> String {
        let errors = outcome.diagnostics.filter { $0.severity == .error }.count
        return "\(errors) error\(errors == 1 ? "" : "s")"
    }

    /// Profiles that share a name, which a report keys its rows, cases and baseline by: an error at
    /// each later file, naming the first.
    static func duplicateNames(_ loaded: [ProfileLoader.Loaded]) -> [ProfileDiagnostic] {
        var first: [String: String] = [:]
        var found: [ProfileDiagnostic] = []
        for profile in loaded {
            if let earlier = first[profile.profile.name] {
                found.append(
                    .error(
                        .duplicateName,
                        "the profile name '\(profile.profile.name)' is also the name of \(earlier); names must be unique (set `name:` in one of them)",
                        at: .file(path: profile.path, line: 0, column: 0)))
            } else {
                first[profile.profile.name] = profile.path
            }
        }
        return found
    }
}
