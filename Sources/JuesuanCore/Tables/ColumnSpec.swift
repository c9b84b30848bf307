/// How to recognise one amount column of a table by the meaning of its header.
///
/// A header column is described by the cells stacked above it. It matches when
/// one of the keyword sets is fully contained in its header path, at least one of
/// those keywords is printed in the column itself (not only in a merged cell
/// spanning from the left), and none of the excluded words appears.
public struct ColumnSpec: Sendable {
    public var measure: Measure
    /// Alternative keyword sets; any one set must match whole.
    public var keywords: [[String]]
    /// Words that rule a header out (小计 must not take the 基本支出 小计 column).
    public var excluding: [String]
    /// A word some other column's header must hold for this column to be read this way:
    /// 合计 beside 会议费 and 培训费 is the total of all three, not of the 三公 alone.
    public var besides: String?

    public init(_ measure: Measure, _ keywords: [String]..., excluding: [String] = [], besides: String? = nil) {
        self.init(measure, keywords: keywords, excluding: excluding, besides: besides)
    }

    public init(_ measure: Measure, keywords: [[String]], excluding: [String] = [], besides: String? = nil) {
        self.measure = measure
        self.keywords = keywords
        self.excluding = excluding
        self.besides = besides
    }

    /// The printed caption used in messages: the first keyword set.
    public var caption: String { keywords.first?.joined() ?? measure.code }
}
