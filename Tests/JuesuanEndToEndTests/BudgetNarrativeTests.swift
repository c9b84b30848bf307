import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanPDF
import JuesuanWarehouse
import Testing

/// A budget's narrative is read like a 决算's, and the `budget_narrative` check compares each total
/// it states with the budget's own tables.
@Suite struct BudgetNarrativeTests {
    static let changsha = Warehouse.reports.appendingPathComponent("budget/changsha-petitions-bureau-2026-budget.pdf").path

    /// 长沙市信访局's budget, as its pages print it (the page lines MuPDF reads), with `changes`
    /// made to the text of its narrative lines: (printed text, replacement).
    ///
    /// - Returns: the report, and the line (1-based, as the warehouse numbers them) of each change.
    static func changsha(changing changes: [(String, String)]) throws -> (report: Report, lines: [Int]) {
        let (words, grids) = try changshaPages()
        var lines = PDFLayout.lines(from: words, grids: grids)
        var changed: [Int] = []
        for (printed, replacement) in changes {
            // The narrative's line, not a table's row: a row has its cells.
            let index = try #require(lines.firstIndex { $0.cells == nil && $0.text.contains(printed) }, "\(printed) is printed")
            lines[index].text = lines[index].text.replacingOccurrences(of: printed, with: replacement)
            changed.append(index + 1)
        }
        let report = try ReportParser.parse(
            file: changsha, pdfLines: lines, printed: PDFLayout.printedTables(grids, words: words),
            sha256: SHA256.hex(Data(lines.map(\.text).joined(separator: "\n").utf8)))
        return (report, changed)
    }

    /// 长沙's words and ruled grids, as MuPDF reads its pages.
    static func changshaPages() throws -> (words: [PDFWord], grids: [TableGrid]) {
        let pages = try PDFTrace.pages(of: changsha)
        return (pages.flatMap(PDFWord.words(on:)), PDFLayout.grids(of: pages))
    }

    /// The line (1-based) of 长沙's text, as its pages print it, that `isWanted` picks first.
    static func changshaLine(_ isWanted: (String) -> Bool) throws -> Int {
        let (words, grids) = try changshaPages()
        return try #require(PDFLayout.lines(from: words, grids: grids).firstIndex { $0.cells == nil && isWanted($0.text) }) + 1
    }

    /// The findings of `check` (budget_narrative unless named) on the report once loaded and checked,
    /// and its comparisons' names.
    static func judged(_ report: Report, check: String = "budget_narrative") throws -> (findings: [String], compared: Set<String>) {
        try Warehouse.with { warehouse in
            let document = String(try DocumentLoader(connection: warehouse.connection).load(report).documentID)
            try DataQualityChecks(sqlDirectory: Warehouse.sqlDirectory).runPending(on: warehouse.connection)
            let findings = try warehouse.lines(
                """
                select severity, row_key, expected, actual, source_lines from fiscal.dq_finding
                where document_id = $1 and check_id = $2 order by source_lines
                """, [document, check])
            let compared = try warehouse.lines(
                "select split_part(row_key, ' ', 1) from fiscal.dq_measurement where document_id = $1 and check_id = $2",
                [document, check])
            return (findings, Set(compared))
        }
    }

    /// Three figures of the narrative changed: 收入预算, 一般公共预算拨款支出 and the “三公”经费 —
    /// three warnings, each on its changed line and the table's; the budget as printed has none, and
    /// compares every total its text states (read from its pages 5–9: 三、部门收支总体情况, 四、一般公共
    /// 预算拨款支出 with its one 类, 一般公共服务支出, and its share, （一）基本支出 and （二）项目支出,
    /// 六、(二) “三公”经费 with its items).
    @Test func threeChangedFiguresAreFlaggedOnTheirLines() throws {
        let clean = try Self.judged(try Self.changsha(changing: []).report)
        #expect(clean.findings == [])
        #expect(
            clean.compared == [
                "收入预算", "支出预算", "一般公共预算拨款支出", "基本支出", "项目支出", "“三公”经费", "公务接待费", "公务用车购置及运行费",
                "公务用车运行费", "一般公共服务支出",
            ])

        let (report, lines) = try Self.changsha(changing: [
            ("本单位收入预算1935.36万元", "本单位收入预算1953.36万元"),
            ("一般公共预算拨款支出1935.36万元", "一般公共预算拨款支出1935.63万元"),
            ("经费预算数为8.00万元", "经费预算数为9.00万元"),
        ])
        let changed = try Self.judged(report)
        #expect(changed.findings.count == 3)
        // Each finding names its changed line first, then the table's line.
        #expect(changed.findings.map { $0.split(separator: "\t")[4].dropFirst().prefix { $0 != "," } }.map { Int($0) } == lines.map { Optional($0) })
        #expect(changed.findings.map { $0.split(separator: "\t").prefix(1).joined() } == ["warn", "warn", "warn"])
        #expect(changed.findings.map { $0.split(separator: "\t")[2...3].joined(separator: " ") } == ["1935.36 1953.36", "1935.36 1935.63", "8.00 9.00"])
    }

    /// A 类's share stated wrong (占 90.00% of a 合计 it makes up alone) is flagged on its line; its
    /// amount, stated right, is not.
    @Test func aClassShareStatedWrongIsFlagged() throws {
        let (report, lines) = try Self.changsha(changing: [("一般公共服务支出1935.36万元，占100.00%", "一般公共服务支出1935.36万元，占90.00%")])
        let found = try Self.judged(report).findings
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("warn\t一般公共服务支出 share ") == true)
        #expect(found.first?.contains("\t90.00\t100.00\t{\(lines[0]),") == true)  // stated, then recomputed
    }

    /// The “三公” section — 长沙's is a sub-section, （二）“三公”经费预算：2026年…, its text going on after
    /// the colon — states each item: 公务接待费, 公务用车购置费 and 运行费, 因公出国（境）费 0.00 万元. With
    /// 因公出国（境）费 or 公务用车运行费 taken out of its text, one warning, on the section's heading.
    @Test func aSangongItemTheBudgetDoesNotStateIsFlagged() throws {
        let clean = try Self.judged(try Self.changsha(changing: []).report, check: "sangong_disclosure")
        #expect(clean.findings == [])
        #expect(clean.compared == ["因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"])

        let heading = try Self.changshaLine { $0.hasPrefix("（二）“三公”经费预算：") }
        let (report, _) = try Self.changsha(changing: [("，因公出国（境）费0.00万", "")])
        #expect(try Self.judged(report, check: "sangong_disclosure").findings == ["warn\t因公出国（境）费 disclosed\t1\t0\t{\(heading)}"])
        // 公务用车运行费 stated only inside the merged 公务用车购置及运行费 is not stated on its own.
        let (merged, _) = try Self.changsha(changing: [("公务用车运行费5.00万元", "")])
        #expect(try Self.judged(merged, check: "sangong_disclosure").findings == ["warn\t公务用车运行维护费 disclosed\t1\t0\t{\(heading)}"])
    }

    /// The 政府采购 total a budget states is its three kinds' sum, in the budget's wording (长沙: 政府采购预算总额
    /// 43.9 万元, 其中, 货物类采购预算 25.4, 工程类 0, 服务类 18.5): compared and equal as printed; with the
    /// 货物 changed to 26.4, one warning on the total, its line first.
    @Test func theProcurementTotalIsItsKindsSum() throws {
        let clean = try Self.judged(try Self.changsha(changing: []).report, check: "narrative_year_on_year")
        #expect(clean.findings == [])
        #expect(clean.compared.contains("本单位政府采购预算总额"))
        let total = try Self.changshaLine { $0.contains("政府采购预算总额") }
        let (report, lines) = try Self.changsha(changing: [("货物类采购预算25.4万元", "货物类采购预算26.4万元")])
        let found = try Self.judged(report, check: "narrative_year_on_year").findings
        #expect(found.count == 1)
        // The total's figure is on the line its number is printed on: the one after the heading's.
        #expect(found.first?.hasPrefix("warn\t本单位政府采购预算总额\t43.9\t44.9\t{\(total + 1),\(lines[0])") == true)
    }

    /// On every corpus budget the check raises no warning: its text states each total as the tables
    /// print it, 上海交通职业技术学院's and 西安市民政局's rounded (to the 万元, to 0.01 万元 of tables in 元).
    @Test(arguments: PrintedCellTests.reports.filter { $0.hasPrefix("budget/") } + ["budget/xian-civil-affairs-bureau-2021-budget.pdf"])
    func aCorpusBudgetStatesItsTotalsAsItsTablesPrintThem(_ file: String) throws {
        let report = try ReportReader.read(Warehouse.reports.appendingPathComponent(file).path)
        let judged = try Self.judged(report)
        #expect(judged.findings.filter { !$0.hasPrefix("info\t") } == [])
    }

    /// Every corpus budget with a narrative states each “三公” item in its section (江苏's 2019 budget
    /// prints its tables alone): 福州's is its 六、, not the 名词解释 entry 十一、“三公”经费：… after the body.
    @Test(arguments: PrintedCellTests.reports.filter { $0.hasPrefix("budget/") } + ["budget/xian-civil-affairs-bureau-2021-budget.pdf"])
    func aCorpusBudgetStatesEachSangongItem(_ file: String) throws {
        let report = try ReportReader.read(Warehouse.reports.appendingPathComponent(file).path)
        let judged = try Self.judged(report, check: "sangong_disclosure")
        #expect(judged.findings == [])
        #expect(judged.compared == (file.contains("jiangsu") ? [] : ["因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"]))
    }
}
