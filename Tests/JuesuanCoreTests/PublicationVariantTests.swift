import Foundation
import JuesuanCore
import Testing

/// Real publications beyond the seed's layout: whose report it is (from every place it is
/// printed), tables the 目录 lists and the report omits, continuation pages that repeat the
/// header, 编制部门 / 金额单位 lines, and tables printed after the narrative.
@Suite struct PublicationVariantTests {
    /// The seed's text with each line that equals `line` replaced by `replacement` (which may hold newlines).
    static func seed(replacing replacements: [String: String], dropping dropped: (Int) -> Bool = { _ in false }) throws -> String {
        let lines = String(decoding: try Fixture.seedData(), as: UTF8.self).components(separatedBy: "\n")
        return lines.enumerated().compactMap { index, line in
            dropped(index + 1) ? nil : replacements[line] ?? line
        }.joined(separator: "\n")
    }

    static func parse(_ text: String) throws -> Report {
        try ReportParser.parse(file: "variant.txt", data: Data(text.utf8))
    }

    static let department = "吉林省人民政府办公厅"
    static let entityLine = "部门：吉林省人民政府办公厅（汇总）"

    @Test func aCoverNameWrappedOverTwoLines() throws {
        let report = try Self.parse(Self.seed(replacing: [Self.department + "部门决算": "吉林省人民政府\n办公厅部门决算"]))
        #expect(report.cover.department == Self.department)
        #expect(report.findings.filter { $0.check == "identity_disagreement" } == [])
    }

    @Test func aCoverNameWrappedOverThreeLinesWithTheYearInside() throws {
        // As 中共上海市普陀区委 / 社会工作部 2024 年度 / 部门决算 prints it; the tables name it whole.
        let report = try Self.parse(
            Self.seed(replacing: [
                Self.department + "部门决算": "中共吉林省委\n社会工作部 2024 年度\n部门决算",
                Self.entityLine: "部门：中共吉林省委社会工作部（汇总）",
            ]))
        #expect(report.cover.department == "中共吉林省委社会工作部")
        #expect(report.cover.fiscalYear == 2024)
        #expect(report.findings == [])
    }

    @Test func aDepartmentPrintedOnlyInTheHeadings() throws {
        // No name on the cover and no 部门 line: 第二部分 X 2024 年度部门决算表 names it.
        let report = try Self.parse(
            Self.seed(replacing: [
                Self.department + "部门决算": "部门决算",
                Self.entityLine: "",
                "部门: 吉林省人民政府办公厅(汇总)": "",
                "第二部分 2024 年度部门决算表": "第二部分 吉林省测试厅 2024 年度部门决算表",
            ]))
        #expect(report.cover.department == "吉林省测试厅")
    }

    @Test func sourcesThatDisagreeLoadWithTheAgreedNameAndAFinding() throws {
        // The cover and the tables' 部门 lines agree; one heading misprints the name.
        let text = try Self.seed(replacing: ["第三部分 2024 年度部门决算情况说明": "第三部分 吉林省人民政府办公室 2024 年度部门决算情况说明"])
        let line = text.components(separatedBy: "\n").firstIndex(of: "第三部分 吉林省人民政府办公室 2024 年度部门决算情况说明").map { $0 + 1 }
        let report = try Self.parse(text)
        #expect(report.cover.department == Self.department)
        let findings = report.findings.filter { $0.check == "identity_disagreement" }
        #expect(findings.map(\.found) == ["吉林省人民政府办公室"])
        #expect(findings.map(\.severity) == [.warn])
        #expect(findings.map(\.location.line) == [try #require(line)])
    }

    @Test func aCoverFragmentNeverNamesTheDepartment() throws {
        // The cover's first line lost (资源局 alone above the year): the longer name the
        // headings and 部门 lines print wins, and the fragment is reported.
        let report = try Self.parse(
            Self.seed(replacing: [
                Self.department + "部门决算": "办公厅部门决算",
                "第二部分 2024 年度部门决算表": "第二部分 吉林省人民政府办公厅 2024 年度部门决算表",
            ]))
        #expect(report.cover.department == Self.department)
        #expect(report.findings.filter { $0.check == "identity_disagreement" }.map(\.found) == ["办公厅"])
    }

    @Test func aCoverWithoutTheWordJuesuanNeverReadsTheContents() throws {
        // The cover prints the name alone; the first 决算 stands after the 目录, which is no cover.
        let report = try Self.parse(Self.seed(replacing: [Self.department + "部门决算": Self.department]))
        #expect(report.cover.department == Self.department)
        #expect(report.findings == [])
    }

    @Test func aHeadingNamingXBuMenGaiKuangNamesX() throws {
        // 第一部分 X部门概况 with no 部门 line and no name on the cover: the name is X, not X部门.
        let report = try Self.parse(
            Self.seed(replacing: [
                Self.department + "部门决算": "部门决算", Self.entityLine: "", "部门: 吉林省人民政府办公厅(汇总)": "",
                "第一部分 部门概况": "第一部分 吉林省人民政府办公厅部门概况",
            ]))
        #expect(report.cover.department == Self.department)
    }

    @Test func aYearOnlyInTheHeadingsAndPrintedAsNian() throws {
        // 2019年佛山市轨道交通局部门决算: the year before the name, with 年 and no 度.
        let report = try Self.parse(Self.seed(replacing: ["2024 年度": "", Self.department + "部门决算": "2024年" + Self.department + "部门决算"]))
        #expect(report.cover.department == Self.department)
        #expect(report.cover.fiscalYear == 2024)
    }

    /// The seed's lines of the body's 公开07 (its heading through the line before 八、).
    static func gk07Lines() throws -> ClosedRange<Int> {
        let lines = String(decoding: try Fixture.seedData(), as: UTF8.self).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "七、政府性基金预算财政拨款收入支出决算表")) + 1
        let end = try #require(lines.firstIndex(of: "八、国有资本经营预算财政拨款支出决算表"))
        return start...end
    }

    @Test func aTableOmittedMidReportLoadsTheRest() throws {
        let omitted = try Self.gk07Lines()
        let report = try Self.parse(Self.seed(replacing: [:], dropping: omitted.contains))
        #expect(report.tables.map(\.table) == GongkaiTable.allCases.filter { $0 != .gk07 })
        // The 目录 still lists it (line 24 of the seed), for the missing_table check to judge.
        let listed = report.tableOfContents.filter { $0.table == .gk07 }
        #expect(listed.map(\.location.line) == [24])
        #expect(listed.map(\.text) == ["- 七、政府性基金预算财政拨款收入支出决算表"])
        #expect(report.tableOfContents.map(\.table) == GongkaiTable.allCases)
    }

    @Test func aFileCutOffInsideATableIsRefused() throws {
        // Everything from inside 公开07 on is missing: no later table and no narrative.
        let omitted = try Self.gk07Lines()
        let text = try Self.seed(replacing: [:], dropping: { $0 >= omitted.lowerBound + 6 })
        #expect(
            throws: ParseError(
                file: "variant.txt", line: 24,
                message: "gk07 政府性基金预算财政拨款收入支出决算表: listed in the 目录 but not found in the report; expected the table (is the file cut off?)")
        ) { try Self.parse(text) }
    }

    @Test func aContinuationPageRepeatsTheHeaderAndTheTotal() throws {
        // The second page repeats title, 编制部门 / 金额单位, the header (one cell fewer) and the 合计 row.
        let body = """
            一般公共预算财政拨款支出决算表
            编制部门：测试厅（汇总）|||金额单位：万元
            项目||本年支出||
            科目代码|科目名称|小计|基本支出|项目支出
            栏次||1|2|3
            合计||150.00|80.00|70.00
            201|一般公共服务支出|100.00|80.00|20.00

            一般公共预算财政拨款支出决算表
            编制部门：测试厅（汇总）|||金额单位：万元
            项目||本年支出|
            科目代码|科目名称|小计|基本支出|项目支出
            栏次||1|2|3
            合计||150.00|80.00|70.00
            205|教育支出|50.00||50.00
            """
        let report = try Fixture.report(body)
        let gk05 = try #require(report.table(.gk05))
        #expect(gk05.rows.map(\.code) == [nil, "201", "205"])
        #expect(gk05.coded[2] == ("205", "教育支出", ["50.00", nil, "50.00"]))
        #expect(report.cover.amountUnit == "万元")
        #expect(report.reportingEntity == "测试厅（汇总）")
        #expect(report.cover.department == "测试厅")
    }

    @Test func tablesPrintedAfterTheNarrative() throws {
        // A consolidated report: the narrative first, then the tables, each under 编制部门 and 金额单位.
        let body = """
            第一部分 测试厅概况
            测试厅负责全市测试工作。
            第二部分 测试厅 2024 年度部门决算情况说明
            一、收入支出决算总体情况说明
            2024 年度收、支总计 150.00 万元。
            第三部分 测试厅 2024 年度部门决算表
            支出决算表
            编制部门：测试厅（汇总）
            金额单位：万元
            项目||本年支出合计|基本支出|项目支出
            科目代码|科目名称|||
            栏次||1|2|3
            合计||150.00|80.00|70.00
            201|一般公共服务支出|150.00|80.00|70.00
            """
        let report = try Fixture.report(body)
        let gk03 = try #require(report.table(.gk03))
        #expect(gk03.rows.map(\.code) == [nil, "201"])
        // The three columns printed, no cell for the three the table does not print.
        #expect(gk03.coded[1] == ("201", "一般公共服务支出", ["150.00", "80.00", "70.00"]))
        #expect(report.cover.department == "测试厅")
        #expect(report.findings == [])
    }

    @Test func aDashAloneInAGroupsAmountCellIsNoRow() throws {
        // 06 in two groups; a dash printed alone in the second group's 决算数 is a blank, not a total's label.
        let body = """
            一般公共预算财政拨款基本支出决算明细表
            单位：万元
            科目代码|科目名称|决算数|科目代码|科目名称|决算数
            301|工资福利支出|10.00|302|商品和服务支出|5.00
            30101|基本工资|10.00|30201|办公费|——
            |||||——
            人员经费合计||10.00|公用经费合计||5.00
            """
        let gk06 = try #require(try Fixture.report(body).table(.gk06))
        #expect(gk06.rows.map(\.code) == ["301", "30101", "302", "30201", nil, nil])
        #expect(gk06.rows.map(\.label) == ["工资福利支出", "基本工资", "商品和服务支出", "办公费", "人员经费合计", "公用经费合计"])
    }

    @Test func aReportWithNoKnownTableNamesTheTitlesItSaw() throws {
        let body = """
            高等学校资产负债表
            单位：万元
            项目|金额
            资产合计|10.00
            """
        #expect(
            throws: ParseError(
                file: "fragment.txt", line: nil,
                message: "no 公开 table found; expected a title such as 收入支出决算总表 followed by a tab-separated table; saw 高等学校资产负债表 on line 7")
        ) { try Fixture.report(body) }
    }
}
