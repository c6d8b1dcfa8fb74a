import Foundation
import PlannerCore
import PlannerPricing
import PlannerProfiles
import PlannerReports
import TestSupport
import Testing

/// The profile's discount reaches every price of every command: each figure with `discount_percent: 50`
/// is half of the figure without it (to the cent), and each line item names the discount.
@Suite("One priced context: the discount and overrides reach every command")
struct PricedContextTests {
    enum Command: String, CaseIterable {
        case estimate, breakeven, finetune, report
    }

    let catalog = try! CatalogLoader.embedded()
    let tables = try! CatalogLoader.embeddedTables()

    /// `Profiles/domain-fine-tuning.yaml` (options on both services and a fine-tuning section), with or without the discount.
    func profile(discounted: Bool) throws -> WorkloadProfile {
        var text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Profiles/domain-fine-tuning.yaml"), encoding: .utf8)
        if discounted { text += "prices:\n  discount_percent: 50\n" }
        return try ProfileLoader(catalog: catalog).load(yaml: text, path: "p.yaml").profile
    }

    /// The command's money figures, and the line items that carry them.
    func figures(_ command: Command, _ profile: WorkloadProfile) throws -> (amounts: [Fixed], items: [LineItem]) {
        let estimator = Estimator(catalog: catalog, tables: tables)
        switch command {
        case .estimate:
            let options = estimator.estimate(profile).options
            return (options.compactMap(\.monthlyCost), options.flatMap(\.lineItems))
        case .breakeven:
            let analysis = BreakEvenAnalyzer(estimator: estimator).analyze(
                profile, curvePoints: 8, withSensitivity: false)
            return (analysis.curves.flatMap { $0.points.map(\.cost) }, [])
        case .finetune:
            let rows = try FineTuningPlanner(catalog: catalog, tables: tables).compare(profile).rows
            let amounts = rows.flatMap {
                [$0.trainingItem?.cost, $0.monthlyStorageCost, $0.monthlyServingCost].compactMap { $0 }
            }
            return (amounts, rows.compactMap(\.trainingItem))
        case .report:
            let report = ReportBuilder(catalog: catalog, tables: tables, maxIncreasePercent: nil)
                .build([("p.yaml", profile)], baseline: nil, generatedAt: "2026-12-01", toolVersion: "test")
            let options = report.profiles.flatMap(\.estimate.options)
            return (options.compactMap(\.monthlyCost), options.flatMap(\.lineItems))
        }
    }

    @Test("every figure halves and every line item names the discount", arguments: Command.allCases)
    func discountReaches(command: Command) throws {
        let full = try figures(command, profile(discounted: false))
        let half = try figures(command, profile(discounted: true))
        #expect(!full.amounts.isEmpty && full.amounts.count == half.amounts.count)
        for (whole, discounted) in zip(full.amounts, half.amounts) {
            let difference = whole / 2 - discounted
            #expect(
                difference <= Fixed(units: Fixed.scale / 100) && -difference <= Fixed(units: Fixed.scale / 100),
                "\(whole) → \(discounted)")
        }
        for item in half.items { #expect(item.adjustment?.contains("50% discount") == true, "\(item.description)") }
    }

    /// The same profile with negotiated prices: Nova Micro at $0.0001/$0.0002 per 1K tokens, ml.g5.2xlarge at $1/h.
    func overridden() throws -> WorkloadProfile {
        var text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Profiles/domain-fine-tuning.yaml"), encoding: .utf8)
        text += """
            prices:
              overrides:
                - { bedrock: amazon.nova-micro, input_per_1k: 0.0001, output_per_1k: 0.0002 }
                - { instance: ml.g5.2xlarge, per_hour: 1 }

            """
        return try ProfileLoader(catalog: catalog).load(yaml: text, path: "p.yaml").profile
    }

    @Test(
        "overrides reach every command: the overridden options cost what the profile says", arguments: Command.allCases)
    func overridesReach(command: Command) throws {
        let profile = try overridden()
        // 5,000 requests a day × 730 h ÷ 24 = 152,083.33 requests; Nova Micro: 800 × $0.0001 + 250 × $0.0002 per 1K
        // = $0.00013 a request; one ml.g5.2xlarge for 730 h at $1.
        let requests = Fixed(5000) * Fixed(730) / 24
        let nova = (requests * Fixed(800) / 1000 * Fixed("0.0001")! + requests * Fixed(250) / 1000 * Fixed("0.0002")!)
        let endpoint = Fixed(730)
        let estimator = Estimator(catalog: catalog, tables: tables)
        switch command {
        case .estimate, .report:
            // The overridden options (the profile's Custom Model Import option keeps the catalog's prices).
            let options =
                (command == .estimate
                ? estimator.estimate(profile).options
                : ReportBuilder(catalog: catalog, tables: tables).build(
                    [("p.yaml", profile)], baseline: nil, generatedAt: "2026-12-01", toolVersion: "test"
                ).profiles[0].estimate.options).filter { $0.mode != .imported }
            #expect(
                options.map(\.monthlyCost).map { $0?.rounded(toDecimals: 9) } == [
                    nova.rounded(toDecimals: 9), endpoint,
                ])
            for item in options.flatMap(\.lineItems) {
                #expect(item.adjustment == "profile override", "\(item.description)")
                #expect(item.source.key == "profile")
            }
        case .breakeven:
            let analysis = BreakEvenAnalyzer(estimator: estimator).analyze(
                profile, curvePoints: 8, withSensitivity: false)
            let jumpStart = try #require(analysis.curves.first { $0.id.hasPrefix("jumpstart:") })
            #expect(jumpStart.points.allSatisfy { $0.cost == endpoint })
            let bedrock = try #require(analysis.curves.first { $0.id.hasPrefix("bedrock:") })
            for point in bedrock.points {
                let expected = nova / requests * point.requests
                #expect(
                    point.cost - expected < Fixed(units: Fixed.scale / 100)
                        && expected - point.cost < Fixed(units: Fixed.scale / 100))
            }
        case .finetune:
            let rows = try FineTuningPlanner(catalog: catalog, tables: tables).compare(profile).rows
            // Nova Micro customised with LoRA is served on demand at the base model's (overridden) token prices.
            let bedrock = try #require(rows.first { $0.service == .bedrock })
            #expect(bedrock.monthlyServingCost?.rounded(toDecimals: 9) == nova.rounded(toDecimals: 9))
        }
    }
}
