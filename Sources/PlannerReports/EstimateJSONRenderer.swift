import PlannerCore

/// The JSON view of estimates for tools: stable key order, money as exact decimal numbers.
struct EstimateJSONRenderer: Sendable {
    /// Bumped only for incompatible changes; added keys keep the version.
    static let schemaVersion = 1

    func render(_ estimates: [ProfileEstimate]) -> String {
        document(estimates).rendered()
    }

    /// The document as a value, for embedding in other reports.
    package func document(_ estimates: [ProfileEstimate]) -> JSONValue {
        .object([("schema_version", .number(Self.schemaVersion)), ("profiles", .array(estimates.map(profile)))])
    }

    func profile(_ estimate: ProfileEstimate) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(estimate.profileName)),
            ("description", .string(estimate.description)),
            ("region", .string(estimate.region)),
            ("hours_per_month", .number(estimate.hoursPerMonth)),
            ("requests_per_month", .number(estimate.requestsPerMonth)),
            (
                "pricing",
                .object([
                    ("snapshot", .string(estimate.snapshot)), ("date", .string(estimate.snapshotDate)),
                    ("origin", .string(estimate.snapshotOrigin)),
                    ("price_dates_from", .string(estimate.priceDates?.first)),
                    ("price_dates_to", .string(estimate.priceDates?.last)),
                ])
            ),
            ("sources", .array(EstimateWording.sources(estimate).map(\.json))),
            ("options_proposed", .bool(estimate.optionsProposed)),
            ("options", .array(estimate.options.map(option))),
            ("cheapest", .string(estimate.cheapest?.id)),
            ("selected", .string(estimate.selected?.id)),
            ("selection", .string(estimate.selectionIsExplicit ? "profile" : "cheapest feasible")),
        ]
        if let budget = estimate.budget {
            let cost = estimate.selected?.monthlyCost
            members.append(
                (
                    "budget",
                    .object([
                        ("monthly_usd", .number(budget.monthlyUSD)),
                        ("selected_within_budget", cost.map { .bool($0 <= budget.monthlyUSD) } ?? .null),
                    ])
                ))
        } else {
            members.append(("budget", .null))
        }
        members.append(("advice", estimate.advice.map(AdviceRendering.json) ?? .null))
        members.append(("warnings", .array(estimate.warnings.map { .string($0.description) })))
        return .object(members)
    }

    func option(_ option: OptionEstimate) -> JSONValue {
        .object([
            ("id", .string(option.id)),
            ("name", .string(option.name)),
            ("service", .string(option.service.rawValue)),
            ("mode", .string(option.mode.rawValue)),
            ("model", .string(option.model)),
            ("model_name", .string(option.modelName)),
            ("configuration", .string(option.configuration)),
            ("instance_type", .string(option.instanceType)),
            ("instance_count", option.instanceCount.map { .number($0) } ?? .null),
            (
                "monthly_cost",
                option.monthlyCost.map { .number($0) } ?? .null
            ),
            ("per_request_cost", option.perRequestCost.map { .number($0) } ?? .null),
            ("feasible", .bool(option.isFeasible)),
            ("serving", option.serving.map(serving) ?? .null),
            ("savings_plan", option.savingsPlan.map(savingsPlan) ?? .null),
            ("line_items", .array(option.lineItems.map(lineItem))),
            ("notes", .array(option.notes.map { .string(EstimateWording.note($0)) })),
            ("errors", .array(option.errors.map { .string($0.message) })),
            ("infeasible_reasons", .array(option.infeasibleReasons.map { .string($0.message) })),
        ])
    }

    /// A Savings Plan's terms and when it pays off.
    func savingsPlan(_ terms: SavingsPlanTerms) -> JSONValue {
        .object([
            ("term", .string(terms.plan.term.rawValue)), ("payment", .string(terms.plan.payment.rawValue)),
            ("plan_rate_per_hour", .number(terms.planRate)), ("on_demand_rate_per_hour", .number(terms.onDemandRate)),
            ("plan_rate_estimated", .bool(terms.estimated)), ("covered_instances", .number(terms.coveredInstances)),
            ("upfront_payment", .number(terms.upfrontPayment)),
            ("break_even_utilisation", .number(terms.breakEvenUtilisation)),
            ("utilisation", .number(terms.utilisation)),
        ])
    }

    /// One instance's predicted serving figures, rounded to 0.1 (they are estimates, not money).
    func serving(_ prediction: ServingPrediction) -> JSONValue {
        func number(_ value: Double?) -> JSONValue {
            value.map { .number(Fixed(approximating: $0).rounded(toDecimals: 1)) } ?? .null
        }
        return .object([
            ("tokens_per_second_per_instance", number(prediction.tokensPerSecond)),
            ("counts", .string(prediction.countsOutputTokens ? "output tokens" : "input tokens")),
            ("concurrency", .number(prediction.concurrency)),
            ("inter_token_latency_ms", number(prediction.interTokenLatencyMs)),
            ("time_to_first_token_ms", number(prediction.timeToFirstTokenMs)),
            ("basis", .string(prediction.basis)),
        ])
    }

    func lineItem(_ item: LineItem) -> JSONValue {
        .object([
            ("description", .string(item.description)),
            ("quantity", .number(item.quantity)),
            ("unit", .string(item.unit.rawValue)),
            ("unit_price", .number(item.unitPrice)),
            ("cost", .number(item.cost)),
            ("source", item.source.json),
            ("adjustment", .string(item.adjustment)),
        ])
    }
}
