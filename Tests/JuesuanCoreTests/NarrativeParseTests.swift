import Foundation
import JuesuanCore
import Testing

/// Figures the narrative states: 第三部分 五(三) budget execution.
@Suite struct NarrativeParseTests {
    @Test func readsTheSixteenItemsOfTheSeed() throws {
        let lines = try Fixture.seed().budgetExecution
        #expect(lines.count == 16)
        #expect(lines.map(\.ord) == Array(1...16))
        #expect(lines.allSatisfy { $0.code != nil && $0.unit == "万元" })
        let first = try #require(lines.first)
        #expect(first.code == "2010301")
        #expect([first.className, first.sectionName, first.itemName] == ["一般公共服务", "政府办公厅（室）及相关机构事务", "行政运行"])
        #expect([first.budget.text, first.actual.text, first.completionRate?.text] == ["6008.71", "6802.3", "113.2"])
        #expect(first.reason == "执行中追加人员经费。")
        #expect(first.location.line == 1315)
        // Item 5 wraps onto the next paragraph ("年初预算" / "为 152 万元").
        #expect([lines[4].code, lines[4].budget.text, lines[4].actual.text] == ["2010399", "152", "102.94"])
        // Item 7 has a budget of 0 and states no 完成率.
        #expect(lines[6].completionRate == nil)
        // Item 9 says "年初预算 67.7 万元" without 为; item 10 names the 项 without its trailing 支出.
        #expect(lines[8].budget.text == "67.7")
        #expect(lines[9].code == "2080505")
        #expect(lines[10].reason == "决算数等于预算数。")
    }

    @Test func aStatementThatDoesNotParseIsReported() throws {
        let body = """
            （三）一般公共预算财政拨款支出决算具体情况
            1. 一般公共服务（类）商贸事务（款）招商引资（项）年初预算为 1,200 元，支出决算为 867.3 元，完成年初预算的 72.3%。原因是：结转。
            2. 一般公共服务（类）商贸事务（款）招商引资（项）预算大约一百万元。
            六、一般公共预算财政拨款基本支出决算情况说明
            """
        let report = try Fixture.report(body + "\n" + ProjectParseTests.minimalTable)
        #expect(report.budgetExecution.count == 1)
        let line = try #require(report.budgetExecution.first)
        #expect([line.budget.text, line.actual.text, line.unit, line.reason] == ["1,200", "867.3", "元", "结转。"])
        #expect(line.code == nil)  // the fragment's tables print no 2011308
        #expect(report.unparsedStatements.map(\.text) == ["2.一般公共服务（类）商贸事务（款）招商引资（项）预算大约一百万元。"])
        #expect(report.unparsedStatements.first?.location.line == Fixture.line(of: "2. 一般公共服务", in: body))
    }
}
