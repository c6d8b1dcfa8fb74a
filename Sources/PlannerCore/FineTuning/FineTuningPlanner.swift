/// Compares fine-tuning methods for a profile on SageMaker (JumpStart training jobs) and Bedrock
/// (model customization): data fit, trainable parameters, GPU memory, instance, time and cost, and
/// the total cost of ownership over `serve_months`, with a recommendation.
public struct FineTuningPlanner: Sendable {
    public let catalog: PricingCatalog
    public let tables: DecisionTables?

    /// Usable share of accelerator memory and the per-accelerator overhead (a planner rule; Hugging Face documents about 1.3 GB of CUDA kernels on load).
    public static let usableShare = 0.9
    public static let overheadGB = 1.0
    /// SageMaker job start-up (download, container), billed: 0.1–0.3 h in the reference; 0.2 h used.
    public static let startupHours = 0.2

    public init(catalog: PricingCatalog, tables: DecisionTables? = nil) {
        self.catalog = catalog
        self.tables = tables
    }

    public enum PlanError: Error, Equatable, CustomStringConvertible {
        case missingBaseModel
        case unknownBaseModel(String, [String])

        public var description: String {
            switch self {
            case .missingBaseModel:
                "fine_tuning.base_model: missing (finetune needs the model to tune: a JumpStart model id such as meta-textgeneration-llama-3-8b, or a Bedrock model id such as amazon.nova-micro)"
            case .unknownBaseModel(let name, let suggestions):
                "unknown base model '\(name)'"
                    + (suggestions.isEmpty
                        ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)")
            }
        }
    }

    public func compare(_ profile: WorkloadProfile) throws(PlanError) -> FineTuningComparison {
        try compare(PricedContext(profile: profile, catalog: catalog))
    }

    /// Compares the methods in a context whose prices are applied: training, storage and serving all
    /// read the catalog with the profile's overrides and discount.
    public func compare(_ context: PricedContext) throws(PlanError) -> FineTuningComparison {
        try FineTuningPlanner(catalog: context.catalog, tables: tables).comparePriced(context.profile)
    }

    /// The comparison, with `catalog` already adjusted and `profile.prices` empty.
    func comparePriced(_ profile: WorkloadProfile) throws(PlanError) -> FineTuningComparison {
        guard var plan = profile.fineTuning, let baseName = plan.baseModel else { throw .missingBaseModel }
        let resolver = ModelResolver(catalog: catalog)
        // The base is a JumpStart model (trained on SageMaker, and customized on Bedrock when Bedrock
        // has its weights), or a Bedrock model (customized there, and trained on SageMaker when JumpStart
        // has its open weights).
        var base: OpenModel?
        var bedrockID = plan.bedrockModel
        var baseID = baseName
        var baseDisplayName = baseName
        switch resolver.resolveJumpStart(baseName) {
        case .openModel(let open):
            base = open
            bedrockID = bedrockID ?? open.bedrockEquivalent
        case .bedrock(let model, _):
            bedrockID = bedrockID ?? model.id
            base = catalog.openModels.values.filter { $0.bedrockEquivalent == model.id }.min { $0.id < $1.id }
            baseID = model.id
            baseDisplayName = model.name
        case .unknown(let suggestions): throw .unknownBaseModel(baseName, suggestions)
        default: throw .unknownBaseModel(baseName, [])
        }
        var warnings: [Finding] = []
        var rows: [FineTuningRow] = []
        if let base {
            baseID = base.id
            baseDisplayName = base.name
            // Without `sequence_length`, a model with a shorter window trains on its window.
            if !plan.sequenceLengthGiven { plan.sequenceLength = min(plan.sequenceLength, base.contextWindow) }
            let problems = Self.inputProblems(plan, base: base)
            let serving = jumpStartServing(base: base, profile: profile, warnings: &warnings)
            let imported = importedServing(base: base, context: PricedContext(profile: profile, catalog: catalog))
            for method in plan.methods {
                let refused = problems.filter { $0.methods.contains(method) }.map(\.finding)
                guard refused.isEmpty else {
                    var row = FineTuningRow(
                        method: method.rawValue, methodName: method.name, service: .jumpStart,
                        epochs: plan.epochs ?? defaultEpochs(method), dataFit: "", dataFitMet: false,
                        trainingTokens: .zero)
                    row.findings = refused
                    rows.append(row)
                    continue
                }
                // One row per way to serve the tuned weights: the SageMaker endpoint, and Custom Model
                // Import when the architecture can be imported (same training, another serving cost).
                let row = jumpStartRow(method, base: base, plan: plan, profile: profile, serving: serving)
                rows.append(row)
                if let imported, row.errors.isEmpty {
                    var importRow = row
                    importRow.servedOn = .customModelImport
                    importRow.monthlyServingCost = imported.cost
                    importRow.findings = row.findings.filter { $0 != serving?.note } + [imported.note]
                    rows.append(importRow)
                }
            }
        } else {
            warnings.append(
                .note(
                    .fineTuning,
                    "\(baseDisplayName) has no open weights on JumpStart: only its Bedrock customization is planned"))
        }
        if let bedrockID {
            var row = bedrockRow(bedrockID, plan: plan, profile: profile)
            row.servedOn = .bedrock
            rows.append(row)
        }
        var comparison = FineTuningComparison(
            profileName: profile.name, baseModel: baseID, baseModelName: baseDisplayName, bedrockModel: bedrockID,
            plan: plan, rows: rows,
            recommended: nil, recommendation: "", runnerUp: nil, runnerUpReason: nil, warnings: warnings)
        recommend(&comparison, budget: profile.budget)
        return comparison
    }

    // MARK: - Data

    func dataFit(_ method: String, examples: Int) -> (String, Bool) {
        let label = "rule of thumb"
        guard let tables else { return ("\(label): no data table loaded", true) }
        guard let row = tables.fineTuning.first(where: { $0.method == method }) else {
            return (
                "\(label): the seed's data table has no row for this method (InstructGPT used about 13k SFT, 33k reward-model and 31k PPO prompts)",
                true
            )
        }
        let met = examples >= row.minimumExamples
        let count = Fixed(examples).quantityText()
        return ("\(label): \(row.data) needed, \(count) given: \(met ? "met" : "below")", met)
    }

    // MARK: - SageMaker / JumpStart

    /// The tuned model's endpoint: the profile's own JumpStart option for the base model when it has
    /// one (its instance, count and autoscaling), else an endpoint sized as `estimate` sizes one.
    func jumpStartServing(base: OpenModel, profile: WorkloadProfile, warnings: inout [Finding]) -> (
        cost: Fixed, note: Finding
    )? {
        let context = PricedContext(profile: profile, catalog: catalog)
        let resolver = ModelResolver(catalog: catalog)
        let own = profile.options.first { option in
            guard case .jumpStart(let jumpStart) = option,
                case .openModel(let model) = resolver.resolveJumpStart(jumpStart.model)
            else { return false }
            return model.id == base.id
        }
        let option = own ?? .jumpStart(JumpStartOption(model: base.id))
        guard let estimate = context.estimates(of: [option]).first, let cost = estimate.monthlyCost else {
            warnings.append(
                .warning(.priceMissing, "serving \(base.name) on JumpStart could not be priced for this workload"))
            return nil
        }
        if !estimate.isFeasible {
            warnings.append(
                .warning(
                    .underCapacity,
                    "the tuned model's endpoint (\(estimate.configuration)) cannot serve the workload: \(estimate.infeasibleReasons.map(\.message).joined(separator: "; "))"
                ))
        }
        let origin =
            own == nil ? "sized for the workload as `estimate` sizes it" : "the profile's option \(estimate.id)"
        return (cost, Finding.note(.sizing, "served on \(estimate.configuration) (\(origin)): \(cost.dollars)/month"))
    }

    /// The tuned weights imported into Bedrock (Custom Model Import): its monthly cost for the
    /// workload and how it is served. Nil when the base cannot be imported, the import cannot be
    /// priced, or it cannot serve the workload.
    func importedServing(base: OpenModel, context: PricedContext) -> (cost: Fixed, note: Finding)? {
        guard CustomModelImportEngine.family(of: base) != nil else { return nil }
        var option = BedrockImportOption(model: base.id)
        option.fineTuned = true
        guard let imported = context.estimates(of: [.bedrockImport(option)]).first,
            let cost = imported.monthlyCost, imported.isFeasible
        else { return nil }
        return (cost, .note(.sizing, "served on Bedrock (\(imported.configuration)): \(cost.dollars)/month"))
    }

    func trainableParameters(_ method: FineTuningMethod, base: OpenModel, plan: FineTuningPlan) -> Double {
        let n = base.parameters.approximateDouble
        switch method {
        case .full, .rlhf, .dpo: return n
        case .freeze: return n * plan.trainableFraction.approximateDouble
        case .lora, .qlora:
            return TrainingMath.loraParameters(model: base, rank: plan.loraRank, targets: plan.loraTargets) ?? n * 0.001
        case .promptTuning: return Double(plan.virtualTokens * (base.hiddenSize ?? 0))
        }
    }

    func defaultEpochs(_ method: FineTuningMethod) -> Int {
        switch method {
        case .rlhf, .dpo: 1  // DeepSpeed-Chat ppo_epochs = 1; one pass over preference pairs
        default: 5  // SageMaker JumpStart Llama fine-tuning default
        }
    }

    /// One way to run a method: an instance, a placement on its GPUs, the memory each GPU needs,
    /// the hours and the billed line item.
    struct Candidate {
        var instance: InstanceType
        var placement: TrainingPlacement
        var memory: TrainingMemory
        var hours: Double
        var item: LineItem
        var mfu: Fixed
        var mfuSource: String
    }

    func jumpStartRow(
        _ method: FineTuningMethod, base: OpenModel, plan: FineTuningPlan, profile: WorkloadProfile,
        serving: (cost: Fixed, note: Finding)?
    ) -> FineTuningRow {
        let epochs = plan.epochs ?? defaultEpochs(method)
        let (fit, met) = dataFit(method.dataTableMethod ?? method.rawValue, examples: plan.examples)
        let tokens = Fixed(plan.examples) * plan.tokensPerExample * epochs * method.sequencesPerExample
        var row = FineTuningRow(
            method: method.rawValue, methodName: method.name, service: .jumpStart, epochs: epochs, dataFit: fit,
            dataFitMet: met,
            trainingTokens: tokens)
        let trainable = trainableParameters(method, base: base, plan: plan)
        row.trainableParameters = trainable
        let (perToken, formula) = method.flopsPerToken(base: base, plan: plan)
        let flops = perToken * tokens.approximateDouble
        row.flops = flops
        let state = TrainingState.of(method, base: base, plan: plan, trainable: trainable)
        let activations = TrainingMath.activationsGB(
            model: base, sequence: plan.sequenceLength, microBatch: plan.microBatch, attention: plan.attention)
        let usedActivations = plan.activationCheckpointing ? activations.with : activations.without

        var best: Candidate?
        var rejected: [String] = []
        var candidates = catalog.instances.values.filter { $0.acceleratorKind == .gpu }
            .compactMap { instance in instance.rate(.training, region: profile.region).map { (instance, $0) } }
            .sorted { ($0.1.price, $0.0.name) < ($1.1.price, $1.0.name) }
        if let pinned = plan.instance { candidates = candidates.filter { $0.0.name == pinned } }
        for (instance, rate) in candidates {
            let gpus = instance.acceleratorCount
            let usable = instance.memoryPerAcceleratorGB.approximateDouble * Self.usableShare
            var smallest: Double?
            let placements = TrainingPlacement.offered(gpus: gpus).filter {
                plan.placement == nil || $0 == plan.placement
            }
            for placement in placements {
                let (weights, gradients, optimizer) = state.perGPU(placement, gpus: gpus)
                let share = placement.activationShare(of: gpus)
                let memory = TrainingMemory(
                    weights: weights, gradients: gradients, optimizer: optimizer,
                    activations: usedActivations * share, activationsWithoutCheckpointing: activations.without * share,
                    overhead: Self.overheadGB, shardedOver: gpus, placement: placement)
                guard memory.total <= usable else {
                    smallest = min(smallest ?? memory.total, memory.total)
                    continue
                }
                let (mfu, mfuSource) =
                    plan.mfu[method].map { ($0, "fine_tuning.mfu, from the profile") }
                    ?? method.defaultMFUWithSource(accelerator: instance.accelerator)
                let hours =
                    TrainingMath.hours(
                        flops: flops, gpus: placement.computingGPUs(of: gpus),
                        peakTFLOPS: instance.peakTFLOPSPerAccelerator.approximateDouble, mfu: mfu.approximateDouble)
                    + Self.startupHours
                // Billed instance-hours, to six decimals (about 4 ms): the quantity shown is the one multiplied.
                let item = LineItem(
                    description: "training on \(instance.name)",
                    quantity: Fixed(approximating: hours).rounded(toDecimals: 6), rate: rate)
                let candidate = Candidate(
                    instance: instance, placement: placement, memory: memory, hours: hours, item: item, mfu: mfu,
                    mfuSource: mfuSource)
                if let current = best,
                    (item.cost, gpus, Self.placementOrder(placement))
                        >= (
                            current.item.cost, current.instance.acceleratorCount, Self.placementOrder(current.placement)
                        )
                {
                    continue
                }
                best = candidate
            }
            if let smallest {
                rejected.append(
                    "\(instance.name) (\(EndpointSizing.format(smallest, 1)) GB per GPU needed, \(EndpointSizing.format(usable, 1)) usable)"
                )
            }
        }
        guard let best else {
            let placement = plan.placement.map { " \($0.words)" } ?? ""
            let place = plan.instance.map { "\($0)" } ?? "any single SageMaker training instance in \(profile.region)"
            row.findings.append(
                .error(
                    .memoryExceeded,
                    candidates.isEmpty
                        ? "\(plan.instance ?? "no instance") has no training price in \(profile.region) or is not a GPU instance"
                        : "\(method.name) of \(base.name) does not fit \(place)\(placement); the closest: \(rejected.suffix(2).joined(separator: ", "))"
                ))
            return row
        }
        row.memory = best.memory
        row.instanceType = best.instance.name
        row.instanceCount = 1
        row.mfu = best.mfu
        row.hours = best.hours
        row.trainingItem = best.item
        row.monthlyServingCost = serving?.cost
        if let serving { row.findings.append(serving.note) }
        row.monthlyStorageCost = .zero
        let cheaperRejected = rejected.filter { entry in
            guard let name = entry.split(separator: " ").first, let instance = catalog.instances[String(name)],
                let price = instance.rate(.training, region: profile.region)?.price,
                let chosen = best.instance.rate(.training, region: profile.region)?.price
            else { return false }
            return price < chosen
        }
        let gpus = best.instance.acceleratorCount
        var note =
            plan.instance == nil
            ? "\(best.instance.name): the lowest training cost among instances that hold it"
            : "\(best.instance.name), as fine_tuning.instance asks"
        note += " (\(EndpointSizing.format(best.memory.total, 1)) GB per GPU, \(best.placement.words))"
        if gpus > 1, best.placement != .layerSplit {
            note += "; \(gpus) GPUs compute at once"
        }
        note +=
            "; model FLOPs \(formula) a token × \(Fixed(approximating: tokens.approximateDouble).quantityText(maximumDecimals: 0)) tokens = \(EndpointSizing.format(flops / 1e18, 3)) EFLOP at MFU \(best.mfu) (\(best.mfuSource); recomputation is inside the MFU, not added) + \(EndpointSizing.format(Self.startupHours, 1)) h start-up"
        if !cheaperRejected.isEmpty {
            note += "; cheaper per hour but too small: \(cheaperRejected.prefix(3).joined(separator: ", "))"
        }
        row.findings.append(.note(.sizing, note))
        switch method {
        case .rlhf:
            row.findings.append(
                .note(
                    .fineTuning,
                    "PPO with a \(EndpointSizing.format(plan.criticParameters.approximateDouble / 1e9, 2))B-parameter critic and a \(EndpointSizing.format(plan.rewardParameters.approximateDouble / 1e9, 2))B reward model (default: DeepSpeed-Chat's OPT recipes, a 350M OPT for both; set fine_tuning.rlhf); actor and critic trained in full, a bf16 reference copy of the actor"
                ))
        case .dpo:
            let reference = plan.referenceParameters ?? base.parameters
            row.findings.append(
                .note(
                    .fineTuning,
                    reference == .zero
                        ? "full-parameter DPO with the reference's log-probabilities computed beforehand; chosen and rejected answers (2 sequences per example)"
                        : "full-parameter DPO: a frozen bf16 reference of \(EndpointSizing.format(reference.approximateDouble / 1e9, 2))B parameters (+2 bytes each); chosen and rejected answers (2 sequences per example)"
                ))
        case .qlora:
            row.findings.append(
                .note(
                    .fineTuning,
                    "QLoRA as its paper runs it: the base in 4-bit NF4 with double quantization (\(EndpointSizing.format(TrainingMath.nf4BytesPerParameter, 3)) bytes a weight; embeddings and output layer in bf16), bf16 adapters and paged 8-bit AdamW (2 bytes of optimizer state an adapter parameter)"
                ))
        default: break
        }
        return row
    }

    /// Why no method could be recommended, from the rows' errors: memory, input problems, or prices.
    static func noMethodReason(_ rows: [FineTuningRow]) -> String {
        let errors = rows.flatMap(\.errors)
        if !errors.isEmpty, errors.allSatisfy({ $0.code == .memoryExceeded }) {
            return
                "no method fits a SageMaker training instance of the region (each method's error names the closest); try QLoRA, a shorter sequence_length or a smaller base"
        }
        if errors.contains(where: { $0.code == .fineTuning }) {
            return "no method can be planned for this base model; see the errors"
        }
        return "no method could be priced; see the errors"
    }

    /// Ties between placements of equal cost go to the one that communicates least.
    static func placementOrder(_ placement: TrainingPlacement) -> Int {
        switch placement {
        case .singleGPU: 0
        case .zero2: 1
        case .zero3: 2
        case .layerSplit: 3
        }
    }

    // MARK: - Bedrock

    func bedrockRow(_ id: String, plan: FineTuningPlan, profile: WorkloadProfile) -> FineTuningRow {
        let resolver = ModelResolver(catalog: catalog)
        let name = "Bedrock customization"
        guard case .bedrock(let model, _) = resolver.resolveBedrock(id) else {
            var row = FineTuningRow(
                method: "bedrock-customization", methodName: name, service: .bedrock, epochs: 0, dataFit: "",
                dataFitMet: false, trainingTokens: .zero)
            row.findings.append(.error(.unknownModel, "unknown Bedrock model '\(id)'"))
            return row
        }
        let epochs =
            plan.epochs ?? (model.id.hasPrefix("amazon.nova") || model.id == "amazon.titan-text-premier" ? 2 : 5)
        let (fit, met) = dataFit("lora", examples: plan.examples)
        let tokens = Fixed(plan.examples) * plan.tokensPerExample * epochs
        var row = FineTuningRow(
            method: "bedrock-customization", methodName: "\(name) of \(model.name)", service: .bedrock, epochs: epochs,
            dataFit: fit,
            dataFitMet: met, trainingTokens: tokens)
        guard let training = model.rate(.trainingTokens, region: profile.region) else {
            row.findings.append(
                .error(
                    .priceMissing,
                    "no customization price for \(model.name) in \(profile.region): the pricing reference lists none (Bedrock fine-tuning of Llama 3.x is offered in us-west-2)"
                ))
            return row
        }
        let trainingItem = LineItem(
            description: "training tokens", quantity: BedrockOnDemandEngine.quantity(tokens, in: training.unit),
            rate: training)
        row.trainingItem = trainingItem
        row.findings.append(
            .note(
                .fineTuning,
                "\(tokens.quantityText()) training tokens: \(Fixed(plan.examples).quantityText()) examples × \(plan.tokensPerExample) tokens × \(epochs) epochs"
            ))
        if let storage = model.rate(.customModelStorage, region: profile.region) {
            row.monthlyStorageCost = storage.price
        } else {
            row.findings.append(.error(.priceMissing, "no custom-model storage price for \(model.name)"))
        }
        if model.customModelServing == .onDemand {
            let context = PricedContext(profile: profile, catalog: catalog)
            row.monthlyServingCost =
                context.estimates(of: [.bedrock(BedrockOption(model: model.id))]).first?
                .monthlyCost
            row.findings.append(.note(.fineTuning, "served on demand at the base model's token prices"))
        } else if let unit = model.rate(.provisionedNoCommitment, region: profile.region) {
            row.monthlyServingCost = unit.price * profile.hoursPerMonth
            row.findings.append(
                .note(
                    .fineTuning,
                    "custom models are served on provisioned throughput: 1 model unit, no commitment, \(unit.price.unitPriceText)/h × \(profile.hoursPerMonth) h"
                ))
        } else {
            row.findings.append(
                .error(
                    .priceMissing,
                    "custom models need provisioned throughput, and the catalog has no no-commitment price for \(model.name)"
                ))
        }
        return row
    }

    // MARK: - Recommendation

    func recommend(_ comparison: inout FineTuningComparison, budget: Budget?) {
        let plan = comparison.plan
        let months = plan.serveMonths
        let rows = comparison.rows.filter { $0.errors.isEmpty && $0.totalCost(months: months) != nil }
        /// A method's SageMaker row with the cheaper way to serve it.
        func row(_ method: FineTuningMethod) -> FineTuningRow? {
            rows.filter { $0.method == method.rawValue && $0.service == .jumpStart }
                .min { ($0.totalCost(months: months) ?? .zero) < ($1.totalCost(months: months) ?? .zero) }
        }
        // The seed's "when to use": full for a large dataset and a major domain shift; freeze + retrain for
        // limited data in a similar domain; LoRA/QLoRA for efficient fine-tuning; prompt tuning for very little data.
        var order: [(FineTuningMethod, String)] = []
        let examples = Fixed(plan.examples).quantityText()
        if plan.examples >= 10_000, plan.domainShift == .large {
            order.append(
                (.full, "\(examples) examples and a large domain shift: \"Large dataset, major domain shift\""))
        }
        if plan.examples >= 1_000, plan.domainShift == .small {
            order.append((.freeze, "\(examples) examples in a similar domain: \"Limited data, similar domain\""))
        }
        if plan.examples >= 100 {
            let lora = row(.lora)
            let qlora = row(.qlora)
            let qloraCheaper =
                (qlora?.totalCost(months: months) ?? .zero) < (lora?.totalCost(months: months) ?? .zero) && qlora != nil
            order.append(
                (
                    qloraCheaper ? .qlora : .lora,
                    "\"Efficient fine-tuning\" with \(examples) examples"
                        + (qloraCheaper ? "; QLoRA's 4-bit base fits a cheaper instance than LoRA" : "")
                ))
            if lora != nil, qlora != nil {
                order.append((qloraCheaper ? .lora : .qlora, "the other low-rank method"))
            }
        }
        if plan.examples >= 10 { order.append((.promptTuning, "\"Very limited data\": \(examples) examples")) }
        // Alignment methods answer another question (preferences, safety): recommended only when they
        // are all that was asked for.
        let alignmentOnly = plan.methods.allSatisfy { $0 == .dpo || $0 == .rlhf }
        if alignmentOnly, plan.examples >= 10 {
            order.append((.dpo, "alignment from preference pairs, without a reward model"))
            order.append((.rlhf, "\"Alignment, safety\" with a reward model"))
        }
        var choices = order.compactMap { method, why in row(method).map { ($0, why) } }
        if let budget {
            let limit = budget.monthlyUSD * months
            let within = choices.filter { ($0.0.totalCost(months: months) ?? limit) <= limit }
            if !within.isEmpty, within.first?.0.method != choices.first?.0.method, let first = choices.first {
                choices = within.map {
                    (
                        $0.0,
                        $0.1
                            + "; \(first.0.methodName) would exceed the budget of \(budget.monthlyUSD.dollars)/month over \(months) months"
                    )
                }
            }
        }
        guard let first = choices.first else {
            comparison.recommendation =
                plan.examples < 10
                ? "rule of thumb: \(examples) examples is too few for any method; use prompting with few-shot examples"
                : Self.noMethodReason(comparison.rows)
            return
        }
        comparison.recommended = (first.0.method, first.0.service)
        comparison.recommendedServing = first.0.servedOn
        let total = first.0.totalCost(months: months)?.dollars ?? "—"
        comparison.recommendation =
            "\(first.0.methodName) on SageMaker JumpStart, served \(first.0.servedOn.words): \(first.1); \(total) over \(months) months"
        if let bedrock = rows.first(where: { $0.service == .bedrock }),
            let bedrockTotal = bedrock.totalCost(months: months),
            let jumpStartTotal = first.0.totalCost(months: months), bedrockTotal < jumpStartTotal
        {
            comparison.recommendation +=
                "; \(bedrock.methodName) costs less (\(bedrockTotal.dollars)) if Bedrock's managed, limited fine-tuning is enough"
        }
        if choices.count > 1 {
            let second = choices[1]
            comparison.runnerUp = (second.0.method, second.0.service)
            comparison.runnerUpReason =
                "\(second.0.methodName): \(second.1); \(second.0.totalCost(months: months)?.dollars ?? "—") over \(months) months"
        } else if let next = [FineTuningMethod.lora, .freeze, .full].compactMap(row).first(where: {
            !$0.dataFitMet && $0.method != first.0.method
        }) {
            comparison.runnerUp = (next.method, next.service)
            comparison.runnerUpReason =
                "\(next.methodName), once there is more data: \(next.dataFit); \(next.totalCost(months: months)?.dollars ?? "—") over \(months) months"
        }
    }
}
