import PlannerCore

/// One JSON document with a `schema_version`, for scripts and CI.
struct JSONFormat: FormatRenderer {
    var documents: Set<OutputDocument.Kind> {
        [.estimates, .breakEven, .fineTuning, .advice, .report, .prices, .priceDiff]
    }

    func render(_ document: OutputDocument) -> String? {
        switch document {
        case .estimates(let estimates): EstimateJSONRenderer().render(estimates)
        case .breakEven(let analyses): BreakEvenRenderer().json(analyses)
        case .fineTuning(let comparisons): FineTuningRenderer().json(comparisons)
        case .advice(let items): AdviceRendering.json(items)
        case .report(let report, _): ReportJSONRenderer().render(report)
        case .prices(let table): PriceTableRenderer.json(table)
        case .priceDiff(let diff): PriceDiffRenderer.json(diff)
        }
    }
}
