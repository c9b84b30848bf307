import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanPDF
import JuesuanTestSupport
import JuesuanWarehouse
import Testing

/// A migrated database of its own for one test, with helpers to load and read it.
struct Warehouse {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let sqlDirectory = root.appendingPathComponent("sql")
    static let seedPath = root.appendingPathComponent("seeds/000_f428d76052f7ee41.txt").path
    /// The real reports the tests read, copied into the project (`Tests/Fixtures/reports/README.md`).
    static let reports = root.appendingPathComponent("Tests/Fixtures/reports")

    let database: TestDatabase
    let connection: Connection

    /// Runs `body` with a fresh, migrated database, dropped afterwards.
    static func with<T>(_ body: (Warehouse) throws -> T) throws -> T {
        try TestCluster.withDatabase { database in
            let connection = try Connection(database.conninfo)
            try Migrator(directory: sqlDirectory).migrate(connection)
            return try body(Warehouse(database: database, connection: connection))
        }
    }

    /// Parses and loads a file, then runs the checks pending, as `juesuan load` does after its files.
    @discardableResult
    func load(_ path: String, given: GivenIdentity = .none) throws -> LoadResult {
        let result = try DocumentLoader(connection: connection).load(ReportReader.read(path, given: given))
        try DataQualityChecks(sqlDirectory: Self.sqlDirectory).runPending(on: connection)
        return result
    }

    /// A document's findings by severity (error, warn, info).
    func severities(of documentID: Int64) throws -> [String: Int] {
        try DataQualityChecks.counts(documentIDs: [documentID], on: connection)[documentID] ?? [:]
    }

    /// Rows of a query as tab-separated lines, NULL as \N (psql's COPY text form).
    func lines(_ sql: String, _ parameters: [String?] = []) throws -> [String] {
        try connection.execute(sql, parameters).rows.map { row in row.map { $0 ?? "\\N" }.joined(separator: "\t") }
    }

    /// Every row of every table in `fiscal` (load history aside), for before/after comparisons.
    func snapshot() throws -> [String: [String]] {
        let tables = try connection.execute(
            """
            select table_name from information_schema.tables
            where table_schema = 'fiscal' and table_type = 'BASE TABLE' and table_name <> 'load_run'
            order by table_name
            """
        ).rows.compactMap { $0[0] }
        var snapshot: [String: [String]] = [:]
        for table in tables {
            // Table names come from the catalog, quoted; not from input.
            snapshot[table] = try lines("select t::text from fiscal.\(Connection.quoteIdentifier(table)) as t order by 1")
        }
        return snapshot
    }
}
