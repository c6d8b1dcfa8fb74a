import Testing

@testable import PlannerCore

/// The fine-tuning planner against published figures (the LoRA and QLoRA papers, the ZeRO paper, AWS's Bedrock pricing page).
@Suite("Fine-tuning planner")
struct FineTuningTests {
    /// LLaMA-65B as in the QLoRA paper (80 layers, d 8192, 64 heads, FFN 22016).
    static let llama65B = OpenModel(
        id: "test-llama-65b", name: "LLaMA 65B", provider: "Meta", architecture: .decoderOnly,
        parameters: Fixed(65_200_000_000),
        layers: 80, hiddenSize: 8192, intermediateSize: 22016, gatedMLP: true, attentionHeads: 64, kvHeads: 64,
        headDim: 128,
        vocabularySize: 32000, contextWindow: 2048, defaultInstance: nil, fineTunable: true, neuron: false, aliases: [],
        bedrockEquivalent: nil,
        factsSource: PriceSource(key: "test", title: "QLoRA paper", url: "arXiv:2305.14314", date: "2023"))

    /// GPT-3 175B (96 layers, d 12288, 96 heads).
    static let gpt3 = OpenModel(
        id: "test-gpt3", name: "GPT-3 175B", provider: "OpenAI", architecture: .decoderOnly,
        parameters: Fixed(175_000_000_000),
        layers: 96, hiddenSize: 12288, intermediateSize: 49152, gatedMLP: false, attentionHeads: 96, kvHeads: 96,
        headDim: 128,
        vocabularySize: 50257, contextWindow: 2048, defaultInstance: nil, fineTunable: false, neuron: false,
        aliases: [],
        bedrockEquivalent: nil,
        factsSource: PriceSource(key: "test", title: "LoRA paper", url: "arXiv:2106.09685", date: "2021"))

    func planProfile(_ plan: FineTuningPlan) -> WorkloadProfile {
        var result = profile([])
        result.fineTuning = plan
        return result
    }

    @Test("LoRA on Llama-2-7B, rank 8 on q and v: 4,194,304 trainable parameters")
    func loraLlama2() throws {
        let model = try #require(fixtureCatalog.openModels["meta-textgeneration-llama-2-7b"])
        #expect(TrainingMath.loraParameters(model: model, rank: 8, targets: [.q, .v]) == 4_194_304)
        // r = 16 on all seven linear matrices: 39,976,960 (the reference's table).
        #expect(TrainingMath.loraParameters(model: model, rank: 16, targets: LoRATarget.allCases) == 39_976_960)
    }

    @Test("LoRA on GPT-3 175B, rank 4 on q and v: about 10,000× smaller than the 350 GB checkpoint")
    func loraGPT3() throws {
        let parameters = try #require(TrainingMath.loraParameters(model: Self.gpt3, rank: 4, targets: [.q, .v]))
        #expect(parameters == 18_874_368)
        let adapterMB = parameters * 2 / 1e6  // fp16
        #expect(adapterMB > 35 && adapterMB < 38)  // the paper: 35 MB
        #expect(350e9 / (parameters * 2) > 9_000)
    }

    @Test(
        "QLoRA of a 65B model fits one 48 GB GPU; 16-bit full fine-tuning needs about 780 GB at 12 bytes per parameter")
    func qlora65B() throws {
        var catalog = fixtureCatalog
        catalog.upsert(Self.llama65B)
        let planner = FineTuningPlanner(catalog: catalog, tables: bundledTables)
        var plan = FineTuningPlan(
            baseModel: "test-llama-65b", examples: 9_000, tokensPerExample: Fixed(500), methods: [.qlora, .full])
        plan.fullBytesPerParameter = 12
        let comparison = try planner.compare(planProfile(plan))
        let qlora = try #require(comparison.rows.first { $0.method == "qlora" })
        let instance = try #require(qlora.instanceType.flatMap { catalog.instances[$0] })
        #expect(instance.acceleratorCount == 1)
        #expect(instance.memoryPerAcceleratorGB == Fixed(48))
        #expect(try #require(qlora.memory).total < 48 * 0.9)
        let state = TrainingState.of(.full, base: Self.llama65B, plan: plan, trainable: 65.2e9)
        #expect(abs(state.total / 1e9 - 782.4) < 0.1)
        // 782 GB does not fit even sharded over the 8 × 80 GB of one ml.p4de.24xlarge or ml.p5.48xlarge.
        let full = try #require(comparison.rows.first { $0.method == "full" })
        #expect(full.errors.first?.code == .memoryExceeded)
        #expect(full.errors.first?.message.contains("does not fit any single SageMaker training instance") == true)
    }

    @Test(
        "Bedrock customization: 2,000 examples × 800 tokens × 5 epochs at $0.001 per 1K = $8.00, plus $1.95 a month of storage"
    )
    func bedrockCustomization() throws {
        let planner = FineTuningPlanner(catalog: fixtureCatalog, tables: bundledTables)
        let plan = FineTuningPlan(
            baseModel: "meta-textgeneration-llama-3-8b-instruct", bedrockModel: "amazon.nova-micro", examples: 2_000,
            tokensPerExample: Fixed(800),
            epochs: 5, methods: [.lora])
        let row = try #require(try planner.compare(planProfile(plan)).rows.first { $0.service == .bedrock })
        #expect(row.trainingCost == dec("8.00"))
        #expect(row.monthlyStorageCost == dec("1.95"))
        #expect(row.trainingTokens == Fixed(8_000_000))
        #expect(row.monthlyServingCost != nil)  // Nova: on demand at base prices
    }

    /// A plan whose every other model (DPO's reference, PPO's critic and reward) is as large as the
    /// base, with no soft-prompt tokens, so each method's FLOPs are a multiple of 6N.
    static func sameSizePlan(_ base: OpenModel) -> FineTuningPlan {
        var plan = FineTuningPlan(examples: 1, virtualTokens: 0)
        plan.criticParameters = base.parameters
        plan.rewardParameters = base.parameters
        return plan
    }

    @Test(
        "FLOPs per token relative to full fine-tuning (6N), every model of the method as large as the base",
        arguments: [
            (FineTuningMethod.full, 1.0), (FineTuningMethod.lora, 2.0 / 3.0), (FineTuningMethod.qlora, 2.0 / 3.0),
            (FineTuningMethod.promptTuning, 2.0 / 3.0), (FineTuningMethod.freeze, 0.5),
            (FineTuningMethod.dpo, 4.0 / 3.0), (FineTuningMethod.rlhf, 10.0 / 3.0),
        ] as [(FineTuningMethod, Double)])
    func flopRatios(method: FineTuningMethod, ratio: Double) throws {
        let base = try #require(fixtureCatalog.openModels["meta-textgeneration-llama-2-7b"])
        let (flops, _) = method.flopsPerToken(base: base, plan: Self.sameSizePlan(base))
        #expect(abs(flops / (6 * base.parameters.approximateDouble) - ratio) < 1e-9)
    }

    @Test("DPO processes two sequences per example: 2.67× SFT per example")
    func dpoPerExample() throws {
        let base = try #require(fixtureCatalog.openModels["meta-textgeneration-llama-2-7b"])
        let (flops, _) = FineTuningMethod.dpo.flopsPerToken(base: base, plan: Self.sameSizePlan(base))
        let perExample = flops * Double(FineTuningMethod.dpo.sequencesPerExample)
        #expect((perExample / (6 * base.parameters.approximateDouble) * 100).rounded() / 100 == 2.67)
    }

    @Test("wall time from peak and MFU: LoRA on Llama-2-7B, 1.5e7 tokens, one A10G at 0.25 MFU ≈ 6.4 h")
    func wallTime() {
        let hours = TrainingMath.hours(flops: 4 * 6.74e9 * 1.5e7, gpus: 1, peakTFLOPS: 70, mfu: 0.25)
        #expect(abs(hours - 6.42) < 0.01)
        // Full FT on 8 × A100-40 (p4d) at 0.45: 0.15 h.
        #expect(abs(TrainingMath.hours(flops: 6 * 6.74e9 * 1.5e7, gpus: 8, peakTFLOPS: 312, mfu: 0.45) - 0.15) < 0.01)
    }

    @Test("activations of Llama-2-7B at s = 2048, b = 1: 30.6 GB without checkpointing")
    func activations() throws {
        let model = try #require(fixtureCatalog.openModels["meta-textgeneration-llama-2-7b"])
        let activations = TrainingMath.activationsGB(model: model, sequence: 2048, microBatch: 1)
        #expect(abs(activations.without - 30.6) < 0.1)
        #expect(activations.with < 2)
    }

    @Test(
        "the recommendation follows the seed's \"when to use\"",
        arguments: [
            (20_000, FineTuningPlan.DomainShift.large, "full"), (5_000, .small, "freeze"), (500, .small, "lora"),
            (500, .large, "lora"),
            (50, .small, "prompt-tuning"),
        ])
    func recommendation(examples: Int, shift: FineTuningPlan.DomainShift, expected: String) throws {
        let planner = FineTuningPlanner(catalog: fixtureCatalog, tables: bundledTables)
        var plan = FineTuningPlan(
            baseModel: "meta-textgeneration-llama-3-2-1b", examples: examples, tokensPerExample: Fixed(400))
        plan.domainShift = shift
        let comparison = try planner.compare(planProfile(plan))
        let recommended = try #require(comparison.recommended)
        if expected == "lora" {
            #expect(["lora", "qlora"].contains(recommended.method))
        } else {
            #expect(recommended.method == expected)
        }
        #expect(comparison.runnerUp != nil)
    }

    @Test("too few examples: no method, prompting instead")
    func tooFew() throws {
        let planner = FineTuningPlanner(catalog: fixtureCatalog, tables: bundledTables)
        let comparison = try planner.compare(
            planProfile(FineTuningPlan(baseModel: "meta-textgeneration-llama-3-2-1b", examples: 5)))
        #expect(comparison.recommended == nil)
        #expect(comparison.recommendation.contains("too few"))
    }

    @Test("a method no single instance can hold says so, and the others are still compared")
    func tooBig() throws {
        let planner = FineTuningPlanner(catalog: fixtureCatalog, tables: bundledTables)
        let plan = FineTuningPlan(
            baseModel: "meta-textgeneration-llama-3-1-405b-instruct-fp8", examples: 20_000, methods: [.full, .qlora])
        let rows = try planner.compare(planProfile(plan)).rows
        #expect(rows[0].errors.map(\.code) == [.memoryExceeded])
        #expect(rows[0].totalCost(months: 12) == nil)
    }
}

@Suite("Fine-tuning serving")
struct FineTuningServingTests {
    @Test("the tuned model is served on the profile's own option for it when there is one, else on a sized fleet")
    func servingSizing() throws {
        let planner = FineTuningPlanner(catalog: fixtureCatalog, tables: bundledTables)
        var plan = profile([.bedrock(.init(model: "amazon.nova-micro"))], requests: RequestRate(Fixed(5000), per: .day))
        plan.fineTuning = FineTuningPlan(examples: 5000)
        plan.fineTuning?.baseModel = "meta-textgeneration-llama-3-8b-instruct"
        plan.fineTuning?.methods = [.lora]
        let sized = try #require(try planner.compare(plan).rows.first)
        #expect(
            sized.notes.contains { $0.message.hasPrefix("served on ") && $0.message.contains("sized for the workload") }
        )
        plan.options.append(
            .jumpStart(.init(model: "meta-textgeneration-llama-3-8b-instruct", instance: "ml.g5.2xlarge", instances: 2))
        )
        let own = try #require(try planner.compare(plan).rows.first)
        #expect(own.monthlyServingCost == Fixed("2211.9"))  // 2 × 730 h × $1.515
        #expect(own.notes.contains { $0.message.hasPrefix("served on 2 × ml.g5.2xlarge (the profile's option ") })
    }
}
