import PlannerCore
import Testing

@Suite("Cost functions")
struct CostFunctionTests {
    let estimator = Estimator(catalog: fixtureCatalog)

    static let options: [DeploymentOption] = [
        .bedrock(.init(model: "anthropic.claude-3-haiku")),
        .bedrock(.init(model: "meta.llama3-1-8b-instruct", mode: .batch)),
        .bedrock(.init(model: "amazon.titan-text-express", mode: .provisioned, modelUnits: 2, commitment: .sixMonth)),
        .jumpStart(.init(model: "meta-textgeneration-llama-3-8b-instruct", instance: "ml.g5.2xlarge", instances: 2)),
        .jumpStart(.init(model: "meta-textgeneration-llama-2-7b-f", instance: "ml.g5.12xlarge")),
        .jumpStart(
            .init(model: "meta-textgeneration-llama-3-1-8b-instruct", hoursPerDay: Fixed(10), daysPerWeek: Fixed(5))),
    ]

    @Test(
        "at the profile's volume it matches the itemised estimate (to 10⁻⁶ USD, the rounding inside exact products)",
        arguments: options)
    func matchesEstimate(option: DeploymentOption) throws {
        for perDay in [100, 20_000, 1_000_000] {
            let plan = profile([option], requests: RequestRate(Fixed(perDay), per: .day))
            let itemised = try #require(estimator.estimate(plan).options.first)
            let function = try #require(estimator.costFunction(option, in: plan))
            let exact = itemised.lineItems.reduce(Fixed.zero) { $0 + $1.quantity * $1.unitPrice }
            let cost = function.monthlyCost(requests: itemised.requestsPerMonth)
            let tolerance = Fixed(units: Fixed.scale / 1_000_000)  // 1e-6 USD: rounding inside exact products
            #expect(cost - exact <= tolerance && exact - cost <= tolerance, "\(perDay)/day: \(cost) vs \(exact)")
            if let count = itemised.instanceCount, let tier = function.tiers.first, tier.requestsPerInstance != nil {
                #expect(tier.instances(requests: itemised.requestsPerMonth) == count)
            }
        }
    }

    @Test("per-token options are linear, fixed ones flat, sized endpoints step")
    func shapes() throws {
        let plan = profile([])
        let tokens = try #require(estimator.costFunction(Self.options[0], in: plan))
        #expect(tokens.monthlyCost(requests: Fixed(2000)) == tokens.monthlyCost(requests: Fixed(1000)) * 2)
        let provisioned = try #require(estimator.costFunction(Self.options[2], in: plan))
        #expect(provisioned.monthlyCost(requests: .zero) == provisioned.monthlyCost(requests: Fixed(1_000_000_000)))
        #expect(provisioned.monthlyCost(requests: .zero) == dec("21608"))  // 2 × $14.80 × 730 h
        let sized = try #require(estimator.costFunction(Self.options[4], in: plan))
        let capacity = try #require(sized.tiers.first?.requestsPerInstance)
        #expect(sized.monthlyCost(requests: capacity) == dec("5175.7"))  // one ml.g5.12xlarge: $7.09 × 730 h
        #expect(sized.monthlyCost(requests: capacity + Fixed(1)) == dec("10351.4"))
    }
}
