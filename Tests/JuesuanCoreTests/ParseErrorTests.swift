import Foundation
import JuesuanCore
import Testing

/// Bad input gets one line naming the file, the line and what was expected.
@Suite struct ParseErrorTests {
    static let summary = """
        收入支出决算总表
        单位：万元
        收入|||支出||
        项目|行次|决算数|项目|行次|决算数
        一、一般公共预算财政拨款收入|1|17321.9I|一、一般公共服务支出|14|14260.08
        """

    @Test func aNonNumberWhereAnAmountBelongs() {
        let line = Fixture.line(of: "17321.9I", in: Self.summary)
        #expect(line == 11)
        #expect(throws: ParseError(file: "fragment.txt", line: line, message: "gk01 收入支出决算总表: expected an amount in column 决算数, found '17321.9I'")) {
            try Fixture.report(Self.summary)
        }
        let message = ParseError(file: "fragment.txt", line: 11, message: "x").description
        #expect(message == "fragment.txt:11: x")
    }

    @Test func anEmptyFile() {
        #expect(throws: ParseError(file: "empty.txt", line: nil, message: "the file is empty; expected a 部门决算 or 部门预算 report")) {
            try ReportParser.parse(file: "empty.txt", data: Data(" \n\n".utf8))
        }
    }

    @Test func aFileWithNoTable() {
        let expected = ParseError(
            file: "prose.txt", line: nil,
            message: "no 公开 table found; expected a title such as 收入支出决算总表 followed by a tab-separated table")
        #expect(throws: expected) {
            try ReportParser.parse(file: "prose.txt", data: Data(Fixture.text("第一部分 部门概况\n收入支出决算总表\n本年收入增加。").utf8))
        }
    }

    @Test func binaryAndGBKInputAreRefused() {
        #expect(throws: ParseError(file: "a.bin", line: 2, message: "expected UTF-8 text, found binary data (a NUL byte)")) {
            try ReportParser.parse(file: "a.bin", data: Data([0x41, 0x0A, 0x42, 0x00]))
        }
        let gbk = Data("2024 年度\n".utf8) + Data([0xCA, 0xD5, 0xC8, 0xEB])  // 收入 in GBK
        #expect(
            throws: ParseError(
                file: "gbk.txt", line: 2,
                message: "expected UTF-8 text, found bytes that are not UTF-8 (GBK/GB18030 reports must be converted to UTF-8 first)")
        ) {
            try ReportParser.parse(file: "gbk.txt", data: gbk)
        }
    }

    @Test func aTablePrintedTwice() {
        // Each copy ends with its note, so the second is not a page-break continuation of the first.
        let copy = Self.summary.replacingOccurrences(of: "17321.9I", with: "1.00") + "\n注：本表反映部门本年度的总收支。\n"
        let body = copy + "\n" + copy
        let second = Fixture.text(body).components(separatedBy: "\n").lastIndex { $0 == "收入支出决算总表" }.map { $0 + 1 }
        #expect(
            throws: ParseError(
                file: "fragment.txt", line: second,
                message: "gk01 收入支出决算总表: the table is printed a second time (first at line 7)")
        ) {
            try Fixture.report(body)
        }
    }

    @Test func anInvalidCode() {
        let body = """
            收入决算表
            单位：万元
            项目||本年收入合计|财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入
            科目代码|科目名称|||||||
            2010|行政运行|1.00|1.00|||||
            """
        #expect(
            throws: ParseError(
                file: "fragment.txt", line: 11, message: "gk02 收入决算表: expected a 功能分类 code of 3, 5, 7 digits, found '2010'")
        ) {
            try Fixture.report(body)
        }
    }

    @Test func mixedUnits() {
        let yuan = Self.summary.replacingOccurrences(of: "17321.9I", with: "1.00")
        let body = yuan + "\n\n" + """
            收入决算表
            单位：元
            项目||本年收入合计|财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入
            科目代码|科目名称|||||||
            合计||1.00|1.00|||||
            """
        #expect(
            throws: ParseError(
                file: "fragment.txt", line: Fixture.line(of: "收入决算表", in: body),
                message: "gk02 收入决算表: amounts in 元, but gk01 收入支出决算总表 is in 万元; expected one unit for the report")
        ) {
            try Fixture.report(body)
        }
    }
}

/// A file cut off part-way is refused, not loaded as a shorter report.
@Suite struct TruncationTests {
    static func seedCut(beforeLine line: Int) throws -> Data {
        let text = String(decoding: try Fixture.seedData(), as: UTF8.self)
        return Data(text.components(separatedBy: "\n").prefix(line - 1).joined(separator: "\n").utf8)
    }

    @Test func cutInTheMiddleOfATable() throws {
        // Line 190 is inside 公开03; 公开04 and after are listed in the 目录 (line 21) but missing.
        #expect(
            throws: ParseError(
                file: "cut.txt", line: 21,
                message: "gk04 财政拨款收入支出决算总表: listed in the 目录 but not found in the report; expected the table (is the file cut off?)")
        ) {
            try ReportParser.parse(file: "cut.txt", data: try Self.seedCut(beforeLine: 190))
        }
    }

    @Test func cutInTheMiddleOfAProjectForm() throws {
        // The first form (项目名称 at line 394) ends with its 总分 at line 408; cut at 406.
        #expect(
            throws: ParseError(
                file: "cut.txt", line: 394, message: "项目支出绩效自评表 政府序列会议经费: expected a 总分 row ending the form (is the file cut off?)")
        ) {
            try ReportParser.parse(file: "cut.txt", data: try Self.seedCut(beforeLine: 406))
        }
    }
}

/// A report whose tables are all blank is a template, not a report with no spending.
@Suite struct BlankReportTests {
    @Test func aReportWithOnlyBlankTablesIsRefused() {
        let body = """
            国有资本经营预算财政拨款支出决算表
            单位：万元
            项目||本年支出||
            科目代码|科目名称|合计|基本支出|项目支出
            合计||||
            """
        #expect(
            throws: ParseError(
                file: "fragment.txt", line: nil, message: "every 公开 table is blank (a template?); expected a report with printed amounts")
        ) {
            try Fixture.report(body)
        }
    }
}
