import PlannerCore

/// The report as one stable, versioned JSON document: everything the Markdown shows, and the next baseline.
struct ReportJSONRenderer: Sendable {

    /// The document, its profiles (the bulk) built and written on every core, each freed where it
    /// was made; the bytes are those of `document(report).rendered()`.
    func render(_ report: ReviewReport) -> String {
        let head = document(report, profiles: false).renderedBytes(indent: 0)
        // `document` ends with `"profiles": []` and the closing brace.
        let end = Array("[]\n}".utf8)
        guard head.count > end.count, Array(head.suffix(end.count)) == end, !report.profiles.isEmpty else {
            return document(report).rendered()
        }
        let parts = report.profiles.parallelMap { profile($0).renderedBytes(indent: 2) }
        var output = Array(head.dropLast(end.count))
        output.reserveCapacity(output.count + parts.reduce(0) { $0 + $1.count + 8 } + 8)
        output.append(contentsOf: "[\n".utf8)
        for (index, part) in parts.enumerated() {
            output.append(contentsOf: "    ".utf8)
            output.append(contentsOf: part)
            output.append(contentsOf: index == parts.count - 1 ? "\n".utf8 : ",\n".utf8)
        }
        output.append(contentsOf: "  ]\n}\n".utf8)
        return String(decoding: output, as: UTF8.self)
    }

    static func money(_ value: Fixed?) -> JSONValue {
        value.map { .number($0) } ?? .null
    }

    /// A project's (or the overall) total of the selected options.
    static func total(_ total: ProjectTotal) -> JSONValue {
        .object([
            ("project", .string(total.project)), ("profiles", .array(total.profiles.map { .string($0) })),
            ("monthly_cost", .number(total.monthly)), ("complete", .bool(total.isComplete)),
            ("missing", .array(total.missing.map { .string($0) })), ("before", money(total.before)),
            ("delta", money(total.delta)), ("percent", total.percent.map { .number($0) } ?? .null),
        ])
    }

    /// One profile's entry of `profiles`.
    func profile(_ item: ProfileReport) -> JSONValue {
        .object([
            ("name", .string(item.estimate.profileName)), ("path", .string(item.path)),
            ("project", .string(item.project)),
            ("estimate", EstimateJSONRenderer().profile(item.estimate)),
            ("break_even", item.breakEven.map { BreakEvenRenderer().json($0) } ?? .null),
            ("fine_tuning", item.fineTuning.map { FineTuningRenderer().json($0) } ?? .null),
        ])
    }

    /// The whole document; without `profiles`, its `profiles` is empty.
    package func document(_ report: ReviewReport, profiles: Bool = true) -> JSONValue {
        let summary: [JSONValue] = report.profiles.map { item in
            let name = item.estimate.profileName
            return .object([
                ("profile", .string(name)), ("project", .string(item.project)),
                ("selected", .string(item.estimate.selected?.id)),
                ("cheapest", .string(item.estimate.cheapest?.id)),
                ("monthly_cost", Self.money(item.estimate.selected?.monthlyCost)),
                ("change_percent", report.baseline?.selectedChangePercent(name).map { .number($0) } ?? .null),
                ("budget", .string(ReportWording.budgetStatus(report, name))),
            ])
        }
        var baseline: JSONValue = .null
        if let comparison = report.baseline {
            baseline = .object([
                ("pricing_change", .string(comparison.pricingChange)),
                ("added_profiles", .array(comparison.addedProfiles.map { .string($0) })),
                ("removed_profiles", .array(comparison.removedProfiles.map { .string($0) })),
                (
                    "changes",
                    .array(
                        comparison.changes.map { change in
                            .object([
                                ("profile", .string(change.profile)), ("option", .string(change.option)),
                                ("before", Self.money(change.before)),
                                ("after", Self.money(change.after)), ("delta", Self.money(change.delta)),
                                ("percent", change.percent.map { .number($0) } ?? .null),
                                ("added", .bool(change.added)), ("removed", .bool(change.removed)),
                            ])
                        })
                ),
            ])
        }
        return .object([
            ("schema_version", .number(EstimateJSONRenderer.schemaVersion)),
            ("generated_at", .string(report.generatedAt)),
            ("tool_version", .string(report.toolVersion)),
            ("summary", .array(summary)),
            (
                "guardrails",
                .array(
                    report.guardrails.map {
                        .object([
                            ("profile", .string($0.profile)), ("name", .string($0.name)),
                            ("status", .string($0.status.rawValue)), ("message", .string($0.message)),
                        ])
                    })
            ),
            ("totals", .array(report.projectTotals.map(Self.total))),
            ("total", report.overallTotal.map(Self.total) ?? .null),
            ("baseline", baseline),
            ("baseline_note", .string(report.baselineNote)),
            (
                "failed_profiles",
                .array(
                    report.failedProfiles.map { failed in
                        .object([
                            ("path", .string(failed.path)), ("project", .string(failed.project)),
                            ("diagnostics", .array(failed.diagnostics.map { .string($0) })),
                        ])
                    })
            ),
            ("profiles", .array(profiles ? report.profiles.parallelMap(profile) : [])),
        ])
    }
}
