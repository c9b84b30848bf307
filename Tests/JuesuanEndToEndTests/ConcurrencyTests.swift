import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
import Testing

/// Two `juesuan load` processes at once, as when a nightly job overlaps a manual rerun.
///
/// The first loader pauses after writing every row and before its commit
/// (`JUESUAN_TEST_PAUSE_BEFORE_COMMIT`); the second starts only once the first sits in
/// that pause, so the two truly overlap.
@Suite struct ConcurrencyTests {
    static let pause = ["JUESUAN_TEST_PAUSE_BEFORE_COMMIT": "8"]

    @Test func theSameFileTwiceAtOnceLoadsOneDocument() throws {
        try Warehouse.with { warehouse in
            let admin = try Connection(warehouse.database.adminConninfo)
            let url = warehouse.database.conninfo
            let first = try LoaderProcess(["load", Warehouse.seedPath, "--database-url", url], environment: Self.pause)
            try Poll.pausedBackend(of: warehouse.database, admin: admin)
            let second = try LoaderProcess(["load", Warehouse.seedPath, "--database-url", url])
            // The second waits on the document's lock while the first holds it.
            try Poll.backendWaitingForAdvisoryLock(of: warehouse.database, admin: admin)
            #expect(first.isRunning)

            #expect(try first.wait() == 0, "\(first.stderr)")
            #expect(try second.wait() == 0, "\(second.stderr)")
            #expect(first.stdout.hasPrefix("loaded \(Warehouse.seedPath): 吉林省人民政府办公厅 2024 决算 (document "))
            #expect(second.stdout.hasPrefix("unchanged \(Warehouse.seedPath): 吉林省人民政府办公厅 2024 决算 (document "))
            #expect(first.stderr == "")
            #expect(second.stderr == "")

            #expect(try warehouse.lines("select count(*) from fiscal.dim_document") == ["1"])
            // One row a printed cell, and no cell twice (the key is what would repeat).
            #expect(
                try warehouse.lines(
                    """
                    select count(*), count(distinct (document_id, table_code, ord, part, measure_id, fund_id))
                    from fiscal.fact_gongkai_amount
                    """) == ["698\t698"])
            #expect(try warehouse.lines("select count(*), count(distinct ord) from fiscal.dim_project") == ["50\t50"])
            #expect(try warehouse.lines("select count(*) from fiscal.fact_project_fund") == ["200"])
            #expect(
                try warehouse.lines("select outcome, fact_rows > 0, message from fiscal.load_run order by outcome")
                    == ["loaded\tt\t\\N", "unchanged\tf\t\\N"])
        }
    }

    @Test func twoDocumentsAtOnceBothLoad() throws {
        let other = try SeedVariant.write(SeedVariant.renamingDepartment(to: "吉林省测试厅"), name: "other.txt")
        defer { SeedVariant.remove(other) }
        try Warehouse.with { warehouse in
            let admin = try Connection(warehouse.database.adminConninfo)
            let url = warehouse.database.conninfo
            let first = try LoaderProcess(["load", Warehouse.seedPath, "--database-url", url], environment: Self.pause)
            try Poll.pausedBackend(of: warehouse.database, admin: admin)
            let second = try LoaderProcess(["load", other, "--database-url", url])

            // Both documents list the same units, so the second may wait at dim_unit for the first's commit.
            #expect(try second.wait() == 0, "\(second.stderr)")
            #expect(try first.wait() == 0, "\(first.stderr)")
            #expect(first.stdout.hasPrefix("loaded \(Warehouse.seedPath): 吉林省人民政府办公厅 2024 决算 (document "))
            #expect(second.stdout.hasPrefix("loaded \(other): 吉林省测试厅 2024 决算 (document "))
            #expect(first.stderr == "")
            #expect(second.stderr == "")

            #expect(
                try warehouse.lines(
                    """
                    select d.department, d.reporting_entity, count(*)
                    from fiscal.fact_gongkai_amount as f
                    inner join fiscal.dim_document as d on d.document_id = f.document_id
                    group by d.department, d.reporting_entity order by d.department
                    """)
                    == ["吉林省人民政府办公厅\t吉林省人民政府办公厅（汇总）\t698", "吉林省测试厅\t吉林省测试厅（汇总）\t698"])
            #expect(
                try warehouse.lines("select outcome, count(distinct fact_rows) from fiscal.load_run group by outcome")
                    == ["loaded\t1"])
            #expect(try warehouse.lines("select count(*) from fiscal.load_run") == ["2"])
            // Every view shows both documents in full: the same printed rows under each document.
            let documents = try warehouse.lines("select document_id from fiscal.dim_document order by document_id")
            try #require(documents.count == 2)
            for view in SeedViewTests.goldenViews {
                // The view name comes from a static list, never from input.
                let rows = try documents.map { document in
                    try warehouse.lines("select * from gongkai.\(view) where document_id = $1 order by ord", [document])
                        .map { $0.drop { $0 != "\t" } }
                }
                #expect(!rows[0].isEmpty, "\(view)")
                #expect(rows[0] == rows[1], "\(view)")
            }
        }
    }
}
