import PlannerCore
import Yams

/// Turns a composed YAML document into a `WorkloadProfile`, checking every key and value and
/// collecting every problem with its position. Where a model or instance name sits in the file
/// is kept, so catalog checks can point at it too.
struct ProfileParser {
    /// Limits beyond which a value is a mistake, not a workload.
    enum Limits {
        static let maxRequestsPerSecond = Fixed(1_000_000_000)
        static let maxTokensPerRequest = Fixed(10_000_000)
        static let maxImagesPerRequest = Fixed(1_000)
        static let maxPeakToMean = Fixed(1_000)
        static let maxInstances = 10_000
        static let maxModelUnits = 10_000
        /// Parameters of a model: 100 trillion at most.
        static let maxParameters = Fixed(100_000_000_000_000)
        /// Tokens a minute a reservation may hold: a thousand times the largest default quotas.
        static let maxReservedTPM = 10_000_000_000
        static let maxUSD = Fixed(1_000_000_000_000)
        /// Options one profile compares: break-even pairs grow with the square of it.
        static let maxOptions = 100
    }

    /// A model or instance name in the profile and where it is.
    struct NameReference {
        enum Kind {
            case bedrockModel, jumpStartModel, instance, region, overrideModel, overrideInstance
            /// `fine_tuning.base_model`: a JumpStart model or a Bedrock model.
            case fineTuningBase
        }
        var kind: Kind
        var name: String
        var cursor: YAMLCursor
    }

    let diagnostics: DiagnosticList
    var references: [NameReference] = []
    /// Bedrock models a price override describes (kind, context window, output limit).
    var declaredModels: [(name: String, cursor: YAMLCursor)] = []
    /// Instance types a price override describes, with the cursor of its accelerator.
    var declaredInstances: [(name: String, cursor: YAMLCursor, accelerator: YAMLCursor, hardware: DeclaredInstance)] =
        []
    /// Where some sections start, for errors found after loading (`fine_tuning`, `fine_tuning.base_model`).
    var positions: [String: ProfilePosition] = [:]
    /// The options' `name:`s so far, to refuse a second use.
    var optionNames: Set<String> = []
    /// Where `selected:` is, checked against the options once the profile is read.
    var selectionCursor: YAMLCursor?
    /// The keys of `fine_tuning` a check after loading may point at (`fine_tuning.lora.targets`).
    var fineTuningCursors: [String: YAMLCursor] = [:]
    /// The profile's `savings_plan`, which JumpStart options without their own take.
    var profileSavingsPlan: SavingsPlanPurchase?

    init(diagnostics: DiagnosticList) { self.diagnostics = diagnostics }

    static let bedrockKeys = ProfileKeys.Names.bedrockOption
    static let jumpStartKeys = ProfileKeys.Names.jumpStartOption
    static let importKeys = ProfileKeys.Names.bedrockImportOption

    mutating func parse(_ root: Node?, defaultName: String, defaultProject: String?) -> WorkloadProfile? {
        let top = YAMLCursor(node: root, path: "", fallbackMark: nil, diagnostics: diagnostics)
        guard root != nil, top.node?.mapping != nil else {
            diagnostics.add(
                .error, .wrongType,
                "a profile is a YAML mapping with at least `version`, `workload` and `options` (see README, \"Workload profiles\")",
                at: root?.mark)
            return nil
        }
        top.checkKeys(ProfileKeys.Names.top, extensions: ProfileKeys.Names.topAllowsExtensions)

        let versionCursor = top.child("version")
        if !versionCursor.exists {
            versionCursor.warning(.missingValue, "missing; assuming `version: 1`")
        } else if let version = versionCursor.integer(in: 0...Int.max), version != 1 {
            versionCursor.error(.unsupportedVersion, "this genai-plan reads profile version 1, found \(version)")
        }
        let name = top.child("name").string() ?? defaultName
        let description = top.child("description").string()
        let projectCursor = top.child("project")
        let project = projectCursor.string()
        if let project, project.isEmpty || project.count > 100 {
            projectCursor.error(.invalidValue, "a project name has 1 to 100 characters")
        }
        let regionCursor = top.child("region")
        let region = regionCursor.string() ?? "us-east-1"
        if regionCursor.exists { references.append(NameReference(kind: .region, name: region, cursor: regionCursor)) }
        let hours =
            top.child("hours_per_month").number(in: Fixed(1)...Fixed(744), why: "a month has at most 744 hours")
            ?? Fixed(730)

        let workload = parseWorkload(top.child("workload"))
        if case .plan(let purchase) = parseSavingsPlan(top.child("savings_plan"), allowsNone: false) {
            profileSavingsPlan = purchase
        }
        var options: [DeploymentOption] = []
        let optionElements = top.child("options").elements()
        if optionElements.count > Limits.maxOptions {
            top.child("options").error(
                .invalidValue,
                "lists \(optionElements.count) options; a profile compares at most \(Limits.maxOptions) (split it into several profiles)"
            )
        } else {
            for element in optionElements {
                if let option = parseOption(element) { options.append(option) }
            }
        }
        let prices = parsePrices(top.child("prices"))
        var budget: Budget?
        let budgetCursor = top.child("budget")
        if budgetCursor.isMapping(optional: true) {
            budgetCursor.checkKeys(ProfileKeys.Names.budget)
            if let amount = budgetCursor.child("monthly_usd").number(in: .zero...Limits.maxUSD, optional: false) {
                budget = Budget(monthlyUSD: amount)
            }
        }
        let requirements = parseRequirements(top.child("requirements"))
        let sampling = parseSampling(top.child("sampling"))
        let fineTuningCursor = top.child("fine_tuning")
        positions["fine_tuning"] = fineTuningCursor.node.flatMap(\.mark).map {
            ProfilePosition(line: $0.line, column: $0.column)
        }
        if let mark = fineTuningCursor.child("base_model").node?.mark {
            positions["fine_tuning.base_model"] = ProfilePosition(line: mark.line, column: mark.column)
        }
        let fineTuning = parseFineTuning(fineTuningCursor)
        let selectedCursor = top.child("selected")
        let selected = selectedCursor.string()
        if selected != nil { selectionCursor = selectedCursor }
        guard let workload else { return nil }
        var profile = WorkloadProfile(
            version: 1, name: name, description: description, region: region, hoursPerMonth: hours, workload: workload,
            options: options, prices: prices, budget: budget, requirements: requirements, sampling: sampling,
            fineTuning: fineTuning)
        profile.selected = selected
        profile.project = project ?? defaultProject
        return profile
    }

    func parseWorkload(_ cursor: YAMLCursor) -> Workload? {
        guard cursor.isMapping() else { return nil }
        cursor.checkKeys(ProfileKeys.Names.workload)
        let task = cursor.child("task").choice(TaskKind.self, optional: false)
        let useCase = cursor.child("use_case").choice(UseCase.self)
        let requests = parseRequests(cursor.child("requests"))
        let tokenRange = Fixed.zero...Limits.maxTokensPerRequest
        let input = cursor.child("input_tokens").number(in: tokenRange, optional: false)
        let output = cursor.child("output_tokens").number(in: tokenRange) ?? .zero
        let images = cursor.child("images").number(in: .zero...Limits.maxImagesPerRequest) ?? .zero
        let peak =
            cursor.child("peak_to_mean").number(
                in: Fixed.one...Limits.maxPeakToMean, why: "peak load cannot be below mean load") ?? Fixed(3)
        let shareRange = Fixed.zero...Fixed.one
        let cached =
            cursor.child("cached_input_share").number(in: shareRange, why: "a share is between 0 and 1") ?? .zero
        let cacheWrite =
            cursor.child("cache_write_share").number(in: shareRange, why: "a share is between 0 and 1") ?? .zero
        let batch = cursor.child("batch_share").number(in: shareRange, why: "a share is between 0 and 1") ?? .zero
        if cached + cacheWrite > .one {
            cursor.child("cache_write_share").error(
                .invalidValue,
                "cached_input_share + cache_write_share is \(cached + cacheWrite): together they cannot exceed 1")
        }
        let maxInput = cursor.child("max_input_tokens").number(in: Fixed.one...Limits.maxTokensPerRequest)
        let latency = cursor.child("latency_ms_per_token").number(in: Fixed(units: Fixed.scale / 10)...Fixed(100_000))
        let firstToken = cursor.child("time_to_first_token_ms").number(in: Fixed.one...Fixed(3_600_000))
        let headroom = cursor.child("headroom").number(in: .zero...Fixed(10), why: "a share: 0.2 is 20% spare capacity")
        let peakHoursCursor = cursor.child("peak_hours_per_day")
        let peakHours = peakHoursCursor.number(in: Fixed.one...Fixed(24), why: "a day has 24 hours")
        if let peakHours, peak * peakHours > Fixed(24) {
            peakHoursCursor.error(
                .invalidValue,
                "peak_to_mean \(peak) × \(peakHours) peak hours is more than a day's traffic (24 mean-hours): lower one of them"
            )
        }
        if task == .imageGeneration, images == .zero {
            cursor.child("images").error(
                .missingValue,
                "`task: image-generation` needs `images` (images generated per request, at least 1): image models bill per image"
            )
        }
        guard let task, let requests, let input else { return nil }
        var workload = Workload(
            task: task, useCase: useCase ?? UseCase.assumed(for: task), requests: requests, inputTokens: input,
            outputTokens: output, images: images, peakToMean: peak, cachedInputShare: cached,
            cacheWriteShare: cacheWrite,
            batchShare: batch, maxInputTokens: maxInput)
        workload.cacheLifetime = cursor.child("cache_ttl").choice(CacheLifetime.self) ?? .fiveMinutes
        workload.latencyMsPerToken = latency
        workload.timeToFirstTokenMs = firstToken
        if let headroom { workload.headroom = headroom }
        if let peakHours { workload.peakHoursPerDay = peakHours }
        return workload
    }

    func parseRequests(_ cursor: YAMLCursor) -> RequestRate? {
        // A bare number is the commonest slip: say which mapping it should be.
        if cursor.exists, cursor.node?.mapping == nil, let text = cursor.node?.scalar?.string,
            Fixed(text) != nil
        {
            cursor.error(
                .wrongType,
                "a request volume needs its period: write `{ per_month: \(text) }` (or per_day, per_hour, per_second)")
            return nil
        }
        guard cursor.isMapping() else { return nil }
        let periods = ProfileKeys.Names.requestPeriods
        cursor.checkKeys(ProfileKeys.Names.requests)
        let given = RequestRate.Period.allCases.filter { cursor.hasKey($0.rawValue) }
        guard given.count == 1, let period = given.first else {
            if given.isEmpty {
                cursor.error(.conflictingKeys, "give exactly one of \(periods.joined(separator: ", "))")
            } else {
                cursor.child(given[1].rawValue).error(
                    .conflictingKeys,
                    "give exactly one of \(periods.joined(separator: ", ")); found \(given.map(\.rawValue).joined(separator: " and "))"
                )
            }
            return nil
        }
        let maximum = ProfileKeys.maximumRequests(per: period)
        guard
            let count = cursor.child(period.rawValue).number(
                in: .zero...maximum, optional: false,
                why: "more than 10^9 requests a second is not a workload one account can run")
        else { return nil }
        return RequestRate(count, per: period)
    }

    /// An option with its `name:` (unique within the profile).
    mutating func parseOption(_ cursor: YAMLCursor) -> DeploymentOption? {
        guard var option = parseOptionBody(cursor) else { return nil }
        let nameCursor = cursor.child("name")
        guard let name = nameCursor.string() else { return option }
        if name.isEmpty || name.count > 100 {
            nameCursor.error(.invalidValue, "a name has 1 to 100 characters")
        } else if optionNames.contains(name) {
            nameCursor.error(.duplicateName, "'\(name)' names another option already; names must be unique")
        }
        optionNames.insert(name)
        switch option {
        case .bedrock(var bedrock):
            bedrock.name = name
            option = .bedrock(bedrock)
        case .jumpStart(var jumpStart):
            jumpStart.name = name
            option = .jumpStart(jumpStart)
        case .bedrockImport(var imported):
            imported.name = name
            option = .bedrockImport(imported)
        }
        return option
    }

    mutating func parseOptionBody(_ cursor: YAMLCursor) -> DeploymentOption? {
        guard cursor.isMapping() else { return nil }
        let kinds: [(key: String, keys: [String])] = [
            ("bedrock", Self.bedrockKeys), ("jumpstart", Self.jumpStartKeys), ("bedrock_import", Self.importKeys),
        ]
        let allKeys = Array(Set(kinds.flatMap(\.keys))).sorted()
        let given = kinds.filter { cursor.hasKey($0.key) }
        guard given.count == 1, let kind = given.first else {
            cursor.checkKeys(allKeys)
            if given.isEmpty {
                cursor.error(
                    .missingValue, "an option needs `bedrock: MODEL`, `jumpstart: MODEL` or `bedrock_import: MODEL`")
            } else {
                cursor.error(
                    .conflictingKeys,
                    "an option is one of `bedrock: MODEL`, `jumpstart: MODEL` or `bedrock_import: MODEL`; this one has \(given.map { "`\($0.key)`" }.joined(separator: " and "))"
                )
            }
            return nil
        }
        for other in kinds where other.key != kind.key {
            for key in other.keys where cursor.hasKey(key) && !kind.keys.contains(key) {
                cursor.child(key).error(.conflictingKeys, "applies to `\(other.key):` options only")
            }
        }
        cursor.checkKeys(allKeys)
        switch kind.key {
        case "bedrock": return parseBedrock(cursor)
        case "jumpstart": return parseJumpStart(cursor)
        default: return parseImport(cursor)
        }
    }

    mutating func parseImport(_ cursor: YAMLCursor) -> DeploymentOption? {
        let modelCursor = cursor.child("bedrock_import")
        guard let model = modelCursor.string(optional: false) else { return nil }
        references.append(NameReference(kind: .jumpStartModel, name: model, cursor: modelCursor))
        var option = BedrockImportOption(model: model)
        option.copies = cursor.child("copies").integer(in: 1...Limits.maxInstances)
        option.maxCopies = cursor.child("max_copies").integer(in: 1...Limits.maxInstances) ?? option.maxCopies
        if let copies = option.copies, cursor.hasKey("max_copies") {
            cursor.child("max_copies").error(
                .conflictingKeys, "`copies: \(copies)` fixes the count; drop one of copies and max_copies")
        }
        option.customModelUnits = cursor.child("custom_model_units").integer(in: 1...64)
        if let version = cursor.child("unit_version").string() { option.unitVersion = version }
        let fineTuned = cursor.child("fine_tuned")
        if let text = fineTuned.string() {
            if let value = Bool(text.lowercased()) {
                option.fineTuned = value
            } else {
                fineTuned.error(.wrongType, "expected true or false")
            }
        }
        return .bedrockImport(option)
    }

    mutating func parseBedrock(_ cursor: YAMLCursor) -> DeploymentOption? {
        let modelCursor = cursor.child("bedrock")
        guard let model = modelCursor.string(optional: false) else { return nil }
        references.append(NameReference(kind: .bedrockModel, name: model, cursor: modelCursor))
        let mode = cursor.child("mode").choice(BedrockOption.Mode.self) ?? .onDemand
        let modeKeys: [(key: String, modes: [BedrockOption.Mode])] = [
            ("model_units", [.provisioned]), ("tokens_per_minute_per_unit", [.provisioned]),
            ("commitment", [.provisioned, .reserved]), ("reserved_input_tpm", [.reserved]),
            ("reserved_output_tpm", [.reserved]),
        ]
        for (key, modes) in modeKeys where !modes.contains(mode) && cursor.hasKey(key) {
            cursor.child(key).error(
                .conflictingKeys,
                "applies only with \(modes.map { "`mode: \($0.rawValue)`" }.joined(separator: " or ")) (this option is \(mode.rawValue))"
            )
        }
        let givenUnits = cursor.child("model_units").integer(in: 1...Limits.maxModelUnits)
        let perUnit = cursor.child("tokens_per_minute_per_unit").number(in: Fixed.one...Fixed(1_000_000_000))
        let commitmentCursor = cursor.child("commitment")
        var commitment = BedrockOption.Commitment.assumed(in: mode)
        if let given = commitmentCursor.choice(BedrockOption.Commitment.self) {
            let offered = BedrockOption.Commitment.offered(in: mode)
            if offered.contains(given) {
                commitment = given
            } else if !offered.isEmpty {
                commitmentCursor.error(
                    .invalidValue,
                    "\(mode == .reserved ? "reserved capacity" : "provisioned throughput") is sold for \(BedrockOption.Commitment.offeredText(in: mode)), not \(given.rawValue)"
                )
            }
        }
        let endpoint = cursor.child("endpoint").choice(EndpointScope.self) ?? .regional
        let quality = cursor.child("image_quality").string()
        if let quality, !["standard", "premium"].contains(quality) {
            cursor.child("image_quality").error(
                .invalidValue,
                "unknown value '\(quality)'\(Suggestions.didYouMean(quality, among: ["standard", "premium"])); expected one of: standard, premium"
            )
        }
        let image = ImageRequest(
            premium: quality == "premium", size: cursor.child("image_size").choice(ImageRequest.Size.self) ?? .large,
            operation: cursor.child("image_operation").choice(ImageRequest.Operation.self) ?? .textToImage)
        var option = BedrockOption(
            model: model, mode: mode, modelUnits: givenUnits, commitment: commitment, endpoint: endpoint,
            image: image)
        option.tokensPerMinutePerUnit = perUnit
        option.reservedInputTPM = cursor.child("reserved_input_tpm").integer(in: 1_000...Limits.maxReservedTPM)
        option.reservedOutputTPM = cursor.child("reserved_output_tpm").integer(in: 1_000...Limits.maxReservedTPM)
        let tierCursor = cursor.child("service_tier")
        if let tier = tierCursor.choice(BedrockOption.ServiceTier.self) {
            if mode != .onDemand, tier != .standard {
                tierCursor.error(
                    .conflictingKeys, "applies to `mode: on-demand` only (this option is \(mode.rawValue))")
            }
            option.serviceTier = tier
        }
        return .bedrock(option)
    }

    mutating func parseJumpStart(_ cursor: YAMLCursor) -> DeploymentOption? {
        let modelCursor = cursor.child("jumpstart")
        guard let model = modelCursor.string(optional: false) else { return nil }
        references.append(NameReference(kind: .jumpStartModel, name: model, cursor: modelCursor))
        let instanceCursor = cursor.child("instance")
        let instance = instanceCursor.string()
        if let instance { references.append(NameReference(kind: .instance, name: instance, cursor: instanceCursor)) }
        let count = cursor.child("instances").integer(in: 1...Limits.maxInstances)
        let hours =
            cursor.child("hours_per_day").number(in: Fixed.one...Fixed(24), why: "a day has 24 hours") ?? Fixed(24)
        let days = cursor.child("days_per_week").number(in: Fixed.one...Fixed(7), why: "a week has 7 days") ?? Fixed(7)
        let precision = cursor.child("precision").choice(WeightPrecision.self)
        let minimum = cursor.child("min_instances").integer(in: 0...Limits.maxInstances)
        let maximum = cursor.child("max_instances").integer(in: 1...Limits.maxInstances)
        if count != nil, minimum != nil || maximum != nil {
            cursor.child(minimum != nil ? "min_instances" : "max_instances").error(
                .conflictingKeys,
                "`instances` fixes the count; drop it to autoscale between min_instances and max_instances")
        }
        if let minimum, let maximum, minimum > maximum {
            cursor.child("min_instances").error(
                .invalidValue, "min_instances \(minimum) is above max_instances \(maximum)")
        }
        var option = JumpStartOption(
            model: model, instance: instance, instances: count, hoursPerDay: hours, daysPerWeek: days,
            precision: precision)
        option.minInstances = minimum
        option.maxInstances = maximum
        switch parseSavingsPlan(cursor.child("savings_plan"), allowsNone: true) {
        case .absent: option.savingsPlan = profileSavingsPlan
        case .none: option.savingsPlan = nil
        case .plan(let purchase): option.savingsPlan = purchase
        }
        return .jumpStart(option)
    }

    /// What a `savings_plan` key says.
    enum SavingsPlanSetting {
        case absent
        /// `savings_plan: none` on an option: on demand, whatever the profile buys.
        case none
        case plan(SavingsPlanPurchase)
    }

    /// `savings_plan: {term, payment, discount_percent, instances}`, or `none` on an option.
    func parseSavingsPlan(_ cursor: YAMLCursor, allowsNone: Bool) -> SavingsPlanSetting {
        guard cursor.exists else { return .absent }
        if allowsNone, cursor.node?.mapping == nil, cursor.string() == "none" { return .none }
        guard cursor.isMapping() else { return .absent }
        cursor.checkKeys(ProfileKeys.Names.savingsPlan)
        guard let term = cursor.child("term").choice(SavingsPlan.Term.self, optional: false) else { return .absent }
        let payment = cursor.child("payment").choice(SavingsPlan.Payment.self) ?? .noUpfront
        let discount = cursor.child("discount_percent").number(
            in: Fixed.one...SavingsPlanPurchase.maximumDiscountPercent,
            why: "AWS states a Savings Plan saves up to 64% on SageMaker")
        let covered = cursor.child("instances").integer(in: 1...Limits.maxInstances)
        return .plan(
            SavingsPlanPurchase(
                plan: SavingsPlan(term: term, payment: payment), discountPercent: discount, coveredInstances: covered))
    }

    func parseRequirements(_ cursor: YAMLCursor) -> Requirements {
        var requirements = Requirements()
        guard cursor.isMapping(optional: true) else { return requirements }
        cursor.checkKeys(ProfileKeys.Names.requirements)
        for name in Requirements.flagNames {
            let child = cursor.child(name)
            guard child.exists else { continue }
            guard let text = child.string(),
                let value = Bool(text.lowercased()) ?? ["yes": true, "no": false][text.lowercased()]
            else {
                child.error(.wrongType, "expected true or false")
                continue
            }
            if value { requirements.set(name) }
        }
        if let fineTuning = cursor.child("needs_fine_tuning").choice(Requirements.FineTuning.self) {
            requirements.needsFineTuning = fineTuning
        }
        requirements.answerFormat = cursor.child("answer_format").choice(DecisionTables.AnswerFormat.self)
        requirements.quality = cursor.child("quality").choice(Requirements.Quality.self) ?? .standard
        return requirements
    }

    mutating func parseFineTuning(_ cursor: YAMLCursor) -> FineTuningPlan? {
        guard cursor.isMapping(optional: true) else { return nil }
        cursor.checkKeys(ProfileKeys.Names.fineTuning)
        guard let examples = cursor.child("examples").integer(in: 0...1_000_000_000, optional: false) else {
            return nil
        }
        var plan = FineTuningPlan(examples: examples)
        let baseCursor = cursor.child("base_model")
        if let base = baseCursor.string() {
            plan.baseModel = base
            references.append(NameReference(kind: .fineTuningBase, name: base, cursor: baseCursor))
        }
        for key in ["base_model", "sequence_length", "methods"] {
            fineTuningCursors["fine_tuning.\(key)"] = cursor.child(key)
        }
        fineTuningCursors["fine_tuning"] = cursor
        fineTuningCursors["fine_tuning.lora.targets"] = cursor.child("lora").child("targets")
        let bedrockCursor = cursor.child("bedrock_model")
        if let bedrock = bedrockCursor.string() {
            plan.bedrockModel = bedrock
            references.append(NameReference(kind: .bedrockModel, name: bedrock, cursor: bedrockCursor))
        }
        plan.tokensPerExample =
            cursor.child("tokens_per_example").number(in: Fixed.one...Limits.maxTokensPerRequest)
            ?? plan.tokensPerExample
        plan.epochs = cursor.child("epochs").integer(in: 1...100)
        if let sequence = cursor.child("sequence_length").integer(in: 1...1_048_576) {
            plan.sequenceLength = sequence
            plan.sequenceLengthGiven = true
        }
        let methodsCursor = cursor.child("methods")
        if methodsCursor.exists {
            let methods = methodsCursor.elements(optional: false).compactMap {
                $0.choice(FineTuningMethod.self, optional: false)
            }
            if methods.isEmpty {
                methodsCursor.error(.missingValue, "list at least one method")
            } else {
                plan.methods = methods
            }
        }
        let lora = cursor.child("lora")
        if lora.isMapping(optional: true) {
            lora.checkKeys(ProfileKeys.Names.lora)
            plan.loraRank = lora.child("rank").integer(in: 1...4096) ?? plan.loraRank
            let targets = lora.child("targets").elements().compactMap { $0.choice(LoRATarget.self, optional: false) }
            if !targets.isEmpty { plan.loraTargets = targets }
        }
        let freeze = cursor.child("freeze")
        if freeze.isMapping(optional: true) {
            freeze.checkKeys(ProfileKeys.Names.freeze)
            plan.trainableFraction =
                freeze.child("trainable_fraction").number(in: Fixed(units: 1)...Fixed.one, why: "a share of the layers")
                ?? plan.trainableFraction
        }
        let prompt = cursor.child("prompt_tuning")
        if prompt.isMapping(optional: true) {
            prompt.checkKeys(ProfileKeys.Names.promptTuning)
            plan.virtualTokens = prompt.child("virtual_tokens").integer(in: 1...100_000) ?? plan.virtualTokens
        }
        plan.domainShift = cursor.child("domain_shift").choice(FineTuningPlan.DomainShift.self) ?? plan.domainShift
        plan.serveMonths = cursor.child("serve_months").integer(in: 0...120) ?? plan.serveMonths
        let bytes = cursor.child("full_bytes_per_parameter")
        if let value = bytes.integer(in: 12...18) {
            if [12, 16, 18].contains(value) {
                plan.fullBytesPerParameter = value
            } else {
                bytes.error(.invalidValue, "use 12 (QLoRA paper), 16 (ZeRO) or 18 (Hugging Face docs)")
            }
        }
        let mfu = cursor.child("mfu")
        if mfu.isMapping(optional: true) {
            mfu.checkKeys(ProfileKeys.Names.mfu)
            for method in FineTuningMethod.allCases {
                if let value = mfu.child(method.rawValue).number(
                    in: Fixed(units: 10_000_000_000)...Fixed.one, why: "a utilisation between 0.01 and 1")
                {
                    plan.mfu[method] = value
                }
            }
        }
        let checkpointing = cursor.child("activation_checkpointing")
        if let text = checkpointing.string() {
            if let value = Bool(text.lowercased()) {
                plan.activationCheckpointing = value
            } else {
                checkpointing.error(.wrongType, "expected true or false")
            }
        }
        plan.microBatch = cursor.child("micro_batch").integer(in: 1...4096) ?? plan.microBatch
        plan.attention = cursor.child("attention").choice(AttentionImplementation.self) ?? plan.attention
        let instanceCursor = cursor.child("instance")
        if let instance = instanceCursor.string() {
            plan.instance = instance
            references.append(NameReference(kind: .instance, name: instance, cursor: instanceCursor))
        }
        plan.placement = cursor.child("placement").choice(TrainingPlacement.self)
        let rlhf = cursor.child("rlhf")
        if rlhf.isMapping(optional: true) {
            rlhf.checkKeys(ProfileKeys.Names.rlhf)
            let range = Fixed.one...Limits.maxParameters
            plan.criticParameters = rlhf.child("critic_parameters").number(in: range) ?? plan.criticParameters
            plan.rewardParameters = rlhf.child("reward_parameters").number(in: range) ?? plan.rewardParameters
        }
        let dpo = cursor.child("dpo")
        if dpo.isMapping(optional: true) {
            dpo.checkKeys(ProfileKeys.Names.dpo)
            plan.referenceParameters = dpo.child("reference_parameters").number(in: .zero...Limits.maxParameters)
        }
        return plan
    }

    func parseSampling(_ cursor: YAMLCursor) -> SamplingSettings? {
        guard cursor.isMapping(optional: true) else { return nil }
        cursor.checkKeys(ProfileKeys.Names.sampling)
        return SamplingSettings(
            temperature: cursor.child("temperature").number(
                in: .zero...Fixed(2), why: "Bedrock models accept 0–2 at most"),
            topP: cursor.child("top_p").number(in: .zero...Fixed.one, why: "a cumulative probability"),
            topK: cursor.child("top_k").integer(in: 0...1_000_000))
    }

    mutating func parsePrices(_ cursor: YAMLCursor) -> PriceAdjustments {
        guard cursor.isMapping(optional: true) else { return PriceAdjustments() }
        cursor.checkKeys(ProfileKeys.Names.prices)
        let discount = cursor.child("discount_percent").number(in: .zero...Fixed(100), why: "a percentage") ?? .zero
        var overrides: [PriceOverride] = []
        let priceRange = Fixed.zero...Limits.maxUSD
        for element in cursor.child("overrides").elements() {
            guard element.isMapping() else { continue }
            if element.hasKey("bedrock") {
                element.checkKeys(ProfileKeys.Names.bedrockOverride)
                let nameCursor = element.child("bedrock")
                guard let name = nameCursor.string(optional: false) else { continue }
                references.append(NameReference(kind: .overrideModel, name: name, cursor: nameCursor))
                let input = element.child("input_per_1k").number(in: priceRange)
                let output = element.child("output_per_1k").number(in: priceRange)
                let image = element.child("per_image").number(in: priceRange)
                let unit = element.child("per_model_unit_hour").number(in: priceRange)
                if input == nil, output == nil, image == nil, unit == nil {
                    element.error(
                        .missingValue,
                        "give at least one of input_per_1k, output_per_1k, per_image, per_model_unit_hour")
                    continue
                }
                var declared: DeclaredModel?
                if ["kind", "context_window", "max_output_tokens"].contains(where: element.hasKey) {
                    let kind = element.child("kind").choice(ModelKind.self) ?? .text
                    declared = DeclaredModel(
                        kind: kind, contextWindow: element.child("context_window").integer(in: 1...100_000_000),
                        maxOutputTokens: element.child("max_output_tokens").integer(in: 1...100_000_000))
                    declaredModels.append((name, nameCursor))
                }
                overrides.append(
                    .bedrock(
                        model: name, inputPer1K: input, outputPer1K: output, perImage: image, modelUnitPerHour: unit,
                        declared: declared))
            } else if element.hasKey("instance") {
                element.checkKeys(ProfileKeys.Names.instanceOverride)
                let nameCursor = element.child("instance")
                guard let name = nameCursor.string(optional: false) else { continue }
                references.append(NameReference(kind: .overrideInstance, name: name, cursor: nameCursor))
                guard let perHour = element.child("per_hour").number(in: priceRange, optional: false) else { continue }
                var declared: DeclaredInstance?
                if ["accelerator", "accelerators", "accelerator_memory_gb"].contains(where: element.hasKey) {
                    let accelerator = element.child("accelerator").string(optional: false)
                    let count = element.child("accelerators").integer(in: 1...64, optional: false)
                    let memory = element.child("accelerator_memory_gb").number(
                        in: Fixed.one...Fixed(100_000), optional: false)
                    if let accelerator, let count, let memory {
                        let hardware = DeclaredInstance(
                            accelerator: accelerator, acceleratorCount: count, memoryPerAcceleratorGB: memory)
                        declared = hardware
                        declaredInstances.append((name, nameCursor, element.child("accelerator"), hardware))
                    }
                }
                overrides.append(.instance(name: name, perHour: perHour, declared: declared))
            } else {
                element.checkKeys(ProfileKeys.Names.bedrockOverride + ProfileKeys.Names.instanceOverride)
                element.error(.missingValue, "an override needs `bedrock: MODEL` or `instance: TYPE`")
            }
        }
        return PriceAdjustments(discountPercent: discount, overrides: overrides)
    }
}
