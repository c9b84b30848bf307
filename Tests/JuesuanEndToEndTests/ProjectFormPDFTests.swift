import Foundation
import Testing

/// The 项目支出绩效自评表 of a PDF, drawn as grids, one form a project titled by the project's name
/// (国家信访局 2024, pages 30–36), read into the project views as the seed's text forms are. The
/// values are those printed on the forms.
@Suite struct ProjectFormPDFTests {
    static let central = Warehouse.reports.appendingPathComponent("central-national-public-complaints-bureau-2024-final-accounts.pdf").path

    @Test func theFormsOfAPDFLoadIntoTheProjectViews() throws {
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(Self.central).documentID)
            // Each form's 年度资金总额 line: 年初预算数, 全年预算数, 全年执行数, 执行率 (printed with %), 得分
            // (the 分值 column between them is not a value of the line), and the 得分 of its 总分 row
            // (printed after the 分值 total, 100).
            #expect(
                try warehouse.lines(
                    """
                    select project_name, implementing_unit, initial_budget, full_year_budget, executed, execution_rate, score, total_score
                    from gongkai.gk10_projects where document_id = $1 order by ord
                    """, [document]) == [
                        "信访干部培训专项\t国家信访局\t180.61\t180.03\t180.03\t100.00\t10\t98",
                        "信访研究宣传立法专项\t国家信访局\t493.76\t536.2\t413.57\t77.13\t7.7\t94.7",
                        "资产运行维护\t国家信访局\t120.00\t120.00\t120.00\t100\t10\t98",
                        "信息化运行维护\t国家信访局本级\t1638.67\t1639.34\t1032.99\t63.01\t6.3\t90.5",
                    ])
            // 其中：财政拨款 and 上年结转, as this form prints them, are the 当年财政拨款 and 上年结转资金 lines.
            #expect(
                try warehouse.lines(
                    """
                    select f.fund_source, f.full_year_budget from fiscal.fact_project_fund as f
                    inner join fiscal.dim_project as p using (document_id, project_id)
                    where f.document_id = $1 and p.ord = 1 order by f.source_line
                    """, [document]) == ["年度资金总额\t180.03", "当年财政拨款\t140.61", "上年结转资金\t39.42", "其他资金\t0.00"])
            #expect(
                try warehouse.lines(
                    "select count(*) from gongkai.gk10_indicators where document_id = $1 and project_name = '信访干部培训专项'", [document]) == ["10"])
            // The narrative names its projects in another order than the forms: each is compared with the form it names.
            #expect(
                try warehouse.lines(
                    "select outcome, comparisons from fiscal.dq_check_run where document_id = $1 and check_id = 'narrative_projects'", [document])
                    == ["pass\t4"])  // the 执行数 of each of the four
            // The implementing unit 国家信访局 is the reporting entity itself: not an unknown unit.
            #expect(try warehouse.lines("select count(*) from fiscal.dq_finding where document_id = $1 and check_id = 'project_unit_unknown'", [document]) == ["0"])
        }
    }
}
