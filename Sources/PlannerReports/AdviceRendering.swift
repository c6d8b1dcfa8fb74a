import PlannerCore

/// The advisor's decisions as lines of text (shared by text and Markdown) and as JSON.
enum AdviceRendering {
    /// One line per decision, each ending with the table row that fired in brackets.
    static func lines(_ advice: Advice) -> [String] {
        var lines: [String] = []
        let architecture = advice.architecture
        let examples = architecture.examples.isEmpty ? "" : " (e.g. \(architecture.examples.joined(separator: ", ")))"
        lines.append(
            "architecture: \(architecture.architecture.rawValue)\(examples): \(architecture.reason) [\(architecture.rule)]"
        )
        let service = advice.service
        lines.append("service: \(serviceName(service.service)): \(service.reason) [\(service.rule)]")
        if let conflict = service.conflict {
            var costs: [String] = []
            if let bedrock = service.cheapestBedrock {
                costs.append("Bedrock \(bedrock.cost.dollars)/month (\(bedrock.id))")
            }
            if let jumpStart = service.cheapestJumpStart {
                costs.append("JumpStart \(jumpStart.cost.dollars)/month (\(jumpStart.id))")
            }
            lines.append(
                "  conflict: \(conflict)" + (costs.isEmpty ? "" : "; both costs: " + costs.joined(separator: " vs ")))
        }
        let model = advice.model
        let chosen = model.chosen.map { "\(model.chosenName ?? $0) (\($0))" } ?? "none"
        lines.append("model: \(model.family) → \(chosen): \(model.reason) [\(model.rule)]")
        if let open = model.jumpStart {
            lines.append("  on JumpStart, for the \(advice.architecture.architecture.rawValue) architecture: \(open)")
        } else {
            lines.append(
                "  on JumpStart: no \(advice.architecture.architecture.rawValue) model of the tables fits this workload"
            )
        }
        if let sampling = advice.sampling {
            lines.append(
                "sampling (\(sampling.useCase.rawValue)): temperature \(sampling.temperature.text), top_p \(sampling.topP.text), top_k \(sampling.topK.text); recommended \(sampling.recommendation) [\(sampling.rule)]"
            )
            for flag in sampling.flags { lines.append("  outside the table: \(flag)") }
        } else {
            lines.append("sampling: does not apply to \(advice.task.rawValue) (no text is generated)")
        }
        for limit in advice.limits { lines.append("limits: \(limit)") }
        if let fineTuning = advice.fineTuning {
            let method = fineTuning.name.map { "\($0): " } ?? ""
            let rule = fineTuning.rule.isEmpty ? "" : " [\(fineTuning.rule)]"
            lines.append("fine-tuning: \(method)\(fineTuning.reason)\(rule)")
        }
        return lines
    }

    static func serviceName(_ service: HostingService) -> String {
        service == .bedrock ? "Amazon Bedrock" : "SageMaker JumpStart"
    }

    static func range(_ range: DecisionTables.Range) -> JSONValue {
        .object([
            ("min", .number(range.minimum)), ("max", range.maximum.map { .number($0) } ?? .null),
            ("recommended", .number(range.recommended)),
        ])
    }

    /// The advice as a JSON object.
    package static func json(_ advice: Advice) -> JSONValue {
        func cheapest(_ pair: (id: String, cost: Fixed)?) -> JSONValue {
            guard let pair else { return .null }
            return .object([
                ("id", .string(pair.id)),
                ("monthly_cost", .number(pair.cost)),
            ])
        }
        return .object([
            ("task", .string(advice.task.rawValue)),
            (
                "architecture",
                .object([
                    ("value", .string(advice.architecture.architecture.rawValue)),
                    ("examples", .array(advice.architecture.examples.map { .string($0) })),
                    ("reason", .string(advice.architecture.reason)), ("rule", .string(advice.architecture.rule)),
                ])
            ),
            (
                "service",
                .object([
                    ("value", .string(advice.service.service.rawValue)), ("reason", .string(advice.service.reason)),
                    ("rule", .string(advice.service.rule)),
                    (
                        "rules",
                        .array(
                            advice.service.votes.map {
                                .object([
                                    ("requirement", .string($0.requirement)), ("service", .string($0.service.rawValue)),
                                    ("rule", .string($0.rule)),
                                ])
                            })
                    ),
                    ("conflict", .string(advice.service.conflict)),
                    ("cheapest_bedrock", cheapest(advice.service.cheapestBedrock)),
                    ("cheapest_jumpstart", cheapest(advice.service.cheapestJumpStart)),
                ])
            ),
            (
                "model",
                .object([
                    ("need", .string(advice.model.need)), ("family", .string(advice.model.family)),
                    ("chosen", .string(advice.model.chosen)),
                    ("name", .string(advice.model.chosenName)), ("reason", .string(advice.model.reason)),
                    ("rule", .string(advice.model.rule)),
                    (
                        "candidates",
                        .array(
                            advice.model.candidates.map {
                                .object([
                                    ("id", .string($0.id)), ("status", .string($0.status.description)),
                                    (
                                        "monthly_cost",
                                        $0.monthlyCost.map {
                                            .number($0)
                                        } ?? .null
                                    ),
                                ])
                            })
                    ),
                    ("jumpstart", .string(advice.model.jumpStart)),
                ])
            ),
            (
                "sampling",
                advice.sampling.map { sampling in
                    .object([
                        ("use_case", .string(sampling.useCase.rawValue)),
                        ("temperature", range(sampling.temperature)),
                        ("top_p", range(sampling.topP)), ("top_k", range(sampling.topK)),
                        ("rule", .string(sampling.rule)),
                        ("flags", .array(sampling.flags.map { .string($0) })),
                    ])
                } ?? .null
            ),
            ("limits", .array(advice.limits.map { .string($0) })),
            (
                "fine_tuning",
                advice.fineTuning.map { fineTuning in
                    .object([
                        ("examples", .number(fineTuning.examples)), ("method", .string(fineTuning.method)),
                        ("reason", .string(fineTuning.reason)),
                        ("rule", .string(fineTuning.rule)), ("label", .string("rule of thumb")),
                        ("evidence", .array(fineTuning.evidence.map { .string($0) })),
                    ])
                } ?? .null
            ),
        ])
    }
}

/// Output of `genai-plan advise`: advice alone, for profiles or quick mode.
extension AdviceRendering {
    static func json(_ items: [TitledAdvice]) -> String {
        JSONValue.object([
            ("schema_version", .number(EstimateJSONRenderer.schemaVersion)),
            (
                "advice",
                .array(
                    items.map { .object([("name", .string($0.title)), ("advice", AdviceRendering.json($0.advice))]) })
            ),
        ]).rendered()
    }

    static func text(_ items: [TitledAdvice]) -> String {
        items.map { item in
            "\(item.title)\n" + AdviceRendering.lines(item.advice).map { "  " + $0 }.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    static func markdown(_ items: [TitledAdvice]) -> String {
        items.map { item in
            "## \(Markdown.text(item.title))\n\n"
                + AdviceRendering.lines(item.advice).map { line in
                    line.hasPrefix("  ")
                        ? "  - " + Markdown.text(String(line.dropFirst(2))) : "- " + Markdown.text(line)
                }.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }
}
