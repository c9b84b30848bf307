/// One 项目支出绩效自评表: a project's funding, goals and performance indicators.
public struct Project: Sendable {
    /// Printed order among the report's projects, from 1.
    public var ord: Int
    /// 项目名称, wrap spaces removed.
    public var name: String
    /// 主管部门.
    public var department: String
    /// 实施单位 as printed.
    public var implementingUnit: String
    /// The unit of 机构设置及部门决算单位构成 that 实施单位 names, when one matches.
    public var unit: ListedUnit?
    /// 年度总体目标: 预期目标 and 实际完成情况, markup removed, one paragraph a line.
    public var expectedGoal: String
    public var achievedGoal: String
    /// 年度资金总额, 当年财政拨款, 上年结转资金, 其他资金, as printed.
    public var funds: [FundLine]
    public var indicators: [Indicator]
    /// 总分.
    public var totalScore: Amount?
    /// The 项目名称 line.
    public var location: SourceLocation
}

/// A funding line of a project: budget, execution and score.
public struct FundLine: Sendable, Equatable {
    /// 年度资金总额, 当年财政拨款, 上年结转资金 or 其他资金.
    public var source: String
    public var initialBudget: Amount?
    public var fullYearBudget: Amount?
    public var executed: Amount?
    /// 执行率 in percent.
    public var executionRate: Amount?
    /// 得分; nil where printed as —— or —.
    public var score: Amount?
    public var location: SourceLocation
}

/// One performance indicator row (一级 / 二级 / 三级指标 and its values).
public struct Indicator: Sendable, Equatable {
    public var level1: String
    public var level2: String
    public var level3: String
    /// 年度指标值 and 实际完成值 as printed (wrap spaces removed).
    public var target: String
    public var actual: String
    public var parsedTarget: Target
    public var weight: Amount?
    public var score: Amount?
    /// 偏差原因分析及改进措施.
    public var deviation: String
    public var location: SourceLocation
}

/// A target value read into comparison, number and unit: ≥85场次 → (≥, 85, 场次).
public struct Target: Sendable, Equatable {
    /// ≥, ≤, =, >, < — nil for a target in words (有所提高).
    public var comparison: String?
    public var value: Amount?
    public var unit: String?

    public init(comparison: String?, value: Amount?, unit: String?) {
        self.comparison = comparison
        self.value = value
        self.unit = unit
    }
}
