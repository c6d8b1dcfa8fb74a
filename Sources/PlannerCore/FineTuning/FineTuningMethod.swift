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

    /// Model FLOPs per processed token, in units of N (parameters), for trainable fraction `f`:
    /// full 6, LoRA/QLoRA/prompt tuning 4, freeze 2 + 4f, DPO 8 (policy 6 + reference 2),
    /// PPO 20 (actor 10 + critic 8 + reward 2, all of the base model's size).
    public func flopsPerTokenFactor(trainableFraction f: Fixed) -> Fixed {
        switch self {
        case .full: Fixed(6)
        case .lora, .qlora, .promptTuning: Fixed(4)
        case .freeze: Fixed(2) + f * 4
        case .dpo: Fixed(8)
        case .rlhf: Fixed(20)
        }
    }

    /// Tokens processed per example: DPO runs the chosen and the rejected answer.
    public var sequencesPerExample: Int { self == .dpo ? 2 : 1 }

    /// Default model-FLOPs utilisation on an accelerator (README, "Fine-tuning"): full-parameter
    /// methods 0.45 on A100/H100-class GPUs and 0.30 on A10G/L4 (multi-GPU); LoRA 0.25, QLoRA 0.20
    /// (measured on a single A10G), prompt tuning as LoRA, PPO-RLHF 0.20 (DeepSpeed-Chat, with generation).
    public func defaultMFU(accelerator: String) -> Fixed {
        let large = Self.largeAccelerators.contains { Self.bytes(of: accelerator, contain: $0) }
        switch self {
        case .full, .freeze, .dpo: return large ? Fixed(45) / 100 : Fixed(30) / 100
        case .lora, .promptTuning: return Fixed(25) / 100
        case .qlora, .rlhf: return Fixed(20) / 100
        }
    }

    /// Accelerators whose measured MFU is the higher default.
    static let largeAccelerators: [[UInt8]] = ["A100", "H100", "L40S"].map { Array($0.utf8) }

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
