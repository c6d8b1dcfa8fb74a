import PlannerCore

/// Renders fine-tuning comparisons as text, Markdown or JSON (the same content in each).
struct FineTuningRenderer: Sendable {

    /// The terminal's width: the text table wraps its method, data and instance columns and the
    /// details' notes wrap to it; nil for none.
    var width: Int?

    func text(_ comparisons: [FineTuningComparison]) -> String { comparisons.map(text).joined(separator: "\n") }

    func markdown(_ comparisons: [FineTuningComparison]) -> String {
        comparisons.map(markdown).joined(separator: "\n")
    }

    func json(_ comparisons: [FineTuningComparison]) -> String {
        JSONValue.object([
            ("schema_version", .number(EstimateJSONRenderer.schemaVersion)),
            ("profiles", .array(comparisons.map(json))),
        ]).rendered()
    }

    static func gb(_ value: Double?) -> String { value.map { EndpointSizing.format($0, 1) } ?? "—" }
    static func count(_ value: Double?) -> String {
        value.map { Fixed(approximating: $0).quantityText(maximumDecimals: 0) } ?? "—"
    }
    static func hours(_ value: Double?) -> String { value.map { EndpointSizing.format($0, 2) } ?? "—" }
    static func money(_ value: Fixed?) -> String { value?.dollars ?? "—" }

    func cells(_ row: FineTuningRow, months: Int) -> [String] {
        [
            row.methodName, row.service == .bedrock ? "Bedrock" : "JumpStart", row.servedOn.cell,
            row.dataFitMet ? "met" : "below",
            Self.count(row.trainableParameters),
            Self.gb(row.memory?.total), row.instanceType ?? "—", Self.hours(row.hours), Self.money(row.trainingCost),
            Self.money(row.monthlyStorageCost), Self.money(row.monthlyServingCost),
            Self.money(row.totalCost(months: months)),
        ]
    }

    /// `training: 0.53 × $13.12 per hour = $6.94 [S1, 2025-03]`.
    static func training(_ row: FineTuningRow) -> String? {
        row.trainingItem.map { "training: \(EstimateWording.lineItem($0)) [\(EstimateWording.source($0))]" }
    }

    static let headers = [
        "Method", "Trained on", "Served on", "Data", "Trainable params", "GB/GPU", "Instance", "Hours", "Training",
        "Storage/mo",
        "Serving/mo", "Total",
    ]

    func header(_ comparison: FineTuningComparison) -> String {
        let plan = comparison.plan
        return
            "\(comparison.baseModelName) (\(comparison.baseModel)); \(Fixed(plan.examples).quantityText()) examples × \(plan.tokensPerExample) tokens; sequence \(plan.sequenceLength); domain shift \(plan.domainShift.rawValue); total over \(plan.serveMonths) months"
    }

    func text(_ comparison: FineTuningComparison) -> String {
        let months = comparison.plan.serveMonths
        func paragraph(_ text: String, _ prefix: String = "", continuation: Int = 2) -> String {
            TextTable.paragraph(text, prefix: prefix, continuation: continuation, width: width)
        }
        var output = "\(comparison.profileName) — fine-tuning\n" + paragraph(header(comparison)) + "\n"
        var table = TextTable(
            headers: Self.headers,
            alignments: [.left, .left, .left, .left, .right, .right, .left, .right, .right, .right, .right, .right])
        table.rows = comparison.rows.map { cells($0, months: months) }
        table.wrapping = [0, 2, 3, 6]
        table.maxWidth = width
        output += table.render(indent: 0)
        output += "\n" + paragraph(comparison.recommendation, "Recommended: ")
        if let runnerUp = comparison.runnerUpReason { output += paragraph(runnerUp, "Runner-up: ") }
        output += "\nDetails\n"
        for row in comparison.rows {
            output +=
                "\n  \(row.methodName) (\(row.service == .bedrock ? "Bedrock" : "JumpStart"), served \(row.servedOn.words), \(row.epochs) epoch\(row.epochs == 1 ? "" : "s"))\n"
            output += paragraph(row.dataFit, "    data: ", continuation: 6)
            if let memory = row.memory {
                output += paragraph(
                    "weights \(Self.gb(memory.weights)) + gradients \(Self.gb(memory.gradients)) + optimizer \(Self.gb(memory.optimizer)) + activations \(Self.gb(memory.activations)) (\(Self.gb(memory.activationsWithoutCheckpointing)) without checkpointing) + overhead \(Self.gb(memory.overhead)) = \(Self.gb(memory.total)) GB",
                    "    memory per GPU: ", continuation: 6)
            }
            if let training = Self.training(row) { output += paragraph(training, "    ", continuation: 6) }
            for note in row.notes { output += paragraph(note.message, "    note: ", continuation: 6) }
            for error in row.errors { output += paragraph(error.message, "    error: ", continuation: 6) }
        }
        for warning in comparison.warnings { output += paragraph(warning.message, "warning: ") }
        return output
    }

    func markdown(_ comparison: FineTuningComparison) -> String {
        let months = comparison.plan.serveMonths
        var output =
            "## \(Markdown.text(comparison.profileName)) — fine-tuning\n\n\(Markdown.text(header(comparison)))\n\n"
        output += Markdown.table(
            headers: Self.headers, rightAligned: [4, 5, 7, 8, 9, 10, 11],
            rows: comparison.rows.map { cells($0, months: months).map(Markdown.cell) })
        output += "\n**Recommended:** \(Markdown.text(comparison.recommendation))\n"
        if let runnerUp = comparison.runnerUpReason { output += "\n**Runner-up:** \(Markdown.text(runnerUp))\n" }
        output += "\n<details><summary>Details</summary>\n\n"
        for row in comparison.rows {
            output +=
                "- **\(Markdown.text(row.methodName))** (\(row.service == .bedrock ? "Bedrock" : "JumpStart"), served \(row.servedOn.words)): \(Markdown.text(row.dataFit))\n"
            for note in [Self.training(row)].compactMap({ $0 }) + row.notes.map(\.message)
                + row.errors.map({ "error: \($0.message)" })
            {
                output += "  - \(Markdown.text(note))\n"
            }
        }
        output += "\n</details>\n"
        return output
    }

    func json(_ comparison: FineTuningComparison) -> JSONValue {
        let months = comparison.plan.serveMonths
        func number(_ value: Double?, _ digits: Int) -> JSONValue {
            value.map { .number(Fixed(approximating: $0).formatted(minimumDecimals: 0, maximumDecimals: digits)) }
                ?? .null
        }
        func money(_ value: Fixed?) -> JSONValue {
            value.map { .number($0) } ?? .null
        }
        let rows: [JSONValue] = comparison.rows.map { row in
            .object([
                ("method", .string(row.method)), ("service", .string(row.service.rawValue)),
                ("served_on", .string(row.servedOn.rawValue)), ("epochs", .number(row.epochs)),
                ("data_fit", .object([("met", .bool(row.dataFitMet)), ("note", .string(row.dataFit))])),
                ("trainable_parameters", number(row.trainableParameters, 0)),
                (
                    "memory_gb",
                    row.memory.map { memory in
                        .object([
                            ("weights", number(memory.weights, 3)), ("gradients", number(memory.gradients, 3)),
                            ("optimizer", number(memory.optimizer, 3)),
                            ("activations", number(memory.activations, 3)),
                            ("activations_without_checkpointing", number(memory.activationsWithoutCheckpointing, 3)),
                            ("overhead", number(memory.overhead, 3)), ("total", number(memory.total, 3)),
                            ("sharded_over", .number(memory.shardedOver)),
                            ("placement", .string(memory.placement.rawValue)),
                        ])
                    } ?? .null
                ),
                ("instance_type", .string(row.instanceType)),
                ("instance_count", row.instanceCount.map { .number($0) } ?? .null),
                ("training_tokens", .number(row.trainingTokens)), ("flops", number(row.flops, 0)),
                ("mfu", row.mfu.map { .number($0) } ?? .null), ("hours", number(row.hours, 3)),
                ("training_line_item", row.trainingItem.map(EstimateJSONRenderer().lineItem) ?? .null),
                ("training_cost", money(row.trainingCost)), ("monthly_storage_cost", money(row.monthlyStorageCost)),
                ("monthly_serving_cost", money(row.monthlyServingCost)),
                ("total_cost", money(row.totalCost(months: months))),
                ("notes", .array(row.notes.map { .string($0.message) })),
                ("errors", .array(row.errors.map { .string($0.message) })),
            ])
        }
        return .object([
            ("name", .string(comparison.profileName)), ("base_model", .string(comparison.baseModel)),
            ("bedrock_model", .string(comparison.bedrockModel)), ("serve_months", .number(months)),
            ("fine_tuning", .array(rows)),
            (
                "recommended",
                comparison.recommended.map {
                    .object([
                        ("method", .string($0.method)), ("service", .string($0.service.rawValue)),
                        ("served_on", .string(comparison.recommendedServing?.rawValue)),
                        ("reason", .string(comparison.recommendation)),
                    ])
                } ?? .null
            ),
            (
                "runner_up",
                comparison.runnerUp.map {
                    .object([
                        ("method", .string($0.method)), ("service", .string($0.service.rawValue)),
                        ("reason", .string(comparison.runnerUpReason)),
                    ])
                } ?? .null
            ),
            ("warnings", .array(comparison.warnings.map { .string($0.message) })),
        ])
    }
}
