import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanPDF
import JuesuanWarehouse
import Testing

/// The data-quality checks run once a run: each check one statement over a batch of documents
/// (`sql/judge.sql`), after the run's files are loaded; until then a document's checks are pending.
@Suite struct CheckRunTests {
    /// The judge the checks ran in when they ran one document at a time, kept as the reference.
    static let reference = Warehouse.root.appendingPathComponent("Tests/Fixtures/judge_per_document.sql")

    /// Every corpus report, the seed and 40 generated reports, checked in batches, give row for row
    /// the findings, measurements and check outcomes that each document checked alone by the
    /// per-document judge gives.
    @Test func aBatchJudgesEachDocumentAsTheDocumentAloneWould() throws {
        let generated = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-checks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: generated) }  // a leftover temp folder harms nothing
        var inputs: [(path: String, given: GivenIdentity)] = [(Warehouse.seedPath, .none)]
        inputs += try Self.generate(40, seed: 11, into: generated).map { ($0, .none) }
        inputs += (PrintedCellTests.reports + ["budget/xian-civil-affairs-bureau-2021-budget.pdf"]).map {
            (Warehouse.reports.appendingPathComponent($0).path, .none)
        }
        inputs.append(
            (
                Warehouse.reports.appendingPathComponent(TableAmountTests.beijing).path,
                GivenIdentity(department: "北京市财政局", year: 2026, kind: .budget)
            ))
        try Warehouse.with { warehouse in
            let loader = DocumentLoader(connection: warehouse.connection)
            var documents: [String: Int64] = [:]
            for input in inputs { documents[input.path] = try loader.load(ReportReader.read(input.path, given: input.given)).documentID }
            #expect(try warehouse.lines("select count(*) from fiscal.dim_document where checked_at is null") == [String(inputs.count)])
            #expect(try warehouse.lines("select count(*) from fiscal.dq_check_run") == ["0"])

            let checks = try DataQualityChecks(sqlDirectory: Warehouse.sqlDirectory)
            // Batches of 16: several batches, each of many documents.
            let checked = try checks.runPending(on: warehouse.connection, batchSize: 16)
            #expect(checked.sorted() == documents.values.sorted())
            #expect(try warehouse.lines("select count(*) from fiscal.dim_document where checked_at is null") == ["0"])
            let batched = try Self.outcomes(of: warehouse)

            // Each document again, alone, in the per-document judge; the loader's own findings stay.
            _ = try warehouse.connection.execute(
                "delete from fiscal.dq_finding where check_id = any(string_to_array($1, ','))", [checks.checks.map(\.id).joined(separator: ",")])
            _ = try warehouse.connection.execute("delete from fiscal.dq_measurement")
            _ = try warehouse.connection.execute("delete from fiscal.dq_check_run")
            let judge = try String(contentsOf: Self.reference, encoding: .utf8)
            for document in checked {
                for check in checks.checks {
                    _ = try warehouse.connection.execute(
                        judge.replacingOccurrences(of: "{check}", with: check.sql), [String(document), check.id, check.sha256])
                }
            }
            let alone = try Self.outcomes(of: warehouse)
            #expect(batched.runs == alone.runs)
            #expect(batched.findings == alone.findings)
            #expect(batched.measurements == alone.measurements)

            // Not an empty comparison: every document has every check's outcome, and the seed's are
            // those of its own tests (DataQualityTests, AnalystCommandTests).
            #expect(batched.runs.count == inputs.count * checks.checks.count)
            let seed = String(documents[Warehouse.seedPath] ?? 0)
            #expect(
                try warehouse.lines(
                    "select outcome, count(*) from fiscal.dq_check_run where document_id = $1 group by outcome order by outcome", [seed])
                    == ["fail\t3", "not_applicable\t6", "pass\t21"])
            #expect(try warehouse.lines("select count(*) from fiscal.dq_finding where document_id = $1", [seed]) == ["28"])
            #expect(Set(batched.runs.map { $0.split(separator: "\t")[2] }).isSuperset(of: ["pass", "fail", "not_applicable"]))
        }
    }

    /// A run of many files at `--jobs 1` (a core left idle by the loads) checks the documents loaded
    /// while its later files load, on a connection of its own, and leaves the same rows as checking
    /// after the load: 40 generated reports and the seed, loaded by the CLI, against the same files
    /// loaded by the library and checked once at the end.
    @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount >= 2, "the checks run beside the loads only on a core they leave idle"))
    func aLongRunChecksBesideItsLoadsAsAfterThem() throws {
        let generated = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-beside-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: generated) }  // a leftover temp folder harms nothing
        let files = [Warehouse.seedPath] + (try Self.generate(40, seed: 12, into: generated))
        let documents = "select document_id, department, fiscal_year, report_kind from fiscal.dim_document order by 1"

        let (afterwards, afterDocuments) = try Warehouse.with { warehouse in
            let loader = DocumentLoader(connection: warehouse.connection)
            for file in files { _ = try loader.load(ReportReader.read(file)) }
            try DataQualityChecks(sqlDirectory: Warehouse.sqlDirectory).runPending(on: warehouse.connection)
            return (try Self.outcomes(of: warehouse), try warehouse.lines(documents))
        }
        try Warehouse.with { warehouse in
            let run = try CommandLineTests.run(["load"] + files + ["--jobs", "1", "--database-url", warehouse.database.conninfo])
            #expect(run.status == 0, "\(run.stderr)")
            // "checked 41 documents in 0.4 s (33 of them while the files loaded); findings: …"
            let summary = run.stdout.split(separator: "\n").first { $0.hasPrefix("checked 41 documents in ") }
            let beside = summary.flatMap { $0.firstMatch(of: /\((\d+) of them while the files loaded\)/) }.flatMap { Int($0.1) }
            // A pass starts each 10 documents loaded (BackgroundChecks.threshold); the 31 files after
            // the tenth leave it time to start.
            #expect((beside ?? 0) >= 10, "\(summary ?? "no summary")")
            #expect(try warehouse.lines("select count(*) from fiscal.dim_document where checked_at is null") == ["0"])
            #expect(try warehouse.lines(documents) == afterDocuments)
            let beside41 = try Self.outcomes(of: warehouse)
            #expect(beside41.runs == afterwards.runs)
            #expect(beside41.findings == afterwards.findings)
            #expect(beside41.measurements == afterwards.measurements)
            // Not an empty comparison: every document has every check's outcome.
            #expect(beside41.runs.count == 41 * (try DataQualityChecks(sqlDirectory: Warehouse.sqlDirectory).checks.count))
        }
    }

    /// A load killed after its files are committed and before their checks leaves the documents
    /// loaded, their checks pending — `status`, `check` and the report page say so — and the next
    /// `check --rerun` or `load` checks them, with the findings an uninterrupted load gives.
    @Test func aRunKilledBeforeItsChecksLeavesThemPendingForTheNext() throws {
        let other = try SeedVariant.write(SeedVariant.renamingDepartment(to: "吉林省测试厅"), name: "other.txt")
        defer { SeedVariant.remove(other) }
        try Warehouse.with { warehouse in
            let url = warehouse.database.conninfo
            let loader = try LoaderProcess(
                ["load", Warehouse.seedPath, other, "--jobs", "1", "--database-url", url], environment: ["JUESUAN_TEST_PAUSE_BEFORE_CHECKS": "120"])
            // Both files committed: the loader sits in its pause before the checks.
            try Poll.until(timeout: 120, "both documents committed") {
                try warehouse.lines("select count(*) from fiscal.dim_document where checked_at is null") == ["2"]
            }
            #expect(loader.isRunning)
            loader.killHard()
            #expect(loader.stdout.contains("loaded \(Warehouse.seedPath): 吉林省人民政府办公厅 2024 决算 (document "))
            #expect(!loader.stdout.contains("checked"))
            #expect(try warehouse.lines("select count(*) from fiscal.dq_check_run") == ["0"])
            #expect(try warehouse.lines("select count(*) from fiscal.dq_measurement") == ["0"])
            let ids = try warehouse.lines("select document_id from fiscal.dim_document order by department")  // 吉林省人民政府办公厅, 吉林省测试厅
            try #require(ids.count == 2)

            let status = try CommandLineTests.run(["status", "--database-url", url])
            #expect(status.stdout.hasPrefix("documents: 2 (2 with checks pending: juesuan check --rerun runs them)\n"))
            #expect(status.stdout.split(separator: "\n").filter { $0.contains("吉林省") && $0.contains("  pending  ") }.count == 2)
            let check = try CommandLineTests.run(["check", "--database-url", url])
            #expect(check.stdout.contains("# 吉林省人民政府办公厅 2024 决算 (document \(ids[0])): 0 findings; checks pending\n"))
            let page = FileManager.default.temporaryDirectory.appendingPathComponent("pending-\(UUID().uuidString).html")
            defer { try? FileManager.default.removeItem(at: page) }  // a leftover temp file harms nothing
            let report = try CommandLineTests.run(["report", ids[0], "--html", page.path, "--database-url", url])
            #expect(report.status == 0, "\(report.stderr)")
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(html.contains("Checks pending: the data-quality checks have not run"))
            #expect(!html.contains("No finding"))

            // check --rerun of one department checks that document alone.
            let rerun = try CommandLineTests.run(["check", "吉林省测试厅", "--rerun", "--database-url", url])
            #expect(rerun.stdout.hasPrefix("# 吉林省测试厅 2024 决算 (document \(ids[1])): 28 findings; checks: 3 fail, 6 not_applicable, 21 pass\n"))
            #expect(try warehouse.lines("select document_id from fiscal.dim_document where checked_at is null") == [ids[0]])

            // The next load, of a file already loaded, checks the document still pending.
            let next = try CommandLineTests.run(["load", Warehouse.seedPath, "--database-url", url])
            #expect(next.status == 0, "\(next.stderr)")
            #expect(next.stdout.hasPrefix("unchanged \(Warehouse.seedPath): 吉林省人民政府办公厅 2024 决算 (document \(ids[0]), 0 rows, "))
            #expect(next.stdout.contains("\nchecked 1 document in "))
            #expect(next.stdout.contains("\n  document \(ids[0]): 1 error, 22 warn, 5 info\n"))
            #expect(try warehouse.lines("select count(*) from fiscal.dim_document where checked_at is null") == ["0"])
            #expect(
                try warehouse.lines("select document_id, outcome, count(*) from fiscal.dq_check_run group by 1, 2 order by 1, 2")
                    == ["\(ids[0])\tfail\t3", "\(ids[0])\tnot_applicable\t6", "\(ids[0])\tpass\t21",
                        "\(ids[1])\tfail\t3", "\(ids[1])\tnot_applicable\t6", "\(ids[1])\tpass\t21"])
            let after = try CommandLineTests.run(["status", "--database-url", url])
            #expect(after.stdout.hasPrefix("documents: 2\n"))
        }
    }

    /// Writes `count` reports of `Benchmarks/generate_corpus.py` into `folder`; their paths, in name order.
    static func generate(_ count: Int, seed: Int, into folder: URL) throws -> [String] {
        let made = try BIClientTests.runPython(
            [
                Warehouse.root.appendingPathComponent("Benchmarks/generate_corpus.py").path, "--count", String(count),
                "--random-seed", String(seed), "--out", folder.path,
            ], environment: [:])
        try #require(made.status == 0, "\(made.stderr)")
        let texts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(texts.count == count)
        return texts.map { folder.appendingPathComponent($0).path }
    }

    /// The checks' rows as text, in a fixed order, without their ids and times.
    static func outcomes(of warehouse: Warehouse) throws -> (runs: [String], findings: [String], measurements: [String]) {
        (
            try warehouse.lines(
                """
                select document_id, check_id, outcome, comparisons, findings, check_sha256, basis, error_message
                from fiscal.dq_check_run order by 1, 2
                """),
            try warehouse.lines(
                """
                select document_id, check_id, severity, table_codes, row_key, expected, actual, difference, source_lines, message
                from fiscal.dq_finding order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
                """),
            try warehouse.lines(
                """
                select document_id, check_id, table_codes, row_key, expected, actual, relation, passed, source_lines
                from fiscal.dq_measurement order by 1, 2, 3, 4, 5, 6, 7, 8, 9
                """)
        )
    }
}
