import Foundation

/// A horizontal bar chart drawn as inline SVG: one group of bars a label, one bar a series.
///
/// Amounts arrive as the warehouse prints them (text of `numeric`) and are shown as such; only
/// the bars' lengths are computed, in floating point, since they are pixels, not money.
struct BarChart {
    var title: String
    var unit: String
    /// The series' names (决算数, 预算数 …), one colour each.
    var series: [String]
    /// A label and one value a series (nil where the report prints none).
    var bars: [(label: String, values: [String?])]

    static let colours = ["#c0392b", "#2471a3", "#7d8c8d"]

    func svg() -> String {
        let numbers = bars.flatMap { $0.values.compactMap { $0.flatMap(Double.init) } }
        let largest = max(numbers.map(abs).max() ?? 0, 1e-9)
        let (labelWidth, barWidth, barHeight, gap) = (260.0, 420.0, 14.0, 10.0)
        let groupHeight = Double(series.count) * barHeight + gap
        let legend = 24.0
        let height = legend + Double(bars.count) * groupHeight + 4
        var out = #"<svg class="chart" viewBox="0 0 \#(Int(labelWidth + barWidth + 120)) \#(Int(height))" role="img" aria-label="\#(HTMLReport.escape(title))">"#
        for (index, name) in series.enumerated() {
            let x = labelWidth + Double(index) * 120
            out += #"<rect x="\#(x)" y="4" width="12" height="12" fill="\#(Self.colours[index % Self.colours.count])"/>"#
            out += #"<text x="\#(x + 16)" y="14">\#(HTMLReport.escape(name))</text>"#
        }
        for (row, bar) in bars.enumerated() {
            let top = legend + Double(row) * groupHeight
            out += #"<text x="\#(labelWidth - 6)" y="\#(top + barHeight)" text-anchor="end">\#(HTMLReport.escape(String(bar.label.prefix(18))))</text>"#
            for (index, value) in bar.values.enumerated() {
                let y = top + Double(index) * barHeight
                let length = value.flatMap(Double.init).map { abs($0) / largest * barWidth } ?? 0
                let colour = Self.colours[index % Self.colours.count]
                out += #"<rect class="bar" x="\#(labelWidth)" y="\#(y + 1)" width="\#(String(format: "%.1f", length))" height="\#(barHeight - 2)" fill="\#(colour)"/>"#
                out += #"<text x="\#(labelWidth + length + 4)" y="\#(y + barHeight - 3)">\#(HTMLReport.escape(value ?? "—"))</text>"#
            }
        }
        return out + "</svg>"
    }
}
