import Foundation
import JuesuanLibPQ
import JuesuanTestSupport
@testable import JuesuanWarehouse
import Testing

/// The roles of 0005_roles.sql: juesuan_loader owns the schemas, juesuan_analyst only reads.
///
/// Roles belong to the whole cluster, so every login role a test makes has a unique
/// name and is dropped afterwards.
@Suite struct RoleTests {
    /// Statements an analyst must not be able to run, each on a different object.
    static let forbidden: [String] = [
        "insert into fiscal.dim_document (department, fiscal_year, report_kind, amount_unit, source_file, sha256) "
            + "values ('x', 2024, '决算', '万元', 'x', repeat('0', 64))",
        "insert into fiscal.load_run (source_file, started_at, outcome) values ('x', now(), 'failed')",
        "update fiscal.dim_document set department = 'x'",
        "update fiscal.fact_gongkai_amount set amount = 0",
        "delete from fiscal.fact_gongkai_amount",
        "delete from fiscal.load_run",
        "truncate fiscal.fact_gongkai_amount",
        "truncate fiscal.dim_document cascade",
        "create table fiscal.analyst_table (a int)",
        "create table gongkai.analyst_table (a int)",
        "create table public.analyst_table (a int)",
        "create view gongkai.analyst_view as select 1 as a",
        "alter table fiscal.dim_document add column analyst_note text",
        "drop view gongkai.gk01",
    ]

    @Test func theRolesExistAndOwnTheSchemas() throws {
        try Warehouse.with { warehouse throws in
            #expect(
                try warehouse.lines(
                    "select rolname, rolcanlogin, rolsuper from pg_roles where rolname like 'juesuan\\_%' order by rolname")
                    == ["juesuan_analyst\tf\tf", "juesuan_loader\tf\tf", "juesuan_reviewer\tf\tf"])
            #expect(
                try warehouse.lines(
                    "select nspname, pg_get_userbyid(nspowner) from pg_namespace where nspname in ('fiscal', 'gongkai') order by 1")
                    == ["fiscal\tjuesuan_loader", "gongkai\tjuesuan_loader"])
        }
    }

    @Test func anAnalystReadsEveryTableAndView() throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            // Names come from the catalog, quoted; not from input.
            let relations = try warehouse.lines(
                """
                select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                where table_schema in ('fiscal', 'gongkai') order by 1
                """)
            #expect(relations.contains("gongkai.gk01"))
            #expect(relations.contains("fiscal.fact_gongkai_amount"))
            #expect(relations.count > 20)
            try Self.withAnalyst(warehouse) { analyst in
                #expect(try analyst.execute("select count(*) from gongkai.gk01").scalar == "13")
                #expect(try analyst.execute("select income_actual from gongkai.gk01 where ord = 8").scalar == "12.73")
                #expect(try analyst.execute("select count(*) from fiscal.fact_gongkai_amount").scalar == "698")
                for relation in relations {
                    let expected = try warehouse.connection.execute("select count(*) from \(relation)").scalar
                    #expect(try analyst.execute("select count(*) from \(relation)").scalar == expected, "\(relation)")
                }
            }
        }
    }

    @Test(arguments: forbidden)
    func anAnalystCannotWrite(_ statement: String) throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            let before = try warehouse.snapshot()
            try Self.withAnalyst(warehouse) { analyst in
                let error = try #require(throws: PostgresError.self) { try analyst.execute(statement) }
                #expect(error.sqlState == "42501", "\(error)")
            }
            #expect(try warehouse.snapshot() == before)
        }
    }

    /// A table a later migration adds (here: one the migrating role creates by hand) is readable
    /// through the default privileges of 0005_roles.sql, and not writable, in either schema.
    /// (gongkai holds only views, which nobody can write to: they fail as not updatable first.)
    @Test(arguments: ["fiscal", "gongkai"])
    func aTableAddedLaterIsReadableButNotWritable(_ schema: String) throws {
        try Warehouse.with { warehouse in
            // The schema name comes from the test's arguments, quoted.
            let table = Connection.quoteIdentifier(schema) + ".later_table"
            try warehouse.connection.execute("create table \(table) (a int)")
            try warehouse.connection.execute("insert into \(table) values (1), (2)")
            try Self.withAnalyst(warehouse) { analyst in
                #expect(try analyst.execute("select sum(a) from \(table)").scalar == "3")
                for statement in [
                    "insert into \(table) values (3)", "update \(table) set a = 0", "delete from \(table)", "truncate \(table)",
                ] {
                    let error = try #require(throws: PostgresError.self) { try analyst.execute(statement) }
                    #expect(error.sqlState == "42501", "\(statement): \(error)")
                }
            }
            #expect(try warehouse.lines("select a from \(table) order by a") == ["1", "2"])
        }
    }

    /// Views are dropped and created again when a definition changes, which drops their grants;
    /// the Migrator grants them again.
    @Test func aRebuiltViewStaysReadable() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("sql-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Warehouse.sqlDirectory, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }  // a leftover temp folder harms nothing
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            let view = copy.appendingPathComponent("views/gongkai/gk01.sql")
            try (try String(contentsOf: view, encoding: .utf8) + "\n-- changed\n").write(to: view, atomically: true, encoding: .utf8)
            #expect(try Migrator(directory: copy).migrate(warehouse.connection).rebuiltViews)
            try Self.withAnalyst(warehouse) { analyst throws in
                #expect(try analyst.execute("select count(*) from gongkai.gk01").scalar == "13")
                #expect(try analyst.execute("select count(*) from gongkai.gk09").scalar == "1")
                #expect(try analyst.execute("select count(*) from fiscal.gongkai_cell").scalar == "698")
            }
        }
    }

    /// The migration that loses the race for a role (the other's role not committed yet, or not yet
    /// visible to its grant) is run again, twice at most, and only a migration that names a role.
    @Test func aMigrationThatLostARoleRaceIsRunAgain() throws {
        // (the migration, the error it fails with, how many times it fails, how many runs the retry makes)
        let cases: [(sql: String, state: String, failures: Int, runs: Int)] = [
            ("grant juesuan_analyst to role juesuan_reviewer;", PostgresError.SQLState.undefinedObject, 1, 2),
            ("create table fiscal.t (a integer);", PostgresError.SQLState.uniqueViolation, 9, 1),
            ("create role juesuan_reviewer nologin;", PostgresError.SQLState.duplicateObject, 9, 3),
        ]
        for (sql, state, failures, runs) in cases {
            var attempts = 0
            let outcome = Result {
                try Migrator.retryingRoleRaces(sql) {
                    attempts += 1
                    if attempts <= failures { throw PostgresError(sqlState: state, message: "lost a race (\(state))") }
                }
            }
            #expect(attempts == runs, "\(sql)")
            // It succeeds only when a run is left after the failures; else the server's error is thrown.
            switch outcome {
            case .success: #expect(runs > failures, "\(sql)")
            case .failure(let error): #expect(runs <= failures && error is PostgresError, "\(sql)")
            }
        }
    }

    /// The first migration of a cluster creates the roles; when several databases are migrated at
    /// once, all of them race for it, and every one must succeed.
    @Test func migratingManyDatabasesOfANewClusterAtOnce() throws {
        let cluster = LocalCluster(directory: TestCluster.makeClusterDirectory(), settings: TestCluster.fastSettings)
        try cluster.start()
        defer { TestCluster.discard(cluster) }
        let admin = try Connection(cluster.conninfo)
        let names = (1...4).map { "race_\($0)" }
        for name in names {
            try admin.execute("create database \(Connection.quoteIdentifier(name))")
        }
        let failures = ErrorCollector()
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            do {
                let connection = try Connection(cluster.conninfo(database: names[index]))
                try Migrator(directory: Warehouse.sqlDirectory).migrate(connection)
            } catch {
                failures.append("\(names[index]): \(error)")
            }
        }
        #expect(failures.all == [])
        #expect(
            try admin.execute("select count(*) from pg_roles where rolname in ('juesuan_loader', 'juesuan_analyst', 'juesuan_reviewer')").scalar == "3")
        for name in names {
            let connection = try Connection(cluster.conninfo(database: name))
            #expect(
                try connection.execute("select has_table_privilege('juesuan_analyst', 'gongkai.gk01', 'select')").scalar == "t")
            #expect(
                try connection.execute("select has_table_privilege('juesuan_reviewer', 'fiscal.dq_review', 'insert')").scalar == "t")
        }
    }

    /// Runs `body` connected as a new login role that is a member of juesuan_analyst, and drops the role afterwards.
    static func withAnalyst<T>(_ warehouse: Warehouse, _ body: (Connection) throws -> T) throws -> T {
        try withAnalystLogin(warehouse) { role, conninfo in
            // A closure of its own, so that the connection is closed before the role is dropped.
            try {
                let connection = try Connection(conninfo)
                #expect(try connection.execute("select current_user").scalar == role)
                return try body(connection)
            }()
        }
    }

    /// Runs `body` with a new login role that is a member of juesuan_analyst (or of `group`), and
    /// its conninfo; the role is dropped afterwards (close every connection of it in `body`).
    static func withAnalystLogin<T>(_ warehouse: Warehouse, in group: String = "juesuan_analyst", _ body: (String, String) throws -> T) throws -> T {
        let role = "analyst_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        let quoted = Connection.quoteIdentifier(role)
        let admin = try Connection(warehouse.database.adminConninfo)
        try admin.execute("create role \(quoted) login in role \(Connection.quoteIdentifier(group))", doing: "creating analyst \(role)")
        defer {
            do {
                try admin.execute("drop role \(quoted)", doing: "dropping analyst \(role)")
            } catch {
                Issue.record("\(error)")
            }
        }
        // The test cluster trusts local connections, so the role needs no password.
        var parameters = try ConnectionString.parse(warehouse.database.conninfo).filter { $0.keyword != "user" }
        parameters.append((keyword: "user", value: role))
        return try body(String(role), ConnectionString.make(parameters))
    }
}

/// Error messages gathered from concurrent work.
final class ErrorCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    /// Adds a message; safe to call from any thread.
    func append(_ message: String) {
        lock.withLock { messages.append(message) }
    }

    /// Every message so far.
    var all: [String] {
        lock.withLock { messages }
    }
}
