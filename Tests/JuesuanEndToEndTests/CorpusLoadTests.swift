import Foundation
import Testing

/// Every real report of `Tests/Fixtures/reports` loads with `juesuan load` — exit 0, its
/// department, year, kind and level (部门, or 单位 for a 单位预算) — the Beijing tables (which print no department and no year)
/// with `--department` and `--year`, as a user would give them.
@Suite struct CorpusLoadTests {
    static let reports: [(file: String, identity: String)] = [
        ("central-national-public-complaints-bureau-2024-final-accounts.pdf", "国家信访局\t2024\t决算\t部门"),
        ("foshan-rail-transit-bureau-2019-final-accounts.pdf", "佛山市轨道交通局\t2019\t决算\t部门"),
        ("shanghai-putuo-finance-bureau-2024-final-accounts.pdf", "上海市普陀区财政局\t2024\t决算\t部门"),
        ("southwest-university-2023-final-accounts.pdf", "西南大学\t2023\t决算\t部门"),
        ("budget/changsha-petitions-bureau-2026-budget.pdf", "长沙市信访局\t2026\t预算\t部门"),
        ("budget/fuzhou-commerce-bureau-2026-budget.pdf", "福州市商务局\t2026\t预算\t部门"),
        ("budget/guangzhou-statistics-bureau-2026-budget.pdf", "广州市统计局\t2026\t预算\t部门"),
        ("budget/jiangsu-party-committee-office-2019-budget-tables.pdf", "中共江苏省委办公厅\t2019\t预算\t部门"),
        ("budget/shanghai-transport-vocational-college-2026-unit-budget.pdf", "上海交通职业技术学院\t2026\t预算\t单位"),
        ("budget/shenzhen-civil-affairs-bureau-2026-budget.pdf", "深圳市民政局\t2026\t预算\t部门"),
        ("budget/xian-civil-affairs-bureau-2021-budget.pdf", "西安市民政局\t2021\t预算\t部门"),
    ]

    @Test func everyReportLoadsWithItsIdentity() throws {
        let paths = Self.reports.map { Warehouse.reports.appendingPathComponent($0.file).path }
        try Warehouse.with { warehouse in
            let run = try CommandLineTests.run(["load"] + paths + ["--database-url", warehouse.database.conninfo, "--quiet"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(
                try warehouse.lines("select department, fiscal_year, report_kind, report_level from fiscal.dim_document order by source_file")
                    == Self.reports.sorted { $0.file < $1.file }.map(\.identity))
            // The hard identities hold: no error finding on any of them (a misread cell would raise one).
            #expect(
                try warehouse.lines(
                    """
                    select d.department, f.check_id, f.table_codes, f.message from fiscal.dq_finding as f
                    inner join fiscal.dim_document as d using (document_id) where f.severity = 'error' order by 1, 2, 3
                    """) == [])
        }
    }

    @Test func aReportThatPrintsNoNameTakesTheOneGiven() throws {
        let beijing = Warehouse.reports.appendingPathComponent("budget/beijing-finance-bureau-2026-budget-tables.pdf").path
        try Warehouse.with { warehouse in
            let refused = try CommandLineTests.run(["load", beijing, "--database-url", warehouse.database.conninfo])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("\(beijing): no department (a line such as 吉林省人民政府办公厅部门预算) found on the cover; give it with --department NAME"))
            let run = try CommandLineTests.run([
                "load", beijing, "--department", "北京市财政局", "--year", "2026", "--kind", "预算", "--database-url", warehouse.database.conninfo,
            ])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try warehouse.lines("select department, fiscal_year, report_kind from fiscal.dim_document") == ["北京市财政局\t2026\t预算"])
            // Its 预算01表收支总表 is read: the 收入 side's first line, as printed (six decimals).
            #expect(
                try warehouse.lines(
                    "select amount_text from fiscal.fact_gongkai_amount where table_code = 'ys01' and line_label = '一、一般公共预算拨款收入'")
                    == ["44,156.640120"])
            // Its 经济分类 items of 7 digits (3021101-差旅费 under 30211) are read, twice (page 10, and 11 under 50502).
            #expect(
                try warehouse.lines(
                    """
                    select econ_code, line_label, amount_text from fiscal.gongkai_cell
                    where table_code = 'ys06' and econ_code = '3021101' and measure_code = 'budget_basic_expense' order by ord
                    """) == ["3021101\t差旅费\t79.882500", "3021101\t差旅费\t21.375000"])
            #expect(try warehouse.lines("select table_codes from fiscal.dq_finding where check_id = 'table_not_read'") == [])
        }
    }

    @Test func whatTheReportPrintsWinsOverWhatIsGiven() throws {
        let jiangsu = Warehouse.reports.appendingPathComponent("budget/jiangsu-party-committee-office-2019-budget-tables.pdf").path
        let list = try CommandLineTests.temporaryFile(Data("\(jiangsu)\t别的部门\t2019\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: list) }  // a leftover temp file harms nothing
        try Warehouse.with { warehouse in
            let run = try CommandLineTests.run(["load", "--files-from", list, "--database-url", warehouse.database.conninfo])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try warehouse.lines("select department from fiscal.dim_document") == ["中共江苏省委办公厅"])
            #expect(
                try warehouse.lines("select severity, row_key, message from fiscal.dq_finding where check_id = 'identity_given'")
                    == ["warn\tdepartment\tthe report prints department 中共江苏省委办公厅; --department gave 别的部门; loaded as 中共江苏省委办公厅, which the report prints"])
        }
    }
}
