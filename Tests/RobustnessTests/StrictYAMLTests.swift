import Foundation
import PlannerCore
import PlannerProfiles
import TestSupport
import Testing

@Suite("YAML as a data format, strictly")
struct StrictYAMLTests {
    let minimal = minimalProfile

    func messages(_ yaml: String) -> [String] {
        switch load(yaml) {
        case .success(let loaded): loaded.warnings.map(\.description)
        case .failure(let error): error.diagnostics.map(\.description)
        }
    }

    @Test(
        "each YAML feature outside the format is one error at its position",
        arguments: [
            ("? [region]\n: us-east-1\n", "p.yaml:9:3: error: a key must be a plain name, found a list as a key"),
            ("budget: { ? {x: 1} : 2 }\n", "p.yaml:9:13: error: a key must be a plain name, found a mapping as a key"),
            (
                "!custom budget: { monthly_usd: 5 }\n",
                "p.yaml:9:1: error: tags such as '!custom' are not part of the profile format; remove it"
            ),
            (
                "budget: { monthly_usd: !!python/object:os.system 100 }\n",
                "p.yaml:9:24: error: tags such as '!!python/object:os.system' are not part of the profile format; remove it"
            ),
            ("x-a: &a 1\n*a : 2\n", "p.yaml:10:1: error: an alias cannot be a key; write the key out"),
        ])
    func refused(extra: String, expected: String) {
        #expect(messages(minimal + extra) == [expected])
    }

    @Test("a tagged key is reported once and its section is still read")
    func taggedKey() throws {
        let found = messages(minimal + "!x budget: { monthly_usd: -1 }\n")
        #expect(found.contains("p.yaml:9:1: error: tags such as '!x' are not part of the profile format; remove it"))
        #expect(found.contains { $0.contains("budget.monthly_usd: must be at least 0") })
        #expect(!found.contains { $0.contains("missing") })
    }

    @Test("merge keys are supported: merged keys apply where the mapping does not set them")
    func mergeKeys() throws {
        let yaml = """
            version: 1
            x-defaults: &defaults
              task: chatbot
              input_tokens: 100
              output_tokens: 50
            workload:
              <<: *defaults
              output_tokens: 70
              requests: { per_day: 1000 }
            options:
              - bedrock: amazon.nova-lite

            """
        let loaded = try load(yaml).get()
        #expect(loaded.profile.workload.inputTokens == Fixed(100))
        #expect(loaded.profile.workload.outputTokens == Fixed(70))
        #expect(loaded.warnings.isEmpty)
    }

    @Test("a duplicate key is one error among the others")
    func duplicates() {
        let yaml =
            minimal.replacingOccurrences(
                of: "  input_tokens: 100\n", with: "  input_tokens: 100\n  input_tokens: 200\n") + "regoin: x\n"
        #expect(
            messages(yaml) == [
                "p.yaml:6:3: error: duplicate key 'input_tokens': it is already set at line 5; this one is ignored",
                "p.yaml:10:1: error: unknown key 'regoin' (did you mean 'region'?)",
            ])
    }

    @Test(
        "numbers follow one grammar, and the message names the rule broken",
        arguments: [
            ("0x64", "hexadecimal, octal and binary numbers are not accepted, found '0x64': write the decimal value"),
            ("-.nan", "must be a finite number, found '-.nan'"),
            ("infinity", "must be a finite number, found 'infinity'"),
            ("1e24", "must be below 10^24 with at most 12 decimal places, found '1e24'"),
            ("_1", "digit separators ('_') are not accepted in numbers, found '_1': write '1'"),
            ("1_", "digit separators ('_') are not accepted in numbers, found '1_': write '1'"),
            ("1__0", "digit separators ('_') are not accepted in numbers, found '1__0': write '10'"),
            ("1,000", "thousands separators (',') are not accepted in numbers, found '1,000': write '1000'"),
            ("0.0000000000001", "has more than 12 decimal places, found '0.0000000000001'"),
            ("12abc", "expected a number, found '12abc'"),
            ("\"|\n    100\"", "expected a number, found '| 100'"),
        ])
    func numbers(text: String, message: String) {
        let yaml = minimal.replacingOccurrences(of: "input_tokens: 100", with: "input_tokens: \(text)")
        #expect(messages(yaml) == ["p.yaml:5:17: error: workload.input_tokens: \(message)"])
    }

    @Test("accepted number forms", arguments: ["100", "+100", "1e2", "1E2", "100.0", "1000e-1", ".1e3", "100."])
    func acceptedNumbers(text: String) throws {
        let loaded = try load(minimal.replacingOccurrences(of: "input_tokens: 100", with: "input_tokens: \(text)"))
            .get()
        #expect(loaded.profile.workload.inputTokens == Fixed(100))
    }

    @Test("a syntax error is placed and never echoes the line")
    func syntax() {
        let found = messages("version: 1\nname: \"a\u{01}b\"\n")
        #expect(found == ["p.yaml:2:9: error: invalid YAML: control characters are not allowed (character U+0001)"])
    }

    @Test("an error about a missing section points at its parent")
    func missingSection() {
        #expect(messages("version: 1\noptions: []\n").contains("p.yaml:1:1: error: workload: missing"))
    }

    @Test("a profile lists at most 100 options")
    func optionLimit() {
        let options = String(repeating: "  - bedrock: anthropic.claude-3-haiku\n", count: 101)
        let yaml = minimal.replacingOccurrences(of: "  - bedrock: anthropic.claude-3-haiku\n", with: options)
        #expect(
            messages(yaml) == [
                "p.yaml:8:3: error: options: lists 101 options; a profile compares at most 100 (split it into several profiles)"
            ])
    }
}
