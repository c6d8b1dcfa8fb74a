import PlannerCore
import PlannerProfiles

/// Loads every profile named on the command line, printing all diagnostics; fails when any has an error.
enum ProfileLoading {
    static func load(_ paths: [String], catalog: PricingCatalog, action: String) throws -> [ProfileLoader.Loaded] {
        let loader = ProfileLoader(catalog: catalog)
        var loaded: [ProfileLoader.Loaded] = []
        var diagnostics: [ProfileDiagnostic] = []
        // Read and check the files on every core; report in the order given.
        let results = paths.parallelMap { path in Result { () throws(ProfileLoadError) in try loader.load(path: path) }
        }
        for result in results {
            switch result {
            case .success(let profile):
                loaded.append(profile)
                diagnostics += profile.warnings
            case .failure(let error):
                diagnostics += error.diagnostics
            }
        }
        diagnostics += duplicateNames(loaded)
        let lines = diagnostics.map(Wording.line)
        if !lines.isEmpty { Terminal.standardError(lines.joined(separator: "\n")) }
        guard loaded.count == paths.count, !diagnostics.contains(where: { $0.code == .duplicateName }) else {
            let errors = diagnostics.filter { $0.severity == .error }.count
            throw UserFacingError(
                summary:
                    "\(errors) error\(errors == 1 ? "" : "s") in the profile\(paths.count == 1 ? "" : "s"); nothing \(action)",
                details: lines)
        }
        return loaded
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
