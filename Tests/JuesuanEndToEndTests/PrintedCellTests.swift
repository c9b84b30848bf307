import Foundation
import JuesuanCore
import JuesuanWarehouse
import Testing

/// Every printed cell kept: each number pdfplumber reads in a ruled table of a corpus PDF
/// (`Tests/python/printed_numbers.py`, independent of the loader) is a cell of
/// `gongkai.printed_cell`, recognised table or not.
@Suite struct PrintedCellTests {
    static let reports = [
        "central-national-public-complaints-bureau-2024-final-accounts.pdf", "foshan-rail-transit-bureau-2019-final-accounts.pdf",
        "shanghai-putuo-finance-bureau-2024-final-accounts.pdf", "southwest-university-2023-final-accounts.pdf",
        "budget/changsha-petitions-bureau-2026-budget.pdf", "budget/fuzhou-commerce-bureau-2026-budget.pdf",
        "budget/guangzhou-statistics-bureau-2026-budget.pdf", "budget/jiangsu-party-committee-office-2019-budget-tables.pdf",
        "budget/shanghai-transport-vocational-college-2026-unit-budget.pdf", "budget/shenzhen-civil-affairs-bureau-2026-budget.pdf",
    ]

    struct Numbers: Decodable { var numbers: [String] }

    @Test(arguments: reports + ["budget/xian-civil-affairs-bureau-2021-budget.pdf", TableAmountTests.beijing])
    func everyNumberOfEveryRuledTableIsKept(_ file: String) throws {
        let given = file == TableAmountTests.beijing ? GivenIdentity(department: "北京市财政局", year: 2026, kind: .budget) : .none
        let path = Warehouse.reports.appendingPathComponent(file).path
        let run = try BIClientTests.runPython([Warehouse.root.appendingPathComponent("Tests/python/printed_numbers.py").path, path], environment: [:])
        try #require(run.status == 0, "\(run.stderr)")
        let printed = try JSONDecoder().decode(Numbers.self, from: Data(run.stdout.utf8)).numbers
        #expect(printed.count > 100)
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(path, given: given).documentID)
            let kept = try warehouse.lines(
                "select regexp_replace(cell_text, '\\s', '', 'g') from gongkai.printed_cell where document_id = $1", [document])
            var remaining = Dictionary(kept.map { ($0, 1) }, uniquingKeysWith: +)
            var missing: [String] = []
            for number in printed {
                if let count = remaining[number], count > 0 { remaining[number] = count - 1 } else { missing.append(number) }
            }
            #expect(missing == [], "\(file): \(missing.count) of \(printed.count) printed numbers not kept")
        }
    }

    @Test func aCellKeepsItsHeaderPathAndAmount() throws {
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(Warehouse.reports.appendingPathComponent("shanghai-putuo-finance-bureau-2024-final-accounts.pdf").path).documentID)
            // 公开02: the 行政运行 row, under 本年收入合计 and 财政拨款收入.
            let rows = try warehouse.lines(
                """
                select header_path, cell_text, amount from gongkai.printed_cell
                where document_id = $1 and table_code = 'gk02' and cell_text in ('1,511.90', '1,511.89') order by cell_text
                """, [document])
            #expect(rows == ["财政拨款收入\t1,511.89\t1511.89", "本年收入合计\t1,511.90\t1511.90"])
            let three = try warehouse.lines(
                """
                select header_path from gongkai.printed_cell
                where document_id = $1 and table_code = 'gk09' and row_index = 4 and column_index = 6
                """, [document])
            #expect(three == ["财政拨款“三公”经费 / 公务用车购置及运行费 / 公务用车购置费"])
            // A code is not an amount; the 行政运行 amount is.
            let codes = try warehouse.lines(
                "select count(*) from gongkai.printed_cell where document_id = $1 and table_code = 'gk05' and cell_text = '201' and amount is not null",
                [document])
            #expect(codes == ["0"])
        }
    }

    @Test func aTableNoSpecReadsIsKeptAndNamed() throws {
        let path = Warehouse.reports.appendingPathComponent("budget/changsha-petitions-bureau-2026-budget.pdf").path
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(path).documentID)
            // The 项目支出绩效目标表 are no table of a spec: each is kept, and named in an info finding.
            let titles = try warehouse.lines(
                """
                select count(*) from fiscal.printed_table
                where document_id = $1 and table_code is null and title like '%项目支出绩效目标表'
                """, [document])
            #expect(titles != ["0"])
            let findings = try warehouse.lines(
                """
                select count(*) from fiscal.dq_finding
                where document_id = $1 and check_id = 'unrecognised_table' and severity = 'info' and message like '%项目支出绩效目标表%'
                """, [document])
            #expect(findings == titles)
        }
    }
}
