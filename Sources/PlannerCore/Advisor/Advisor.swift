/// Applies the decision tables to a workload: architecture, service, Bedrock model, sampling,
/// context limits and a fine-tuning method hint, each with the table row that fired.
public struct Advisor: Sendable {
    public let tables: DecisionTables
    public let catalog: PricingCatalog

    public init(tables: DecisionTables, catalog: PricingCatalog) {
        self.tables = tables
        self.catalog = catalog
    }

    /// Advice for a profile. Costs (model choice, conflicting services) use the profile's workload
    /// and, when given, its estimate.
    public func advise(_ profile: WorkloadProfile, estimate: ProfileEstimate? = nil) -> Advice {
        let workload = profile.workload
        let architecture = self.architecture(task: workload.task, answerFormat: profile.requirements.answerFormat)
        let model = self.model(
            task: workload.task, requirements: profile.requirements, architecture: architecture.architecture,
            profile: profile)
        var service = self.service(profile.requirements)
        if let estimate {
            service.cheapestBedrock = cheapest(estimate.options, on: .bedrock)
            service.cheapestJumpStart = cheapest(estimate.options, on: .jumpStart)
        }
        if service.conflict != nil {
            // Show both costs: fill a side the profile does not price from the advisor's own proposal.
            if service.cheapestBedrock == nil, let chosen = model.chosen {
                service.cheapestBedrock = cheapest(
                    price([.bedrock(BedrockOption(model: chosen))], profile), on: .bedrock)
            }
            if service.cheapestJumpStart == nil, let open = model.jumpStart {
                service.cheapestJumpStart = cheapest(
                    price([.jumpStart(JumpStartOption(model: open))], profile), on: .jumpStart)
            }
        }
        var limits: [String] = []
        if workload.truncatedInputTokens > .zero, let maximum = workload.maxInputTokens {
            let perMonth = workload.truncatedInputTokens * workload.requestsPerMonth(hours: profile.hoursPerMonth)
            limits.append(
                "max_input_tokens \(maximum.quantityText()) truncates \(workload.truncatedInputTokens.quantityText()) of \(workload.inputTokens.quantityText()) input tokens per request (\(perMonth.quantityText(maximumDecimals: 0)) a month); costs count the \(workload.sentInputTokens.quantityText()) sent"
            )
        }
        for option in estimate?.options ?? [] {
            for reason in option.infeasibleReasons { limits.append("\(option.label): \(reason.message)") }
        }
        if let chosen = model.chosen, let found = catalog.bedrockModels[chosen], let context = found.contextWindow {
            limits.append(
                "\(found.name): \(workload.sentInputTokens.quantityText()) input + \(workload.outputTokens.quantityText()) output tokens of a \(Fixed(context).quantityText())-token context window"
            )
        }
        return Advice(
            task: workload.task, architecture: architecture, service: service, model: model,
            sampling: workload.task.generatesText
                ? sampling(useCase: workload.useCase, settings: profile.sampling) : nil,
            limits: limits,
            fineTuning: profile.fineTuningExamples.map(fineTuning))
    }

    /// Quick mode: advice from a task, a use case and requirements, without volumes or costs.
    public func advise(task: TaskKind, useCase: UseCase, requirements: Requirements, region: String = "us-east-1")
        -> Advice
    {
        let architecture = self.architecture(task: task, answerFormat: requirements.answerFormat)
        return Advice(
            task: task, architecture: architecture, service: service(requirements),
            model: model(
                task: task, requirements: requirements, architecture: architecture.architecture, profile: nil,
                region: region),
            sampling: task.generatesText ? sampling(useCase: useCase, settings: nil) : nil, limits: [], fineTuning: nil)
    }

    // MARK: - Tables

    func architecture(task: TaskKind, answerFormat: DecisionTables.AnswerFormat?) -> Advice.Architecture {
        guard let rule = tables.architectures[task] else {
            return Advice.Architecture(
                architecture: .decoderOnly, examples: [], reason: "no table row for \(task.rawValue)", rule: "")
        }
        if rule.dependsOnAnswerFormat {
            let format = answerFormat ?? .generated
            if let resolved = rule.byAnswerFormat[format] {
                let assumed =
                    answerFormat == nil ? " (requirements.answer_format not set: generated answers assumed)" : ""
                return Advice.Architecture(
                    architecture: resolved.architecture, examples: resolved.examples,
                    reason: "\(rule.why): \(format.rawValue) answers, so \(resolved.why)\(assumed)",
                    rule: "seed: \(rule.seed ?? "") → \(resolved.citation)")
            }
        }
        return Advice.Architecture(
            architecture: rule.architecture, examples: rule.examples, reason: rule.why, rule: rule.citation)
    }

    func service(_ requirements: Requirements) -> Advice.ServiceChoice {
        let votes = tables.services.filter { requirements.holds($0.requirement) }.map {
            Advice.ServiceVote(requirement: $0.requirement, service: $0.service, rule: $0.seed)
        }
        let services = Set(votes.map(\.service))
        let rule = votes.map { "seed: \($0.rule)" }.joined(separator: "; ")
        guard !votes.isEmpty else {
            return Advice.ServiceChoice(
                service: tables.defaultService.service, votes: [], reason: tables.defaultServiceWhy,
                rule: "seed: \(tables.defaultService.seed)", conflict: nil)
        }
        if services.count == 1, let only = services.first {
            return Advice.ServiceChoice(
                service: only, votes: votes,
                reason: votes.map { "\($0.requirement) → \(Advisor.name(only))" }.joined(separator: "; "), rule: rule,
                conflict: nil)
        }
        // Conflicting requirements: JumpStart wins when a requirement only it meets fired (notebooks,
        // full fine-tuning, Hugging Face models); say so and let both costs be shown.
        let forJumpStart = votes.filter { $0.service == .jumpStart }.map(\.requirement)
        let forBedrock = votes.filter { $0.service == .bedrock }.map(\.requirement)
        let conflict =
            "the requirements conflict: \(forJumpStart.joined(separator: ", ")) point to SageMaker JumpStart, \(forBedrock.joined(separator: ", ")) to Bedrock; JumpStart is recommended because Bedrock cannot meet \(forJumpStart.joined(separator: ", ")), at the price of managing endpoints"
        return Advice.ServiceChoice(
            service: .jumpStart, votes: votes,
            reason: "\(forJumpStart.joined(separator: ", ")) can only be met on JumpStart", rule: rule,
            conflict: conflict)
    }

    func model(
        task: TaskKind, requirements: Requirements, architecture: ModelArchitecture, profile: WorkloadProfile?,
        region: String? = nil
    ) -> Advice.Model {
        let region = profile?.region ?? region ?? "us-east-1"
        var need = tables.taskNeeds[task] ?? "conversation"
        for (requirement, requirementNeed) in tables.requirementNeeds where requirements.holds(requirement) {
            need = requirementNeed
            break
        }
        guard let rule = tables.models[need] else {
            return Advice.Model(
                need: need, family: "", rule: "", chosen: nil, chosenName: nil,
                reason: "no table row for need '\(need)'", candidates: [], jumpStart: nil)
        }
        var candidates: [Advice.Candidate] = []
        var scores: [String: Fixed] = [:]
        // The candidates with an on-demand price, priced for the profile in one pass.
        let priceable = rule.candidates.filter { id in catalog.bedrockModels[id]?.onDemandScope(region: region) != nil }
        let priced: [String: OptionEstimate] =
            profile.map { profile in
                let estimates = price(priceable.map { .bedrock(catalog.onDemandOption($0, region: region)) }, profile)
                return Dictionary(zip(priceable, estimates), uniquingKeysWith: { first, _ in first })
            } ?? [:]
        for id in rule.candidates {
            guard let model = catalog.bedrockModels[id] else {
                candidates.append(.init(id: id, status: .notInCatalog, monthlyCost: nil))
                continue
            }
            let scope = model.onDemandScope(region: region) ?? .regional
            let onDemand = model.rate(model.onDemandKind, region: region, scope: scope)
            guard let onDemand else {
                candidates.append(.init(id: id, status: .noOnDemandPrice(region: region), monthlyCost: nil))
                continue
            }
            let score: Fixed
            if profile != nil {
                guard let option = priced[id], let cost = option.monthlyCost else {
                    candidates.append(.init(id: id, status: .cannotBePriced, monthlyCost: nil))
                    continue
                }
                if !option.isFeasible {
                    candidates.append(
                        .init(
                            id: id, status: .infeasible(reasons: option.infeasibleReasons.map(\.message)),
                            monthlyCost: cost))
                    continue
                }
                score = cost
                candidates.append(.init(id: id, status: .fits, monthlyCost: cost))
            } else {
                // No volumes: rank by list price, per unit of input (or per image) plus per unit of output.
                let output = model.rate(.output, region: region, scope: scope)
                func perToken(_ rate: CatalogRate?) -> Fixed {
                    guard let rate else { return .zero }
                    return rate.price / (rate.unit.tokensPerUnit ?? 1)
                }
                score = model.kind == .image ? onDemand.price : perToken(onDemand) + perToken(output)
                candidates.append(.init(id: id, status: .priced(region: region), monthlyCost: nil))
            }
            scores[id] = score
        }
        // Within the family, the tier the requirements ask for (standard by default), not the price alone.
        let quality = requirements.quality
        func cheapest(in ids: [String]) -> (id: String, score: Fixed)? {
            ids.compactMap { id in scores[id].map { (id, $0) } }.min { $0.1 < $1.1 }
        }
        let tiered = !rule.tiers.isEmpty
        var tierUsed: Requirements.Quality? = tiered ? quality : nil
        var best = cheapest(in: tiered ? rule.tiers[quality] ?? [] : rule.candidates)
        if tiered, best == nil {
            // Nothing usable in the tier: the nearest tier that has a model, the stronger one first on a tie.
            let order = Requirements.Quality.allCases.filter { $0 != quality }.sorted {
                let (a, b) = (abs(Self.rank($0) - Self.rank(quality)), abs(Self.rank($1) - Self.rank(quality)))
                return a != b ? a < b : $0 > $1
            }
            for tier in order where best == nil {
                best = cheapest(in: rule.tiers[tier] ?? [])
                if best != nil { tierUsed = tier }
            }
        }
        let chosen = best?.id
        func neighbour(_ step: Int) -> String? {
            guard let tierUsed else { return nil }
            let index = Self.rank(tierUsed) + step
            guard Requirements.Quality.allCases.indices.contains(index) else { return nil }
            let ids = (rule.tiers[Requirements.Quality.allCases[index]] ?? []).filter { $0 != chosen }
            return cheapest(in: ids)?.id
        }
        let cheaper = neighbour(-1)
        let stronger = neighbour(1)
        for index in candidates.indices where candidates[index].id == chosen { candidates[index].status = .chosen }
        let basis =
            profile == nil ? "the lowest list price per input plus output token" : "the cheapest for this workload"
        let tierText =
            tierUsed.map { used in
                used == quality
                    ? " in the \(used.rawValue) tier (requirements.quality)"
                    : " in the \(used.rawValue) tier (the \(quality.rawValue) tier has no usable model)"
            } ?? ""
        var reason =
            chosen.map {
                "\(rule.family) for \(need): \(catalog.bedrockModels[$0]?.name ?? $0) is \(basis)\(tierText) among the family's models that the catalog prices in \(region)"
                    + (profile == nil ? "" : " and that fit the context window")
            }
            ?? "no \(rule.family) model can be priced in \(region) and serve this workload"
        func named(_ id: String) -> String {
            let cost = candidates.first { $0.id == id }?.monthlyCost.map { ", \($0.dollars)/month" } ?? ""
            return "\(catalog.bedrockModels[id]?.name ?? id)\(cost)"
        }
        // The neighbours by tier: the tier below is the cheaper class of model, the tier above the stronger.
        if let cheaper, let tierUsed {
            reason +=
                "; a tier down (\(Requirements.Quality.allCases[Self.rank(tierUsed) - 1].rawValue)): \(named(cheaper))"
        }
        if let stronger, let tierUsed {
            reason +=
                "; a tier up (\(Requirements.Quality.allCases[Self.rank(tierUsed) + 1].rawValue)): \(named(stronger))"
        }
        if let derived = tables.taskNeedBasis[task] {
            reason = "no seed row for \(task.rawValue): \(derived); " + reason
        }
        let open = tables.jumpStartModels[architecture]?.first { id in
            guard let model = catalog.openModels[id], let profile else { return catalog.openModels[id] != nil }
            let input = profile.workload.sentInputTokens
            let total = model.architecture == .encoderDecoder ? input : input + profile.workload.outputTokens
            return model.architecture == .diffusion || total <= Fixed(model.contextWindow)
        }
        return Advice.Model(
            need: need, family: rule.family, rule: "seed: \(rule.seed)", chosen: chosen,
            chosenName: chosen.flatMap { catalog.bedrockModels[$0]?.name },
            reason: reason, candidates: candidates, jumpStart: open, tier: tierUsed, cheaperNeighbour: cheaper,
            strongerNeighbour: stronger)
    }

    func sampling(useCase: UseCase, settings: SamplingSettings?) -> Advice.Sampling {
        let fallback = DecisionTables.Range(minimum: .zero, maximum: .one, recommended: Fixed(units: Fixed.scale / 2))
        guard let rule = tables.sampling[useCase] else {
            return Advice.Sampling(
                useCase: useCase, temperature: fallback, topP: fallback, topK: fallback, rule: "", recommendation: "",
                flags: [])
        }
        var flags: [String] = []
        if let value = settings?.temperature, !rule.temperature.contains(value) {
            flags.append("temperature \(value) is outside \(rule.temperature.text) for \(useCase.rawValue)")
        }
        if let value = settings?.topP, !rule.topP.contains(value) {
            flags.append("top_p \(value) is outside \(rule.topP.text) for \(useCase.rawValue)")
        }
        if let value = settings?.topK, !rule.topK.contains(Fixed(value)) {
            flags.append("top_k \(value) is outside \(rule.topK.text) for \(useCase.rawValue)")
        }
        let recommendation =
            "temperature \(rule.temperature.recommended), top_p \(rule.topP.recommended), top_k \(rule.topK.recommended) (\(tables.recommendedValue))"
        return Advice.Sampling(
            useCase: useCase, temperature: rule.temperature, topP: rule.topP, topK: rule.topK,
            rule: "seed: \(rule.seed)",
            recommendation: recommendation, flags: flags)
    }

    func fineTuning(examples: Int) -> Advice.FineTuning {
        guard let row = tables.fineTuning.first(where: { examples >= $0.minimumExamples }) else {
            let smallest = tables.fineTuning.last?.minimumExamples ?? 0
            return Advice.FineTuning(
                examples: examples, method: nil, name: nil, rule: "",
                reason:
                    "rule of thumb: \(Fixed(examples).quantityText()) examples is below every method's minimum (\(smallest)+); use prompting with few-shot examples, or collect more data",
                evidence: tables.fineTuningEvidence)
        }
        return Advice.FineTuning(
            examples: examples, method: row.method, name: row.name, rule: "seed: \(row.seed)",
            reason:
                "rule of thumb: \(Fixed(examples).quantityText()) examples meets \(row.name)'s \(row.data) (compute: \(row.compute); when: \(row.when))",
            evidence: tables.fineTuningEvidence)
    }

    // MARK: - Costs

    /// Prices options against this advisor's catalog, which already carries the profile's overrides
    /// and discount (the estimator adjusts it before advising), so they are not applied twice.
    private func price(_ options: [DeploymentOption], _ profile: WorkloadProfile) -> [OptionEstimate] {
        var unadjusted = profile
        unadjusted.prices = PriceAdjustments()  // the advisor's catalog already carries them
        return PricedContext(profile: unadjusted, catalog: catalog).estimates(of: options)
    }

    private func cheapest(_ options: [OptionEstimate], on service: HostingService) -> (id: String, cost: Fixed)? {
        var best: (id: String, cost: Fixed)?
        for option in options where option.service == service && option.isFeasible {
            guard let cost = option.monthlyCost else { continue }
            if let current = best, cost >= current.cost { continue }
            best = (option.id, cost)
        }
        return best
    }

    static func name(_ service: HostingService) -> String { service == .bedrock ? "Bedrock" : "SageMaker JumpStart" }

    /// The position of a quality tier, cheapest first.
    static func rank(_ quality: Requirements.Quality) -> Int {
        quality.declarationIndex
    }

    /// Options proposed for a profile that lists none: the advised Bedrock model, the next cheapest
    /// of its family, and the advised JumpStart model for the architecture (sized).
    public func proposedOptions(for profile: WorkloadProfile) -> [DeploymentOption] {
        let advice = advise(profile)
        var options: [DeploymentOption] = []
        let region = profile.region
        if let chosen = advice.model.chosen { options.append(.bedrock(catalog.onDemandOption(chosen, region: region))) }
        let runnerUp = advice.model.candidates.filter { $0.status == .fits }.min {
            ($0.monthlyCost ?? .zero) < ($1.monthlyCost ?? .zero)
        }
        // The cheaper neighbour tier's model, else the stronger one's, else the next cheapest of the family.
        if let neighbour = advice.model.cheaperNeighbour ?? advice.model.strongerNeighbour ?? runnerUp?.id {
            options.append(.bedrock(catalog.onDemandOption(neighbour, region: region)))
        }
        if let open = advice.model.jumpStart { options.append(.jumpStart(JumpStartOption(model: open))) }
        return options
    }
}
