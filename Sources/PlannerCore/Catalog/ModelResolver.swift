/// Finds the catalog entry a user means: exact ids, the ids AWS prints with version suffixes
/// (`-v1:0`, `:0`) or inference-profile prefixes (`us.`, `global.`), and aliases a user would type.
public struct ModelResolver: Sendable {
    /// What a name resolved to.
    public enum Resolution: Sendable, Hashable {
        /// A Bedrock model; `scope` is `.global` when the name carried the `global.` prefix.
        case bedrock(BedrockModel, scope: EndpointScope?)
        case openModel(OpenModel)
        /// A model on neither service, with alternatives.
        case unavailable(UnavailableModel)
        /// Nothing matched; the closest names, nearest first.
        case unknown(suggestions: [String])
    }

    private let catalog: PricingCatalog

    public init(catalog: PricingCatalog) { self.catalog = catalog }

    /// Resolves a name given under `bedrock:` (prefers Bedrock models).
    public func resolveBedrock(_ name: String) -> Resolution { resolve(name, preferBedrock: true) }

    /// Resolves a name given under `jumpstart:` (prefers JumpStart models).
    public func resolveJumpStart(_ name: String) -> Resolution { resolve(name, preferBedrock: false) }

    private func resolve(_ name: String, preferBedrock: Bool) -> Resolution {
        var key = ModelResolver.normalise(name)
        var scope: EndpointScope?
        for prefix in ModelResolver.profilePrefixes where key.hasPrefix(prefix) {
            let stripped = String(key.dropFirst(prefix.count))
            if stripped.contains(".") {
                key = stripped
                scope = prefix == "global." ? .global : .geo
            }
        }
        func bedrock(_ name: String) -> Resolution? {
            catalog.names.bedrock[name].flatMap { catalog.bedrockModels[$0] }.map { .bedrock($0, scope: scope) }
        }
        func open(_ name: String) -> Resolution? {
            catalog.names.open[name].flatMap { catalog.openModels[$0] }.map { .openModel($0) }
        }
        if let found = preferBedrock ? (bedrock(key) ?? open(key)) : (open(key) ?? bedrock(key)) { return found }
        let candidates = [key] + ModelResolver.versionStripped(key)
        for lookup in preferBedrock ? [bedrock, open] : [open, bedrock] {
            for candidate in candidates.dropFirst() { if let found = lookup(candidate) { return found } }
        }
        for candidate in candidates {
            if let model = catalog.names.unavailable[candidate] { return .unavailable(model) }
        }
        let names = (preferBedrock ? Array(catalog.bedrockModels.keys) : Array(catalog.openModels.keys))
        var suggestions = Suggestions.closest(to: key, among: names)
        if suggestions.isEmpty {
            let aliasTargets = (preferBedrock ? catalog.names.bedrock : catalog.names.open)
            suggestions = Suggestions.closest(to: key, among: Array(aliasTargets.keys)).compactMap { aliasTargets[$0] }
        }
        var unique: [String] = []
        for suggestion in suggestions where !unique.contains(suggestion) { unique.append(suggestion) }
        return .unknown(suggestions: unique)
    }

    /// Inference-profile prefixes of Bedrock model ids: `global.` is the global profile, the
    /// others geographic ones.
    static let profilePrefixes = ["global.", "us.", "eu.", "apac.", "jp.", "au.", "ca.", "in.", "us-gov."]

    /// Lower-cased, trimmed, spaces as hyphens.
    package static func normalise(_ name: String) -> String {
        if !name.utf8.contains(where: { (65...90).contains($0) || $0 == 32 || $0 == 9 }) { return name }
        return String(name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: "-"))
    }

    /// The name without AWS version suffixes: `x-v1:0` → `x-v1`, `x`; `x:0` → `x`.
    static func versionStripped(_ key: String) -> [String] {
        var results: [String] = []
        var current = key
        if let colon = current.lastIndex(of: ":"), current[current.index(after: colon)...].allSatisfy(\.isNumber) {
            current = String(current[..<colon])
            results.append(current)
        }
        let digits = current.reversed().prefix(while: \.isNumber).count
        if digits > 0, current.dropLast(digits).hasSuffix("-v") {
            results.append(String(current.dropLast(digits + 2)))
        }
        return results
    }
}
