/// Formulas for parameters, memory and compute (LoRA: Hu et al. 2021; QLoRA: Dettmers et al. 2023; ZeRO: Rajbhandari et al. 2020; activations: Korthikanti et al. 2022; README, "Fine-tuning").
/// Sizes are `Double` (engineering estimates shown to a few digits); money never passes through here.
package enum TrainingMath {
    /// Parameters LoRA adds: rank × (d_in + d_out) per adapted matrix, summed over layers.
    /// With grouped-query attention k and v have d_out = KV heads × head dim. Encoder-decoder models
    /// count both stacks.
    package static func loraParameters(model: OpenModel, rank: Int, targets: [LoRATarget]) -> Double? {
        guard let layers = model.layers, let d = model.hiddenSize else { return nil }
        let heads = model.attentionHeads ?? 1
        let headDim = model.headDim ?? (d / max(heads, 1))
        let kv = (model.kvHeads ?? heads) * headDim
        let q = heads * headDim
        let ffn = model.intermediateSize ?? 4 * d
        var perLayer = 0
        for target in targets {
            switch target {
            case .q: perLayer += d + q
            case .k, .v: perLayer += d + kv
            case .o: perLayer += q + d
            case .gate: perLayer += model.gatedMLP ? d + ffn : 0
            case .up, .down: perLayer += d + ffn
            }
        }
        let stacks = model.architecture == .encoderDecoder ? 2 : 1
        return Double(rank * perLayer * layers * stacks)
    }

    /// Parameters of the embedding and output matrices (kept in bf16 by QLoRA).
    package static func embeddingParameters(model: OpenModel) -> Double {
        guard let vocabulary = model.vocabularySize, let d = model.hiddenSize else { return 0 }
        return Double(vocabulary * d * 2)
    }

    /// Activation bytes one layer keeps for the backward pass, for a micro-batch (Korthikanti et al.
    /// 2022, §4.1, 16-bit activations, no tensor parallelism): attention 11·s·b·h, plus the 5·a·s²·b of
    /// its score matrices when attention is eager (fused attention never materialises them); the MLP
    /// 3·s·b·h + 4·s·b·f (6·s·b·f for a gated MLP's three matrices, f its inner width); the two layer
    /// norms 4·s·b·h. A GeLU MLP of f = 4h gives the paper's s·b·h·(34 + 5·a·s/h).
    package static func activationBytesPerLayer(
        model: OpenModel, sequence: Int, microBatch: Int, attention: AttentionImplementation = .eager
    ) -> Double {
        let s = Double(sequence)
        let b = Double(microBatch)
        let h = Double(model.hiddenSize ?? 0)
        let a = Double(model.attentionHeads ?? 1)
        guard h > 0 else { return 0 }
        let f = Double(model.intermediateSize ?? 4 * (model.hiddenSize ?? 0))
        let mlp = 3 * h + (model.gatedMLP ? 6 : 4) * f
        let scores = attention == .eager ? 5 * a * s * s * b : 0
        return s * b * (11 * h + mlp + 4 * h) + scores
    }

    /// Activation memory in GB without checkpointing (every layer) and with full checkpointing (each
    /// layer's 16-bit input, 2·s·b·h, plus the one layer being recomputed).
    package static func activationsGB(
        model: OpenModel, sequence: Int, microBatch: Int, attention: AttentionImplementation = .eager
    ) -> (without: Double, with: Double) {
        let layers = Double((model.layers ?? 0) * (model.architecture == .encoderDecoder ? 2 : 1))
        let perLayer = activationBytesPerLayer(
            model: model, sequence: sequence, microBatch: microBatch, attention: attention)
        let kept = 2 * Double(sequence * microBatch) * Double(model.hiddenSize ?? 0)
        return (layers * perLayer / 1e9, (layers * kept + perLayer) / 1e9)
    }

    /// Bytes a weight takes in NF4 with double quantization (QLoRA §3): 4 bits, plus 8-bit block
    /// constants for 64 weights and their 32-bit constants for 256 blocks: 4 + 8/64 + 32/(64·256) =
    /// 4.127 bits.
    package static let nf4BytesPerParameter = 4.127 / 8

    /// Wall-clock hours for `flops` on `gpus` accelerators of `peakTFLOPS` at `mfu`.
    package static func hours(flops: Double, gpus: Int, peakTFLOPS: Double, mfu: Double) -> Double {
        guard gpus > 0, peakTFLOPS > 0, mfu > 0 else { return .infinity }
        return flops / (Double(gpus) * peakTFLOPS * 1e12 * mfu) / 3600
    }
}
