import Foundation
import PlannerCore
import PlannerPricing
import PlannerProfiles
import TestSupport
import Testing

let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
let loader: ProfileLoader = {
    do { return ProfileLoader(catalog: try CatalogLoader.embedded()) } catch { preconditionFailure("\(error)") }
}()

/// The diagnostics of a profile text, one string each.
func diagnostics(_ yaml: String, path: String = "p.yaml") -> [String] {
    do {
        return try loader.load(yaml: yaml, path: path).warnings.map(\.description)
    } catch {
        return error.diagnostics.map(\.description)
    }
}

let minimal = minimalProfile

@Suite("Profile errors")
struct ProfileErrorTests {
    @Test("all problems of a profile are reported at once, each at its line and column, in file order")
    func manyProblems() throws {
        let path = fixtures.appendingPathComponent("many-problems.yaml").path
        let found: [String]
        let codes: [FindingCode]
        do {
            _ = try loader.load(path: path)
            Issue.record("the profile should not load")
            return
        } catch {
            found = error.diagnostics.map { $0.description.replacingOccurrences(of: path, with: "F") }
            codes = error.diagnostics.map(\.code)
        }
        #expect(
            codes == [
                .unknownKey, .invalidValue, .invalidValue, .conflictingKeys, .invalidValue, .invalidValue,
                .invalidValue, .invalidValue, .unknownModel, .conflictingKeys, .unknownInstance, .invalidValue,
                .modelUnavailable, .conflictingKeys, .invalidValue,
            ])
        let expected = [
            "F:3:1: error: unknown key 'regoin' (did you mean 'region'?)",
            "F:4:18: error: hours_per_month: must be at most 744, found 800 (a month has at most 744 hours)",
            "F:6:9: error: workload.task: unknown value 'chatbott' (did you mean 'chatbot'?); expected one of: sentiment-analysis, text-generation, chatbot, translation, summarization, ner, question-answering, code-generation, embeddings, image-generation",
            "F:7:40: error: workload.requests.per_hour: give exactly one of per_month, per_day, per_hour, per_second; found per_day and per_hour",
            "F:8:17: error: workload.input_tokens: must be at least 0, found -5",
            "F:9:18: error: workload.output_tokens: must be a finite number, found '.nan'",
            "F:10:17: error: workload.peak_to_mean: must be at least 1, found 0.5 (peak load cannot be below mean load)",
            "F:12:22: error: workload.cache_write_share: cached_input_share + cache_write_share is 1.3: together they cannot exceed 1",
            "F:14:14: error: options[0].bedrock: unknown Bedrock model 'anthropic.claude-3-haiku-typo' (did you mean 'anthropic.claude-3-haiku'?)",
            "F:16:17: error: options[0].commitment: applies only with `mode: provisioned` or `mode: reserved` (this option is on-demand)",
            "F:18:15: error: options[1].instance: unknown instance type 'ml.g5.2xlarg' (did you mean 'ml.g5.2xlarge'?)",
            "F:19:16: error: options[1].instances: must be at least 1, found 0",
            "F:20:14: error: options[2].bedrock: GPT-4 is OpenAI's proprietary model, served by OpenAI and Azure OpenAI; neither Amazon Bedrock nor SageMaker JumpStart offers it. Nearest AWS-hosted alternatives: anthropic.claude-sonnet-4-5, anthropic.claude-3-5-sonnet, amazon.nova-pro, meta.llama3-1-405b-instruct",
            "F:22:15: error: options[3].instance: applies to `jumpstart:` options only",
            "F:24:21: error: prices.discount_percent: must be at most 100, found 150 (a percentage)",
        ]
        #expect(found == expected)
    }

    @Test(
        "single mistakes, each with its position and message",
        arguments: [
            (
                "version: 2\n" + minimal.dropFirst(11),
                "p.yaml:1:10: error: version: this genai-plan reads profile version 1, found 2"
            ),
            (
                minimal.replacingOccurrences(of: "input_tokens: 100", with: "input_token: 100"),
                "p.yaml:5:3: error: workload: unknown key 'input_token' (did you mean 'input_tokens'?)"
            ),
            (
                minimal.replacingOccurrences(of: "per_day: 1000", with: "per_second: 2e12"),
                "p.yaml:4:27: error: workload.requests.per_second: must be at most 1,000,000,000, found 2,000,000,000,000 (more than 10^9 requests a second is not a workload one account can run)"
            ),
            (
                minimal.replacingOccurrences(of: "{ per_day: 1000 }", with: "20000"),
                "p.yaml:4:13: error: workload.requests: a request volume needs its period: write `{ per_month: 20000 }` (or per_day, per_hour, per_second)"
            ),
            (
                minimal.replacingOccurrences(of: "per_day: 1000", with: "per_day: lots"),
                "p.yaml:4:24: error: workload.requests.per_day: expected a number, found 'lots'"
            ),
            (
                minimal.replacingOccurrences(of: "per_day: 1000", with: "per_day: 1e30"),
                "p.yaml:4:24: error: workload.requests.per_day: must be below 10^24 with at most 12 decimal places, found '1e30'"
            ),
            (
                minimal.replacingOccurrences(of: "requests: { per_day: 1000 }", with: "requests: {}"),
                "p.yaml:4:13: error: workload.requests: give exactly one of per_month, per_day, per_hour, per_second"
            ),
            (
                minimal.replacingOccurrences(
                    of: "bedrock: anthropic.claude-3-haiku", with: "bedrock: meta-textgeneration-llama-3-8b-instruct"),
                "p.yaml:8:14: error: options[0].bedrock: 'meta-textgeneration-llama-3-8b-instruct' is a SageMaker JumpStart model id: use `jumpstart: meta-textgeneration-llama-3-8b-instruct`, or `bedrock: meta.llama3-8b-instruct` for the same weights on Bedrock"
            ),
            (
                minimal.replacingOccurrences(of: "- bedrock: anthropic.claude-3-haiku", with: "- mode: batch"),
                "p.yaml:8:5: error: options[0]: an option needs `bedrock: MODEL`, `jumpstart: MODEL` or `bedrock_import: MODEL`"
            ),
            (
                minimal + "region: eu-west-9\n",
                "p.yaml:9:9: error: region: the pricing snapshot has no prices for region 'eu-west-9' (did you mean 'eu-west-1' or 'eu-west-2' or 'eu-west-3'?); it covers 27 regions (`genai-plan pricing show --regions` lists them); in Europe: eu-central-1 (Europe (Frankfurt)), eu-west-1 (Europe (Ireland)), eu-west-2 (Europe (London)), eu-west-3 (Europe (Paris)), eu-south-1 (Europe (Milan)), eu-north-1 (Europe (Stockholm)), eu-south-2 (Europe (Spain))"
            ),
            (
                minimal + "budget: { monthly_usd: -3 }\n",
                "p.yaml:9:24: error: budget.monthly_usd: must be at least 0, found -3"
            ),
            (
                "workload: [1, 2\n",
                "p.yaml:2:1: error: invalid YAML: while parsing a flow sequence (line 1, column 11): did not find expected ',' or ']'"
            ),
            (
                "- just\n- a list\n",
                "p.yaml:1:1: error: a profile is a YAML mapping with at least `version`, `workload` and `options` (see README, \"Workload profiles\")"
            ),
            (
                minimal + "    mode: reserved\n    commitment: 6-month\n",
                "p.yaml:10:17: error: options[0].commitment: reserved capacity is sold for 1-month or 3-month, not 6-month"
            ),
            (
                minimal + "    mode: provisioned\n    commitment: 3-month\n",
                "p.yaml:10:17: error: options[0].commitment: provisioned throughput is sold for none, 1-month or 6-month, not 3-month"
            ),
            (
                minimal + "    reserved_input_tpm: 200000\n",
                "p.yaml:9:25: error: options[0].reserved_input_tpm: applies only with `mode: reserved` (this option is on-demand)"
            ),
            (
                minimal + "name: a\nname: b\n",
                "p.yaml:10:1: error: duplicate key 'name': it is already set at line 9; this one is ignored"
            ),
        ])
    func single(yaml: String, expected: String) {
        #expect(diagnostics(yaml).contains(expected), "got \(diagnostics(yaml))")
    }

    @Test("a missing version is a warning, and the profile loads")
    func missingVersion() throws {
        let loaded = try loader.load(yaml: String(minimal.dropFirst(11)), path: "p.yaml")
        #expect(loaded.warnings.map(\.description) == ["p.yaml:1:1: warning: version: missing; assuming `version: 1`"])
        #expect(loaded.profile.name == "p")
    }

    @Test("defaults: us-east-1, 730 hours, peak-to-mean 3, use case from the task, on-demand regional")
    func defaults() throws {
        let profile = try loader.load(yaml: minimal, path: "dir/chat.yaml").profile
        #expect(profile.name == "chat")
        #expect(profile.region == "us-east-1")
        #expect(profile.hoursPerMonth == Fixed(730))
        #expect(profile.workload.peakToMean == Fixed(3))
        #expect(profile.workload.useCase == .chat)
        #expect(profile.options == [.bedrock(BedrockOption(model: "anthropic.claude-3-haiku"))])
    }

    @Test(
        "no input crashes the loader",
        arguments: [
            "", "~", "42", "version: 1", "workload: 3", "workload: {requests: 5}", "options: 7\nworkload: {}",
            "workload:\n  requests:\n    per_day: [1]",
            "{{{", "\u{0}", "a: &x [*x]",
            "workload: {task: chatbot, requests: {per_month: 1e40}, input_tokens: 9999999999999999999999999}",
        ])
    func neverCrashes(yaml: String) {
        #expect(!diagnostics(yaml).isEmpty)
    }

    @Test("an unreadable path is a clear error")
    func missingFile() {
        #expect(throws: ProfileLoadError.self) { try loader.load(path: "/nonexistent/profile.yaml") }
    }
}

@Suite("Bundled profiles")
struct BundledProfileTests {
    static let paths: [String] = {
        let directory = repositoryRoot.appendingPathComponent("Profiles").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "\(directory)/\($0)" }
    }()

    @Test("there are at least six, one per scenario of the issue")
    func count() {
        #expect(Self.paths.count >= 6)
    }

    @Test("each loads without a warning and has a comment header", arguments: paths)
    func loads(path: String) throws {
        let loaded = try loader.load(path: path)
        #expect(loaded.warnings.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# "))
    }
}

@Suite("Advisor keys in profiles")
struct AdvisorKeyTests {
    @Test("requirements, sampling, max_input_tokens and fine_tuning.examples are read")
    func read() throws {
        let yaml =
            minimal.replacingOccurrences(
                of: "  output_tokens: 50\n", with: "  output_tokens: 50\n  max_input_tokens: 80\n") + """
                requirements:
                  needs_notebooks: true
                  needs_fine_tuning: full
                  minimal_infrastructure: yes
                  answer_format: extracted
                sampling: { temperature: 0.7, top_p: 0.9, top_k: 40 }
                fine_tuning: { examples: 5000 }

                """
        let profile = try loader.load(yaml: yaml, path: "p.yaml").profile
        #expect(profile.requirements.needsNotebooks)
        #expect(profile.requirements.minimalInfrastructure)
        #expect(profile.requirements.needsFineTuning == .full)
        #expect(profile.requirements.answerFormat == .extracted)
        #expect(!profile.requirements.production)
        #expect(profile.sampling == SamplingSettings(temperature: Fixed("0.7"), topP: Fixed("0.9"), topK: 40))
        #expect(profile.workload.maxInputTokens == Fixed(80))
        #expect(profile.fineTuningExamples == 5000)
    }

    @Test(
        "their mistakes are reported with positions",
        arguments: [
            (
                "requirements: { needs_notebook: true }\n",
                "p.yaml:9:17: error: requirements: unknown key 'needs_notebook' (did you mean 'needs_notebooks'?)"
            ),
            (
                "requirements: { production: maybe }\n",
                "p.yaml:9:29: error: requirements.production: expected true or false"
            ),
            (
                "requirements: { needs_fine_tuning: lots }\n",
                "p.yaml:9:36: error: requirements.needs_fine_tuning: unknown value 'lots'; expected one of: none, limited, full"
            ),
            (
                "sampling: { top_p: 1.5 }\n",
                "p.yaml:9:20: error: sampling.top_p: must be at most 1, found 1.5 (a cumulative probability)"
            ),
            (
                "fine_tuning: { examples: -1 }\n",
                "p.yaml:9:26: error: fine_tuning.examples: must be at least 0, found -1"
            ),
        ])
    func mistakes(extra: String, expected: String) {
        #expect(diagnostics(minimal + extra).contains(expected), "got \(diagnostics(minimal + extra))")
    }
}

@Suite("Profile checks of the task")
struct TaskProfileTests {
    @Test("`task: image-generation` without `images` is an error at the workload")
    func imagesRequired() {
        let yaml = """
            version: 1
            workload:
              task: image-generation
              requests: { per_day: 100 }
              input_tokens: 50
            options:
              - bedrock: stability.stable-diffusion-xl-v1
            """
        #expect(
            diagnostics(yaml) == [
                "p.yaml:3:3: error: workload.images: `task: image-generation` needs `images` (images generated per request, at least 1): image models bill per image"
            ])
    }
}

@Suite("The selected option")
struct SelectionProfileTests {
    static let options = """
        options:
          - bedrock: anthropic.claude-3-haiku
            name: chat
          - bedrock: amazon.nova-lite
        """

    func profile(_ selected: String, options: String = options) -> String {
        """
        version: 1
        workload:
          task: chatbot
          requests: { per_day: 1000 }
          input_tokens: 100
        \(options)
        selected: \(selected)
        """
    }

    @Test("`selected` takes a name or a computed id", arguments: ["chat", "bedrock:amazon.nova-lite:on-demand"])
    func accepted(selected: String) throws {
        let loaded = try loader.load(yaml: profile(selected), path: "p.yaml")
        #expect(loaded.profile.selected == selected)
    }

    @Test("a `selected` that names no option is an error at its position, with the near miss")
    func unknown() {
        #expect(
            diagnostics(profile("chta")) == [
                "p.yaml:10:11: error: selected: 'chta' names no option (did you mean 'chat'?); give an option's `name:` or its id (bedrock:anthropic.claude-3-haiku:on-demand, bedrock:amazon.nova-lite:on-demand)"
            ])
    }

    @Test("two options may not share a name")
    func duplicate() {
        let options = """
            options:
              - bedrock: anthropic.claude-3-haiku
                name: chat
              - bedrock: amazon.nova-lite
                name: chat
            """
        #expect(
            diagnostics(profile("chat", options: options)).first
                == "p.yaml:10:11: error: options[1].name: 'chat' names another option already; names must be unique")
    }
}

/// `bedrock_import:` options: the keys of the other kinds, two kinds at once, copies with a ceiling.
@Suite("Custom Model Import options")
struct ImportOptionErrorTests {
    static let cases: [(String, String)] = [
        (
            minimalProfile.replacingOccurrences(
                of: "- bedrock: anthropic.claude-3-haiku",
                with: "- { bedrock_import: meta-textgeneration-llama-3-1-8b-instruct, instance: ml.g5.2xlarge }"),
            "p.yaml:8:76: error: options[0].instance: applies to `jumpstart:` options only"
        ),
        (
            minimalProfile.replacingOccurrences(
                of: "- bedrock: anthropic.claude-3-haiku",
                with: "- { bedrock: amazon.nova-micro, bedrock_import: meta-textgeneration-llama-3-1-8b-instruct }"),
            "p.yaml:8:5: error: options[0]: an option is one of `bedrock: MODEL`, `jumpstart: MODEL` or `bedrock_import: MODEL`; this one has `bedrock` and `bedrock_import`"
        ),
        (
            minimalProfile.replacingOccurrences(
                of: "- bedrock: anthropic.claude-3-haiku",
                with: "- { bedrock_import: meta-textgeneration-llama-3-1-8b-instruct, copies: 2, max_copies: 4 }"),
            "p.yaml:8:89: error: options[0].max_copies: `copies: 2` fixes the count; drop one of copies and max_copies"
        ),
    ]

    @Test("each mistake at its position", arguments: cases)
    func mistakes(yaml: String, expected: String) {
        let lines = diagnostics(yaml)
        #expect(lines.contains(expected), "got \(lines)")
    }
}

@Suite("Savings Plans in profiles")
struct SavingsPlanKeyTests {
    static let yaml = """
        version: 1
        workload: { task: chatbot, requests: { per_day: 1000 }, input_tokens: 100, output_tokens: 50 }
        savings_plan: { term: 3-year, payment: all-upfront, discount_percent: 40 }
        options:
          - jumpstart: meta-textgeneration-llama-3-1-8b-instruct
          - jumpstart: meta-textgeneration-llama-3-1-8b-instruct
            savings_plan: none
          - jumpstart: meta-textgeneration-llama-3-1-8b-instruct
            savings_plan: { term: 1-year, instances: 2 }

        """

    @Test("the profile's plan applies to JumpStart options without one; `none` opts out; an option's own wins")
    func inheritance() throws {
        let loaded = try loader.load(yaml: Self.yaml, path: "p.yaml")
        let plans = loaded.profile.options.map { option -> SavingsPlanPurchase? in
            if case .jumpStart(let jumpStart) = option { return jumpStart.savingsPlan }
            return nil
        }
        #expect(plans[0]?.plan == SavingsPlan(term: .threeYear, payment: .allUpfront))
        #expect(plans[0]?.discountPercent == Fixed(40))
        #expect(plans[1] == nil)
        #expect(plans[2]?.plan == SavingsPlan(term: .oneYear, payment: .noUpfront))
        #expect(plans[2]?.coveredInstances == 2)
    }

    @Test(
        "a plan's errors are located",
        arguments: [
            (
                "discount_percent: 40", "discount_percent: 80",
                "p.yaml:3:71: error: savings_plan.discount_percent: must be at most 64, found 80 (AWS states a Savings Plan saves up to 64% on SageMaker)"
            ),
            (
                "term: 3-year, ", "",
                "p.yaml:3:15: error: savings_plan.term: missing"
            ),
            (
                "payment: all-upfront", "payment: some-upfront",
                "p.yaml:3:40: error: savings_plan.payment: unknown value 'some-upfront' (did you mean 'no-upfront'?); expected one of: no-upfront, partial-upfront, all-upfront"
            ),
        ])
    func errors(replacing: String, with replacement: String, expected: String) {
        let yaml = Self.yaml.replacingOccurrences(of: replacing, with: replacement)
        #expect(diagnostics(yaml).contains(expected), "got \(diagnostics(yaml))")
    }
}

@Suite("Fine-tuning inputs in profiles")
struct FineTuningInputTests {
    static func yaml(_ fineTuning: String) -> String {
        """
        version: 1
        workload: { task: chatbot, requests: { per_day: 1000 }, input_tokens: 100, output_tokens: 50 }
        options:
          - bedrock: anthropic.claude-3-haiku
        fine_tuning:
        \(fineTuning)
        """
    }

    @Test(
        "what the base model rules out is an error at its key",
        arguments: [
            (
                "  base_model: huggingface-llm-falcon-40b-bf16\n  examples: 1000\n  methods: [lora]\n  lora: { targets: [q, v, gate] }",
                "p.yaml:9:20: error: fine_tuning.lora.targets: Falcon 40B's MLP has no gate projection (it is not a gated MLP): `gate` adapts nothing; use q, k, v, o, up and down"
            ),
            (
                "  base_model: meta-textgeneration-llama-2-7b\n  examples: 1000\n  sequence_length: 100000",
                "p.yaml:8:20: error: fine_tuning.sequence_length: 100,000 tokens exceed Llama 2 7B's context window of 4,096; train on sequences of at most that"
            ),
            (
                "  base_model: huggingface-llm-mistral-7b-instruct\n  examples: 1000",
                "p.yaml:6:15: error: fine_tuning.base_model: SageMaker JumpStart offers no fine-tuning for Mistral 7B Instruct v0.2 (not fine-tunable in JumpStart's model table); pick a fine-tunable variant or a Bedrock model to customize"
            ),
            (
                "  base_model: model-imagegeneration-stabilityai-stable-diffusion-xl-base-1-0\n  examples: 1000",
                "p.yaml:6:15: error: fine_tuning.base_model: Stable Diffusion XL 1.0 base is a diffusion model: the planner's training model counts tokens through a transformer's layers, which does not describe training on images; plan a language model"
            ),
            (
                "  base_model: huggingface-tc-bert-base-uncased\n  examples: 1000\n  methods: [full, rlhf]",
                "p.yaml:8:12: error: fine_tuning.methods: RLHF (PPO) align what a model generates; BERT base uncased, text classification is encoder-only and generates nothing"
            ),
        ])
    func ruledOut(fineTuning: String, expected: String) {
        let found = diagnostics(Self.yaml(fineTuning))
        #expect(found.contains(expected), "got \(found)")
    }

    @Test("a Bedrock model as the base plans the services that offer it")
    func bedrockBase() throws {
        let loaded = try loader.load(
            yaml: Self.yaml("  base_model: amazon.nova-micro\n  examples: 2000\n  tokens_per_example: 800"),
            path: "p.yaml")
        #expect(loaded.warnings.filter { $0.severity == .error }.isEmpty)
        let comparison = try FineTuningPlanner(catalog: try CatalogLoader.embedded(), tables: nil).compare(
            loaded.profile)
        #expect(comparison.rows.map(\.service) == [.bedrock])
        #expect(comparison.baseModel == "amazon.nova-micro")
        // A Bedrock model with open weights on JumpStart is planned on both.
        let llama = try loader.load(
            yaml: Self.yaml("  base_model: meta.llama3-1-8b-instruct\n  examples: 2000\n  methods: [lora]"),
            path: "p.yaml")
        let both = try FineTuningPlanner(catalog: try CatalogLoader.embedded(), tables: nil).compare(llama.profile)
        #expect(Set(both.rows.map(\.service)) == [.jumpStart, .bedrock])
    }
}
