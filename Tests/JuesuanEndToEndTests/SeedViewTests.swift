import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanWarehouse
import Testing

/// The seed loaded into a real PostgreSQL: each gongkai view against the printed table.
///
/// The golden files were written from the printed tables of the seed (every printed
/// body row, blank cells as \N), not from the loader's output.
@Suite struct SeedViewTests {
    /// Views with a golden file: the nine 公开 tables, and the 50 projects with their funding lines and indicators.
    static let goldenViews = GongkaiTable.allCases.map(\.rawValue) + ["gk10_projects", "gk10_funds", "gk10_indicators"]

    @Test(arguments: goldenViews)
    func viewReproducesThePrintedTable(_ view: String) throws {
        let golden = try String(
            contentsOf: Warehouse.root.appendingPathComponent("Tests/JuesuanEndToEndTests/Fixtures/golden/\(view).tsv"),
            encoding: .utf8
        ).split(separator: "\n").map(String.init)
        try Warehouse.with { warehouse in
            let loaded = try warehouse.load(Warehouse.seedPath)
            // The view name comes from the static list above, never from input.
            let rows = try warehouse.lines(
                "select * from gongkai.\(view) where document_id = $1 order by ord", [String(loaded.documentID)])
            let withoutDocument = rows.map { line in String(line.drop { $0 != "\t" }.dropFirst()) }
            #expect(withoutDocument == golden)
        }
    }

    @Test func viewsStartWithDocumentAndOrd() throws {
        try Warehouse.with { warehouse in
            let columns = try warehouse.lines(
                """
                select table_name, string_agg(column_name, ',' order by ordinal_position)
                from information_schema.columns where table_schema = 'gongkai' group by table_name order by table_name
                """)
            // The known tables (the nine, gk_fiscal_expense and the budget's ys…), + gk02_tuition, gk09_meeting_training,
            // gk10_projects, _funds, _indicators, budget_execution, narrative_figures, year_on_year, year_over_year,
            // sangong_details, other_matters, budget_vs_final, printed_cell, report_charts, disclosure_scorecard, disclosure_summary,
            // performance_targets
            #expect(columns.count == GongkaiTable.known.count + 17)
            for line in columns {
                // printed_cell's columns are the contract's: document_id, table_ord, page, row_index, ….
                let first = line.hasPrefix("printed_cell\t") ? "document_id,table_ord,page,row_index,column_index,header_path,cell_text,amount" : "document_id,ord,"
                #expect(line.split(separator: "\t")[1].hasPrefix(first))
            }
        }
    }

    @Test func documentAndDimensionsDescribeTheSeed() throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            #expect(
                try warehouse.lines(
                    "select department, fiscal_year, report_kind, published_on, amount_unit, reporting_entity, sha256 from fiscal.dim_document"
                ) == ["吉林省人民政府办公厅\t2024\t决算\t2025-08-25\t万元\t吉林省人民政府办公厅（汇总）\t50b2783025529fb8cececef8e50a8352f39954785701b32d10d760590d47363e"])
            #expect(
                try warehouse.lines(
                    """
                    select c.subject_code, c.subject_name, c.subject_level, p.subject_code
                    from fiscal.dim_subject c left join fiscal.dim_subject p on p.subject_id = c.parent_subject_id
                    where c.subject_code in ('201', '20103', '2010301', '2089901')
                    order by c.subject_code
                    """)
                    == ["201\t一般公共服务支出\t1\t\\N", "20103\t政府办公厅（室）及相关机构事务\t2\t201", "2010301\t行政运行\t3\t20103", "2089901\t其他社会保障和就业支出\t3\t20899"])
            #expect(
                try warehouse.lines(
                    "select econ_code, econ_name, econ_level, expense_group from fiscal.dim_econ where econ_code in ('301', '30217', '399') order by 1")
                    == ["301\t工资福利支出\t1\tpersonnel", "30217\t公务接待费\t2\tpublic", "399\t其他支出\t1\tpublic"])
            #expect(try warehouse.lines("select count(*) from fiscal.document_unit") == ["20"])
            #expect(try warehouse.lines("select count(*) from fiscal.dim_unit where unit_id > 0") == ["21"])
        }
    }

    @Test func everyFactKeepsItsSourceLine() throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            #expect(
                try warehouse.lines(
                    """
                    select source_line, amount_text from fiscal.gongkai_cell
                    where table_code = 'gk02' and subject_code = '2080801' and measure_code = 'income_total'
                    """) == ["161\t267.25"])
            #expect(try warehouse.lines("select count(*) from fiscal.fact_gongkai_amount where source_line is null") == ["0"])
        }
    }
}
