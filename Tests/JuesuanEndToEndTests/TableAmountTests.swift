import Foundation
import JuesuanCore
import Testing

/// Every table read into a view holds the amounts its PDF prints: for each ruled table pdfplumber
/// finds (`Tests/python/table_amounts.py`, independent of the loader), its amounts counted and its
/// 合计 / 总计 rows read; the loader's table of the same page and place names the view. Per view,
/// the facts with a decimal point are as many as those amounts (a 合计 row a continued page prints
/// again counted once; a column the view has no measure for counted in its `column_not_read`
/// finding), and each printed 合计 / 总计 row is a row of facts. A table the loader could not read
/// (a `table_not_read` finding) is left out: its cells are `gongkai.printed_cell`'s.
@Suite struct TableAmountTests {
    static let beijing = "budget/beijing-finance-bureau-2026-budget-tables.pdf"
    struct Printed: Decodable {
        struct Table: Decodable {
            var page: Int
            var index: Int
            var amounts: Int
            var totals: [[String]]
        }
        var tables: [Table]
    }

    /// Every corpus report; Beijing's tables with the identity they do not print, as a user gives it.
    @Test(arguments: PrintedCellTests.reports + ["budget/xian-civil-affairs-bureau-2021-budget.pdf", Self.beijing])
    func everyViewHoldsItsTablesPrintedAmounts(_ file: String) throws {
        let path = Warehouse.reports.appendingPathComponent(file).path
        let given = file == Self.beijing ? GivenIdentity(department: "北京市财政局", year: 2026, kind: .budget) : .none
        let run = try BIClientTests.runPython([Warehouse.root.appendingPathComponent("Tests/python/table_amounts.py").path, path], environment: [:])
        try #require(run.status == 0, "\(run.stderr)")
        let printed = try JSONDecoder().decode(Printed.self, from: Data(run.stdout.utf8)).tables
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(path, given: given).documentID)
            // The loader's drawn tables, by page and place on the page, with the view each is read into.
            var codes: [String: String] = [:]
            for line in try warehouse.lines(
                """
                select page, row_number() over (partition by page order by table_ord) - 1, coalesce(table_code, '')
                from fiscal.printed_table where document_id = $1
                """, [document])
            {
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                codes["\(parts[0]):\(parts[1])"] = parts[2]
            }
            let unread = Set(try warehouse.lines(
                "select table_codes from fiscal.dq_finding where document_id = $1 and check_id = 'table_not_read'", [document]))
            var expected: [String: Int] = [:]
            var totals: [String: [[String]]] = [:]
            for table in printed {
                // The 绩效目标表 (performance_targets) print targets, not facts of a 公开 view.
                guard let code = codes["\(table.page):\(table.index)"], !code.isEmpty, code != "performance_targets", !unread.contains(code)
                else { continue }
                expected[code, default: 0] += table.amounts
                for row in table.totals {
                    // A 合计 row printed again (on a continued page, at the foot as at the head) is one row.
                    if totals[code, default: []].contains(row) { expected[code, default: 0] -= row.count } else { totals[code, default: []].append(row) }
                }
            }
            // The numbers of the columns a view has no measure for (integers among them, which the
            // count of decimals above leaves out: the comparison is then a range).
            var unreadColumns: [String: Int] = [:]
            for line in try warehouse.lines(
                "select table_codes, actual from fiscal.dq_finding where document_id = $1 and check_id = 'column_not_read'", [document])
            {
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                let counts = parts[1].matches(of: #/\(([0-9]+) amounts\)/#).compactMap { Int($0.1) }
                unreadColumns[parts[0], default: 0] += counts.reduce(0, +)
            }
            let stored = Dictionary(
                uniqueKeysWithValues: try warehouse.lines(
                    """
                    select table_code, count(*) filter (where amount_text ~ '^[-+]?[0-9][0-9,]*\\.[0-9]+$') from fiscal.fact_gongkai_amount
                    where document_id = $1 group by table_code
                    """, [document]
                ).map { line in
                    let parts = line.split(separator: "\t").map(String.init)
                    return (parts[0], Int(parts[1]) ?? -1)
                })
            #expect(!expected.isEmpty)
            for (code, count) in expected.sorted(by: { $0.key < $1.key }) {
                let kept = stored[code] ?? 0
                if let unread = unreadColumns[code] {
                    #expect(kept <= count && count - kept <= unread, "\(file) \(code): \(kept) amounts stored, \(count) printed, \(unread) in columns not read")
                } else {
                    #expect(kept == count, "\(file) \(code): \(kept) amounts stored, \(count) printed")
                }
            }
            // Every printed total row is a row of the view: its amounts, in order, among the amounts of one stored row.
            let rows = try warehouse.lines(
                """
                select table_code, string_agg(amount_text, ' ' order by measure_code, fund_code) from fiscal.gongkai_cell
                where document_id = $1 and amount_text is not null group by table_code, ord, part
                """, [document])
            var storedRows: [String: [Set<String>]] = [:]
            for line in rows {
                let parts = line.split(separator: "\t").map(String.init)
                storedRows[parts[0], default: []].append(Set(parts[1].split(separator: " ").map(String.init)))
            }
            for (code, rowsPrinted) in totals {
                for row in rowsPrinted {
                    // A two-sided table prints both sides' totals on one line, as two rows of its view.
                    let found = storedRows[code, default: []].contains { Set(row).isSubset(of: $0) }
                        || Set(row).isSubset(of: storedRows[code, default: []].filter { !$0.isDisjoint(with: Set(row)) }.reduce(Set<String>()) { $0.union($1) })
                    #expect(found, "\(file) \(code): the printed total row \(row) is no row of the view")
                }
            }
        }
    }
}
