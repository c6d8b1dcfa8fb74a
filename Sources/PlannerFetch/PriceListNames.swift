import Foundation
import PlannerCore

/// The table from the model names the AWS Price List uses to catalog ids, kept as data in
/// `Pricing/price-list-names.json` so that a maintainer extends it without a code change.
///
/// Names are compared normalised: lower-cased, letters and digits only, without the Marketplace's
/// "(Amazon Bedrock Edition)", and with a version's `.0` dropped ("Nova 2.0 Lite" is "Nova 2 Lite").
/// A catalog model's own name, id and aliases match too, so the table only needs the names AWS
/// spells differently.
public struct PriceListNames: Sendable {
    /// Normalised AWS name → catalog id.
    private var ids: [String: String] = [:]
    /// Normalised names deliberately left unmapped, with the reason.
    private var ignored: [String: String] = [:]
    /// Model-name prefixes of the Marketplace offer (which names no provider) → provider.
    private var providers: [(prefix: String, provider: String)] = []
    /// Catalog id → the AWS names the table gives it.
    public private(set) var namesByID: [String: [String]] = [:]

    /// The file's name in a catalog directory.
    public static let fileName = "price-list-names.json"

    /// Reads the table; throws, naming the file, when it is not the expected shape.
    public init(bytes: [UInt8]) throws(RefreshError) {
        guard let document = try? JSONParser.parse(bytes), case .object(let byID)? = document["names"] else {
            throw RefreshError(
                .previousInvalid,
                "\(Self.fileName) is not valid: expected {\"names\": {\"<catalog id>\": [\"AWS name\", ...]}}")
        }
        for (id, value) in byID {
            guard case .array(let names) = value else { continue }
            for case .string(let name) in names {
                ids[Self.normalise(name)] = id
                namesByID[id, default: []].append(name)
            }
        }
        if case .object(let entries)? = document["not_mapped"] {
            for case (let name, .string(let reason)) in entries { ignored[Self.normalise(name)] = reason }
        }
        if case .object(let entries)? = document["marketplace_providers"] {
            for case (let prefix, .string(let provider)) in entries { providers.append((prefix, provider)) }
        }
    }

    /// Lower-case letters and digits only (`+` read as "plus"), without the Marketplace suffix and
    /// without a version's `.0`: `Nova 2.0 Lite (Amazon Bedrock Edition)` → `nova2lite`.
    public static func normalise(_ name: String) -> String {
        let lowered = withoutZeroMinor(
            name.lowercased().replacingOccurrences(of: "(amazon bedrock edition)", with: "")
                .replacingOccurrences(of: "+", with: "plus"))
        return String(lowered.filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
    }

    /// The text without a version's `.0` before a non-digit: `Nova 2.0 Lite` → `Nova 2 Lite`, `3.0` → `3`.
    static func withoutZeroMinor(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            if characters[index] == ".", index > 0, characters[index - 1].isNumber, index + 1 < characters.count,
                characters[index + 1] == "0", index + 2 >= characters.count || !characters[index + 2].isNumber
            {
                index += 2
                continue
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }

    /// The catalog id of an AWS model name: from the table, else from the catalog's own names.
    func id(of name: String, catalogNames: [String: String]) -> String? {
        let key = Self.normalise(name)
        return ids[key] ?? catalogNames[key]
    }

    /// Why a name is deliberately not mapped, if it is.
    func ignoredReason(_ name: String) -> String? { ignored[Self.normalise(name)] }

    /// The provider of a model the catalog lacks: the offer's `provider` attribute, else the
    /// table's Marketplace prefixes ("Claude" → Anthropic), else the name's first word.
    func provider(of name: String, attribute: String?) -> String {
        if let attribute, !attribute.isEmpty { return attribute }
        if let match = providers.first(where: { name.hasPrefix($0.prefix) }) { return match.provider }
        return name.split(separator: " ").first.map(String.init) ?? "Unknown"
    }

    /// The catalog id given to a model the catalog lacks: provider and name as lower-case words
    /// joined by hyphens, `Qwen` + `Qwen3 Coder 480B A35B` → `qwen.qwen3-coder-480b-a35b`.
    static func derivedID(name: String, provider: String) -> String {
        func slug(_ text: String) -> String {
            var words: [String] = []
            var current = ""
            for character in withoutZeroMinor(text).lowercased() {
                if character.isLetter || character.isNumber, character.isASCII {
                    current.append(character)
                } else if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { words.append(current) }
            return words.joined(separator: "-")
        }
        let prefix = slug(provider).split(separator: "-").first.map(String.init) ?? "aws"
        return "\(prefix).\(slug(name))"
    }
}
