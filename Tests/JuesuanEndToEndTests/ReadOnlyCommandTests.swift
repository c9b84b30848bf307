import Foundation
import JuesuanLibPQ
import JuesuanTestSupport
import JuesuanWarehouse
import Testing

/// The commands that only read connect without migrating: an analyst's read-only login runs them,
/// and they say clearly when there is no warehouse, or one older than the binary.
@Suite struct ReadOnlyCommandTests {
    @Test func aReadOnlyLoginRunsShowTraceStatusAndCheck() throws {
        try Warehouse.with { warehouse in
            let loaded = try warehouse.load(Warehouse.seedPath)
            try RoleTests.withAnalystLogin(warehouse) { _, conninfo in
                let url = ["--database-url", conninfo]
                let show = try CommandLineTests.run(["show", "gk01"] + url)
                #expect(show.status == 0)
                #expect(show.stdout.split(separator: "\n").count == 14)  // header + 13 printed lines
                let trace = try CommandLineTests.run(["trace", "gk05", "2010301"] + url)
                #expect(trace.status == 0)
                #expect(trace.stdout.contains("行政运行"))
                let status = try CommandLineTests.run(["status"] + url)
                #expect(status.status == 0)
                #expect(status.stdout.contains("吉林省人民政府办公厅"))
                let check = try CommandLineTests.run(["check"] + url)
                #expect(check.status == 0)
                #expect(check.stdout.hasPrefix("# 吉林省人民政府办公厅 2024 决算 (document \(loaded.documentID)): 28 findings"))  // 13 sums off by rounding, grouped into 5
                #expect(show.stderr.isEmpty && trace.stderr.isEmpty && status.stderr.isEmpty && check.stderr.isEmpty)
                // Running the checks again writes: not for a read-only login.
                #expect(try CommandLineTests.run(["check", "--rerun"] + url).status != 0)
            }
        }
    }

    @Test func noWarehouseIsSaidClearly() throws {
        try TestCluster.withDatabase { database in
            let run = try CommandLineTests.run(["status", "--database-url", database.conninfo])
            #expect(run.status == 3)
            #expect(
                run.stderr
                    == "error: the database holds no juesuan warehouse (no fiscal.schema_migration); load a report first: juesuan load FILE\n")
        }
    }

    @Test func migrateCreatesTheWarehouseWithoutAReport() throws {
        try TestCluster.withDatabase { database in
            let run = try CommandLineTests.run(["migrate", "--database-url", database.conninfo])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.hasPrefix("the warehouse is current: "))
            let status = try CommandLineTests.run(["status", "--database-url", database.conninfo])
            #expect(status.status == 0, "\(status.stderr)")
            #expect(status.stdout.hasPrefix("documents: 0"))
        }
    }

    @Test func anOlderWarehouseIsSaidClearly() throws {
        try Warehouse.with { warehouse in
            let latest = try #require(try warehouse.lines("select name from fiscal.schema_migration order by version desc limit 1").first)
            _ = try warehouse.connection.execute("delete from fiscal.schema_migration where name = $1", [latest])
            let run = try CommandLineTests.run(["show", "gk01", "--database-url", warehouse.database.conninfo])
            #expect(run.status == 3)
            #expect(
                run.stderr
                    == "error: the warehouse is older than this juesuan (migration \(latest) is not applied); "
                    + "run juesuan load as the warehouse's owner to upgrade it\n")
        }
    }
}
