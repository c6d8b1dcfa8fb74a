import Foundation
import PlannerCore
import PlannerPricing
import Testing

/// SageMaker Savings Plans priced from first principles. The bundled snapshot has no published plan
/// rate (AWS's Savings Plans offer is read by a refresh), so these plans use a quoted discount: 30%
/// off ml.g5.2xlarge's $1.515 an hour in us-east-1 is $1.0605.
@Suite("SageMaker Savings Plans")
struct SavingsPlanTests {
    static let llama = "meta-textgeneration-llama-3-1-8b-instruct"

    func option(
        _ payment: SavingsPlan.Payment = .noUpfront, discount: Int? = 30, instances: Int? = 2, covered: Int? = nil,
        configure: (inout JumpStartOption) -> Void = { _ in }
    ) -> DeploymentOption {
        var option = JumpStartOption(model: Self.llama, instance: "ml.g5.2xlarge", instances: instances)
        option.savingsPlan = SavingsPlanPurchase(
            plan: SavingsPlan(term: .oneYear, payment: payment), discountPercent: discount.map { Fixed($0) },
            coveredInstances: covered)
        configure(&option)
        return .jumpStart(option)
    }

    func estimate(_ options: [DeploymentOption], configure: (inout WorkloadProfile) -> Void = { _ in }) throws
        -> ProfileEstimate
    {
        let plan = profile(
            options, requests: RequestRate(Fixed(1000), per: .day), input: 500, output: 100, configure: configure)
        return Estimator(catalog: try CatalogLoader.embedded()).estimate(plan)
    }

    @Test("no upfront: 2 instances × 730 h × $1.0605 = $1,548.33 a month, paying off above 70% use")
    func noUpfront() throws {
        let result = try estimate([option()])
        let estimate = try #require(result.options.first)
        #expect(estimate.lineItems.count == 1)
        #expect(estimate.lineItems[0].quantity == Fixed(1460))
        #expect(estimate.monthlyCost == dec("1548.33"))
        let terms = try #require(estimate.savingsPlan)
        #expect(terms.breakEvenUtilisation == dec("0.7"))
        #expect(terms.utilisation == .one)
        #expect(terms.estimated)
        #expect(
            estimate.notes.contains { $0.message.contains("less the 30% discount stated in the profile (an estimate") })
    }

    @Test(
        "partial upfront: half the commitment amortized, half hourly; the upfront payment is 2 × $1.0605 × 8,760 h ÷ 2")
    func partialUpfront() throws {
        let estimate = try #require(try estimate([option(.partialUpfront)]).options.first)
        #expect(estimate.lineItems.count == 2)
        #expect(estimate.lineItems[0].quantity == Fixed(730))
        #expect(estimate.lineItems[1].description.contains("upfront payment"))
        #expect(estimate.monthlyCost == dec("1548.33"))
        #expect(estimate.savingsPlan?.upfrontPayment == dec("9289.98"))
        #expect(estimate.notes.contains { $0.message.contains("$9,289.98 paid upfront") })
    }

    @Test("an endpoint up 12 hours a day uses 50% of the commitment, below the 70% break-even: it costs more")
    func underused() throws {
        let result = try estimate([option { $0.hoursPerDay = Fixed(12) }])
        let estimate = try #require(result.options.first)
        // The commitment is paid every hour: $1,548.33, against 2 × 365 h × $1.515 = $1,105.95 on demand.
        #expect(estimate.monthlyCost == dec("1548.33"))
        #expect(estimate.savingsPlan?.utilisation == dec("0.5"))
        #expect(
            estimate.notes.contains {
                $0.severity == .warning && $0.message.hasSuffix("so the plan costs more than on demand")
            })
    }

    @Test("covering fewer instances than the fleet: the rest is billed on demand")
    func partialCoverage() throws {
        let estimate = try #require(try estimate([option(instances: 3, covered: 2)]).options.first)
        // 2 × 730 × $1.0605 + 1 × 730 × $1.515.
        #expect(estimate.lineItems.count == 2)
        #expect(estimate.lineItems[1].description.contains("on demand above the plan"))
        #expect(estimate.monthlyCost == dec("2654.28"))
    }

    @Test("with neither a catalog rate nor a quoted discount the plan is not priced, never $0")
    func notPriced() throws {
        let estimate = try #require(try estimate([option(discount: nil)]).options.first)
        #expect(estimate.monthlyCost == nil)
        #expect(
            estimate.errors.contains {
                $0.code == .priceMissing && $0.message.contains("AWSMachineLearningSavingsPlans")
            })
    }

    @Test("break-even: the plan's fixed commitment against the same endpoint on demand, and its pay-off utilisation")
    func breakEven() throws {
        let onDemand = DeploymentOption.jumpStart(JumpStartOption(model: Self.llama, instance: "ml.g5.2xlarge"))
        let planned = option(instances: nil)
        let plan = profile(
            [onDemand, planned], requests: RequestRate(Fixed(2), per: .second), input: 1000, output: 200)
        let analyzer = BreakEvenAnalyzer(estimator: Estimator(catalog: try CatalogLoader.embedded()))
        let analysis = analyzer.analyze(plan, withSensitivity: false)
        #expect(analysis.savingsPlans.count == 1)
        #expect(analysis.savingsPlans.first?.terms.breakEvenUtilisation == dec("0.7"))
        // Below the volume at which the on-demand fleet outgrows the plan's cost, on demand is cheapest.
        let ranges = analysis.cheapestRanges
        #expect(ranges.count == 2)
        #expect(ranges.first?.id.hasSuffix(":ml.g5.2xlarge") == true)
        #expect(ranges.last?.id.contains("savings-plan") == true)
        #expect(analysis.points.contains { $0.cheaperAbove.contains("savings-plan") })
    }
}
