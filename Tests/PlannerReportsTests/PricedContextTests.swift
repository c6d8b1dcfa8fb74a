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
}
