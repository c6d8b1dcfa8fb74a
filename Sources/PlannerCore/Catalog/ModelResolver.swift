import Foundation

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
    private let bedrockIndex: [String: String]
    private let openIndex: [String: String]
    private let unavailableIndex: [String: UnavailableModel]

    public init(catalog: PricingCatalog) {
        self.catalog = catalog
        var bedrock: [String: String] = [:]
        for model in catalog.bedrockModels.values {
            for name in [model.id] + model.aliases { bedrock[ModelResolver.normalise(name)] = model.id }
        }
        var open: [String: String] = [:]
        for model in catalog.openModels.values {
            for name in [model.id] + model.aliases { open[ModelResolver.normalise(name)] = model.id }
        }
        var unavailable: [String: UnavailableModel] = [:]
        for model in catalog.unavailableModels {
            for name in [model.name] + model.aliases { unavailable[ModelResolver.normalise(name)] = model }
        }
        self.bedrockIndex = bedrock
        self.openIndex = open
        self.unavailableIndex = unavailable
    }

    /// Resolves a name given under `bedrock:` (prefers Bedrock models).
    public func resolveBedrock(_ name: String) -> Resolution { resolve(name, preferBedrock: true) }

    /// Resolves a name given under `jumpstart:` (prefers JumpStart models).
    public func resolveJumpStart(_ name: String) -> Resolution { resolve(name, preferBedrock: false) }

    private func resolve(_ name: String, preferBedrock: Bool) -> Resolution {
        var key = ModelResolver.normalise(name)
        var scope: EndpointScope?
        for prefix in ["global.", "us.", "eu.", "apac.", "us-gov."] where key.hasPrefix(prefix) {
            let stripped = String(key.dropFirst(prefix.count))
            if stripped.contains(".") {
                key = stripped
                scope = prefix == "global." ? .global : .regional
            }
        }
        let candidates = [key] + ModelResolver.versionStripped(key)
        let lookups: [(String) -> Resolution?] = [
            { self.bedrockIndex[$0].flatMap { self.catalog.bedrockModels[$0] }.map { .bedrock($0, scope: scope) } },
            { self.openIndex[$0].flatMap { self.catalog.openModels[$0] }.map { .openModel($0) } },
        ]
        for lookup in preferBedrock ? lookups : lookups.reversed() {
            for candidate in candidates { if let found = lookup(candidate) { return found } }
        }
        for candidate in candidates { if let model = unavailableIndex[candidate] { return .unavailable(model) } }
        let names = (preferBedrock ? Array(catalog.bedrockModels.keys) : Array(catalog.openModels.keys))
        var suggestions = Suggestions.closest(to: key, among: names)
        if suggestions.isEmpty {
            let aliasTargets = (preferBedrock ? bedrockIndex : openIndex)
            suggestions = Suggestions.closest(to: key, among: Array(aliasTargets.keys)).compactMap { aliasTargets[$0] }
        }
        var unique: [String] = []
        for suggestion in suggestions where !unique.contains(suggestion) { unique.append(suggestion) }
        return .unknown(suggestions: unique)
    }

    /// Lower-cased, trimmed, spaces as hyphens.
    static func normalise(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "-")
    }

    /// The name without AWS version suffixes: `x-v1:0` → `x-v1`, `x`; `x:0` → `x`.
    static func versionStripped(_ key: String) -> [String] {
        var results: [String] = []
        var current = key
        if let colon = current.lastIndex(of: ":"), current[current.index(after: colon)...].allSatisfy(\.isNumber) {
            current = String(current[..<colon])
            results.append(current)
        }
        if let range = current.range(of: #"-v\d+$"#, options: .regularExpression) {
            results.append(String(current[..<range.lowerBound]))
        }
        return results
    }
}
