/// A way to fine-tune a model, with its compute per training token (6N forward and backward, Kaplan et al. 2020; README, "Fine-tuning").
public enum FineTuningMethod: String, Sendable, Hashable, CaseIterable {
    case full
    case freeze
    case lora
    case qlora
    case promptTuning = "prompt-tuning"
    case rlhf
    case dpo

    public var name: String {
        switch self {
        case .full: "Full fine-tuning"
        case .freeze: "Freeze + retrain"
        case .lora: "LoRA"
        case .qlora: "QLoRA"
        case .promptTuning: "Prompt tuning"
        case .rlhf: "RLHF (PPO)"
        case .dpo: "DPO"
        }
    }

    /// Model FLOPs per processed token and the formula in words. Model FLOPs count the forward pass
    /// (2 a parameter) and the backward pass (2 for the gradients with respect to the activations, 2
    /// more for those with respect to the weights trained); recomputing activations under
    /// checkpointing is not counted, because the MFU defaults were measured the same way (README,
    /// "Fine-tuning"). Frozen weights cost no weight gradients: LoRA 4N (the adapters' few FLOPs left
    /// out), freeze 2N + 4fN (backpropagation stops at the lowest layer trained), prompt tuning 4N ×
    /// (1 + virtual ÷ sequence tokens); DPO 6N for the policy + 2N_ref for the reference's forward
    /// pass; PPO 10N_actor (generation 2, reference 2, training 6) + 8N_critic (values 2, training 6)
    /// + 2N_reward (DeepSpeed-Chat's step 3).
    public func flopsPerToken(base: OpenModel, plan: FineTuningPlan) -> (flops: Double, formula: String) {
        let n = base.parameters.approximateDouble
        func billions(_ value: Double) -> String { EndpointSizing.format(value / 1e9, 2) + "B" }
        switch self {
        case .full: return (6 * n, "6N")
        case .lora, .qlora: return (4 * n, "4N (no weight gradients for the frozen base)")
        case .promptTuning:
            let ratio = 1 + Double(plan.virtualTokens) / Double(max(plan.sequenceLength, 1))
            return (4 * n * ratio, "4N × (1 + \(plan.virtualTokens) virtual ÷ \(plan.sequenceLength) tokens)")
        case .freeze:
            let f = plan.trainableFraction.approximateDouble
            return ((2 + 4 * f) * n, "(2 + 4 × \(plan.trainableFraction))N")
        case .dpo:
            let reference = (plan.referenceParameters ?? base.parameters).approximateDouble
            return (
                6 * n + 2 * reference,
                reference == 0
                    ? "6N (reference log-probabilities computed beforehand)"
                    : "6N policy + 2N_ref reference (N_ref = \(billions(reference)))"
            )
        case .rlhf:
            let critic = plan.criticParameters.approximateDouble
            let reward = plan.rewardParameters.approximateDouble
            return (
                10 * n + 8 * critic + 2 * reward,
                "10N actor + 8N_critic + 2N_reward (critic \(billions(critic)), reward \(billions(reward)))"
            )
        }
    }

    /// Tokens processed per example: DPO runs the chosen and the rejected answer.
    public var sequencesPerExample: Int { self == .dpo ? 2 : 1 }

    /// Default model-FLOPs utilisation on an accelerator, with where it comes from. MFU here is model
    /// FLOPs (`flopsPerToken`) ÷ (GPUs computing × dense bf16 peak) of measured runs, whatever
    /// checkpointing they used: recomputation is inside the figure, not added to the FLOPs.
    /// - full, freeze, DPO: 0.45 on A100/H100/L40S-class GPUs (llm-foundry's MPT 7B–70B benchmarks:
    ///   0.40–0.64 on A100 and H100); 0.30 on A10G/L4 (derived: two thirds, no published anchor);
    /// - LoRA, prompt tuning: the full figure × (4/6) ÷ 0.8 (0.375, 0.25), so that LoRA runs 25% more
    ///   tokens a second than full fine-tuning on the same GPUs, as the LoRA paper measured (§4.2);
    /// - QLoRA: 0.21 on A10G (a measured SageMaker job: Llama 2 13B on ml.g5.4xlarge, the calibration),
    ///   LoRA's × 0.84 elsewhere (the same dequantization cost): 0.315;
    /// - PPO: 0.24 on A100-class GPUs (DeepSpeed-Chat's step-3 runs of OPT-6.7B to 30B on 8 × A100 80 GB,
    ///   0.22–0.26 with `flopsPerToken`), two thirds of it elsewhere.
    public func defaultMFU(accelerator: String) -> Fixed {
        defaultMFUWithSource(accelerator: accelerator).value
    }

    /// `defaultMFU` and its source in words.
    public func defaultMFUWithSource(accelerator: String) -> (value: Fixed, source: String) {
        let large = Self.largeAccelerators.contains { Self.bytes(of: accelerator, contain: $0) }
        func share(_ hundredths: Int) -> Fixed { Fixed(hundredths) / 100 }
        switch self {
        case .full, .freeze, .dpo:
            return large
                ? (share(45), "llm-foundry MPT benchmarks on A100/H100")
                : (share(30), "two thirds of the A100 figure; derived, no published anchor")
        case .lora, .promptTuning:
            return large
                ? (Fixed(375) / 1000, "0.45 × (4/6) ÷ 0.8: 25% faster than full fine-tuning, LoRA paper §4.2")
                : (share(25), "0.30 × (4/6) ÷ 0.8: 25% faster than full fine-tuning, LoRA paper §4.2")
        case .qlora:
            return large
                ? (Fixed(315) / 1000, "LoRA's 0.375 × 0.84, the dequantization cost measured on A10G")
                : (share(21), "calibrated on a measured SageMaker job: Llama 2 13B QLoRA on ml.g5.4xlarge")
        case .rlhf:
            return large
                ? (share(24), "DeepSpeed-Chat step 3, OPT-6.7B–30B on 8 × A100 80 GB")
                : (share(16), "two thirds of the A100 figure; derived")
        }
    }

    /// Accelerators whose measured MFU is the higher default.
    static let largeAccelerators: [[UInt8]] = ["A100", "H100", "H200", "L40S"].map { Array($0.utf8) }

    /// Whether `text` contains `part`, byte by byte (`String.contains` of a string is many times
    /// slower, and the planner asks once per method and instance).
    static func bytes(of text: String, contain part: [UInt8]) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= part.count else { return false }
        return (0...(bytes.count - part.count)).contains { start in
            bytes[start..<(start + part.count)].elementsEqual(part)
        }
    }

    /// The row of the seed's data-needs table, when it has one.
    var dataTableMethod: String? {
        switch self {
        case .full: "full"
        case .freeze: "freeze"
        case .lora, .qlora: "lora"
        case .promptTuning: "prompt-tuning"
        case .rlhf, .dpo: nil
        }
    }
}
