import PlannerCore

/// GitHub-flavoured Markdown: tables and lists for pull requests and wikis.
struct MarkdownFormat: FormatRenderer {
    var documents: Set<OutputDocument.Kind> {
        [.estimates, .breakEven, .fineTuning, .advice, .report, .prices, .priceDiff]
    }

    func render(_ document: OutputDocument) -> String? {
        switch document {
        case .estimates(let estimates): EstimateMarkdownRenderer().render(estimates)
        case .breakEven(let analyses): BreakEvenRenderer().tables(analyses, markdown: true)
        case .fineTuning(let comparisons): FineTuningRenderer().markdown(comparisons)
        case .advice(let items): AdviceRendering.markdown(items)
        case .report(let report, _): ReportMarkdownRenderer().render(report)
        case .prices(let table): PriceTableRenderer.markdown(table)
        case .priceDiff(let diff): PriceDiffRenderer.markdown(diff)
        }
    }
}
