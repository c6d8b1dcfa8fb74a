import PlannerCore

/// Plain text for a terminal: aligned tables, notes under each option.
struct TextFormat: FormatRenderer {
    /// The terminal's width, which tables and notes wrap to; nil for no limit.
    var width: Int?

    var documents: Set<OutputDocument.Kind> { [.estimates, .breakEven, .fineTuning, .advice, .prices, .priceDiff] }

    func render(_ document: OutputDocument) -> String? {
        switch document {
        case .estimates(let estimates): EstimateTextRenderer(width: width).render(estimates)
        case .breakEven(let analyses): BreakEvenRenderer(width: width).tables(analyses, markdown: false)
        case .fineTuning(let comparisons): FineTuningRenderer(width: width).text(comparisons)
        case .advice(let items): AdviceRendering.text(items)
        case .report: nil
        case .prices(let table): PriceTableRenderer.text(table)
        case .priceDiff(let diff): PriceDiffRenderer.text(diff)
        }
    }
}
