/// A figure the narrative (第三部分) states: an amount or count of something, with the
/// year-on-year change, share or completion it is stated with.
///
/// 财政拨款收入 17321.91 万元，比上年减少 128.94 万元，下降 0.7% → subject 财政拨款收入, value
/// 17321.91 万元, change 减少 128.94, rate 下降 0.7. A change stated alone (与 2023 年相比，收入总计
/// 减少 131.99 万元) has no value.
public struct NarrativeFigure: Sendable, Equatable {
    /// Order of the figure in the narrative, from 1.
    public var ord: Int
    /// The section heading it stands under (二、收入决算情况说明, or its （一） subheading).
    public var section: String
    /// The number of the numbered paragraph the figure stands in (1. … 自评情况), if any.
    public var item: Int?
    /// What the figure is of, as printed (item numbers, year prefixes and 其中 removed).
    public var subject: String
    /// The subject of the figure before it in the same sentence, for subjects that only make
    /// sense after it (因公出国（境）费预算 7.31 万元，支出决算 7.31 万元 → 支出决算 in 因公出国（境）费预算).
    public var context: String?
    public var value: Amount?
    /// 万元, 元, 个, 人次, 辆 …
    public var unit: String
    /// 增加 / 减少 and the stated change (in `unit`).
    public var changeWord: String?
    public var change: Amount?
    /// 增长 / 下降 and the stated rate, in percent.
    public var rateWord: String?
    public var rate: Amount?
    /// Stated as 与上年持平.
    public var isFlat: Bool
    /// 占 …% (share) and what it is a share of, as printed.
    public var share: Amount?
    public var shareOf: String?
    /// 完成（年初）预算的 …%.
    public var completion: Amount?
    /// The sentence, normalised.
    public var statement: String
    public var location: SourceLocation
}
