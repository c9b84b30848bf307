import Foundation
import JuesuanCore
import Testing

/// The 项目支出绩效自评表 read without a database.
@Suite struct ProjectParseTests {
    @Test func findsFiftyProjectsWithTheirUnits() throws {
        let report = try Fixture.seed()
        #expect(report.projects.count == 50)
        #expect(report.projects.allSatisfy { $0.unit != nil })
        let shenzhen = report.projects.filter { $0.implementingUnit.contains("深圳") }
        #expect(Set(shenzhen.map(\.implementingUnit)) == ["吉林省人民政府驻深圳办事处（本级）", "吉林省人民政府驻深圳办事处(本级)"])
        #expect(Set(shenzhen.compactMap(\.unit?.name)) == ["吉林省人民政府驻深圳办事处（本级）"])
    }

    @Test func readsFundingLinesWithDashScores() throws {
        let project = try #require(try Fixture.seed().projects.first)
        #expect(project.name == "政府序列会议经费")
        #expect(project.funds.map(\.source) == ["年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"])
        let total = try #require(project.funds.first)
        #expect([total.initialBudget, total.fullYearBudget, total.executed, total.executionRate, total.score].map { $0?.text } == ["100", "50", "47.5", "95", "7"])
        #expect(project.funds[1].score == nil)  // printed ——
        #expect(project.totalScore?.text == "87.00")
        #expect(project.location.line == 394)
    }

    @Test func readsAFormWrittenForItsVariations() throws {
        // A name after a run of empty cells, a header split over cells (年初预 算数),
        // labels wrapped with spaces, a row shifted left, 得分 as —, 总分 in another column.
        let body = """
            项目支出绩效自评表
            项目名称||||||测试项目|||
            主管部门||测试厅|||实施单位||测试中心|||
            资金情况 (万元)|项目资金|年初预 算数|全年预 算数|全年执 行数|执行率 (%)|得分|||
            |年度资金 总额|10|8|6|75.00|7.5|||
            |当年财政 拨款|10|8|6|75.00|—|||
            年度总体目标||预期目标||||实际完成情况|||
            ||<p>目标一。</p> <p>目标二。</p>||||完成。|||
            绩效 指标|一级 指标|二级 指标|三级 指标|年度指 标值|实际 完成 值|权重|自评得 分|偏差原因分析及改进措施|
            绩效 指标|产出指 标|数量 指标|组织列 席“两 会”参 事|≥40 人|40 人|50|50||
            |时效指标|按时完成|≤1年|1年|20|20|无||
            总分||||||70.00||||
            """
        let report = try Fixture.report(body + "\n" + Self.minimalTable)
        let project = try #require(report.projects.first)
        #expect(project.name == "测试项目")
        #expect(project.implementingUnit == "测试中心")
        #expect(project.unit == nil)
        #expect(project.expectedGoal == "目标一。\n目标二。")
        #expect(project.achievedGoal == "完成。")
        #expect(project.funds.map { $0.executionRate?.text } == ["75.00", "75.00"])
        #expect(project.funds.map { $0.score?.text } == ["7.5", nil])
        #expect(project.indicators.map(\.level3) == ["组织列席“两会”参事", "按时完成"])
        #expect(project.indicators.map(\.level1) == ["产出指标", "产出指标"])
        #expect(project.indicators.map(\.level2) == ["数量指标", "时效指标"])
        #expect(project.indicators.map(\.target) == ["≥40人", "≤1年"])
        #expect(project.indicators[1].deviation == "无")
        #expect(project.totalScore?.text == "70.00")
    }

    static let targets: [(text: String, comparison: String?, value: String?, unit: String?)] = [
        ("≥85场次", "≥", "85", "场次"), ("≥90%", "≥", "90", "%"), ("≤6000 元", "≤", "6000", "元"), ("有所提高", nil, nil, nil),
        ("=100%", "=", "100", "%"), ("$\\geq 98\\%$", "≥", "98", "%"), ("11.2 万份", nil, "11.2", "万份"), ("每月 15 日发放", nil, nil, nil),
    ]

    @Test(arguments: targets)
    func parsesTargets(_ example: (text: String, comparison: String?, value: String?, unit: String?)) {
        let target = Target(parsing: example.text)
        #expect(target.comparison == example.comparison)
        #expect(target.value?.text == example.value)
        #expect(target.unit == example.unit)
    }

    /// A 公开 table so that a fragment of only a project form is still a report.
    static let minimalTable = """
        收入决算表
        单位：万元
        项目||本年收入合计|财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入
        科目代码|科目名称|||||||
        合计||1.00|1.00|||||
        """
}
