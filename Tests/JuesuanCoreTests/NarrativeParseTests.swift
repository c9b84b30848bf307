import Foundation
@testable import JuesuanCore
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

    @Test func readsTheFiguresTheNarrativeStates() throws {
        let figures = try Fixture.seed().narrativeFigures
        #expect(figures.count == 245)
        func find(_ subject: String, _ section: String) throws -> NarrativeFigure {
            try #require(figures.first { $0.subject == subject && $0.section.hasPrefix(section) })
        }
        let appropriation = try find("财政拨款收入", "二、")
        #expect([appropriation.value?.text, appropriation.changeWord, appropriation.change?.text, appropriation.rateWord, appropriation.rate?.text]
            == ["17321.91", "减少", "128.94", "下降", "0.7"])
        #expect(appropriation.location.line == 1280)
        #expect(try find("上级补助收入", "二、").isFlat)
        // A change stated alone, after 与 2023 年相比.
        let total = try #require(figures.first { $0.subject == "收入总计" && $0.value == nil })
        #expect([total.changeWord, total.change?.text, total.rate?.text] == ["减少", "131.99", "0.8"])
        // 支出决算 after 预算数, with its completion and change (较2023年度增加 10.68 万元, 增长 1%).
        let sangong = try #require(figures.first { $0.subject == "支出决算" && $0.context == "“三公”经费财政拨款支出预算" })
        #expect([sangong.value?.text, sangong.completion?.text, sangong.change?.text, sangong.rate?.text] == ["1055.28", "96.5", "10.68", "1"])
        let share = try find("一般公共服务支出", "五、")
        #expect([share.value?.text, share.share?.text] == ["14044.58", "79.3"])
        #expect(try find("公务用车保有量", "九、").value?.text == "105")
        #expect(try find("公务用车保有量", "九、").unit == "辆")
        #expect(try find("政府采购服务支出", "十一、").value?.text == "458.83")
        #expect(try find("吉林省人民政府办公厅共有车辆", "十一、").value?.text == "119")
    }

    /// A budget's wordings of a change (西安's 2021, 长沙's, 上海交通职业技术学院's and 深圳's 2026 budgets):
    /// 上升, 增幅 and 降幅 as the rate's direction, 较上年无变化 and 与2025年预算持平 as no change, and what a
    /// change is measured from (较上年的7.80万元, 比2025年预算, 较2025年年初预算) named after this year's
    /// amount, whose change and rate they are.
    @Test func aBudgetsWordingsOfAChange() throws {
        let text = """
            三、部门收支总体情况
            收入较去年增加54.13万元，上升2.88%。
            六、“三公”经费等情况说明
            因公出国（境）经费0.00万元，较上年无变化；公务接待费12.78万元，较上年减少2.06万元,降幅13.88%；公务用车运行费20.10万元，与2025年预算持平。
            本部门当年一般公共预算会议费预算支出29.92万元，较上年的7.80万元增加22.12万元，增幅283.59%。
            财政拨款收入30,441万元，比2025年预算增加1,500万元；公务接待费预算数15.00万元，较2025年年初预算增加0.00万元。
            """
        let figures = NarrativeFigureReader(lines: try ReportLines(file: "budget.txt", data: Data(text.utf8)), kind: .budget).read()
        func find(_ subject: String) throws -> NarrativeFigure { try #require(figures.first { $0.subject == subject }, "\(subject)") }
        func change(_ figure: NarrativeFigure) -> [String?] {
            [figure.value?.text, figure.changeWord, figure.change?.text, figure.rateWord, figure.rate?.text]
        }
        #expect(change(try find("收入较去年")) == [nil, "增加", "54.13", "增长", "2.88"])
        #expect(try find("因公出国（境）经费").isFlat)
        #expect(try find("公务用车运行费").isFlat)
        #expect(change(try find("公务接待费")) == ["12.78", "减少", "2.06", "下降", "13.88"])
        #expect(change(try find("本部门当年一般公共预算会议费预算支出")) == ["29.92", "增加", "22.12", "增长", "283.59"])
        #expect(change(try find("较上年的")) == ["7.80", nil, nil, nil, nil])
        // A change measured from last year's budget is the amount's before it; it is no figure of its own.
        #expect(change(try find("财政拨款收入")) == ["30,441", "增加", "1,500", nil, nil])
        #expect(change(try find("公务接待费预算数")) == ["15.00", "增加", "0.00", nil, nil])
        #expect(!figures.contains { ["比2025年预算", "年初预算"].contains($0.subject) })
    }

    /// A budget's sub-heading that states its item's amount (上海交通职业技术学院's 三公 items) is read
    /// as the sentence it is, also when it wraps onto the next line; a heading without an amount is a heading.
    @Test func aBudgetHeadingThatStatesAnAmountIsRead() throws {
        let text = """
            一、2026年“三公”经费预算情况说明
            （一）因公出国（境）费35.00万元，与2025年预算持平。
            （二）公务用车购置及运行费20.10万元，比2025年预算减少23.10万元，主要原因是
            2026年度无公务车购置需求。
            （三）公务接待费
            """
        let figures = NarrativeFigureReader(lines: try ReportLines(file: "budget.txt", data: Data(text.utf8)), kind: .budget).read()
        #expect(figures.map(\.subject) == ["因公出国（境）费", "公务用车购置及运行费"])
        #expect(figures.first?.isFlat == true)
        #expect([figures.last?.value?.text, figures.last?.changeWord, figures.last?.change?.text] == ["20.10", "减少", "23.10"])
        #expect(figures.last?.section == "一、2026年“三公”经费预算情况说明 （二）公务用车购置及运行费")
        #expect(figures.last?.location.line == 3)
    }

    /// Every thousands separator of a number stays ASCII where the narrative's commas are made
    /// full-width: 165,000,000.00 has two, the second's digit before it the first's last.
    @Test func everyThousandsSeparatorOfANumberIsKept() {
        #expect(NarrativeReader.normalized("支出165,000,000.00元,增长3.13%") == "支出165,000,000.00元，增长3.13%")
        // The same through the general path (a combining mark: not text of single scalars).
        #expect(NarrativeReader.normalized("e\u{301}支出165,000,000.00元,增长3.13%").hasSuffix("支出165,000,000.00元，增长3.13%"))
    }
}
