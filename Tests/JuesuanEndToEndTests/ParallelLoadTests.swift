import Foundation
import JuesuanLibPQ
import Testing

/// `juesuan load --jobs N`: files loaded on N connections at once give the warehouse one
/// connection gives, row for row; output stays in input order; a bad file fails alone; a kill
/// leaves no document half-written.
///
/// The reports are the seed printed for other departments: they share every 功能分类 and 经济分类
/// code and every listed unit, all new to the empty warehouse, so the workers insert the same
/// dimension rows at once.
@Suite struct ParallelLoadTests {
    static let departments = ["吉林省测试一厅", "吉林省测试二厅", "吉林省测试三厅", "吉林省测试四厅", "吉林省测试五厅"]

    static func withReports(_ body: ([String]) throws -> Void) throws {
        let paths = try departments.map { try SeedVariant.write(try SeedVariant.renamingDepartment(to: $0), name: "\($0).txt") }
        defer { paths.forEach(SeedVariant.remove) }
        try body(paths + [Warehouse.seedPath])
    }

    /// The warehouse by natural keys (no surrogate id, which depends on who inserted first).
    static func dump(_ warehouse: Warehouse) throws -> [String] {
        try warehouse.lines(
            """
            select concat_ws('|', d.department, c.table_code, c.ord, c.part, c.subject_code, c.econ_code, c.line_label,
                c.measure_code, c.fund_code, c.amount_text, c.source_line)
            from fiscal.gongkai_cell as c inner join fiscal.dim_document as d using (document_id)
            union all
            select concat_ws('|', 'subject', s.subject_code, s.subject_name, p.subject_code)
            from fiscal.dim_subject as s left join fiscal.dim_subject as p on p.subject_id = s.parent_subject_id
            union all
            select concat_ws('|', 'econ', e.econ_code, e.econ_name, e.expense_group, p.econ_code)
            from fiscal.dim_econ as e left join fiscal.dim_econ as p on p.econ_id = e.parent_econ_id
            union all
            select concat_ws('|', 'unit', unit_name, department, is_consolidated) from fiscal.dim_unit
            union all
            select concat_ws('|', 'finding', d.department, f.check_id, f.severity, f.table_codes, f.row_key, f.expected, f.actual, f.source_lines)
            from fiscal.dq_finding as f inner join fiscal.dim_document as d using (document_id)
            union all
            select concat_ws('|', 'project', d.department, p.ord, p.project_name, p.executed, p.score)
            from gongkai.gk10_projects as p inner join fiscal.dim_document as d using (document_id)
            union all
            select concat_ws('|', 'run', source_file, outcome, fact_rows) from fiscal.load_run
            order by 1
            """)
    }

    static func load(_ paths: [String], jobs: Int, into warehouse: Warehouse) throws -> CommandLineTests.Run {
        try CommandLineTests.run(["load"] + paths + ["--jobs", String(jobs), "--database-url", warehouse.database.conninfo])
    }

    /// The files named by the output's lines, in the order printed.
    static func printed(_ run: CommandLineTests.Run) -> [String] {
        run.stdout.split(separator: "\n").filter { $0.hasPrefix("loaded ") }.map { String($0.dropFirst("loaded ".count).prefix { $0 != ":" }) }
    }

    @Test func twoJobsGiveTheWarehouseOneJobGives() throws {
        try Self.withReports { paths in
            let one = try Warehouse.with { warehouse in
                let run = try Self.load(paths, jobs: 1, into: warehouse)
                #expect(run.status == 0, "\(run.stderr)")
                #expect(Self.printed(run) == paths)
                return try Self.dump(warehouse)
            }
            let two = try Warehouse.with { warehouse in
                let run = try Self.load(paths, jobs: 2, into: warehouse)
                #expect(run.status == 0, "\(run.stderr)")
                #expect(Self.printed(run) == paths)
                #expect(try warehouse.lines("select count(*) from fiscal.dim_document") == ["6"])
                return try Self.dump(warehouse)
            }
            #expect(one.count > 6 * 698)
            #expect(one == two)
        }
    }

    @Test func aFailingFileAmongThemFailsAloneAndTheOutputKeepsTheInputOrder() throws {
        try Self.withReports { paths in
            let bad = try SeedVariant.write(try SeedVariant.seed().replacingOccurrences(of: "17714.80", with: "17714,80x"), name: "bad.txt")
            defer { SeedVariant.remove(bad) }
            var files = paths
            files.insert(bad, at: 2)
            try Warehouse.with { warehouse in
                let run = try Self.load(files, jobs: 2, into: warehouse)
                #expect(run.status == 1)
                #expect(Self.printed(run) == paths)
                #expect(run.stderr.hasPrefix("error: \(bad):"))
                #expect(run.stderr.contains("expected an amount"))
                #expect(try warehouse.lines("select count(*) from fiscal.dim_document") == ["6"])
                #expect(try warehouse.lines("select outcome, count(*) from fiscal.load_run group by 1 order by 1") == ["failed\t1", "loaded\t6"])
            }
        }
    }

    @Test func aKilledParallelLoadLeavesNoDocumentHalfWritten() throws {
        try Self.withReports { reports in
            try Warehouse.with { warehouse in
                // The seed first: its codes committed, the workers insert no dimension row the other waits for.
                try warehouse.load(Warehouse.seedPath)
                let paths = reports.filter { $0 != Warehouse.seedPath }
                let admin = try Connection(warehouse.database.adminConninfo)
                let loader = try LoaderProcess(
                    ["load"] + paths + ["--jobs", "2", "--database-url", warehouse.database.conninfo], environment: CrashTests.pause)
                // Both workers wait before their commits: two documents written, neither committed.
                var paused: [String] = []
                try Poll.until(timeout: 60, "two loaders paused inside their transactions") {
                    paused = try admin.execute(
                        """
                        select pid::text from pg_stat_activity
                        where datname = $1 and state = 'idle in transaction' and clock_timestamp() - state_change > interval '1 second'
                        """, [warehouse.database.name]
                    ).rows.compactMap { $0[0] }
                    return paused.count == 2
                }
                loader.killHard()
                #expect(loader.process.terminationStatus == SIGKILL)
                for pid in paused { try Poll.backendGone(pid, admin: admin) }
                // Only the seed's rows: nothing of the two documents written and not committed.
                #expect(try warehouse.lines("select department from fiscal.dim_document") == [SeedVariant.department])
                for table in ["fact_gongkai_amount", "dim_project", "dq_finding"] {
                    // Table names are the constants above.
                    #expect(
                        try warehouse.lines("select count(distinct document_id) from fiscal.\(table)") == ["1"], "\(table)")
                }
                #expect(try warehouse.lines("select count(*) from fiscal.dim_unit where department <> $1 and unit_id <> 0", [SeedVariant.department]) == ["0"])
                #expect(try warehouse.lines("select count(*) from fiscal.load_run") == ["0"])
                let rerun = try Self.load(paths, jobs: 2, into: warehouse)
                #expect(rerun.status == 0, "\(rerun.stderr)")
                #expect(try warehouse.lines("select count(*) from fiscal.dim_document") == ["6"])
            }
        }
    }
}
