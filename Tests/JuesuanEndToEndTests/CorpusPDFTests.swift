import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanPDF
import JuesuanWarehouse
import Testing

/// Every 决算 PDF of Tests/Fixtures/reports, each a layout of its own (a central ministry, a Guangdong
/// city's eight tables marked 表1–表8, Shanghai's variant, a university's four tables), and both
/// 部门预算 (Shenzhen's eleven tables with the narrative, Jiangsu's twelve tables alone), loaded
/// into a real PostgreSQL and compared with the PDF's own text.
///
/// The expected counts and totals come from `Tests/python/printed_amounts.py`, which reads
/// `pdftotext -layout` independently of the loader: per table, the number of printed amounts
/// and the amounts printed on each 合计 / 总计 row.
@Suite struct CorpusPDFTests {
    struct Report: Sendable, CustomStringConvertible {
        var file: String
        var department: String
        var year: Int
        var kind = "决算"
        var description: String { file }
        var path: String {
            Warehouse.reports.appendingPathComponent("\(file)").path
        }
    }

    static let reports = [
        Report(file: "central-national-public-complaints-bureau-2024-final-accounts.pdf", department: "国家信访局", year: 2024),
        Report(file: "foshan-rail-transit-bureau-2019-final-accounts.pdf", department: "佛山市轨道交通局", year: 2019),
        Report(file: "shanghai-putuo-finance-bureau-2024-final-accounts.pdf", department: "上海市普陀区财政局", year: 2024),
        Report(file: "southwest-university-2023-final-accounts.pdf", department: "西南大学", year: 2023),
        Report(file: "budget/shenzhen-civil-affairs-bureau-2026-budget.pdf", department: "深圳市民政局", year: 2026, kind: "预算"),
        Report(file: "budget/jiangsu-party-committee-office-2019-budget-tables.pdf", department: "中共江苏省委办公厅", year: 2019, kind: "预算"),
    ]

    /// What the PDF's text prints, per table: `{"tables": {"gk01": {"amounts": 13, "totals": {"总计": [...]}}}}`.
    struct Printed: Decodable {
        struct Table: Decodable {
            var amounts: Int
            var totals: [String: [String]]
        }
        var tables: [String: Table]
    }

    static func printed(_ path: String) throws -> Printed {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Warehouse.root.appendingPathComponent("Tests/python/printed_amounts.py").path, path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return try JSONDecoder().decode(Printed.self, from: data)
    }

    @Test(arguments: reports)
    func loadsEveryPrintedAmount(_ report: Report) throws {
        let printed = try Self.printed(report.path)
        try Warehouse.with { warehouse in
            let loaded = try warehouse.load(report.path)
            let document = String(loaded.documentID)
            #expect(
                try warehouse.lines("select department, fiscal_year, report_kind from fiscal.dim_document")
                    == ["\(report.department)\t\(report.year)\t\(report.kind)"])
            // Every table the PDF prints, and no other, holds its printed amounts.
            let stored = try warehouse.lines(
                """
                select table_code, count(amount) from fiscal.fact_gongkai_amount where document_id = $1
                group by table_code order by table_code
                """, [document])
            let expected = printed.tables.keys.sorted().map { "\($0)\t\(printed.tables[$0]?.amounts ?? -1)" }
            #expect(stored == expected)
            for (table, counts) in printed.tables {
                for (label, amounts) in counts.totals {
                    let row = try warehouse.lines(
                        """
                        select amount_text from fiscal.fact_gongkai_amount
                        where document_id = $1 and table_code = $2 and line_label = $3 and amount is not null
                        order by amount_text
                        """, [document, table, label])
                    #expect(row == amounts.sorted(), "\(table) \(label)")
                }
            }
        }
    }

    /// The hard identities hold on each: 01 and 04 balance, 合计 = Σ 类, with no `error`
    /// finding that a misread cell would cause.
    @Test(arguments: reports)
    func theHardIdentitiesHold(_ report: Report) throws {
        try Warehouse.with { warehouse in
            let loaded = try warehouse.load(report.path)
            let errors = try warehouse.lines(
                "select check_id, table_codes, row_key, message from fiscal.dq_finding where document_id = $1 and severity = 'error' order by 1, 2, 3",
                [String(loaded.documentID)])
            #expect(errors == [])
        }
    }
}

/// Running the checks again clears only their own findings: what the loader recorded stays.
@Suite struct RerunTests {
    @Test func rerunningTheChecksKeepsWhatTheLoaderRecorded() throws {
        // A heading that names another department: the parser's identity_disagreement finding.
        let text = try SeedVariant.seed().replacingOccurrences(
            of: "第三部分 2024 年度部门决算情况说明", with: "第三部分 吉林省人民政府办公室 2024 年度部门决算情况说明")
        let path = try SeedVariant.write(text, name: "disagreeing.txt")
        defer { SeedVariant.remove(path) }
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(path).documentID)
            let recorded = "select count(*) from fiscal.dq_finding where document_id = $1 and check_id = 'identity_disagreement'"
            // The 目录 and the body both print the heading: one finding a kind of source and name.
            #expect(try warehouse.lines(recorded, [document]) == ["1"])
            let all = "select count(*) from fiscal.dq_finding where document_id = $1"
            let before = try warehouse.lines(all, [document])
            let run = try CommandLineTests.run(["check", document, "--rerun", "--database-url", warehouse.database.conninfo])
            #expect(run.status == 0)
            #expect(try warehouse.lines(recorded, [document]) == ["1"])
            #expect(try warehouse.lines(all, [document]) == before)
        }
    }
}

/// A report whose tables are not recognised is refused with the titles seen, and a budget says so.
@Suite struct UnknownLayoutTests {
    @Test func anUnknownBudgetSaysItIsOneAndNamesTheTitlesItSaw() throws {
        let text = """
            某某局2026年部门预算
            部门预算明细表
            单位：万元
            项目\t金额
            合计\t12.00
            """
        #expect(
            throws: ParseError(
                file: "budget.txt", line: nil,
                message: "a 部门预算 (budget), but no budget table recognised; expected a title such as 收支总表 followed by a "
                    + "tab-separated table; saw 部门预算明细表 on line 2")
        ) { try ReportParser.parse(file: "budget.txt", data: Data(text.utf8)) }
    }

    @Test func anUnknownFinalAccountsNamesTheTitlesItSaw() throws {
        let text = """
            某某局2024年度部门决算
            部门决算明细表
            单位：万元
            项目\t金额
            合计\t12.00
            """
        #expect(
            throws: ParseError(
                file: "final.txt", line: nil,
                message: "no 公开 table found; expected a title such as 收入支出决算总表 followed by a tab-separated table; "
                    + "saw 部门决算明细表 on line 2")
        ) { try ReportParser.parse(file: "final.txt", data: Data(text.utf8)) }
    }
}

/// The parser's findings reach the warehouse: a table the 目录 lists and the report omits.
@Suite struct ParserFindingTests {
    @Test func anOmittedTableIsAnErrorFindingAndTheRestLoads() throws {
        let lines = try SeedVariant.seed().components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "七、政府性基金预算财政拨款收入支出决算表"))
        let end = try #require(lines.firstIndex(of: "八、国有资本经营预算财政拨款支出决算表"))
        let path = try SeedVariant.write((lines[..<start] + lines[end...]).joined(separator: "\n"), name: "no-gk07.txt")
        defer { SeedVariant.remove(path) }
        try Warehouse.with { warehouse in
            let loaded = try warehouse.load(path)
            let document = String(loaded.documentID)
            #expect(
                try warehouse.lines(
                    """
                    select check_id, severity, table_codes, row_key, source_lines::text from fiscal.dq_finding
                    where document_id = $1 and check_id = 'missing_table'
                    """, [document]) == ["missing_table\terror\tgk07\t- 七、政府性基金预算财政拨款收入支出决算表\t{24}"])
            #expect(
                try warehouse.lines(
                    "select distinct table_code from fiscal.fact_gongkai_amount where document_id = $1 order by 1", [document])
                    == ["gk01", "gk02", "gk03", "gk04", "gk05", "gk06", "gk08", "gk09"])
            // The same report with its 公开07 (it replaces the one without): nothing missing.
            let whole = try warehouse.load(Warehouse.seedPath)
            #expect(
                try warehouse.lines(
                    "select count(*) from fiscal.dq_finding where document_id = $1 and check_id = 'missing_table'", [String(whole.documentID)])
                    == ["0"])
        }
    }
}
