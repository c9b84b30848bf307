/// One 项 of 第三部分 五(三) 一般公共预算财政拨款支出决算具体情况: budget, actual, completion and reason.
public struct BudgetExecutionLine: Sendable, Equatable {
    /// The printed item number (1., 2., …).
    public var ord: Int
    /// The 功能分类 code the 类 / 款 / 项 names resolve to through the report's own tables; nil when none matches.
    public var code: String?
    /// The names as printed: 类, 款, 项.
    public var className: String
    public var sectionName: String
    public var itemName: String
    /// 年初预算 and 支出决算, in `unit` (万元 or 元 as stated).
    public var budget: Amount
    public var actual: Amount
    public var unit: String
    /// 完成年初预算的 …%, when stated (it is not for a budget of 0).
    public var completionRate: Amount?
    /// The stated reason (主要原因是：…), or the closing sentence when there is none.
    public var reason: String
    /// All that is printed after the figures: the direction sentence (决算数小于预算数…) and the reason.
    public var closing: String
    public var location: SourceLocation
}

/// A sentence that reads like a stated figure but does not parse: reported, never dropped silently.
public struct UnparsedStatement: Sendable, Equatable {
    public var section: String
    public var text: String
    public var location: SourceLocation
}
