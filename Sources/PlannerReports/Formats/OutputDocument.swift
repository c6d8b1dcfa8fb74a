import PlannerCore

/// A document the tool writes: what a command prints, in any format that renders it.
public enum OutputDocument: Sendable {
    /// `estimate`: the itemised estimates of profiles.
    case estimates([ProfileEstimate])
    /// `breakeven`: break-even analyses of profiles.
    case breakEven([BreakEvenAnalysis])
    /// `finetune`: fine-tuning comparisons of profiles.
    case fineTuning([FineTuningComparison])
    /// `advise`: advice alone, titled by profile (or by the quick-mode question).
    case advice([TitledAdvice])
    /// `report`: the architecture-review report; with `failOnWarning`, warnings count as failures (JUnit).
    case report(ReviewReport, failOnWarning: Bool)
    /// `pricing show`: prices with their sources.
    case prices(PriceTable)
    /// `pricing diff`: the prices two catalogs differ in.
    case priceDiff(PriceDiff)

    /// What kind of document this is.
    public var kind: Kind {
        switch self {
        case .estimates: .estimates
        case .breakEven: .breakEven
        case .fineTuning: .fineTuning
        case .advice: .advice
        case .report: .report
        case .prices: .prices
        case .priceDiff: .priceDiff
        }
    }

    /// The kinds of document.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case estimates
        case breakEven = "break-even"
        case fineTuning = "fine-tuning"
        case advice
        case report
        case prices
        case priceDiff = "price-diff"
    }

    /// The document in `format`: the one entry point of every output. `width` is the terminal's,
    /// which text tables wrap to fit; nil for none (other formats ignore it).
    public func rendered(as format: OutputFormat, width: Int? = nil) throws(UnsupportedFormat) -> String {
        let renderer: any FormatRenderer = format == .text ? TextFormat(width: width) : format.renderer
        guard let text = renderer.render(self) else {
            throw UnsupportedFormat(format: format, kind: kind)
        }
        return text
    }
}

/// Advice with the title it is shown under.
public struct TitledAdvice: Sendable {
    public var title: String
    public var advice: Advice

    public init(title: String, advice: Advice) {
        self.title = title
        self.advice = advice
    }
}

/// A format asked of a document it does not render.
public struct UnsupportedFormat: Error, Sendable, Hashable, CustomStringConvertible {
    public var format: OutputFormat
    public var kind: OutputDocument.Kind

    public init(format: OutputFormat, kind: OutputDocument.Kind) {
        self.format = format
        self.kind = kind
    }

    public var description: String {
        let formats = OutputFormat.formats(for: kind).map(\.rawValue)
        return
            "\(format.rawValue) is not a format of the \(kind.rawValue) document; use one of: \(formats.joined(separator: ", "))"
    }
}
