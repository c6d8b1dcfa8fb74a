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

    @Test("an unpriced option fails missing-prices; an option that cannot serve warns on feasibility")
    func missingAndInfeasible() {
        let plan = profile(
            [
                .bedrock(.init(model: "amazon.titan-text-premier", mode: .provisioned)),  // no provisioned price
                .bedrock(.init(model: "amazon.titan-text-lite")),  // 4K window: 5,000 input tokens do not fit
            ], input: 5000)
        let results = GuardrailEvaluator().evaluate(estimator.estimate(plan), increase: nil)
        #expect(results.first { $0.guardrail == .missingPrices }?.status == .fail)
        #expect(results.first { $0.guardrail == .feasibility }?.status == .warning)
        #expect(results.allSatisfy { $0.fails(failOnWarning: true) == ($0.status != .pass) })
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
