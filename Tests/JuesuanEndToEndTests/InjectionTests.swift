import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanWarehouse
import Testing

/// Text from a report reaches the database only as parameters or COPY data, so quotes,
/// backslashes, semicolons, `$1`, `--` and COPY's own escapes come back exactly as printed.
@Suite struct InjectionTests {
    /// Characters that break SQL pasted together from strings, and COPY text written without escaping.
    /// No spaces: the parser folds white space in cells, which is not what this test is about.
    static let tricky = #"测试'厅"\;$1--\N\.\\'');drop_table_fiscal.load_run;--%s{}"#

    /// The seed with the department, the reporting entity, a 功能分类 name, a 公开01 label and a
    /// project name replaced by text holding `tricky`; a tab or a line break cannot stand inside
    /// a tab-separated cell or a one-line field, so those are tested in `tabsAndLineBreaksRoundTrip`.
    static func trickyReport() throws -> String {
        let lines = try SeedVariant.renamingDepartment(to: tricky).components(separatedBy: "\n").map { line in
            if line.hasPrefix("20103\t政府办公厅（室）及相关机构事务\t") {
                return line.replacingOccurrences(of: "政府办公厅（室）及相关机构事务", with: "科目" + tricky)
            }
            if line.hasPrefix("八、其他收入\t8\t") { return line.replacingOccurrences(of: "八、其他收入", with: "八、" + tricky) }
            if line.hasPrefix("项目名称") { return line.replacingOccurrences(of: "政府序列会议经费", with: "项目" + tricky) }
            return line
        }
        return lines.joined(separator: "\n")
    }

    @Test func quotesAndEscapesRoundTripThroughTheCommandLine() throws {
        // The path carries quotes too: it is stored as source_file and printed back.
        let path = try SeedVariant.write(Self.trickyReport(), name: #"it's "a" report; $1 --.txt"#)
        defer { SeedVariant.remove(path) }
        try Warehouse.with { warehouse in
            let run = try CommandLineTests.run(["load", path, "--database-url", warehouse.database.conninfo])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.hasPrefix("loaded \(path): \(Self.tricky) 2024 决算 (document "))

            #expect(
                try warehouse.lines("select department, reporting_entity, source_file from fiscal.dim_document")
                    == ["\(Self.tricky)\t\(Self.tricky)（汇总）\t\(path)"])
            #expect(try warehouse.lines("select source_file, outcome from fiscal.load_run") == ["\(path)\tloaded"])
            #expect(try warehouse.lines("select income_item from gongkai.gk01 where ord = 8") == ["八、\(Self.tricky)"])
            #expect(try warehouse.lines("select subject_name from fiscal.dim_subject where subject_code = '20103'") == ["科目\(Self.tricky)"])
            #expect(
                try warehouse.lines("select distinct subject_name from gongkai.gk02 where subject_code = '20103'")
                    == ["科目\(Self.tricky)"])
            #expect(try warehouse.lines("select project_name from gongkai.gk10_projects where ord = 1") == ["项目\(Self.tricky)"])
            #expect(try warehouse.lines("select count(*) from fiscal.fact_gongkai_amount") == ["698"])

            // The same document again: found by its tricky identity, and locked by it.
            let again = try CommandLineTests.run(["load", path, "--database-url", warehouse.database.conninfo])
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.hasPrefix("unchanged \(path): \(Self.tricky) 2024 决算 (document "))
            #expect(try warehouse.lines("select outcome from fiscal.load_run order by load_run_id") == ["loaded", "unchanged"])
        }
    }

    /// Values that COPY's text format must escape, or that a line-based format cannot carry at all.
    static let copyHostile = [
        "tab\there", "line\nbreak", "carriage\rreturn\r\n", "back\\slash \\N \\. \\\\", "\\N", "\\.", "'; drop table fiscal.load_run; --",
        "\"double\" $1 ? %s", "  spaces around  ", "ünïcødé ✓ 漢字 🐘",
    ]

    /// A `Report` built in Swift can hold what no report file can: tabs and line breaks in its
    /// names, labels and texts. They must reach the tables and views unchanged.
    @Test func tabsAndLineBreaksRoundTrip() throws {
        var report = try ReportParser.parse(file: Warehouse.seedPath, data: ReportFile.read(Warehouse.seedPath))
        let department = "部门\t\(Self.copyHostile.joined(separator: "|"))"
        report.cover.department = department
        report.reportingEntity = department + "\n（汇总）"
        let gk02 = try #require(report.tables.firstIndex { $0.table == .gk02 })
        try #require(report.tables[gk02].rows.count >= Self.copyHostile.count)
        try #require(!report.units.isEmpty)
        try #require(report.projects.first.map { !$0.indicators.isEmpty } == true)
        for (index, label) in Self.copyHostile.enumerated() {
            report.tables[gk02].rows[index].label = label
        }
        report.units[0].name = "单位\t\n" + Self.copyHostile[3]
        report.projects[0].name = "项目\n" + Self.copyHostile[0]
        report.projects[0].expectedGoal = Self.copyHostile.joined(separator: "\n")
        report.projects[0].indicators[0].deviation = Self.copyHostile.joined(separator: "\t")
        report.projects[0].indicators[0].level3 = Self.copyHostile[2]

        try Warehouse.with { warehouse in
            let loaded = try DocumentLoader(connection: warehouse.connection).load(report)
            #expect(loaded.outcome == .loaded)
            let id = String(loaded.documentID)
            let document = try warehouse.connection.execute(
                "select department, reporting_entity from fiscal.dim_document where document_id = $1", [id])
            #expect(document.rows == [[department, department + "\n（汇总）"]])
            // Line labels go through COPY into staging, and on to the fact table and the views.
            let labels = try warehouse.connection.execute(
                "select subject_name from gongkai.gk02 where document_id = $1 order by ord limit $2", [id, String(Self.copyHostile.count)])
            #expect(labels.rows.map { $0[0] } == Self.copyHostile)
            let facts = try warehouse.connection.execute(
                """
                select distinct ord, line_label from fiscal.fact_gongkai_amount
                where document_id = $1 and table_code = 'gk02' and ord <= $2 order by ord
                """,
                [id, String(Self.copyHostile.count)])
            #expect(facts.rows.map { $0[1] } == Self.copyHostile)
            #expect(
                try warehouse.connection.execute(
                    """
                    select u.unit_name from fiscal.document_unit as du
                    inner join fiscal.dim_unit as u on u.unit_id = du.unit_id
                    where du.document_id = $1 and du.ord = 1
                    """,
                    [id]
                ).rows == [["单位\t\n" + Self.copyHostile[3]]])
            let project = try warehouse.connection.execute(
                "select project_name, goal_expected from fiscal.dim_project where document_id = $1 and ord = 1", [id])
            #expect(project.rows == [["项目\n" + Self.copyHostile[0], Self.copyHostile.joined(separator: "\n")]])
            let indicator = try warehouse.connection.execute(
                """
                select level3, deviation from fiscal.fact_project_indicator as i
                inner join fiscal.dim_project as p on p.project_id = i.project_id
                where p.document_id = $1 and p.ord = 1 and i.indicator_ord = 1
                """, [id])
            #expect(indicator.rows == [[Self.copyHostile[2], Self.copyHostile.joined(separator: "\t")]])
            // The same report again is unchanged: the identity with a tab finds the document.
            #expect(try DocumentLoader(connection: warehouse.connection).load(report).outcome == .unchanged)
            #expect(try warehouse.lines("select count(*) from fiscal.load_run") == ["0"])
            #expect(try warehouse.lines("select count(*) from fiscal.dim_document") == ["1"])
        }
    }
}
