import Foundation
import LoopbackHTTP
import PlannerCore
import PlannerPricing
import Testing

@testable import PlannerFetch

/// SageMaker Savings Plans rates read from the Price List's AWSMachineLearningSavingsPlans offer, in
/// the shape AWS publishes it, over libcurl from a loopback server.
@Suite("Savings Plans from the Price List", .serialized)
struct SavingsPlanRefreshTests {
    let refresher = PricingRefresher(fetcher: HTTPFetcher(options: testOptions()))

    @Test("the reader keeps hosting and training rates of ML instances, each with its plan, whatever the key order")
    func reader() throws {
        let parser = StreamingJSONParser(handler: SavingsPlanReader())
        let bytes = Array(OfferFixtures.savingsPlans.utf8)
        // Fed in small chunks, as libcurl hands them over.
        for start in stride(from: 0, to: bytes.count, by: 97) {
            try bytes[start..<min(start + 97, bytes.count)].withUnsafeBytes { try parser.consume($0) }
        }
        try parser.finish()
        let summary = try #require(parser.handler?.summary())
        #expect(summary.regionCode == "us-east-1")
        #expect(summary.plans["SP1NOUPFRONT"] == SavingsPlan(term: .oneYear, payment: .noUpfront))
        #expect(summary.plans["SP3ALLUPFRONT"] == SavingsPlan(term: .threeYear, payment: .allUpfront))
        // Studio's kernel gateway is not an endpoint or a training job: left out.
        #expect(
            summary.rates.map(\.usageType).sorted() == [
                "USE1-Host:ml.g5.2xlarge", "USE1-Host:ml.g5.2xlarge", "USE1-Train:ml.g5.2xlarge",
                "USE1-Train:ml.m4.16xlarge",
            ])
        #expect(summary.rates.first { $0.planSKU == "SP3ALLUPFRONT" }?.usd == "0.6060000000")
    }

    @Test("a refresh stores the plans' rates with their source; an endpoint under a plan is priced at them")
    func refreshAndEstimate() throws {
        let server = try priceListServer(savingsPlans: true)
        defer { server.stop() }
        let directory = try destination()
        let outcome = try refresher.refresh(request(server, directory))
        #expect(
            outcome.files.contains {
                $0.contains("AWSMachineLearningSavingsPlans") && $0.contains("3 Savings Plans rates")
            })
        let catalog = try CatalogLoader.load(directory: directory)
        let g5 = try #require(catalog.instances["ml.g5.2xlarge"])
        let oneYear = SavingsPlan(term: .oneYear, payment: .noUpfront)
        let rate = try #require(g5.rate(.hosting, region: "us-east-1", plan: oneYear))
        #expect(rate.price == Fixed("1.0605"))
        #expect(rate.source.key == "PL-AWSMachineLearningSavingsPlans-us-east-1")
        #expect(g5.rate(.training, region: "us-east-1", plan: oneYear)?.price == Fixed("1.1"))
        #expect(
            g5.rate(.hosting, region: "us-east-1", plan: SavingsPlan(term: .threeYear, payment: .allUpfront))?.price
                == Fixed("0.606"))
        #expect(catalog.instances["ml.m4.16xlarge"] == nil, "an instance the catalog lacks is not added")
        let sageMaker = try String(contentsOfFile: "\(directory)/sagemaker.json", encoding: .utf8)
        #expect(sageMaker.contains("\"savings_plan\": \"1-year/no-upfront\""))

        // Two ml.g5.2xlarge all month under the 1-year no-upfront plan: 2 × 730 h × $1.0605.
        var option = JumpStartOption(
            model: "meta-textgeneration-llama-3-1-8b-instruct", instance: "ml.g5.2xlarge", instances: 2)
        option.savingsPlan = SavingsPlanPurchase(plan: oneYear)
        let profile = WorkloadProfile(
            name: "sp",
            workload: Workload(
                task: .chatbot, useCase: .chat, requests: RequestRate(Fixed(1000), per: .day), inputTokens: Fixed(500),
                outputTokens: Fixed(100)), options: [.jumpStart(option)])
        let estimate = try #require(Estimator(catalog: catalog).estimate(profile).options.first)
        #expect(estimate.monthlyCost == Fixed("1548.33"))
        #expect(estimate.lineItems.first?.source.key == "PL-AWSMachineLearningSavingsPlans-us-east-1")
        #expect(estimate.savingsPlan?.estimated == false)
        let payoff = try #require(estimate.savingsPlan)
        #expect(payoff.breakEvenUtilisation == (Fixed("1.0605") ?? .zero) / (Fixed("1.515") ?? .one))
    }

    @Test("an index that lists no Savings Plans leaves the plans' rates out and fails nothing")
    func withoutPlans() throws {
        let server = try priceListServer()
        defer { server.stop() }
        let directory = try destination()
        let outcome = try refresher.refresh(request(server, directory))
        #expect(!outcome.files.contains { $0.contains("AWSMachineLearningSavingsPlans") })
    }
}
