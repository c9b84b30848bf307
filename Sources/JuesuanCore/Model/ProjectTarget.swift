/// One row of a 绩效目标表: a performance target a budget sets for a project (or, in a 部门整体支出
/// 绩效目标表, for the department as a whole), with what the table prints of the project beside it.
public struct ProjectTarget: Sendable, Equatable {
    /// Printed order among the report's targets, from 1.
    public var ord: Int
    /// The printed table the row stands in (`gongkai.printed_cell`'s `table_ord`) and its page.
    public var tableOrd: Int
    public var page: Int
    /// The table's title as printed.
    public var title: String
    /// 项目名称 (单位（项目）名称, or 单位名称 in a 部门整体 table) as printed.
    public var project: String
    /// 资金总额 (实施期资金总额, 年度资金总额) of the project, in the report's unit.
    public var fundTotal: Amount?
    /// 年度目标 / 绩效目标 / 总体目标 as printed.
    public var goal: String
    /// 一级指标, 二级指标 and the indicator itself (三级指标, 指标内容).
    public var level1: String
    public var level2: String
    public var level3: String
    /// 指标值 as printed, and read into comparison, number and unit (where the table prints the
    /// comparison and the unit in columns of their own, from those).
    public var target: String
    public var parsedTarget: Target
    /// Where the indicator's cell is printed.
    public var box: Box
    public var location: SourceLocation

    public init(
        ord: Int, tableOrd: Int, page: Int, title: String, project: String, fundTotal: Amount?, goal: String, level1: String,
        level2: String, level3: String, target: String, parsedTarget: Target, box: Box, location: SourceLocation
    ) {
        self.ord = ord
        self.tableOrd = tableOrd
        self.page = page
        self.title = title
        self.project = project
        self.fundTotal = fundTotal
        self.goal = goal
        self.level1 = level1
        self.level2 = level2
        self.level3 = level3
        self.target = target
        self.parsedTarget = parsedTarget
        self.box = box
        self.location = location
    }
}
