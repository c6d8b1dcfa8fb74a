import PlannerCore
import Testing

@Suite("Guardrails")
struct GuardrailTests {
    let estimator = Estimator(catalog: fixtureCatalog)

    @Test(
        "the budget holds the cheapest priced, feasible option",
        arguments: [(Fixed(1_000), GuardrailResult.Status.pass), (Fixed(100), .fail)])
    func budget(limit: Fixed, expected: GuardrailResult.Status) throws {
        // Claude 3 Haiku at the default workload: $456.26 a month.
        let plan = profile([.bedrock(.init(model: "anthropic.claude-3-haiku"))]) {
            $0.budget = Budget(monthlyUSD: limit)
        }
        let results = GuardrailEvaluator().evaluate(estimator.estimate(plan), increase: nil)
        #expect(results.map(\.guardrail) == [.budget, .missingPrices, .feasibility])
        #expect(results.first?.status == expected)
    }

    @Test("an unpriced option fails missing-prices; another option that cannot serve warns on feasibility")
    func missingAndInfeasible() {
        let plan = profile(
            [
                .bedrock(.init(model: "amazon.titan-text-premier", mode: .provisioned)),  // no provisioned price
                .bedrock(.init(model: "amazon.titan-text-lite")),  // 4K window: 5,000 input tokens do not fit
                .bedrock(.init(model: "anthropic.claude-3-haiku")),
            ], input: 5000)
        let results = GuardrailEvaluator().evaluate(estimator.estimate(plan), increase: nil)
        #expect(results.first { $0.guardrail == .missingPrices }?.status == .fail)
        #expect(results.first { $0.guardrail == .feasibility }?.status == .warning)
        #expect(results.allSatisfy { $0.fails(failOnWarning: true) == ($0.status != .pass) })
    }

    @Test("feasibility fails when no option can serve, and when the selected one cannot")
    func feasibilityFails() throws {
        let lite = DeploymentOption.bedrock(.init(model: "amazon.titan-text-lite"))
        let none = profile([lite], input: 5000)
        #expect(
            GuardrailEvaluator().evaluate(estimator.estimate(none), increase: nil)
                .first { $0.guardrail == .feasibility }?.status == .fail)
        var chosen = profile([lite, .bedrock(.init(model: "anthropic.claude-3-haiku"))], input: 5000)
        chosen.selected = "bedrock:amazon.titan-text-lite:on-demand"
        let estimate = estimator.estimate(chosen)
        #expect(estimate.selected?.model == "amazon.titan-text-lite")
        let feasibility = try #require(
            GuardrailEvaluator().evaluate(estimate, increase: nil).first { $0.guardrail == .feasibility })
        #expect(feasibility.status == .fail && feasibility.message.hasPrefix("the selected option cannot serve"))
    }

    @Test("`selected` decides the budget: the deployed option is held to it, not the cheapest")
    func selectedBudget() throws {
        var haiku = BedrockOption(model: "anthropic.claude-3-haiku")
        haiku.name = "chat"
        // Claude 3 Haiku $456.25 against Nova Lite $98.55, with a $200 budget.
        var plan = profile([.bedrock(haiku), .bedrock(.init(model: "amazon.nova-lite"))]) {
            $0.budget = Budget(monthlyUSD: Fixed(200))
        }
        let byDefault = GuardrailEvaluator().evaluate(estimator.estimate(plan), increase: nil)
        #expect(byDefault.first?.status == .pass)
        #expect(byDefault.first?.message.hasPrefix("cheapest option $98.55/month within") == true)
        plan.selected = "chat"
        let estimate = estimator.estimate(plan)
        #expect(estimate.selected?.name == "chat" && estimate.selectionIsExplicit)
        let budget = try #require(GuardrailEvaluator().evaluate(estimate, increase: nil).first)
        #expect(budget.status == .fail)
        #expect(budget.message == "selected option $456.25/month exceeds the budget of $200.00")
    }

    @Test(
        "the increase check passes at or under the limit, fails over it, and passes without a baseline cost",
        arguments: [(Fixed?.some(Fixed(10)), GuardrailResult.Status.pass), (Fixed(25), .fail), (nil, .pass)])
    func increase(change: Fixed?, expected: GuardrailResult.Status) {
        let plan = profile([.bedrock(.init(model: "anthropic.claude-3-haiku"))])
        let results = GuardrailEvaluator().evaluate(
            estimator.estimate(plan), increase: .init(limitPercent: Fixed(10), changePercent: change))
        #expect(results.first { $0.guardrail == .maxIncrease }?.status == expected)
    }
}
