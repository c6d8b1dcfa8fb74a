/// What a fine-tuning method keeps in accelerator memory besides activations, in bytes, before it
/// is placed on GPUs: the weights trained, the weights only read (a frozen base, a reference or a
/// reward model), and the gradients and optimizer state of the weights trained.
package struct TrainingState: Sendable, Hashable {
    package var trainedWeights: Double
    package var frozenWeights: Double
    package var gradients: Double
    package var optimizer: Double

    package var weights: Double { trainedWeights + frozenWeights }
    package var total: Double { weights + gradients + optimizer }

    /// The state of `method` (mixed-precision training, bf16 weights and gradients; README,
    /// "Fine-tuning"):
    /// - full, freeze: 2 + 2 + (bytes − 4) per trained parameter (ZeRO's 16 with fp32 master weights
    ///   and Adam's two moments), the frozen layers of freeze at 2;
    /// - LoRA, prompt tuning: the bf16 base, adapters at 16 bytes a parameter;
    /// - QLoRA as its paper runs it: the base in NF4 with double quantization (embeddings and output
    ///   layer in bf16), bf16 adapters with bf16 gradients and paged 8-bit AdamW (2 bytes a parameter);
    /// - DPO: the policy as full fine-tuning plus a frozen bf16 reference;
    /// - PPO: actor and critic trained as full fine-tuning, a bf16 reference copy of the actor and a bf16 reward model.
    package static func of(
        _ method: FineTuningMethod, base: OpenModel, plan: FineTuningPlan, trainable t: Double
    ) -> TrainingState {
        let n = base.parameters.approximateDouble
        let optimizerBytes = Double(plan.fullBytesPerParameter - 4)
        switch method {
        case .full:
            return TrainingState(
                trainedWeights: 2 * n, frozenWeights: 0, gradients: 2 * n, optimizer: optimizerBytes * n)
        case .freeze:
            return TrainingState(
                trainedWeights: 2 * t, frozenWeights: 2 * (n - t), gradients: 2 * t, optimizer: optimizerBytes * t)
        case .lora, .promptTuning:
            return TrainingState(trainedWeights: 2 * t, frozenWeights: 2 * n, gradients: 2 * t, optimizer: 12 * t)
        case .qlora:
            let embeddings = TrainingMath.embeddingParameters(model: base)
            let base4bit = TrainingMath.nf4BytesPerParameter * (n - embeddings) + 2 * embeddings
            return TrainingState(trainedWeights: 2 * t, frozenWeights: base4bit, gradients: 2 * t, optimizer: 2 * t)
        case .dpo:
            let reference = (plan.referenceParameters ?? base.parameters).approximateDouble
            return TrainingState(
                trainedWeights: 2 * n, frozenWeights: 2 * reference, gradients: 2 * n, optimizer: optimizerBytes * n)
        case .rlhf:
            let critic = plan.criticParameters.approximateDouble
            let reward = plan.rewardParameters.approximateDouble
            return TrainingState(
                trainedWeights: 2 * (n + critic), frozenWeights: 2 * (n + reward), gradients: 2 * (n + critic),
                optimizer: optimizerBytes * (n + critic))
        }
    }

    /// Weights, gradients and optimizer state on each GPU, in GB, under `placement` over `gpus` GPUs.
    package func perGPU(_ placement: TrainingPlacement, gpus: Int) -> (
        weights: Double, gradients: Double, optimizer: Double
    ) {
        let n = Double(max(gpus, 1))
        switch placement {
        case .singleGPU: return (weights / 1e9, gradients / 1e9, optimizer / 1e9)
        case .zero2: return (weights / 1e9, gradients / n / 1e9, optimizer / n / 1e9)
        case .zero3, .layerSplit: return (weights / n / 1e9, gradients / n / 1e9, optimizer / n / 1e9)
        }
    }
}

extension TrainingPlacement {
    /// The placements an instance of `gpus` GPUs offers.
    package static func offered(gpus: Int) -> [TrainingPlacement] {
        gpus == 1 ? [.singleGPU] : [.zero2, .zero3, .layerSplit]
    }

    /// GPUs that compute at once: all of them in data parallel, one at a time when layers are split.
    package func computingGPUs(of gpus: Int) -> Int {
        switch self {
        case .singleGPU, .layerSplit: 1
        case .zero2, .zero3: gpus
        }
    }

    /// Activations each GPU keeps: a whole micro-batch's in data parallel, its share of the layers' when split.
    package func activationShare(of gpus: Int) -> Double { self == .layerSplit ? 1 / Double(max(gpus, 1)) : 1 }
}
