import Foundation

/// Prices every option of a profile against a catalog: the entry point of the planning core.
public struct Estimator: Sendable {
    public let catalog: PricingCatalog
    /// Decision tables for advice and for proposing options; without them there is no advice section.
    public let tables: DecisionTables?

    public init(catalog: PricingCatalog, tables: DecisionTables? = nil) {
        self.catalog = catalog
        self.tables = tables
    }

    /// The itemised monthly estimate of a profile.
    /// - Parameter profileLocation: where the profile came from, cited by price overrides.
    public func estimate(_ profile: WorkloadProfile, profileLocation: String = "profile") -> ProfileEstimate {
        estimate(PricedContext(profile: profile, catalog: catalog, profileLocation: profileLocation))
    }

    /// The itemised monthly estimate of a profile whose prices are already applied.
    public func estimate(_ context: PricedContext) -> ProfileEstimate {
        let profile = context.profile
        let adjusted = context.catalog
        let resolver = context.resolver
        let requests = context.requestsPerMonth
        var warnings = context.adjustmentErrors
        if !catalog.regions.contains(profile.region) {
            warnings.append(
                .warning(
                    .unknownRegion,
                    "region \(profile.region) is not in the pricing snapshot (it has \(catalog.regions.joined(separator: ", "))): options cannot be priced there"
                ))
        }
        let proposed = profile.options.isEmpty
        let advisor = tables.map { Advisor(tables: $0, catalog: adjusted) }
        var options = profile.options
        if proposed {
            if let advisor {
                options = advisor.proposedOptions(for: profile)
            } else {
                warnings.append(
                    .warning(
                        .noOptions, "the profile lists no options and no decision tables were given to propose them"))
            }
        }
        var estimates: [OptionEstimate] = []
        var usedIDs: [String: Int] = [:]
        for option in options {
            var estimate = price(option, profile: profile, requests: requests, resolver: resolver, catalog: adjusted)
            estimate.findings += Estimator.representationProblems(estimate.lineItems)
            estimate.findings += Estimator.derivedPriceWarnings(estimate.lineItems)
            let seen = usedIDs[estimate.id, default: 0]
            usedIDs[estimate.id] = seen + 1
            if seen > 0 { estimate.id += "#\(seen + 1)" }
            // The estimate's warnings: every error that stops an option from being priced, and every warning.
            for finding in estimate.errors + estimate.notes where finding.severity <= .warning {
                warnings.append(finding.located(.option(id: estimate.id)))
            }
            estimate.name = option.name
            estimates.append(estimate)
        }
        var result = ProfileEstimate(
            profileName: profile.name, description: profile.description, region: profile.region,
            hoursPerMonth: profile.hoursPerMonth, requestsPerMonth: requests, snapshot: catalog.snapshot,
            snapshotDate: catalog.date, snapshotOrigin: catalog.origin, options: estimates, warnings: warnings,
            budget: profile.budget, optionsProposed: proposed)
        result.priceDates = catalog.priceDates
        if let selected = profile.selected {
            if let match = Estimator.selection(selected, among: estimates) {
                result.selectedID = match.id
            } else {
                result.warnings.append(Estimator.unknownSelection(selected, among: estimates))
            }
        }
        if let advisor {
            var advised = profile
            advised.options = options
            result.advice = advisor.advise(advised, estimate: result)
            for flag in result.advice?.sampling?.flags ?? [] {
                result.warnings.append(.warning(.sampling, "sampling: \(flag)"))
            }
        }
        return result
    }

    func price(
        _ option: DeploymentOption, profile: WorkloadProfile, requests: Fixed, resolver: ModelResolver,
        catalog: PricingCatalog
    ) -> OptionEstimate {
        let workload = profile.workload
        switch option {
        case .bedrock(let bedrock):
            let mode = bedrock.mode.serving
            let model: BedrockModel
            let scope: EndpointScope
            switch resolver.bedrockModel(bedrock.model) {
            case .success(let found):
                model = found.model
                scope = bedrock.scope(prefixed: found.scope)
            case .failure(let problem):
                return unresolved(.bedrock, bedrock.model, mode, problem.finding, requests)
            }
            let (units, sizing, tooManyUnits) = Estimator.modelUnits(
                bedrock, workload: workload, hours: profile.hoursPerMonth)
            let (id, configuration) = bedrock.identity(
                modelID: model.id, scope: scope, units: units, batchShare: workload.batchShare)
            var estimate = OptionEstimate(
                id: id, service: .bedrock, mode: mode, model: model.id, modelName: model.name,
                configuration: configuration,
                requestsPerMonth: requests)
            if bedrock.mode == .reserved {
                let result = ReservedCapacityEngine().price(
                    model: model, option: bedrock, scope: scope, workload: workload, requestsPerMonth: requests,
                    hoursPerMonth: profile.hoursPerMonth, region: profile.region)
                (estimate.lineItems, estimate.findings) = (result.items, result.findings)
                estimate.configuration = bedrock.reservedConfiguration(
                    input: result.inputTPM, output: result.outputTPM, scope: scope)
            } else if bedrock.mode == .provisioned {
                let result = ProvisionedThroughputEngine().price(
                    model: model, modelUnits: units, commitment: bedrock.commitment,
                    hoursPerMonth: profile.hoursPerMonth, region: profile.region)
                (estimate.lineItems, estimate.findings) = result
                if let sizing {
                    estimate.findings.insert(
                        tooManyUnits ? .error(.capacityLimit, sizing) : .note(.sizing, sizing), at: 0)
                }
            } else {
                let result = BedrockOnDemandEngine().price(
                    model: model, mode: bedrock.mode, scope: scope, image: bedrock.image,
                    workload: workload, requestsPerMonth: requests, region: profile.region, tier: bedrock.serviceTier)
                (estimate.lineItems, estimate.findings) = result
                if bedrock.mode == .onDemand, let quota = model.quotas[profile.region] {
                    estimate.findings += Estimator.quotaProblems(
                        quota, model: model, scope: scope, workload: workload, hours: profile.hoursPerMonth,
                        region: profile.region)
                }
            }
            if !workload.task.accepts(model.kind) {
                let kind = model.kind == .image ? "an image" : model.kind == .text ? "a text" : "an embedding"
                estimate.findings.append(workload.task.mismatch(model.name, kind: kind))
            }
            estimate.findings += Estimator.limitProblems(
                input: workload.sentInputTokens, output: workload.outputTokens, context: model.contextWindow,
                maxOutput: model.maxOutputTokens, name: model.name, kind: model.kind)
            if let unknown = Estimator.unknownLimits(
                model, input: workload.sentInputTokens, output: workload.outputTokens)
            {
                estimate.findings.append(unknown)
            }
            estimate.findings += Estimator.adjustmentNotes(estimate.lineItems)
            return estimate

        case .jumpStart(let jumpStart):
            let open: OpenModel
            switch resolver.jumpStartModel(jumpStart.model) {
            case .success(let found): open = found
            case .failure(let problem):
                return unresolved(.jumpStart, jumpStart.model, .realTime, problem.finding, requests)
            }
            var result = JumpStartEndpointEngine().price(
                model: open, option: jumpStart, workload: workload, requestsPerMonth: requests,
                hoursPerMonth: profile.hoursPerMonth, region: profile.region, catalog: catalog)
            var id = "jumpstart:\(open.id):\(result.instance ?? "unsized")"
            var configuration = Estimator.endpointConfiguration(result.instance, result.count, jumpStart)
            var terms: SavingsPlanTerms?
            if let purchase = jumpStart.savingsPlan {
                id += ":savings-plan-\(purchase.plan.term.rawValue)-\(purchase.plan.payment.rawValue)"
                configuration += ", \(purchase.plan)"
                terms =
                    Estimator.applySavingsPlan(
                        purchase, to: &result, catalog: catalog, hours: profile.hoursPerMonth, region: profile.region)?
                    .terms
            }
            var estimate = OptionEstimate(
                id: id, service: .jumpStart, mode: .realTime,
                model: open.id, modelName: open.name, instanceType: result.instance, instanceCount: result.count,
                configuration: configuration,
                lineItems: result.items, findings: result.findings, requestsPerMonth: requests)
            estimate.serving = result.serving
            estimate.savingsPlan = terms
            estimate.findings += Estimator.openModelProblems(open, profile: profile)
            estimate.findings += Estimator.adjustmentNotes(estimate.lineItems)
            return estimate

        case .bedrockImport(let imported):
            let open: OpenModel
            switch resolver.jumpStartModel(imported.model) {
            case .success(let found): open = found
            case .failure(let problem):
                return unresolved(.bedrock, imported.model, .imported, problem.finding, requests)
            }
            let result = CustomModelImportEngine().price(
                model: open, option: imported, workload: workload, requestsPerMonth: requests,
                hoursPerMonth: profile.hoursPerMonth, region: profile.region, catalog: catalog)
            var configuration = "Custom Model Import"
            if let units = result.unitsPerCopy { configuration += ", \(units) CMU\(units == 1 ? "" : "s") a copy" }
            if let copies = imported.copies {
                configuration += ", \(copies) cop\(copies == 1 ? "y" : "ies")"
            } else {
                configuration += ", up to \(imported.maxCopies) copies"
            }
            if imported.fineTuned { configuration += ", fine-tuned" }
            var estimate = OptionEstimate(
                id: "bedrock-import:\(open.id)\(imported.fineTuned ? ":fine-tuned" : "")", service: .bedrock,
                mode: .imported, model: open.id, modelName: open.name, instanceCount: result.copies,
                configuration: configuration, lineItems: result.items, findings: result.findings,
                requestsPerMonth: requests)
            estimate.serving = result.serving
            estimate.findings += Estimator.openModelProblems(open, profile: profile)
            estimate.findings += Estimator.adjustmentNotes(estimate.lineItems)
            return estimate
        }
    }

    /// Re-prices an endpoint's instance-hours under a Savings Plan: the commitment and upfront lines
    /// replace the on-demand ones, and the fleet's tiers bill only what the commitment does not cover.
    /// Returns the plan's figures; nil (with an error in the result) when the plan cannot be priced.
    static func applySavingsPlan(
        _ purchase: SavingsPlanPurchase, to result: inout JumpStartEndpointEngine.Result, catalog: PricingCatalog,
        hours: Fixed, region: String
    ) -> SavingsPlanPricer.Outcome? {
        guard let name = result.instance, let instance = catalog.instances[name], let onDemand = result.rate,
            !result.fleetHours.isEmpty
        else {
            // Never an on-demand price under a plan's name.
            if !result.items.isEmpty {
                result.items = []
                result.findings.append(
                    .error(.priceMissing, "the endpoint's instance-hours could not be priced under \(purchase.plan)"))
            }
            return nil
        }
        switch SavingsPlanPricer.price(
            purchase, fleet: result.fleetHours, instance: instance, onDemand: onDemand, hoursPerMonth: hours,
            region: region)
        {
        case .notPriced(let problem):
            result.items = []
            result.findings.append(problem)
            return nil
        case .priced(let outcome):
            result.items = outcome.items
            result.findings += outcome.findings
            for index in result.tiers.indices { result.tiers[index].covered = outcome.terms.coveredInstances }
            return outcome
        }
    }

    /// Whether an open model (on an endpoint or imported into Bedrock) can do the task, and whether a
    /// request fits its window.
    static func openModelProblems(_ open: OpenModel, profile: WorkloadProfile) -> [Finding] {
        let workload = profile.workload
        var findings: [Finding] = []
        if !workload.task.architectures(answerFormat: profile.requirements.answerFormat).contains(open.architecture) {
            let kind = open.architecture == .encoderOnly ? "an encoder-only" : "a \(open.architecture.rawValue)"
            findings.append(workload.task.mismatch(open.name, kind: kind))
        }
        // An encoder-decoder's window bounds the encoder input; the decoder's output is not counted against it.
        findings += limitProblems(
            input: workload.sentInputTokens,
            output: open.architecture == .encoderDecoder ? .zero : workload.outputTokens,
            context: open.architecture == .diffusion ? nil : open.contextWindow, maxOutput: nil, name: open.name,
            kind: .text)
        return findings
    }

    private func unresolved(
        _ service: HostingService, _ name: String, _ mode: ServingMode, _ finding: Finding, _ requests: Fixed
    )
        -> OptionEstimate
    {
        OptionEstimate(
            id: "\(service.rawValue):\(name):\(mode.rawValue)", service: service, mode: mode, model: name,
            modelName: name,
            findings: [finding], requestsPerMonth: requests)
    }

    /// A warning when the peak tokens a minute of the online requests exceed the model's default quota
    /// for the endpoint used (input + output, output × the model's burndown), naming the ways out.
    static func quotaProblems(
        _ quota: BedrockQuota, model: BedrockModel, scope: EndpointScope, workload: Workload, hours: Fixed,
        region: String
    ) -> [Finding] {
        let limit = scope == .global ? quota.crossRegionTokensPerMinute : quota.tokensPerMinute
        guard let limit else { return [] }
        let perRequest = workload.sentInputTokens + workload.outputTokens * quota.outputBurndown
        let perMinute =
            workload.requests.perSecond(hours: hours) * 60 * perRequest * workload.peakToMean
            * (Fixed.one - workload.batchShare)
        guard perMinute > Fixed(limit) else { return [] }
        var ways: [String] = []
        if scope == .regional, let cross = quota.crossRegionTokensPerMinute, cross > limit {
            ways.append("cross-Region inference (\(Fixed(cross).quantityText()) tokens a minute)")
        }
        ways += ["a quota increase", "provisioned throughput", "reserved capacity"]
        let burndown = quota.outputBurndown > 1 ? ", output tokens counted \(quota.outputBurndown)×" : ""
        let endpoint = scope == .global ? "cross-Region" : "on-demand"
        return [
            .warning(
                .quotaExceeded,
                "peak \(perMinute.quantityText(maximumDecimals: 0)) tokens a minute\(burndown) exceed \(model.name)'s default \(endpoint) quota of \(Fixed(limit).quantityText()) in \(region) [\(quota.source.key), \(quota.source.date)]: requests would be throttled; consider \(ways.joined(separator: ", "))"
            )
        ]
    }

    /// The option `selected` names: by its `name:` first, then by its computed id.
    public static func selection(_ selected: String, among options: [OptionEstimate]) -> OptionEstimate? {
        options.first { $0.name == selected } ?? options.first { $0.id == selected }
    }

    /// The error for a `selected:` that names no option, with the near misses.
    public static func unknownSelection(_ selected: String, among options: [OptionEstimate]) -> Finding {
        let names = options.compactMap(\.name) + options.map(\.id)
        return .error(
            .unknownSelection,
            "'\(selected)' names no option\(Suggestions.didYouMean(selected, among: names)); give an option's `name:` or its id (\(options.map(\.id).joined(separator: ", ")))"
        )
    }

    /// Why a request of `input` + `output` tokens does not fit the model's limits; empty when it does.
    /// Pass zero output for encoder-decoder models, whose window bounds the input alone.
    /// A warning when the catalog lacks a Bedrock model's context window or output limit (a model
    /// a price refresh added, for one): the request is then not checked against them.
    static func unknownLimits(_ model: BedrockModel, input: Fixed, output: Fixed) -> Finding? {
        var unknown: [String] = []
        if model.contextWindow == nil, model.kind != .image { unknown.append("context window") }
        if model.maxOutputTokens == nil, model.kind == .text { unknown.append("output limit") }
        guard !unknown.isEmpty else { return nil }
        let shown = model.kind == .text ? output : .zero
        return .warning(
            .limitsUnknown,
            "\(model.name)'s \(unknown.joined(separator: " and ")) \(unknown.count == 1 ? "is" : "are") not in the catalog (limits unknown): \(input.quantityText()) input and \(shown.quantityText()) output tokens a request are not checked against \(unknown.count == 1 ? "it" : "them")"
        )
    }

    public static func limitProblems(
        input: Fixed, output: Fixed, context: Int?, maxOutput: Int?, name: String, kind: ModelKind
    ) -> [Finding] {
        var problems: [Finding] = []
        let outputCounts = kind == .text ? output : .zero
        if let context, input + outputCounts > Fixed(context) {
            let window = Fixed(context).quantityText()
            problems.append(
                .error(
                    .contextExceeded,
                    outputCounts == .zero
                        ? "\(input.quantityText()) input tokens exceed \(name)'s \(window)-token input window"
                        : "\(input.quantityText()) input + \(outputCounts.quantityText()) output tokens exceed \(name)'s context window of \(window) tokens"
                ))
        }
        if let maxOutput, kind == .text, output > Fixed(maxOutput) {
            problems.append(
                .error(
                    .outputExceeded,
                    "\(output.quantityText()) output tokens exceed \(name)'s maximum of \(Fixed(maxOutput).quantityText()) per response"
                ))
        }
        return problems
    }

    /// The most provisioned model units sizing may give (the profile's own `model_units` range).
    static let maximumSizedModelUnits = 10_000

    /// Provisioned model units: as given, else sized from the profile's tokens a minute per unit
    /// (peak tokens a minute ÷ per unit, rounded up), else 1; with the sizing explained.
    static func modelUnits(_ option: BedrockOption, workload: Workload, hours: Fixed) -> (
        units: Int, sizing: String?, tooMany: Bool
    ) {
        if let given = option.modelUnits { return (given, nil, false) }
        guard let perUnit = option.tokensPerMinutePerUnit, perUnit > .zero else { return (1, nil, false) }
        let perMinute =
            workload.requests.perSecond(hours: hours) * 60 * (workload.sentInputTokens + workload.outputTokens)
            * workload.peakToMean
        let needed = (perMinute / perUnit).roundedUpToInteger()
        guard let whole = needed.integerPart, whole <= maximumSizedModelUnits else {
            return (
                maximumSizedModelUnits,
                "model units sized: peak \(perMinute.quantityText(maximumDecimals: 0)) tokens/minute ÷ \(perUnit.quantityText()) per unit needs \(needed.quantityText(maximumDecimals: 0)) model units, more than the \(Fixed(maximumSizedModelUnits).quantityText()) the planner sizes",
                true
            )
        }
        let units = max(1, whole)
        return (
            units,
            "model units sized: peak \(perMinute.quantityText(maximumDecimals: 0)) tokens/minute ÷ \(perUnit.quantityText()) per unit (tokens_per_minute_per_unit, from the profile) = \((perMinute / perUnit).quantityText(maximumDecimals: 3)) → \(units)",
            false
        )
    }

    /// A warning for each line item priced at a derived figure: the total is an estimate, not a price.
    public static func derivedPriceWarnings(_ items: [LineItem]) -> [Finding] {
        items.filter { $0.source.kind == .derived && $0.adjustment == nil }.map { item in
            .warning(
                .derivedPrice,
                "estimate: \(item.description) is priced at \(item.unitPrice.unitPriceText) per \(item.unit.rawValue), a derived figure (source \(item.source.key)), not a published price; `genai-plan pricing refresh --region R` reads AWS's own"
            )
        }
    }

    /// Line items whose quantity or cost, or whose sum, is beyond what `Fixed` holds: such an option
    /// is an error naming the item and the inputs behind it, never a number.
    public static func representationProblems(_ items: [LineItem]) -> [Finding] {
        var problems: [Finding] = []
        for item in items where item.quantity.isOverflow || item.cost.isOverflow {
            problems.append(
                .error(
                    .amountTooLarge,
                    "amount too large to represent: \(item.description), \(item.quantity.quantityText()) \(item.unit.rawValue) × \(item.unitPrice.unitPriceText) per \(item.unit.rawValue), is beyond \(Fixed.largestAmountText); lower the requests, the tokens or images per request, or the price behind it"
                ))
        }
        if problems.isEmpty, items.reduce(Fixed.zero, { $0 + $1.cost }).isOverflow {
            problems.append(
                .error(
                    .amountTooLarge,
                    "amount too large to represent: the monthly total of the line items is beyond \(Fixed.largestAmountText)"
                ))
        }
        return problems
    }

    static func endpointConfiguration(_ instance: String?, _ count: Int?, _ option: JumpStartOption) -> String {
        guard let instance else { return "real-time endpoint" }
        var text = "\(count ?? 1) × \(instance)"
        if !option.runsContinuously { text += ", \(option.hoursPerDay) h × \(option.daysPerWeek) d a week" }
        return text
    }

    static func adjustmentNotes(_ items: [LineItem]) -> [Finding] {
        var seen: [String] = []
        for item in items {
            if let adjustment = item.adjustment, !seen.contains(adjustment) { seen.append(adjustment) }
        }
        return seen.map { .note(.priceAdjusted, "prices adjusted: \($0)") }
    }
}
