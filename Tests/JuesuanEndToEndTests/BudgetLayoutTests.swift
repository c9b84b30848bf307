import Foundation
import Testing

/// Layouts of the budgets in Tests/Fixtures/reports/budget that the first reading refused, read
/// into their views; the values are those printed on the named pages.
@Suite struct BudgetLayoutTests {
    static func loading(_ file: String, _ body: (Warehouse, String) throws -> Void) throws {
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(Warehouse.reports.appendingPathComponent("budget/\(file)").path).documentID)
            try body(warehouse, document)
        }
    }

    /// Changsha prints ** over its code and name columns where others print 栏次, names the 科目
    /// column 功能科目 (no 名称), prints a 款 row's own digits alone under its 类 (| 40 | | 信访事务),
    /// and calls 人员经费 人员类. Page 14 (支出总表), page 18 (基本支出), page 20 (三公).
    @Test func changshaReadsItsTreeOfCodesAndItsWords() throws {
        try Self.loading("changsha-petitions-bureau-2026-budget.pdf") { (warehouse: Warehouse, document: String) throws in
            #expect(
                try warehouse.lines(
                    """
                    select coalesce(subject_code, ''), line_label, amount_text from fiscal.gongkai_cell
                    where document_id = $1 and table_code = 'ys03' and measure_code = 'budget_expense_total' order by ord
                    """, [document])
                    == ["\t合计\t1,935.36", "201\t一般公共服务支出\t1,935.36", "20140\t信访事务\t1,935.36", "2014001\t行政运行\t1,517.95", "2014004\t信访业务\t417.41"])
            #expect(
                try warehouse.lines(
                    """
                    select measure_code, amount_text from fiscal.gongkai_cell
                    where document_id = $1 and table_code = 'ys06' and line_label = '合计' order by measure_code
                    """, [document])
                    == ["budget_basic_expense\t1,517.95", "budget_personnel_expense\t1,394.97", "budget_public_expense\t122.98"])
            // 公务用车购置及运行费 (no 小计) is the vehicles' subtotal, 其中：公务用车运行费 its part.
            #expect(
                try warehouse.lines(
                    """
                    select measure_code, amount_text from fiscal.gongkai_cell
                    where document_id = $1 and table_code = 'ys09' and line_label = '合计' and amount_text is not null order by measure_code
                    """, [document])
                    == ["budget_sangong_reception\t3.00", "budget_sangong_total\t8.00", "budget_sangong_vehicle_operation\t5.00", "budget_sangong_vehicle_subtotal\t5.00"])
            #expect(try warehouse.lines("select count(*) from fiscal.dq_finding where document_id = $1 and check_id = 'table_not_read'", [document]) == ["0"])
        }
    }

    /// Guangzhou's 收入总表 (page 8) splits 财政专户拨款收入 into 教育收费 and 其他专户收入拨款, which
    /// no measure names: the table is read, that column is left to gongkai.printed_cell, and a
    /// finding says so.
    @Test func aColumnNoMeasureNamesIsLeftToThePrintedCells() throws {
        try Self.loading("guangzhou-statistics-bureau-2026-budget.pdf") { (warehouse: Warehouse, document: String) throws in
            #expect(
                try warehouse.lines(
                    "select amount_text from fiscal.gongkai_cell where document_id = $1 and table_code = 'ys02' and line_label = '广州市统计局' and measure_code = 'budget_income_total'",
                    [document]) == ["6,748.28"])
            #expect(
                try warehouse.lines(
                    "select severity, message from fiscal.dq_finding where document_id = $1 and check_id = 'column_not_read' and table_codes = 'ys02'", [document])
                    == ["warn\tpage 8: ys02 收入总表: columns 财政专户拨款收入其他专户收入拨款 (4 amounts) are not columns of this table's view; their printed cells are kept in gongkai.printed_cell"])
            #expect(
                try warehouse.lines(
                    """
                    select count(c.amount) from gongkai.printed_cell as c
                    where c.document_id = $1 and c.page = 8 and c.header_path = '财政专户拨款收入 / 其他专户收入拨款'
                    """, [document]) == ["4"])
        }
    }

    /// Xi'an's 一般公共预算基本支出表 (page 55) keys its rows by 部门经济科目 and 政府经济科目 at once: its
    /// rows are read by the 部门经济 code, one a printed line (基本工资 stands twice, beside 50101 and
    /// 50501), the 政府经济 cells left to gongkai.printed_cell. Its 收入总表 (page 42) names its rows
    /// by 单位编码 and 单位名称.
    @Test func aCrossTableIsReadByItsOwnClassification() throws {
        try Self.loading("xian-civil-affairs-bureau-2021-budget.pdf") { (warehouse: Warehouse, document: String) throws in
            #expect(
                try warehouse.lines(
                    """
                    select line_label, amount_text from fiscal.gongkai_cell
                    where document_id = $1 and table_code = 'ys06' and econ_code = '30101' and measure_code = 'budget_basic_expense' order by ord
                    """, [document]) == ["基本工资\t7,860,482.40", "基本工资\t14,092,009.60"])
            #expect(
                try warehouse.lines(
                    """
                    select amount_text from fiscal.gongkai_cell
                    where document_id = $1 and table_code = 'ys06' and line_label = '合计' and measure_code = 'budget_basic_expense'
                    """, [document]) == ["144,907,052.43"])
            #expect(
                try warehouse.lines(
                    """
                    select line_label, amount_text from fiscal.gongkai_cell
                    where document_id = $1 and table_code = 'ys02' and measure_code = 'budget_income_total' and line_label like '241001%'
                    """, [document]).map { $0.replacingOccurrences(of: " ", with: "") } == ["241001西安市民政局\t526,977,483.30"])
        }
    }

    /// Xi'an's 收支总表 (pages 39–40) prints 支出 three times, by 功能分类, by 部门预算支出经济科目 and by
    /// 政府预算支出经济分类 (each side under a …科目（按大类） header): the first two are the view's 支出
    /// sides, the third is left to gongkai.printed_cell and named by a column_not_read finding.
    @Test func aSummaryWithThreeExpenseSidesReadsTwo() throws {
        try Self.loading("xian-civil-affairs-bureau-2021-budget.pdf") { (warehouse: Warehouse, document: String) throws in
            #expect(
                try warehouse.lines(
                    """
                    select part, line_label, amount_text from fiscal.gongkai_cell
                    where document_id = $1 and table_code = 'ys01' and line_label in ('本年收入合计', '本年支出合计', '收入总计', '支出总计')
                    order by ord, part
                    """, [document])
                    == [
                        "1\t本年收入合计\t852063605.79", "2\t本年支出合计\t872031967.20", "3\t本年支出合计\t872031967.20",
                        "1\t收入总计\t872031967.20", "2\t支出总计\t872031967.20", "3\t支出总计\t872031967.20",
                    ])
            #expect(
                try warehouse.lines(
                    "select amount_text from fiscal.gongkai_cell where document_id = $1 and table_code = 'ys01' and part = 3 and line_label = '2、专项业务经费支出'",
                    [document]) == ["578716321.41"])
            #expect(
                try warehouse.lines(
                    "select table_codes from fiscal.dq_finding where document_id = $1 and check_id = 'table_not_read' and table_codes in ('ys01', 'ys04')",
                    [document]) == [])
            // Its 一般公共预算支出表 prints no 基本支出 column (合计 | 人员经费支出 | 公用经费支出 | 专项业务经费支出): its
            // 合计 row adds up as 138,276,215.50 + 6,630,836.93 + 391,080,000.00 (page 46).
            #expect(
                try warehouse.lines(
                    """
                    select expected, actual, passed from fiscal.dq_measurement
                    where document_id = $1 and check_id = 'coded_row_columns' and table_codes = 'ys05' and row_key = '合计 budget_expense_total'
                    """, [document]) == ["535987052.43\t535987052.43\tt"])
            #expect(
                try warehouse.lines(
                    "select outcome, findings from fiscal.dq_check_run where document_id = $1 and check_id = 'coded_row_columns'", [document])
                    == ["pass\t0"])
            #expect(
                try warehouse.lines(
                    "select count(*) from fiscal.dq_finding where document_id = $1 and check_id = 'column_not_read' and table_codes = 'ys01' and actual like '%政府预算支出经济分类科目(按大类) 支出预算数 (20 amounts)'",
                    [document]) == ["1"])
        }
    }

    /// 福州's 三公 table (page 24) prints its one row down the page, 项目 | 预算数, an item a line;
    /// 广州's 一般公共预算基本支出情况表 (page 14) prints one amount column, headed 预算 alone.
    @Test func aRowPrintedDownThePageAndALoneBudgetColumn() throws {
        try Self.loading("fuzhou-commerce-bureau-2026-budget.pdf") { (warehouse: Warehouse, document: String) throws in
            #expect(
                try warehouse.lines(
                    """
                    select measure_code, amount_text from fiscal.gongkai_cell where document_id = $1 and table_code = 'ys09' order by measure_code
                    """, [document])
                    == [
                        "budget_sangong_abroad\t70.00", "budget_sangong_reception\t6.10", "budget_sangong_total\t84.10",
                        "budget_sangong_vehicle_operation\t8.00", "budget_sangong_vehicle_purchase\t0.00", "budget_sangong_vehicle_subtotal\t8.00",
                    ])
        }
        try Self.loading("guangzhou-statistics-bureau-2026-budget.pdf") { (warehouse: Warehouse, document: String) throws in
            #expect(
                try warehouse.lines(
                    """
                    select coalesce(econ_code, ''), line_label, amount_text from fiscal.gongkai_cell
                    where document_id = $1 and table_code = 'ys06' and measure_code = 'budget_basic_expense' order by ord limit 3
                    """, [document]) == ["\t合计\t8,401.67", "301\t工资福利支出\t7,131.66", "30101\t基本工资\t927.35"])
        }
    }

    /// A budget states its assets at the end of the year before (福州市商务局's 2026 budget: 截至2025年12月31日，
    /// …共有车辆5辆): that year is right, and its own year (2026年部门预算) is compared too.
    @Test func aBudgetsYearEndIsTheYearBefore() throws {
        try Self.loading("fuzhou-commerce-bureau-2026-budget.pdf") { (warehouse: Warehouse, document: String) throws in
            #expect(
                try warehouse.lines(
                    """
                    select m.expected, m.actual, m.passed from fiscal.dq_measurement as m
                    inner join fiscal.document_line as l on l.document_id = m.document_id and l.line_no = m.source_lines[1]
                    where m.document_id = $1 and m.check_id = 'report_years' and l.line_text like '截至%'
                    """, [document]) == ["2025\t2025\tt"])
            #expect(try warehouse.lines("select count(*) from fiscal.dq_measurement where document_id = $1 and check_id = 'report_years' and expected = '2026'", [document]) != ["0"])
            #expect(try warehouse.lines("select count(*) from fiscal.dq_finding where document_id = $1 and check_id = 'report_years'", [document]) == ["0"])
        }
    }
}
