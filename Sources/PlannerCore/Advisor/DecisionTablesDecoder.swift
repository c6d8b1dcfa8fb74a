/// Reads and validates `decision-tables.json`: every task, use case and need covered, ranges
/// well-formed, requirements known. All problems are reported together.
package enum DecisionTablesDecoder {
    package static let fileName = "decision-tables.json"

    package static func decode(_ bytes: [UInt8], file: String = fileName) throws(CatalogError) -> DecisionTables {
        let problems = ProblemList()
        let root: JSONCursor
        do {
            root = JSONCursor(value: try JSONParser.parse(bytes), file: file, problems: problems)
        } catch {
            throw CatalogError(
                problems: [CatalogProblem(file: file, path: "", message: "invalid JSON at \(error)")],
                subject: "the decision tables")
        }
        root.checkKeys([
            "schema_version", "source", "notes", "architectures", "sampling", "recommended_value", "services",
            "default_service",
            "bedrock_models", "task_needs", "requirement_needs", "jumpstart_models", "fine_tuning_data",
            "fine_tuning_evidence",
        ])
        if let version = root.child("schema_version").int(), version != 1 {
            root.child("schema_version").report("this version of genai-plan reads schema_version 1, found \(version)")
        }

        func architectureRule(_ cursor: JSONCursor, nested: Bool) -> DecisionTables.ArchitectureRule? {
            cursor.checkKeys(
                nested
                    ? ["architecture", "examples", "why", "seed", "basis"]
                    : ["task", "architecture", "examples", "why", "seed", "basis", "by_answer_format"])
            guard let name = cursor.child("architecture").string(), let why = cursor.child("why").string()
            else { return nil }
            let architecture = ModelArchitecture(rawValue: name)
            if name != "either", architecture == nil {
                cursor.child("architecture").report("unknown architecture '\(name)'")
            }
            let seed = cursor.child("seed").string(optional: true)
            let basis = cursor.child("basis").string(optional: true)
            if seed == nil, basis == nil {
                cursor.report("a row needs the `seed` row it implements, or a `basis` when the seed has none")
            }
            var byFormat: [DecisionTables.AnswerFormat: DecisionTables.ArchitectureRule] = [:]
            if !nested, cursor.child("by_answer_format").exists {
                for (key, child) in cursor.child("by_answer_format").members() {
                    guard let format = DecisionTables.AnswerFormat(rawValue: key) else {
                        child.report("unknown answer format '\(key)'")
                        continue
                    }
                    byFormat[format] = architectureRule(child, nested: true)
                }
            }
            if name == "either", byFormat.count != DecisionTables.AnswerFormat.allCases.count {
                cursor.report("an `either` row needs `by_answer_format` for extracted and generated")
            }
            return DecisionTables.ArchitectureRule(
                architecture: architecture ?? .decoderOnly, examples: cursor.child("examples").strings(), why: why,
                seed: seed,
                basis: basis,
                byAnswerFormat: byFormat)
        }

        var architectures: [TaskKind: DecisionTables.ArchitectureRule] = [:]
        for row in root.child("architectures").elements() {
            guard let task = row.child("task").enumValue(TaskKind.self), let rule = architectureRule(row, nested: false)
            else { continue }
            if architectures[task] != nil { row.report("task '\(task.rawValue)' has two rows") }
            architectures[task] = rule
        }
        for task in TaskKind.allCases where architectures[task] == nil {
            root.child("architectures").report("no row for task '\(task.rawValue)'")
        }

        func range(_ cursor: JSONCursor, whole: Bool) -> DecisionTables.Range? {
            cursor.checkKeys(["min", "max", "recommended"])
            guard let minimum = cursor.child("min").fixed(), let recommended = cursor.child("recommended").fixed()
            else { return nil }
            let maximum = cursor.child("max").fixed(optional: true)
            let result = DecisionTables.Range(minimum: minimum, maximum: maximum, recommended: recommended)
            if let maximum, maximum < minimum { cursor.report("max is below min") }
            if !result.contains(recommended) {
                cursor.child("recommended").report("recommended \(recommended) is outside \(result.text)")
            }
            if whole, !(minimum.isInteger && recommended.isInteger && (maximum?.isInteger ?? true)) {
                cursor.report("top-k values are whole numbers")
            }
            return result
        }
        var sampling: [UseCase: DecisionTables.SamplingRule] = [:]
        for row in root.child("sampling").elements() {
            row.checkKeys(["use_case", "temperature", "top_p", "top_k", "seed"])
            guard let useCase = row.child("use_case").enumValue(UseCase.self),
                let temperature = range(row.child("temperature"), whole: false),
                let topP = range(row.child("top_p"), whole: false), let topK = range(row.child("top_k"), whole: true),
                let seed = row.child("seed").string()
            else { continue }
            if topP.maximum.map({ $0 > .one }) ?? true { row.child("top_p").report("top-p is at most 1") }
            sampling[useCase] = DecisionTables.SamplingRule(
                temperature: temperature, topP: topP, topK: topK, seed: seed)
        }
        for useCase in UseCase.allCases where sampling[useCase] == nil {
            root.child("sampling").report("no row for use case '\(useCase.rawValue)'")
        }

        func serviceRule(_ row: JSONCursor, requirement: String?) -> DecisionTables.ServiceRule? {
            row.checkKeys(["requirement", "service", "seed", "also", "why"])
            guard let service = row.child("service").enumValue(HostingService.self),
                let seed = row.child("seed").string()
            else { return nil }
            return DecisionTables.ServiceRule(
                requirement: requirement ?? "", service: service, seed: seed,
                also: row.child("also").string(optional: true))
        }
        var services: [DecisionTables.ServiceRule] = []
        for row in root.child("services").elements() {
            guard let requirement = row.child("requirement").string() else { continue }
            if !Requirements.ruleNames.contains(requirement) {
                row.child("requirement").report(
                    "unknown requirement '\(requirement)'\(Suggestions.didYouMean(requirement, among: Requirements.ruleNames))"
                )
            }
            if let rule = serviceRule(row, requirement: requirement) { services.append(rule) }
        }
        let defaultCursor = root.child("default_service")
        let defaultService = serviceRule(defaultCursor, requirement: nil)

        var models: [String: DecisionTables.ModelRule] = [:]
        for row in root.child("bedrock_models").elements() {
            row.checkKeys(["need", "family", "provider", "seed", "candidates", "tiers"])
            guard let need = row.child("need").string(), let family = row.child("family").string(),
                let provider = row.child("provider").string(), let seed = row.child("seed").string()
            else { continue }
            let candidates = row.child("candidates").strings()
            if candidates.isEmpty { row.child("candidates").report("needs at least one Bedrock model id") }
            var rule = DecisionTables.ModelRule(
                need: need, family: family, provider: provider, seed: seed, candidates: candidates)
            for (key, tier) in row.child("tiers").members() {
                guard let quality = Requirements.Quality(rawValue: key) else {
                    tier.report("unknown quality tier '\(key)'; expected basic, standard or best")
                    continue
                }
                let ids = tier.strings()
                for id in ids where !candidates.contains(id) { tier.report("'\(id)' is not a candidate of the row") }
                rule.tiers[quality] = ids
            }
            models[need] = rule
        }
        var taskNeeds: [TaskKind: String] = [:]
        var taskNeedBasis: [TaskKind: String] = [:]
        for (key, cursor) in root.child("task_needs").members() {
            guard let task = TaskKind(rawValue: key) else {
                cursor.report(
                    "unknown task '\(key)'\(Suggestions.didYouMean(key, among: TaskKind.allCases.map(\.rawValue)))")
                continue
            }
            // A string: the seed's own row; an object: a derived need with its basis.
            let need: String?
            if case .object = cursor.value {
                cursor.checkKeys(["need", "basis"])
                need = cursor.child("need").string()
                taskNeedBasis[task] = cursor.child("basis").string()
            } else {
                need = cursor.string()
            }
            guard let need else { continue }
            if models[need] == nil { cursor.report("no bedrock_models row for need '\(need)'") }
            taskNeeds[task] = need
        }
        for task in TaskKind.allCases where taskNeeds[task] == nil {
            root.child("task_needs").report("no need for task '\(task.rawValue)'")
        }
        var requirementNeeds: [(requirement: String, need: String)] = []
        for (key, cursor) in root.child("requirement_needs").members() {
            if !Requirements.flagNames.contains(key) { cursor.report("unknown requirement '\(key)'") }
            guard let need = cursor.string() else { continue }
            if models[need] == nil { cursor.report("no bedrock_models row for need '\(need)'") }
            requirementNeeds.append((key, need))
        }
        var jumpStartModels: [ModelArchitecture: [String]] = [:]
        for (key, cursor) in root.child("jumpstart_models").members() {
            guard let architecture = ModelArchitecture(rawValue: key) else {
                cursor.report("unknown architecture '\(key)'")
                continue
            }
            jumpStartModels[architecture] = cursor.strings()
        }
        for architecture in [ModelArchitecture.encoderOnly, .decoderOnly, .encoderDecoder, .diffusion]
        where jumpStartModels[architecture] == nil {
            root.child("jumpstart_models").report("no JumpStart models for '\(architecture.rawValue)'")
        }
        var fineTuning: [DecisionTables.FineTuningRow] = []
        for row in root.child("fine_tuning_data").elements() {
            row.checkKeys(["method", "name", "minimum_examples", "data", "compute", "when", "seed"])
            guard let method = row.child("method").string(), let name = row.child("name").string(),
                let minimum = row.child("minimum_examples").int(), let data = row.child("data").string(),
                let compute = row.child("compute").string(), let when = row.child("when").string(),
                let seed = row.child("seed").string()
            else { continue }
            fineTuning.append(
                .init(
                    method: method, name: name, minimumExamples: minimum, data: data, compute: compute, when: when,
                    seed: seed))
        }
        if fineTuning.isEmpty { root.child("fine_tuning_data").report("needs at least one row") }

        guard problems.problems.isEmpty, let defaultService else {
            throw CatalogError(problems: problems.problems, subject: "the decision tables")
        }
        var tables = DecisionTables(
            source: root.child("source").string() ?? "", architectures: architectures, sampling: sampling,
            recommendedValue: root.child("recommended_value").string() ?? "", services: services,
            defaultService: defaultService,
            defaultServiceWhy: defaultCursor.child("why").string(optional: true) ?? "", models: models,
            taskNeeds: taskNeeds,
            requirementNeeds: requirementNeeds, jumpStartModels: jumpStartModels,
            fineTuning: fineTuning.sorted { $0.minimumExamples > $1.minimumExamples },
            fineTuningEvidence: root.child("fine_tuning_evidence").strings())
        tables.taskNeedBasis = taskNeedBasis
        return tables
    }
}
