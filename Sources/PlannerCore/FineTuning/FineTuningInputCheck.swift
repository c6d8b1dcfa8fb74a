/// What a fine-tuning plan asks that the base model cannot do: each problem with the profile key it
/// is about (for `file:line:column`) and the methods it rules out.
public struct FineTuningInputProblem: Sendable, Hashable {
    /// The profile key, such as `fine_tuning.lora.targets`.
    public var key: String
    public var finding: Finding
    public var methods: Set<FineTuningMethod>
}

extension FineTuningPlanner {
    /// The inputs of `plan` that `base` rules out: a base JumpStart does not fine-tune or that is not
    /// a language model, a sequence longer than its context window, LoRA targets it lacks, and
    /// alignment methods on a model that cannot generate.
    public static func inputProblems(_ plan: FineTuningPlan, base: OpenModel) -> [FineTuningInputProblem] {
        var problems: [FineTuningInputProblem] = []
        let all = Set(plan.methods)
        func add(_ key: String, _ methods: Set<FineTuningMethod>, _ message: String) {
            guard !methods.isEmpty else { return }
            problems.append(
                FineTuningInputProblem(key: key, finding: .error(.fineTuning, message), methods: methods))
        }
        if base.architecture == .diffusion {
            add(
                "fine_tuning.base_model", all,
                "\(base.name) is a diffusion model: the planner's training model counts tokens through a transformer's layers, which does not describe training on images; plan a language model"
            )
            return problems
        }
        if !base.fineTunable {
            add(
                "fine_tuning.base_model", all,
                "SageMaker JumpStart offers no fine-tuning for \(base.name) (not fine-tunable in JumpStart's model table); pick a fine-tunable variant or a Bedrock model to customize"
            )
        }
        if plan.sequenceLengthGiven, plan.sequenceLength > base.contextWindow {
            add(
                "fine_tuning.sequence_length", all,
                "\(Fixed(plan.sequenceLength).quantityText()) tokens exceed \(base.name)'s context window of \(Fixed(base.contextWindow).quantityText()); train on sequences of at most that"
            )
        }
        let lowRank = all.intersection([.lora, .qlora])
        if plan.loraTargets.contains(.gate), !base.gatedMLP {
            add(
                "fine_tuning.lora.targets", lowRank,
                "\(base.name)'s MLP has no gate projection (it is not a gated MLP): `gate` adapts nothing; use q, k, v, o, up and down"
            )
        }
        if base.architecture == .encoderOnly {
            let alignment = all.intersection([.rlhf, .dpo])
            add(
                "fine_tuning.methods", alignment,
                "\(alignment.sorted { $0.rawValue < $1.rawValue }.map(\.name).joined(separator: " and ")) align what a model generates; \(base.name) is encoder-only and generates nothing"
            )
        }
        return problems
    }
}
