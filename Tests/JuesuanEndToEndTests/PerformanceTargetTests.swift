import Foundation
import JuesuanCore
import Testing

/// The 绩效目标表 of the corpus budgets in `gongkai.performance_targets`: on every page where
/// pdfplumber finds an indicator header (`Tests/python/target_rows.py`, independent of the loader),
/// the view holds that page's indicators in printed order, each target with the same characters;
/// pages that continue a table without repeating its header, the columns a table prints the
/// comparison and the unit in, and both layouts (a form a project, a list of projects) are checked
/// on values read off the printed page.
@Suite struct PerformanceTargetTests {
    struct Printed: Decodable {
        struct Row: Decodable {
            var page: Int
            var indicator: String
            var target: String
        }
        var rows: [Row]
    }

    static let reports: [(file: String, given: GivenIdentity)] = [
        ("budget/changsha-petitions-bureau-2026-budget.pdf", .none),
        ("budget/fuzhou-commerce-bureau-2026-budget.pdf", .none),
        ("budget/xian-civil-affairs-bureau-2021-budget.pdf", .none),
        (TableAmountTests.beijing, GivenIdentity(department: "北京市财政局", year: 2026, kind: .budget)),
    ]

    /// Each report alone: its rows, as `page \t indicator \t target` with white space removed.
    static func targets(of file: String, given: GivenIdentity, _ body: (Warehouse, String) throws -> Void = { _, _ in }) throws -> [String] {
        var rows: [String] = []
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(Warehouse.reports.appendingPathComponent(file).path, given: given).documentID)
            rows = try warehouse.lines(
                """
                select page, regexp_replace(level3, '\\s', '', 'g'), regexp_replace(coalesce(target, ''), '\\s', '', 'g')
                from gongkai.performance_targets where document_id = $1 order by ord
                """, [document])
            try body(warehouse, document)
        }
        return rows
    }

    @Test(arguments: [0, 1, 2, 3])
    func everyPrintedIndicatorIsARow(_ index: Int) throws {
        let (file, given) = Self.reports[index]
        let run = try BIClientTests.runPython(
            [Warehouse.root.appendingPathComponent("Tests/python/target_rows.py").path, Warehouse.reports.appendingPathComponent(file).path],
            environment: [:])
        try #require(run.status == 0, "\(run.stderr)")
        let printed = try JSONDecoder().decode(Printed.self, from: Data(run.stdout.utf8)).rows
        #expect(printed.count > 20)
        let stored = try Self.targets(of: file, given: given).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        for page in Set(printed.map(\.page)).sorted() {
            let expected = printed.filter { $0.page == page }
            let found = stored.filter { $0[0] == String(page) }
            // pdfplumber may order a cell's characters otherwise (平 / ≤5137.26 / 方米, where Fuzhou's
            // fonts' boxes split a printed line: grid_known_differences.tsv): the same characters.
            #expect(found.map { $0[1].sorted() } == expected.map { $0.indicator.sorted() }, "\(file) page \(page)")
            #expect(found.map { $0[2].sorted() } == expected.map { $0.target.sorted() }, "\(file) page \(page)")
        }
        // Pages that continue a table without its header are read too (pdfplumber's script skips them).
        #expect(stored.count >= printed.count)
    }

    @Test func aFormContinuedOnTheNextPageKeepsItsProjectAndItsMergedLevels() throws {
        _ = try Self.targets(of: "budget/fuzhou-commerce-bureau-2026-budget.pdf", given: .none) { warehouse, document throws in
            // Page 30 prints the last three rows of 办公楼物业's form (page 29) and no header; its first row's
            // 一级指标 is the 产出指标 cell merged over the page break.
            #expect(
                try warehouse.lines(
                    """
                    select project_name, fund_total, left(goal, 14), level1, level2, level3, target, target_comparison, target_value, target_unit
                    from gongkai.performance_targets where document_id = $1 and page = 30 order by ord
                    """, [document])
                    == [
                        "办公楼物业\t25.89\t根据《物业服务合同》租用面积\t产出指标\t时效指标\t物业服务提供时间\t=24小时/日\t=\t24\t小时/日",
                        "办公楼物业\t25.89\t根据《物业服务合同》租用面积\t效益指标\t社会效益指标\t火灾发生率\t≤0%\t≤\t0\t%",
                        "办公楼物业\t25.89\t根据《物业服务合同》租用面积\t满意度指标\t服务对象满意度指标\t使用人员满意度\t≥90%\t≥\t90\t%",
                    ])
            // A changed file (a byte after %%EOF) replaces the document: its targets go with its printed tables.
            let copy = try CommandLineTests.temporaryFile(
                try Data(contentsOf: Warehouse.reports.appendingPathComponent("budget/fuzhou-commerce-bureau-2026-budget.pdf")) + Data("\n".utf8))
            defer { try? FileManager.default.removeItem(atPath: copy) }  // a leftover temp file harms nothing
            let before = try warehouse.lines("select count(*) from fiscal.fact_project_target")
            #expect(try warehouse.load(copy).outcome == .replaced)
            #expect(try warehouse.lines("select count(*) from fiscal.fact_project_target") == before && before != ["0"])
            // Its tables are read, not unrecognised.
            #expect(try warehouse.lines("select count(*) from fiscal.printed_table where document_id = $1 and table_code = 'performance_targets'", [document]) == ["11"])
            #expect(
                try warehouse.lines(
                    "select count(*) from fiscal.dq_finding where document_id = $1 and check_id = 'unrecognised_table' and actual like '%绩效目标表'",
                    [document]) == ["0"])
        }
    }

    @Test func aListTakesTheComparisonAndTheUnitFromTheirOwnColumns() throws {
        _ = try Self.targets(of: "budget/changsha-petitions-bureau-2026-budget.pdf", given: .none) { warehouse, document throws in
            // Page 23: 95 under 指标值, ≥ under 指标值类型, % under 度量单位; the project's cells merged over its rows.
            #expect(
                try warehouse.lines(
                    """
                    select project_name, fund_total, level1, level2, target, target_comparison, target_value, target_unit
                    from gongkai.performance_targets where document_id = $1 and page = 23 and level3 = '区县（市）信访事项及时受理率'
                    """, [document]) == ["基层及其他信访业务工作经费专项\t35.78\t产出指标\t时效指标\t95\t≥\t95\t%"])
            // The 部门整体支出绩效目标表 (page 30): the unit is the project, 资金总额 its whole budget.
            #expect(
                try warehouse.lines(
                    """
                    select project_name, fund_total, level1, level2, target_comparison, target_value, target_unit
                    from gongkai.performance_targets where document_id = $1 and page = 30 and level3 = '基本支出不超预算（不含年中调整数）'
                    """, [document]) == ["长沙市信访局\t1935.36\t成本指标\t经济成本指标\t≤\t1517.95\t万元"])
        }
    }

    @Test func aNextPageThatDrawsOtherColumnsFindsThemWhereTheyStand() throws {
        let given = GivenIdentity(department: "北京市财政局", year: 2026, kind: .budget)
        _ = try Self.targets(of: TableAmountTests.beijing, given: given) { warehouse, document throws in
            // Page 18 goes on with 预算12表 (page 17, 12 columns with a margin and the project's five) in the
            // six indicator columns alone, without a header.
            #expect(
                try warehouse.lines(
                    """
                    select level1, level2, level3, target_comparison, target_value, target_unit, title
                    from gongkai.performance_targets where document_id = $1 and page = 18 order by ord limit 2
                    """, [document])
                    == [
                        "产出指标\t质量指标\t确保企业决算报告真实、完整、合规和企业国有资产报告及时准确编制合格率\t≥\t80\t%\t预算12表 项目支出绩效目标表",
                        "产出指标\t时效指标\t审核汇总数据完成时间\t≤\t12\t月\t预算12表 项目支出绩效目标表",
                    ])
            // The project's name is printed in the middle of a cell merged over the page break, outside
            // both pages' grids: on page 17 the second project's rows name none.
            #expect(
                try warehouse.lines(
                    "select count(*) filter (where project_name = ''), count(*) from gongkai.performance_targets where document_id = $1 and page = 17",
                    [document]) == ["4\t14"])
        }
    }

    @Test func aDepartmentTableWhoseIndicatorsFollowOnTheNextPage() throws {
        _ = try Self.targets(of: "budget/xian-civil-affairs-bureau-2021-budget.pdf", given: .none) { warehouse, document throws in
            // Page 81 prints the 部门整体支出绩效目标表's name and goal, page 82 its indicators under a header of their own.
            #expect(
                try warehouse.lines(
                    """
                    select distinct project_name, left(goal, 20), title from gongkai.performance_targets where document_id = $1 and page = 82
                    """, [document]) == ["西安市民政局\t目标1：保障城市和农村困难群众基本生活，\t2021年部门整体支出绩效目标表"])
            #expect(
                try warehouse.lines(
                    "select level1, level2, level3, target from gongkai.performance_targets where document_id = $1 and page = 82 order by ord limit 2",
                    [document]) == ["产出指标\t数量指标\t保障我市困难群众低保、特困等资金发放\t全年按月发放", "产出指标\t数量指标\t保障各业民政机构积极为民政对象服务\t15个区县各类保障机构"])
        }
    }
}
