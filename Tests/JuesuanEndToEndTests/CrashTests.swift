import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
import Testing

/// A loader killed with SIGKILL (OOM killer, power cut, `kill -9` of a stuck job) leaves
/// the warehouse as it was: the file's transaction never commits.
///
/// The loader is killed while it pauses after writing every row and before its commit
/// (`JUESUAN_TEST_PAUSE_BEFORE_COMMIT`), the moment with the most to lose. Killing it at
/// any other moment inside the transaction would leave the same state, so the assertions
/// do not depend on timing; the pause only makes the test kill it at the worst moment.
@Suite struct CrashTests {
    static let pause = ["JUESUAN_TEST_PAUSE_BEFORE_COMMIT": "120"]

    @Test func aKilledReplacementLeavesThePreviousVersion() throws {
        let changed = try SeedVariant.write(SeedVariant.changedVersion(), name: "changed.txt")
        defer { SeedVariant.remove(changed) }
        try Warehouse.with { warehouse in
            let first = try warehouse.load(Warehouse.seedPath)
            let before = try warehouse.snapshot()
            #expect(before["fact_gongkai_amount"]?.count == 698)

            try Self.killDuringLoad(of: changed, in: warehouse)

            #expect(try warehouse.snapshot() == before)
            #expect(try warehouse.lines("select income_actual from gongkai.gk01 where ord = 8") == ["12.73"])
            #expect(
                try warehouse.lines("select sha256 from fiscal.dim_document")
                    == ["50b2783025529fb8cececef8e50a8352f39954785701b32d10d760590d47363e"])
            // A killed run records nothing; the next run replaces the document as if the kill never happened.
            #expect(try warehouse.lines("select count(*) from fiscal.load_run") == ["0"])
            let rerun = try CommandLineTests.run(["load", changed, "--database-url", warehouse.database.conninfo])
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(rerun.stdout.hasPrefix("replaced \(changed): 吉林省人民政府办公厅 2024 决算 (document \(first.documentID), "))
            #expect(try warehouse.lines("select income_actual from gongkai.gk01 where ord = 8") == ["12.74"])
            #expect(try warehouse.lines("select count(*) from fiscal.fact_gongkai_amount") == ["698"])
        }
    }

    @Test func aKilledNewDocumentLeavesNothing() throws {
        try Warehouse.with { warehouse in
            let before = try warehouse.snapshot()

            try Self.killDuringLoad(of: Warehouse.seedPath, in: warehouse)

            #expect(try warehouse.snapshot() == before)
            for table in ["dim_document", "document_unit", "fact_gongkai_amount", "dim_project", "fact_project_fund", "dq_finding"] {
                // Table names are the constants above.
                #expect(try warehouse.lines("select count(*) from fiscal.\(table)") == ["0"], "\(table)")
            }
            #expect(try warehouse.lines("select count(*) from fiscal.dim_unit where unit_id <> 0") == ["0"])
            #expect(try warehouse.lines("select count(*) from fiscal.load_run") == ["0"])
            let rerun = try CommandLineTests.run(["load", Warehouse.seedPath, "--database-url", warehouse.database.conninfo])
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(rerun.stdout.hasPrefix("loaded \(Warehouse.seedPath): "))
        }
    }

    /// Starts `juesuan load path`, waits until it pauses before its commit, kills it with
    /// SIGKILL and waits until the server has ended its session (and so rolled it back).
    static func killDuringLoad(of path: String, in warehouse: Warehouse) throws {
        let admin = try Connection(warehouse.database.adminConninfo)
        let loader = try LoaderProcess(["load", path, "--database-url", warehouse.database.conninfo], environment: pause)
        let backend = try Poll.pausedBackend(of: warehouse.database, admin: admin)
        #expect(loader.isRunning)
        loader.killHard()
        #expect(loader.process.terminationReason == .uncaughtSignal)
        #expect(loader.process.terminationStatus == SIGKILL)
        try Poll.backendGone(backend, admin: admin)
    }
}
