import Foundation
import PlannerCore
import PlannerPricing
import TestSupport
import Testing

@testable import PlannerProfiles

/// The JSON Schema of profiles: kept in the repository as generated, and checked with the
/// `jsonschema` package (Python; README, "Development") against every bundled profile.
@Suite("Profile JSON Schema")
struct ProfileSchemaTests {
    static let schemaPath = "Profiles/genai-plan-profile.schema.json"

    /// Validates YAML files against the schema with Python's jsonschema (draft 2020-12); one line a
    /// file: `ok PATH` or `fail PATH: message at path`.
    static let validator = """
        import json, sys, yaml
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1]))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        for path in sys.argv[2:]:
            errors = sorted(validator.iter_errors(yaml.safe_load(open(path))), key=lambda e: list(e.path))
            if errors:
                print("fail " + path + ": " + "; ".join(e.message + " at /" + "/".join(map(str, e.path)) for e in errors))
            else:
                print("ok " + path)
        """

    func validate(_ paths: [String]) throws -> [String] {
        let python = URL(fileURLWithPath: "/usr/bin/env")
        let result = try run(
            python,
            ["python3", "-c", Self.validator, repositoryRoot.appendingPathComponent(Self.schemaPath).path] + paths)
        #expect(
            result.status == 0,
            "python3 with jsonschema and PyYAML is needed (`pip install jsonschema pyyaml`; .ci/run installs them): \(result.stderr)"
        )
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test("the repository's schema is what `genai-plan schema` writes")
    func upToDate() throws {
        let stored = try String(contentsOf: repositoryRoot.appendingPathComponent(Self.schemaPath), encoding: .utf8)
        #expect(
            stored.trimmingCharacters(in: .newlines) == ProfileSchema.json().trimmingCharacters(in: .newlines),
            "regenerate it: swift run genai-plan schema -o \(Self.schemaPath)")
    }

    @Test("every bundled profile validates and names the schema in its modeline")
    func bundledProfilesValidate() throws {
        let directory = repositoryRoot.appendingPathComponent("Profiles")
        let paths = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }
            .sorted().map { directory.appendingPathComponent($0).path }
        #expect(paths.count >= 8)
        for path in paths {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema=genai-plan-profile.schema.json\n"), "\(path)")
        }
        let lines = try validate(paths)
        #expect(lines.count == paths.count)
        for line in lines { #expect(line.hasPrefix("ok "), "\(line)") }
    }

    @Test(
        "a misspelt or out-of-range key fails the schema, as it fails the parser",
        arguments: [
            ("regoin: us-west-2\n", "'regoin' does not match any of the regexes: '^x-'"),
            ("hours_per_month: 800\n", "800 is greater than the maximum of 744"),
            ("x-team: search\nbudget: { monthly_usd: 10, monthly: 3 }\n", "'monthly' was unexpected"),
        ])
    func misspeltKeyFails(addition: String, message: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-schema-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("profile.yaml")
        try (minimalProfile + addition).write(to: file, atomically: true, encoding: .utf8)
        let line = try #require(try validate([file.path]).first)
        #expect(line.hasPrefix("fail "), "\(line)")
        #expect(line.contains(message), "\(line)")
        let loader = ProfileLoader(catalog: try CatalogLoader.embedded())
        #expect(throws: ProfileLoadError.self) { try loader.load(path: file.path) }
    }

    @Test("both spellings of an option validate; an option with both `bedrock` and `jumpstart` does not")
    func options() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-schema-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.yaml")
        try
            (minimalProfile
            + "  - { jumpstart: meta-textgeneration-llama-3-8b-instruct, instance: ml.g5.2xlarge, instances: 1 }\n")
            .write(to: good, atomically: true, encoding: .utf8)
        let bad = directory.appendingPathComponent("bad.yaml")
        try (minimalProfile + "  - { bedrock: amazon.nova-micro, jumpstart: x }\n").write(
            to: bad, atomically: true, encoding: .utf8)
        let lines = try validate([good.path, bad.path])
        #expect(lines.first?.hasPrefix("ok ") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("fail ") == true, "\(lines)")
    }
}

/// The table's ranges are the parser's: a value just past either bound of every numeric key is
/// refused by the parser at that key, so the schema cannot allow what the parser rejects (or the
/// reverse) without this test failing.
@Suite("Profile key table and parser agree")
struct ProfileKeyRangeTests {
    /// Where a key of each section goes in a minimal profile.
    static func profile(section: String, key: String, value: String) -> String? {
        let bedrockLine = "  - bedrock: anthropic.claude-3-haiku\n"
        switch section {
        case "top": return minimalProfile + "\(key): \(value)\n"
        case "workload":
            return minimalProfile.replacingOccurrences(of: "workload:\n", with: "workload:\n  \(key): \(value)\n")
        case "bedrock":
            return minimalProfile.replacingOccurrences(of: bedrockLine, with: bedrockLine + "    \(key): \(value)\n")
        case "jumpstart":
            return minimalProfile.replacingOccurrences(
                of: bedrockLine, with: "  - jumpstart: meta-textgeneration-llama-3-8b-instruct\n    \(key): \(value)\n")
        case "import":
            return minimalProfile.replacingOccurrences(
                of: bedrockLine,
                with: "  - bedrock_import: meta-textgeneration-llama-3-8b-instruct\n    \(key): \(value)\n")
        case "fine_tuning":
            return key == "examples"
                ? minimalProfile + "fine_tuning:\n  examples: \(value)\n"
                : minimalProfile + "fine_tuning:\n  examples: 10\n  \(key): \(value)\n"
        case "sampling", "budget", "prices": return minimalProfile + "\(section):\n  \(key): \(value)\n"
        default: return nil
        }
    }

    static let sections: [(String, ProfileSection)] = [
        ("top", ProfileKeys.top), ("workload", ProfileKeys.workload), ("bedrock", ProfileKeys.bedrockOption),
        ("jumpstart", ProfileKeys.jumpStartOption), ("import", ProfileKeys.bedrockImportOption),
        ("fine_tuning", ProfileKeys.fineTuning), ("sampling", ProfileKeys.sampling), ("budget", ProfileKeys.budget),
        ("prices", ProfileKeys.prices),
    ]

    @Test("every numeric key's bounds, as the table states them, are the parser's")
    func bounds() throws {
        var checked = 0
        for (section, table) in Self.sections {
            for key in table.keys {
                let outside: [(String, String)]
                switch key.value {
                case .integer(let range) where range.lowerBound < range.upperBound:
                    outside = [
                        ("\(range.upperBound + 1)", "must be at most"), ("\(range.lowerBound - 1)", "must be at least"),
                    ]
                case .number(let range):
                    let above = range.upperBound + Fixed.one
                    let below = range.lowerBound - Fixed(units: 1)
                    outside = [
                        (
                            above.quantityText(maximumDecimals: 12).replacingOccurrences(of: ",", with: ""),
                            "must be at most"
                        ),
                        (below.description, "must be at least"),
                    ]
                default: continue
                }
                for (value, message) in outside {
                    let yaml = try #require(Self.profile(section: section, key: key.name, value: value))
                    let lines = diagnostics(yaml)
                    #expect(
                        lines.contains { $0.contains("\(key.name): \(message)") },
                        "\(section).\(key.name) = \(value): \(lines)")
                    checked += 1
                }
            }
        }
        #expect(checked > 40)
    }
}
