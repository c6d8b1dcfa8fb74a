import Foundation
import PlannerCore

/// A self-contained SVG of a break-even analysis: cost curves on log-log axes with the crossover
/// points and the profile's volume marked, and a tornado chart of the sensitivity.
public struct BreakEvenChart: Sendable {
    public init() {}

    static let palette = [
        "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22",
    ]

    static func escape(_ text: String) -> String {
        // One pass; most texts need no escape and are returned as they are.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else {
            return text
        }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }

    /// `1K`, `10M`, `1B` for request volumes.
    static func short(_ value: Double) -> String {
        for (limit, suffix) in [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")] where value >= limit {
            return EndpointSizing.format(value / limit, 2) + suffix
        }
        return EndpointSizing.format(value, 2)
    }

    /// A coordinate with one decimal (`12.5`, `-3.0`), without `String(format:)`, which costs more
    /// than drawing the rest of a chart.
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "0.0" }
        let tenths = Int((value * 10).rounded())
        let whole = abs(tenths) / 10
        return (tenths < 0 ? "-" : "") + "\(whole).\(abs(tenths) % 10)"
    }

    /// Characters of a legend line beside the plot.
    static let legendCharacters = 56

    /// The dash pattern of the curve at `index` (the first solid).
    static func dash(_ index: Int) -> String {
        let patterns = ["", "9 4", "3 3", "12 3 3 3", "6 6", "2 5"]
        let pattern = patterns[index % patterns.count]
        return pattern.isEmpty ? "" : " stroke-dasharray=\"\(pattern)\""
    }

    /// The marker of the curve at `index`: a circle, square, triangle, diamond, cross or plus.
    static func marker(_ index: Int, x: Double, y: Double, color: String) -> String {
        let (cx, cy) = (number(x), number(y))
        switch index % 6 {
        case 0: return "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"3.5\" fill=\"\(color)\"/>\n"
        case 1:
            return
                "<rect x=\"\(number(x - 3.5))\" y=\"\(number(y - 3.5))\" width=\"7\" height=\"7\" fill=\"\(color)\"/>\n"
        case 2:
            return
                "<polygon points=\"\(cx),\(number(y - 4.5)) \(number(x + 4)),\(number(y + 3)) \(number(x - 4)),\(number(y + 3))\" fill=\"\(color)\"/>\n"
        case 3:
            return
                "<polygon points=\"\(cx),\(number(y - 5)) \(number(x + 4.5)),\(cy) \(cx),\(number(y + 5)) \(number(x - 4.5)),\(cy)\" fill=\"\(color)\"/>\n"
        case 4:
            return
                "<path d=\"M\(number(x - 4)) \(number(y - 4))L\(number(x + 4)) \(number(y + 4))M\(number(x + 4)) \(number(y - 4))L\(number(x - 4)) \(number(y + 4))\" stroke=\"\(color)\" stroke-width=\"2\"/>\n"
        default:
            return
                "<path d=\"M\(cx) \(number(y - 5))V\(number(y + 5))M\(number(x - 5)) \(cy)H\(number(x + 5))\" stroke=\"\(color)\" stroke-width=\"2\"/>\n"
        }
    }

    public func render(_ analysis: BreakEvenAnalysis) -> String {
        let width = 1120.0
        let plotLeft = 90.0
        let plotTop = 60.0
        let plotWidth = 600.0
        let plotHeight = 400.0
        let rowHeight = 26.0
        // Legend entries in full, wrapped to the space beside the plot.
        let legendLines = analysis.curves.map { TextTable.wrap($0.label, width: Self.legendCharacters) }
        let legendHeight = 22 + Double(legendLines.map(\.count).reduce(0, +)) * 14 + Double(legendLines.count) * 8 + 60
        // The band of the cheapest option by volume sits under the axis title.
        let bandTop = plotTop + plotHeight + 56
        let bandHeight = 14.0
        let chartBottom = max(plotTop + plotHeight + (analysis.cheapestRanges.isEmpty ? 0 : 90), plotTop + legendHeight)
        let tornadoTop = chartBottom + 110
        let height =
            analysis.sensitivity.isEmpty
            ? chartBottom + 60 : tornadoTop + 40 + rowHeight * Double(analysis.sensitivity.count) + 40
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text x="\(plotLeft)" y="28" font-size="18" font-weight="bold">\(Self.escape(analysis.profileName)): monthly cost by request volume</text>

            """
        // Scales (log-log).
        let xLow = log10(max(analysis.rangeLow.approximateDouble, 1))
        let xHigh = log10(max(analysis.rangeHigh.approximateDouble, 10))
        let costs = analysis.curves.flatMap { $0.points.map { $0.cost.approximateDouble } }.filter {
            $0 > 0 && $0.isFinite
        }
        let yLow = floor(log10(max(costs.min() ?? 1, 0.01)))
        let yHigh = ceil(log10(max(costs.max() ?? 10, 0.1)))
        func x(_ requests: Double) -> Double {
            plotLeft + (log10(max(requests, 1)) - xLow) / max(xHigh - xLow, 1e-9) * plotWidth
        }
        func y(_ cost: Double) -> Double {
            plotTop + plotHeight - (log10(max(cost, pow(10, yLow))) - yLow) / max(yHigh - yLow, 1e-9) * plotHeight
        }
        // Grid and axes.
        svg +=
            "<rect x=\"\(plotLeft)\" y=\"\(plotTop)\" width=\"\(plotWidth)\" height=\"\(plotHeight)\" fill=\"#fafafa\" stroke=\"#333\"/>\n"
        let xFirst = Int(saturating: xLow, rounding: .up)
        let xLast = max(xFirst, Int(saturating: xHigh, rounding: .down))
        for exponent in xFirst...min(xLast, xFirst + 40) {
            let px = Self.number(x(pow(10, Double(exponent))))
            svg +=
                "<line x1=\"\(px)\" y1=\"\(plotTop)\" x2=\"\(px)\" y2=\"\(plotTop + plotHeight)\" stroke=\"#ddd\"/>\n"
            svg +=
                "<text x=\"\(px)\" y=\"\(plotTop + plotHeight + 18)\" text-anchor=\"middle\">\(Self.short(pow(10, Double(exponent))))</text>\n"
        }
        let yFirst = Int(saturating: yLow)
        let yLast = max(yFirst, Int(saturating: yHigh))
        for exponent in yFirst...min(yLast, yFirst + 40) {
            let py = Self.number(y(pow(10, Double(exponent))))
            svg +=
                "<line x1=\"\(plotLeft)\" y1=\"\(py)\" x2=\"\(plotLeft + plotWidth)\" y2=\"\(py)\" stroke=\"#ddd\"/>\n"
            svg +=
                "<text x=\"\(plotLeft - 8)\" y=\"\(py)\" text-anchor=\"end\" dominant-baseline=\"middle\">$\(Self.short(pow(10, Double(exponent))))</text>\n"
        }
        svg +=
            "<text x=\"\(plotLeft + plotWidth / 2)\" y=\"\(plotTop + plotHeight + 42)\" text-anchor=\"middle\" font-size=\"13\">requests per month (log scale)</text>\n"
        svg +=
            "<text x=\"22\" y=\"\(plotTop + plotHeight / 2)\" text-anchor=\"middle\" font-size=\"13\" transform=\"rotate(-90 22 \(plotTop + plotHeight / 2))\">monthly cost, USD (log scale)</text>\n"
        if !analysis.cheapestRanges.isEmpty {
            svg +=
                "<text x=\"\(plotLeft - 8)\" y=\"\(Self.number(bandTop + bandHeight / 2))\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"11\">cheapest</text>\n"
            let colors = Dictionary(
                analysis.curves.enumerated().map { ($1.id, Self.palette[$0 % Self.palette.count]) },
                uniquingKeysWith: { first, _ in first })
            for range in analysis.cheapestRanges {
                let left = x(range.from.approximateDouble)
                let right = max(left + 1, x(range.to.approximateDouble))
                svg +=
                    "<rect x=\"\(Self.number(left))\" y=\"\(bandTop)\" width=\"\(Self.number(right - left))\" height=\"\(bandHeight)\" fill=\"\(colors[range.id] ?? "#999")\"><title>\(Self.escape("\(range.from.quantityText(maximumDecimals: 0)) to \(range.to.quantityText(maximumDecimals: 0)) requests/month: \(range.label)"))</title></rect>\n"
            }
            svg +=
                "<text x=\"\(plotLeft)\" y=\"\(Self.number(bandTop + bandHeight + 14))\" font-size=\"11\" fill=\"#555\">the cheapest option over each range of volume, in its curve's colour</text>\n"
        }
        // The profile's volume.
        let volumeX = Self.number(x(analysis.requestsPerMonth.approximateDouble))
        svg +=
            "<line x1=\"\(volumeX)\" y1=\"\(plotTop)\" x2=\"\(volumeX)\" y2=\"\(plotTop + plotHeight)\" stroke=\"#555\" stroke-dasharray=\"6 4\"/>\n"
        svg +=
            "<text x=\"\(volumeX)\" y=\"\(plotTop - 8)\" text-anchor=\"middle\" fill=\"#555\">profile: \(Self.short(analysis.requestsPerMonth.approximateDouble))/month</text>\n"
        // Curves: each its colour, dash pattern and marker, the first drawn widest, so that curves
        // that cost about the same stay apart.
        for (index, curve) in analysis.curves.enumerated() {
            let color = Self.palette[index % Self.palette.count]
            let points = curve.points.map {
                "\(Self.number(x($0.requests.approximateDouble))),\(Self.number(y($0.cost.approximateDouble)))"
            }
            let widthOfLine = Self.number(max(1.2, 3.4 - Double(index) * 0.5))
            svg +=
                "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(widthOfLine)\"\(Self.dash(index)) points=\"\(points.joined(separator: " "))\"/>\n"
            // Markers at a few points, offset per curve so that overlapping curves show all of theirs.
            let step = max(1, curve.points.count / 6)
            for (position, point) in curve.points.enumerated() where (position + index * step / 3) % step == 0 {
                svg += Self.marker(
                    index, x: x(point.requests.approximateDouble), y: y(point.cost.approximateDouble), color: color)
            }
        }
        // Crossovers.
        for point in analysis.points
        where point.requestsPerMonth >= analysis.rangeLow && point.requestsPerMonth <= analysis.rangeHigh {
            let cy = y(point.monthlyCost.approximateDouble)
            let px = Self.number(x(point.requestsPerMonth.approximateDouble))
            let py = Self.number(cy)
            svg +=
                "<circle cx=\"\(px)\" cy=\"\(py)\" r=\"5\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"2\"><title>\(Self.escape("\(point.a) = \(point.b) at \(point.requestsPerMonth.quantityText(maximumDecimals: 0)) requests/month (\(point.monthlyCost.dollars))"))</title></circle>\n"
            svg +=
                "<text x=\"\(px)\" y=\"\(Self.number(cy - 10))\" text-anchor=\"middle\" font-size=\"11\">\(Self.short(point.requestsPerMonth.approximateDouble))</text>\n"
        }
        // Legend.
        let legendX = plotLeft + plotWidth + 20
        svg += "<text x=\"\(legendX)\" y=\"\(plotTop + 4)\" font-weight=\"bold\">Options</text>\n"
        var ly = plotTop + 22
        for (index, lines) in legendLines.enumerated() {
            let color = Self.palette[index % Self.palette.count]
            svg +=
                "<line x1=\"\(legendX)\" y1=\"\(Self.number(ly - 6))\" x2=\"\(legendX + 24)\" y2=\"\(Self.number(ly - 6))\" stroke=\"\(color)\" stroke-width=\"2.2\"\(Self.dash(index))/>\n"
            svg += Self.marker(index, x: legendX + 12, y: ly - 6, color: color)
            for (row, line) in lines.enumerated() {
                svg +=
                    "<text x=\"\(legendX + 30)\" y=\"\(Self.number(ly - 2 + Double(row) * 14))\" font-size=\"11\">\(Self.escape(line))</text>\n"
            }
            ly += Double(lines.count) * 14 + 8
        }
        let markerY = ly + 8
        svg +=
            "<circle cx=\"\(legendX + 7)\" cy=\"\(markerY)\" r=\"5\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"2\"/><text x=\"\(legendX + 20)\" y=\"\(markerY + 4)\" font-size=\"11\">break-even point</text>\n"
        svg +=
            "<line x1=\"\(legendX)\" y1=\"\(markerY + 20)\" x2=\"\(legendX + 14)\" y2=\"\(markerY + 20)\" stroke=\"#555\" stroke-dasharray=\"4 3\"/><text x=\"\(legendX + 20)\" y=\"\(markerY + 24)\" font-size=\"11\">the profile's volume</text>\n"
        // Tornado, when the analysis has a sensitivity table.
        if !analysis.sensitivity.isEmpty {
            svg += tornado(analysis, top: tornadoTop, left: 230, width: 560, rowHeight: rowHeight)
        }
        svg += "</svg>\n"
        return svg
    }

    func tornado(_ analysis: BreakEvenAnalysis, top: Double, left: Double, width: Double, rowHeight: Double) -> String {
        var svg =
            "<text x=\"90\" y=\"\(top - 30)\" font-size=\"16\" font-weight=\"bold\">Sensitivity: cheapest monthly cost at −50% and +50% of each input</text>\n"
        let extremes = analysis.sensitivity.flatMap { $0.cases.compactMap { $0.costChangePercent?.approximateDouble } }
            .map(abs)
        let scale = max(extremes.max() ?? 1, 1)
        let center = left + width / 2
        svg +=
            "<line x1=\"\(center)\" y1=\"\(top - 8)\" x2=\"\(center)\" y2=\"\(top + rowHeight * Double(analysis.sensitivity.count))\" stroke=\"#333\"/>\n"
        svg +=
            "<text x=\"\(center)\" y=\"\(top - 12)\" text-anchor=\"middle\" font-size=\"11\">\(Self.escape(analysis.baselineCost?.dollars ?? "—"))/month today</text>\n"
        for (index, row) in analysis.sensitivity.enumerated() {
            let rowY = top + Double(index) * rowHeight
            svg +=
                "<text x=\"\(left - 10)\" y=\"\(rowY + rowHeight / 2)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(Self.escape(row.input))\(row.changesCheapest ? " *" : "")</text>\n"
            for change in [-50, 50] {
                guard let item = row.cases.first(where: { $0.changePercent == change }),
                    let percent = item.costChangePercent?.approximateDouble
                else { continue }
                if percent == 0, change < 0 { continue }  // one "0.0%" label per row
                let length = abs(percent) / scale * (width / 2 - 40)
                let barX = percent < 0 ? center - length : center
                let color = change < 0 ? "#4c78a8" : "#e45756"
                svg +=
                    "<rect x=\"\(Self.number(barX))\" y=\"\(rowY + 4)\" width=\"\(Self.number(max(length, 0.5)))\" height=\"\(rowHeight - 8)\" fill=\"\(color)\" opacity=\"0.85\"><title>\(Self.escape("\(row.input) \(change > 0 ? "+" : "")\(change)%: \(item.cheapestCost?.dollars ?? "—") (\(item.cheapest ?? "none"))"))</title></rect>\n"
                let labelX = percent < 0 ? barX - 4 : barX + length + 4
                svg +=
                    "<text x=\"\(Self.number(labelX))\" y=\"\(rowY + rowHeight / 2)\" text-anchor=\"\(percent < 0 ? "end" : "start")\" dominant-baseline=\"middle\" font-size=\"11\">\(percent > 0 ? "+" : "")\(String(format: "%.1f", percent))%</text>\n"
            }
        }
        let legendY = top + rowHeight * Double(analysis.sensitivity.count) + 20
        svg +=
            "<rect x=\"\(left)\" y=\"\(legendY - 9)\" width=\"12\" height=\"10\" fill=\"#4c78a8\"/><text x=\"\(left + 16)\" y=\"\(legendY)\" font-size=\"11\">input −50%</text>\n"
        svg +=
            "<rect x=\"\(left + 100)\" y=\"\(legendY - 9)\" width=\"12\" height=\"10\" fill=\"#e45756\"/><text x=\"\(left + 116)\" y=\"\(legendY)\" font-size=\"11\">input +50%</text>\n"
        svg +=
            "<text x=\"\(left + 210)\" y=\"\(legendY)\" font-size=\"11\">* the cheapest option changes within ±50%</text>\n"
        return svg
    }
}
