import Foundation
import JuesuanCore
import Testing

/// The seed report (吉林省人民政府办公厅 2024 决算) parsed without a database.
@Suite struct SeedParseTests {
    @Test func readsTheCover() throws {
        let report = try Fixture.seed()
        #expect(
            report.cover
                == Cover(department: "吉林省人民政府办公厅", fiscalYear: 2024, reportKind: "决算", publishedOn: "2025-08-25", amountUnit: "万元"))
        #expect(report.reportingEntity == "吉林省人民政府办公厅（汇总）")
        #expect(report.cover.reportLevel == .department)
    }

    /// A cover that says 单位决算 is one unit's report; 部门决算 anywhere on the cover keeps it a department's.
    @Test func aUnitsOwnReportIsRecordedAsSuch() throws {
        let seed = String(decoding: try Fixture.seedData(), as: UTF8.self)
        let unit = try ReportParser.parse(file: "unit.txt", data: Data(seed.replacing("吉林省人民政府办公厅部门决算", with: "吉林省人民政府办公厅单位决算", maxReplacements: 1).utf8))
        #expect(unit.cover.reportLevel == .unit)
        #expect(unit.cover.department == "吉林省人民政府办公厅" && unit.cover.reportKind == "决算")
        let both = try ReportParser.parse(
            file: "both.txt", data: Data(seed.replacing("吉林省人民政府办公厅部门决算", with: "吉林省人民政府办公厅部门决算（含所属单位决算）", maxReplacements: 1).utf8))
        #expect(both.cover.reportLevel == .department)
    }

    @Test func findsTheNineTablesInPrintedOrder() throws {
        let report = try Fixture.seed()
        #expect(report.tables.map(\.table) == GongkaiTable.allCases)
        #expect(report.tables.map(\.location.line) == [100, 129, 172, 218, 246, 293, 336, 355, 374])
    }

    @Test func listsTheTwentyUnits() throws {
        let units = try Fixture.seed().units
        #expect(units.count == 20)
        #expect(units.first?.name == "吉林省人民政府办公厅（本级）")
        #expect(units.first?.location.line == 76)
        #expect(units.last?.name == "吉林省人民政府驻天津办事处经济技术交流合作中心")
    }

    static let rowCounts: [(GongkaiTable, Int)] = [
        (.gk01, 26), (.gk02, 27), (.gk03, 29), (.gk04, 24), (.gk05, 29), (.gk06, 83), (.gk07, 1), (.gk08, 1), (.gk09, 1),
    ]

    @Test(arguments: rowCounts)
    func readsEveryPrintedRow(_ table: GongkaiTable, _ count: Int) throws {
        let parsed = try #require(try Fixture.seed().table(table))
        #expect(parsed.rows.count == count)
    }

    @Test func readsBothSidesOfTable01() throws {
        let gk01 = try #require(try Fixture.seed().table(.gk01))
        let income = gk01.side(.income)
        #expect(income.count == 13)
        #expect(income[0] == ("一、一般公共预算财政拨款收入", 1, ["17321.91"]))
        #expect(income[8] == ("", 9, [nil]))  // a line that prints only its 行次
        #expect(income[10] == ("使用非财政拨款结余（含专用结余）", 11, ["205.05"]))
        let expense = gk01.side(.expense)
        #expect(expense[4] == ("", 18, [nil]))
        #expect(expense[10] == ("结余分配", 24, ["0.20"]))
        #expect(expense[12] == ("总计", 26, ["18968.91"]))
    }

    @Test func joinsARowAfterAPageBreak() throws {
        // Line 160 is blank (a page break) between 20808 抚恤 and 2080801 死亡抚恤.
        let gk02 = try #require(try Fixture.seed().table(.gk02))
        let rows = gk02.coded
        #expect(rows[18] == ("20808", "抚恤", ["267.25", "267.25", nil, nil, nil, nil, nil]))
        #expect(rows[19] == ("2080801", "死亡抚恤", ["267.25", "267.25", nil, nil, nil, nil, nil]))
        #expect(gk02.rows[19].location.line == 161)
    }

    @Test func readsTable05ColumnsByMeaning() throws {
        let gk05 = try #require(try Fixture.seed().table(.gk05))
        #expect(gk05.coded[0] == (nil, "合计", ["17714.80", "12143.60", "10596.94", "1546.66", "5571.20"]))
        #expect(gk05.coded[17] == ("2080506", "机关事业单位职业年金缴费支出", ["17.64", "17.64", "20.07", nil, nil]))
    }

    @Test func readsTable06DownEachGroupThenTheTotals() throws {
        let rows = try #require(try Fixture.seed().table(.gk06)).coded
        #expect(rows[0] == ("301", "工资福利支出", ["9330.05"]))
        #expect(rows[26] == ("30399", "其他对个人和家庭的补助", ["0.64"]))
        #expect(rows[27] == ("302", "商品和服务支出", ["1496.13"]))
        #expect(rows[54] == ("30299", "其他商品和服务支出", ["9.42"]))
        #expect(rows[55] == ("307", "债务利息及费用支出", [nil]))
        #expect(rows[80] == ("39999", "其他支出", [nil]))
        #expect(rows[81] == (nil, "人员经费合计", ["10596.94"]))
        #expect(rows[82] == (nil, "公用经费合计", ["1546.66"]))
    }

    @Test func keepsTheEmptyFundTablesAndThe三公Row() throws {
        let report = try Fixture.seed()
        for table in [GongkaiTable.gk07, .gk08] {
            let rows = try #require(report.table(table)).coded
            #expect(rows.count == 1)
            #expect(rows[0].0 == nil && rows[0].1 == "合计")
            #expect(rows[0].2.allSatisfy { $0 == nil })
        }
        let gk08 = try #require(report.table(.gk08))
        // 公开08 prints 合计, 基本支出 and 项目支出 of 本年支出 only: no cell for the columns it does not print.
        #expect(gk08.rows[0].cells.map(\.measure.code) == ["expense_total", "basic_expense", "project_expense"])
        let gk09 = try #require(report.table(.gk09)).coded
        #expect(gk09[0].2 == ["1093.88", "7.31", "357.48", nil, "357.48", "729.09", "1055.28", "7.31", "341.85", nil, "341.85", "706.12"])
    }

    @Test func readsTheSeedSavedWithWindowsLineEndings() throws {
        let text = String(decoding: try Fixture.seedData(), as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n")
        let report = try ReportParser.parse(file: "seed-crlf.txt", data: Data(text.utf8))
        #expect(report.tables.map(\.table) == GongkaiTable.allCases)
        #expect(report.tables.map(\.location.line) == [100, 129, 172, 218, 246, 293, 336, 355, 374])
        let gk05 = try #require(report.table(.gk05))
        #expect(gk05.coded[0] == (nil, "合计", ["17714.80", "12143.60", "10596.94", "1546.66", "5571.20"]))
        #expect(report.projects.count == 50)
        #expect(report.lines.allSatisfy { !$0.hasSuffix("\r") })
    }
}
