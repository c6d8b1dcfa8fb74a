import Foundation
import PlannerCore

/// The shape of a profile value, for the key table.
indirect enum ProfileValue: Sendable {
    case text
    /// A whole number in the range.
    case integer(ClosedRange<Int>)
    /// An exact decimal in the range.
    case number(ClosedRange<Fixed>)
    /// `true` or `false` (also `yes` / `no`).
    case boolean
    /// One of these words.
    case choice([String])
    case mapping(ProfileSection)
    case list(ProfileValue)
    /// Exactly one of these mappings (an option is Bedrock or JumpStart).
    case oneOf([ProfileSection])
    /// Any one of these values (a mapping, or the word `none`).
    case anyOf([ProfileValue])

    /// The values of an enumeration the parser reads with `choice`.
    static func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> ProfileValue where E.RawValue == String {
        .choice(E.allCases.map(\.rawValue))
    }
}

/// A key of a profile mapping: its name, value, whether it must be given, and what it means.
struct ProfileKey: Sendable {
    var name: String
    var value: ProfileValue
    var required = false
    var help: String

    init(_ name: String, _ value: ProfileValue, required: Bool = false, _ help: String) {
        self.name = name
        self.value = value
        self.required = required
        self.help = help
    }
}

/// A mapping of a profile: its keys, and whether `x-` keys may be added (top level only).
struct ProfileSection: Sendable {
    var title: String
    var keys: [ProfileKey]
    var allowsExtensions = false
    /// Exactly one of these keys must be given (`requests: {per_month: N}`).
    var exactlyOneOf: [String] = []

    /// The key names, as the parser checks them.
    var names: [String] { keys.map(\.name) }
}

/// The profile format as one table: the parser checks every mapping's keys against it and
/// `genai-plan schema` writes the JSON Schema from it, so the two cannot drift apart.
enum ProfileKeys {
    typealias Limits = ProfileParser.Limits
    static var share: ProfileValue { .number(.zero...Fixed.one) }
    static var price: ProfileValue { .number(.zero...Limits.maxUSD) }
    static var tokens: ProfileValue { .number(.zero...Limits.maxTokensPerRequest) }

    static var top: ProfileSection {
        ProfileSection(
            title: "GenAIPlanner workload profile",
            keys: [
                ProfileKey("version", .integer(1...1), "The profile format version: 1."),
                ProfileKey("name", .text, "The profile's name in reports (default: the file name without extension)."),
                ProfileKey(
                    "project", .text,
                    "The project whose total the selected option counts toward (default: the profile's directory)."),
                ProfileKey("description", .text, "What the workload is, shown in reports."),
                ProfileKey("region", .text, "The AWS Region whose prices apply (default us-east-1)."),
                ProfileKey(
                    "hours_per_month", .number(Fixed.one...Fixed(744)), "Hours in the billing month (default 730)."),
                ProfileKey(
                    "workload", .mapping(workload), required: true, "What the workload does and how much of it."),
                ProfileKey(
                    "options", .list(.oneOf([bedrockOption, jumpStartOption, bedrockImportOption])),
                    "The deployments to compare (at most \(Limits.maxOptions)); none: the advisor proposes them."),
                ProfileKey("prices", .mapping(prices), "Negotiated discount and price overrides."),
                ProfileKey(
                    "savings_plan", .mapping(savingsPlan),
                    "A SageMaker Savings Plan for every JumpStart option that names none."),
                ProfileKey("budget", .mapping(budget), "The monthly budget the selected option is held to."),
                ProfileKey("requirements", .mapping(requirements), "What the team needs from the platform."),
                ProfileKey("sampling", .mapping(sampling), "The sampling settings the team intends to use."),
                ProfileKey("fine_tuning", .mapping(fineTuning), "Data, base model and methods of a fine-tuning plan."),
                ProfileKey(
                    "selected", .text,
                    "The option deployed, by its name or computed id (default: the cheapest feasible)."),
            ], allowsExtensions: true)
    }

    static var workload: ProfileSection {
        ProfileSection(
            title: "workload",
            keys: [
                ProfileKey("task", .choice(TaskKind.self), required: true, "The kind of task."),
                ProfileKey("use_case", .choice(UseCase.self), "The use case, for the sampling table."),
                ProfileKey("requests", .mapping(requests), required: true, "The request volume, with its period."),
                ProfileKey("input_tokens", tokens, required: true, "Input tokens per request."),
                ProfileKey("output_tokens", tokens, "Output tokens per request (default 0)."),
                ProfileKey("images", .number(.zero...Limits.maxImagesPerRequest), "Images generated per request."),
                ProfileKey(
                    "peak_to_mean", .number(Fixed.one...Limits.maxPeakToMean), "Peak load over mean load (default 3)."),
                ProfileKey("cached_input_share", share, "Share of input tokens read from the prompt cache."),
                ProfileKey("cache_write_share", share, "Share of input tokens written to the prompt cache."),
                ProfileKey("cache_ttl", .choice(CacheLifetime.self), "How long cache entries live (default 5m)."),
                ProfileKey("batch_share", share, "Share of requests that can wait for batch inference."),
                ProfileKey(
                    "max_input_tokens", .number(Fixed.one...Limits.maxTokensPerRequest),
                    "The longest input of a request."),
                ProfileKey(
                    "latency_ms_per_token", .number(Fixed(units: Fixed.scale / 10)...Fixed(100_000)),
                    "Slowest acceptable time per output token, in milliseconds."),
                ProfileKey(
                    "time_to_first_token_ms", .number(Fixed.one...Fixed(3_600_000)),
                    "Slowest acceptable time to the first token, in milliseconds."),
                ProfileKey(
                    "headroom", .number(.zero...Fixed(10)), "Spare capacity endpoints are sized with (0.2 is 20%)."),
                ProfileKey(
                    "peak_hours_per_day", .number(Fixed.one...Fixed(24)), "Hours a day at peak load (the rest at mean)."
                ),
            ])
    }

    static var requests: ProfileSection {
        ProfileSection(
            title: "requests",
            keys: RequestRate.Period.allCases.map {
                ProfileKey(
                    $0.rawValue, .number(.zero...maximumRequests(per: $0)),
                    "Requests \($0.rawValue.replacingOccurrences(of: "_", with: " ")).")
            }, exactlyOneOf: RequestRate.Period.allCases.map(\.rawValue))
    }

    /// The most requests a period may have: 10^9 a second.
    static func maximumRequests(per period: RequestRate.Period) -> Fixed {
        let seconds: Fixed =
            switch period {
            case .second: .one
            case .hour: Fixed(3600)
            case .day: Fixed(86_400)
            case .month: Fixed(744 * 3600)
            }
        return Limits.maxRequestsPerSecond * seconds
    }

    static var optionName: ProfileKey { ProfileKey("name", .text, "The option's name, unique in the profile.") }

    static var bedrockOption: ProfileSection {
        ProfileSection(
            title: "Bedrock option",
            keys: [
                ProfileKey(
                    "bedrock", .text, required: true, "The Bedrock model: an id, alias or inference-profile id."),
                optionName,
                ProfileKey("mode", .choice(BedrockOption.Mode.self), "How it is billed (default on-demand)."),
                ProfileKey(
                    "model_units", .integer(1...Limits.maxModelUnits), "Provisioned model units (mode: provisioned)."),
                ProfileKey(
                    "commitment", .choice(BedrockOption.Commitment.self),
                    "The term: provisioned none, 1-month or 6-month; reserved 1-month (default) or 3-month."),
                ProfileKey("endpoint", .choice(EndpointScope.self), "Regional, geographic or global inference."),
                ProfileKey("image_quality", .choice(["standard", "premium"]), "Image models: the quality billed."),
                ProfileKey("image_size", .choice(ImageRequest.Size.self), "Image models: the size, in pixels a side."),
                ProfileKey(
                    "image_operation", .choice(ImageRequest.Operation.self), "Image models: generation or editing."),
                ProfileKey(
                    "tokens_per_minute_per_unit", .number(Fixed.one...Fixed(1_000_000_000)),
                    "Provisioned: tokens a minute one model unit serves, when known."),
                ProfileKey("service_tier", .choice(BedrockOption.ServiceTier.self), "On-demand service tier."),
                ProfileKey(
                    "reserved_input_tpm", .integer(1_000...Limits.maxReservedTPM),
                    "Reserved: input tokens a minute reserved (default: sized from the peak)."),
                ProfileKey(
                    "reserved_output_tpm", .integer(1_000...Limits.maxReservedTPM),
                    "Reserved: output tokens a minute reserved (default: sized from the peak)."),
            ])
    }

    static var jumpStartOption: ProfileSection {
        ProfileSection(
            title: "JumpStart option",
            keys: [
                ProfileKey("jumpstart", .text, required: true, "The JumpStart model id or alias."),
                optionName,
                ProfileKey("instance", .text, "The instance type (default: the cheapest that fits)."),
                ProfileKey("instances", .integer(1...Limits.maxInstances), "A fixed instance count."),
                ProfileKey(
                    "hours_per_day", .number(Fixed.one...Fixed(24)), "Hours a day the endpoint runs (default 24)."),
                ProfileKey("days_per_week", .number(Fixed.one...Fixed(7)), "Days a week it runs (default 7)."),
                ProfileKey("precision", .choice(WeightPrecision.self), "The weights' precision served."),
                ProfileKey("min_instances", .integer(0...Limits.maxInstances), "Autoscaling: the fewest instances."),
                ProfileKey("max_instances", .integer(1...Limits.maxInstances), "Autoscaling: the most instances."),
                ProfileKey(
                    "savings_plan", .anyOf([.mapping(savingsPlan), .choice(["none"])]),
                    "A SageMaker Savings Plan for this endpoint, or `none` for on demand."),
            ])
    }

    static var savingsPlan: ProfileSection {
        ProfileSection(
            title: "savings_plan",
            keys: [
                ProfileKey("term", .choice(SavingsPlan.Term.self), required: true, "The plan's term."),
                ProfileKey("payment", .choice(SavingsPlan.Payment.self), "How it is paid (default no-upfront)."),
                ProfileKey(
                    "discount_percent", .number(Fixed.one...SavingsPlanPurchase.maximumDiscountPercent),
                    "A quoted discount off on demand, used when the catalog has no rate for the plan."),
                ProfileKey(
                    "instances", .integer(1...Limits.maxInstances),
                    "Instances the commitment covers (default: the fleet at its largest)."),
            ])
    }

    static var bedrockImportOption: ProfileSection {
        ProfileSection(
            title: "Bedrock Custom Model Import option",
            keys: [
                ProfileKey(
                    "bedrock_import", .text, required: true,
                    "The JumpStart model (or the base of a fine-tuned variant) imported into Bedrock."),
                optionName,
                ProfileKey(
                    "copies", .integer(1...Limits.maxInstances), "A fixed number of model copies (default: sized)."),
                ProfileKey(
                    "max_copies", .integer(1...Limits.maxInstances),
                    "The most copies Bedrock runs (default 3, the quota)."),
                ProfileKey(
                    "custom_model_units", .integer(1...64), "Custom Model Units a copy takes, as Bedrock reported."),
                ProfileKey("unit_version", .text, "The Custom Model Unit version that sets the rate (default 1.0)."),
                ProfileKey("fine_tuned", .boolean, "The weights are fine-tuned from the model (same units and price)."),
            ])
    }

    static var bedrockOverride: ProfileSection {
        ProfileSection(
            title: "Bedrock price override",
            keys: [
                ProfileKey(
                    "bedrock", .text, required: true, "The model priced (one the catalog lacks may be declared)."),
                ProfileKey("input_per_1k", price, "USD per 1,000 input tokens."),
                ProfileKey("output_per_1k", price, "USD per 1,000 output tokens."),
                ProfileKey("per_image", price, "USD per image."),
                ProfileKey("per_model_unit_hour", price, "USD per provisioned model unit-hour."),
                ProfileKey("kind", .choice(ModelKind.self), "A declared model's kind."),
                ProfileKey("context_window", .integer(1...100_000_000), "A declared model's context window."),
                ProfileKey("max_output_tokens", .integer(1...100_000_000), "A declared model's output limit."),
            ])
    }

    static var instanceOverride: ProfileSection {
        ProfileSection(
            title: "instance price override",
            keys: [
                ProfileKey("instance", .text, required: true, "The instance type priced."),
                ProfileKey("per_hour", price, required: true, "USD per instance-hour."),
                ProfileKey("accelerator", .text, "A declared type's accelerator (one the catalog knows)."),
                ProfileKey("accelerators", .integer(1...64), "A declared type's accelerator count."),
                ProfileKey("accelerator_memory_gb", .number(Fixed.one...Fixed(100_000)), "Memory per accelerator, GB."),
            ])
    }

    static var prices: ProfileSection {
        ProfileSection(
            title: "prices",
            keys: [
                ProfileKey("discount_percent", .number(.zero...Fixed(100)), "A discount on every price, in percent."),
                ProfileKey("overrides", .list(.oneOf([bedrockOverride, instanceOverride])), "Negotiated prices."),
            ])
    }

    static var budget: ProfileSection {
        ProfileSection(
            title: "budget",
            keys: [
                ProfileKey("monthly_usd", .number(.zero...Limits.maxUSD), required: true, "The monthly budget in USD.")
            ])
    }

    static var requirements: ProfileSection {
        ProfileSection(
            title: "requirements",
            keys: Requirements.flagNames.map { ProfileKey($0, .boolean, "A need the service table weighs.") } + [
                ProfileKey(
                    "needs_fine_tuning", .choice(Requirements.FineTuning.self), "How much fine-tuning is needed."),
                ProfileKey(
                    "answer_format", .choice(DecisionTables.AnswerFormat.self), "Extracted or generated answers."),
                ProfileKey("quality", .choice(Requirements.Quality.allCases.map(\.rawValue)), "The model tier wanted."),
            ])
    }

    static var sampling: ProfileSection {
        ProfileSection(
            title: "sampling",
            keys: [
                ProfileKey("temperature", .number(.zero...Fixed(2)), "Sampling temperature."),
                ProfileKey("top_p", share, "Nucleus sampling's cumulative probability."),
                ProfileKey("top_k", .integer(0...1_000_000), "Top-k sampling."),
            ])
    }

    static var fineTuning: ProfileSection {
        ProfileSection(
            title: "fine_tuning",
            keys: [
                ProfileKey("base_model", .text, "The JumpStart model fine-tuned on SageMaker."),
                ProfileKey("bedrock_model", .text, "The Bedrock model customized on Bedrock."),
                ProfileKey("examples", .integer(0...1_000_000_000), required: true, "Training examples available."),
                ProfileKey(
                    "tokens_per_example", .number(Fixed.one...Limits.maxTokensPerRequest), "Tokens per example."),
                ProfileKey("epochs", .integer(1...100), "Passes over the data."),
                ProfileKey("sequence_length", .integer(1...1_048_576), "Training sequence length."),
                ProfileKey("methods", .list(.choice(FineTuningMethod.self)), "The methods compared."),
                ProfileKey(
                    "lora",
                    .mapping(
                        ProfileSection(
                            title: "lora",
                            keys: [
                                ProfileKey("rank", .integer(1...4096), "The adapters' rank."),
                                ProfileKey("targets", .list(.choice(LoRATarget.self)), "The layers adapted."),
                            ])), "LoRA and QLoRA settings."),
                ProfileKey(
                    "freeze",
                    .mapping(
                        ProfileSection(
                            title: "freeze",
                            keys: [
                                ProfileKey(
                                    "trainable_fraction", .number(Fixed(units: 1)...Fixed.one),
                                    "Share of layers trained.")
                            ])), "Freeze + retrain settings."),
                ProfileKey(
                    "prompt_tuning",
                    .mapping(
                        ProfileSection(
                            title: "prompt_tuning",
                            keys: [ProfileKey("virtual_tokens", .integer(1...100_000), "Virtual tokens trained.")])),
                    "Prompt-tuning settings."),
                ProfileKey(
                    "domain_shift", .choice(FineTuningPlan.DomainShift.self), "How far the data is from pre-training."),
                ProfileKey("serve_months", .integer(0...120), "Months of serving in the total cost of ownership."),
                ProfileKey(
                    "full_bytes_per_parameter", .choice(["12", "16", "18"]), "Training state per parameter, bytes."),
                ProfileKey(
                    "mfu",
                    .mapping(
                        ProfileSection(
                            title: "mfu",
                            keys: FineTuningMethod.allCases.map {
                                ProfileKey(
                                    $0.rawValue, .number(Fixed(units: 10_000_000_000)...Fixed.one),
                                    "Model FLOPs utilisation.")
                            })), "Model FLOPs utilisation per method."),
                ProfileKey("activation_checkpointing", .boolean, "Recompute activations to save memory."),
                ProfileKey("micro_batch", .integer(1...4096), "Sequences per GPU per step."),
                ProfileKey(
                    "attention", .choice(AttentionImplementation.self),
                    "How attention is computed: fused (FlashAttention/SDPA, default) or eager."),
                ProfileKey("instance", .text, "A training instance to use (default: the cheapest that holds it)."),
                ProfileKey(
                    "placement", .choice(TrainingPlacement.self),
                    "How the job spreads over the GPUs (default: the cheapest that fits)."),
                ProfileKey(
                    "rlhf",
                    .mapping(
                        ProfileSection(
                            title: "rlhf",
                            keys: [
                                ProfileKey(
                                    "critic_parameters", .number(Fixed.one...Limits.maxParameters),
                                    "PPO's critic model, in parameters (default 350M)."),
                                ProfileKey(
                                    "reward_parameters", .number(Fixed.one...Limits.maxParameters),
                                    "PPO's reward model, in parameters (default 350M)."),
                            ])), "PPO's critic and reward models."),
                ProfileKey(
                    "dpo",
                    .mapping(
                        ProfileSection(
                            title: "dpo",
                            keys: [
                                ProfileKey(
                                    "reference_parameters", .number(.zero...Limits.maxParameters),
                                    "DPO's frozen reference, in parameters (default: the base's; 0: log-probs precomputed)."
                                )
                            ])), "DPO's reference model."),
            ])
    }

    /// The key names the parser checks, built once as plain string arrays (the sections themselves
    /// are built on demand: a table of enums kept in globals reads as leaked memory to the fuzzer's
    /// leak check, which cannot follow Swift's tagged payload pointers).
    enum Names {
        static let top = ProfileKeys.top.names
        static let topAllowsExtensions = ProfileKeys.top.allowsExtensions
        static let workload = ProfileKeys.workload.names
        static let requests = ProfileKeys.requests.names
        static let requestPeriods = ProfileKeys.requests.exactlyOneOf
        static let bedrockOption = ProfileKeys.bedrockOption.names
        static let jumpStartOption = ProfileKeys.jumpStartOption.names
        static let bedrockImportOption = ProfileKeys.bedrockImportOption.names
        static let bedrockOverride = ProfileKeys.bedrockOverride.names
        static let instanceOverride = ProfileKeys.instanceOverride.names
        static let prices = ProfileKeys.prices.names
        static let budget = ProfileKeys.budget.names
        static let savingsPlan = ProfileKeys.savingsPlan.names
        static let requirements = ProfileKeys.requirements.names
        static let sampling = ProfileKeys.sampling.names
        static let fineTuning = ProfileKeys.fineTuning.names
        static let lora = section("lora", in: ProfileKeys.fineTuning)?.names ?? []
        static let freeze = section("freeze", in: ProfileKeys.fineTuning)?.names ?? []
        static let promptTuning = section("prompt_tuning", in: ProfileKeys.fineTuning)?.names ?? []
        static let mfu = section("mfu", in: ProfileKeys.fineTuning)?.names ?? []
        static let rlhf = section("rlhf", in: ProfileKeys.fineTuning)?.names ?? []
        static let dpo = section("dpo", in: ProfileKeys.fineTuning)?.names ?? []
    }

    /// A mapping's section by the key that holds it (`lora` in `fine_tuning`).
    static func section(_ key: String, in parent: ProfileSection) -> ProfileSection? {
        guard case .mapping(let section)? = parent.keys.first(where: { $0.name == key })?.value else { return nil }
        return section
    }
}
