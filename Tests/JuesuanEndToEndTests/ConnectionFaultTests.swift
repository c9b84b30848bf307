import Foundation
import JuesuanLibPQ
import JuesuanTestSupport
import JuesuanWarehouse
import Testing

/// What a nightly job sees when the database is down, refuses the password, or goes away
/// in the middle of a run: one line on stderr, the documented exit status, no stack
/// trace, and never the password.
@Suite struct ConnectionFaultTests {
    /// Text that only a crash or an uncaught error would print.
    static let crashMarkers = ["Fatal error", "Backtrace", "Stack dump", "Thread 0", "Registers:", "💣"]

    /// Checks that stderr is exactly one `error: …` line without a stack trace or `secrets`.
    static func expectOneLine(_ stderr: String, without secrets: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "\(stderr)", sourceLocation: sourceLocation)
        #expect(stderr.hasPrefix("error: "), "\(stderr)", sourceLocation: sourceLocation)
        for marker in crashMarkers + secrets {
            #expect(!stderr.contains(marker), "\(marker) in \(stderr)", sourceLocation: sourceLocation)
        }
    }

    @Test func aDatabaseThatIsDownIsExit3() throws {
        // A socket folder with no server in it: what a stopped local PostgreSQL looks like.
        let folder = URL(fileURLWithPath: "/tmp/juesuan-down-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }  // a leftover empty folder harms nothing
        let url = ConnectionString.make([
            (keyword: "host", value: folder.path), (keyword: "user", value: "loader"),
            (keyword: "password", value: "Down-Secret-1"), (keyword: "dbname", value: "warehouse"),
        ])
        let run = try CommandLineTests.run(["load", Warehouse.seedPath, "--database-url", url])
        #expect(run.status == 3)
        #expect(run.stdout == "")
        Self.expectOneLine(run.stderr, without: ["Down-Secret-1"])
        #expect(
            run.stderr.hasPrefix(
                "error: connecting to host=\(folder.path) user=loader password=\(ConnectionString.mask) dbname=warehouse: "
                    + "connection to server on socket \"\(folder.path)/.s.PGSQL.5432\" failed: No such file or directory"),
            "\(run.stderr)")
    }

    @Test func aWrongPasswordIsExit3AndNeverPrinted() throws {
        let cluster = LocalCluster(directory: TestCluster.makeClusterDirectory(), settings: TestCluster.fastSettings)
        try cluster.start()
        defer { TestCluster.discard(cluster) }
        let admin = try Connection(cluster.conninfo)
        let role = "juesuan_password_test"
        let password = "Right-Secret-42"
        // A utility statement takes no parameters: the server quotes the values into it (format %I, %L).
        let create = try admin.execute("select format('create role %I login superuser password %L', $1::text, $2::text)", [role, password])
        try admin.execute(try #require(create.scalar))
        // From now on only postgres is trusted; everybody else needs a SCRAM password.
        let hba = cluster.dataDirectory.appendingPathComponent("pg_hba.conf")
        try "local all postgres trust\nlocal all all scram-sha-256\n".write(to: hba, atomically: false, encoding: .utf8)
        try admin.execute("select pg_reload_conf()")

        func conninfo(_ password: String) -> String {
            ConnectionString.make([
                (keyword: "host", value: cluster.directory.path), (keyword: "user", value: role),
                (keyword: "password", value: password), (keyword: "dbname", value: "postgres"),
            ])
        }
        try Poll.until(timeout: 10, "the server to require passwords") {
            do {
                _ = try Connection(conninfo("Wrong-Secret-7"))
                return false
            } catch {
                return true
            }
        }

        let wrong = try CommandLineTests.run(["load", Warehouse.seedPath, "--database-url", conninfo("Wrong-Secret-7")])
        #expect(wrong.status == 3)
        Self.expectOneLine(wrong.stderr, without: ["Wrong-Secret-7", password])
        #expect(wrong.stderr.contains("password=\(ConnectionString.mask)"), "\(wrong.stderr)")
        // libpq's own text, which puts two spaces after FATAL:.
        #expect(wrong.stderr.hasSuffix("password authentication failed for user \"\(role)\"\n"), "\(wrong.stderr)")

        // The URI form, with the password percent-encoded.
        let uri = "postgresql://\(role):Wrong%20Secret%2F8@/postgres?host=\(cluster.directory.path)"
        let wrongURI = try CommandLineTests.run(["load", Warehouse.seedPath, "--database-url", uri])
        #expect(wrongURI.status == 3)
        Self.expectOneLine(wrongURI.stderr, without: ["Wrong%20Secret%2F8", "Wrong Secret/8", "Secret", password])
        #expect(wrongURI.stderr.hasPrefix("error: connecting to postgresql://\(role):\(ConnectionString.mask)@/postgres?host="))

        // The right password loads, and is not printed either.
        let right = try CommandLineTests.run(["load", Warehouse.seedPath, "--database-url", conninfo(password)])
        #expect(right.status == 0, "\(right.stderr)")
        #expect(right.stdout.hasPrefix("loaded \(Warehouse.seedPath): "))
        #expect(!right.stdout.contains(password) && !right.stderr.contains(password))
    }

    /// The server ends the loader's session while a file is in its transaction, as a failover
    /// or an administrator's pg_terminate_backend would: the run stops with one line and exit
    /// status 3 (retry later), not 1 (fix a file), and a rerun loads everything.
    @Test func theSessionEndingMidRunIsExit3() throws {
        let other = try SeedVariant.write(SeedVariant.renamingDepartment(to: "吉林省测试厅"), name: "other.txt")
        defer { SeedVariant.remove(other) }
        try Warehouse.with { warehouse in
            let admin = try Connection(warehouse.database.adminConninfo)
            // One session: the one the server ends (ParallelLoadTests covers several).
            let arguments = ["load", Warehouse.seedPath, other, "--jobs", "1", "--database-url", warehouse.database.conninfo]
            let loader = try LoaderProcess(arguments, environment: ["JUESUAN_TEST_PAUSE_BEFORE_COMMIT": "3"])
            let backend = try Poll.pausedBackend(of: warehouse.database, admin: admin)
            #expect(try admin.execute("select pg_terminate_backend($1)", [backend]).scalar == "t")

            #expect(try loader.wait() == 3)
            #expect(loader.stdout == "")
            Self.expectOneLine(loader.stderr, without: [])
            Self.expectLostConnection(loader.stderr, file: Warehouse.seedPath, notAttempted: "1 of 2")
            #expect(loader.stderr.contains("terminating connection due to administrator command"), "\(loader.stderr)")
            // Nothing of either file was written, and with the session gone the run could not be recorded.
            #expect(try warehouse.lines("select count(*) from fiscal.dim_document") == ["0"])
            #expect(try warehouse.lines("select count(*) from fiscal.fact_gongkai_amount") == ["0"])
            #expect(try warehouse.lines("select count(*) from fiscal.load_run") == ["0"])

            let rerun = try CommandLineTests.run(arguments)
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(try warehouse.lines("select outcome from fiscal.load_run order by load_run_id") == ["loaded", "loaded"])
        }
    }

    /// The server restarts (pg_ctl stop -m fast, then start) while the loader sits in a transaction.
    @Test func aServerRestartMidRunIsExit3() throws {
        let cluster = LocalCluster(directory: TestCluster.makeClusterDirectory(), settings: TestCluster.fastSettings)
        try cluster.start()
        defer { TestCluster.discard(cluster) }
        try Connection(cluster.conninfo).execute("create database warehouse")
        let url = cluster.conninfo(database: "warehouse")
        let loader = try LoaderProcess(
            ["load", Warehouse.seedPath, "--database-url", url], environment: ["JUESUAN_TEST_PAUSE_BEFORE_COMMIT": "5"])
        try {
            // Its own scope, so that this session is gone before the server stops.
            let admin = try Connection(cluster.conninfo)
            try Poll.pausedBackend(ofDatabase: "warehouse", admin: admin)
        }()
        try cluster.stop()
        try cluster.start()

        #expect(try loader.wait() == 3)
        #expect(loader.stdout == "")
        Self.expectOneLine(loader.stderr, without: [])
        Self.expectLostConnection(loader.stderr, file: Warehouse.seedPath, notAttempted: "0 of 1")
        let connection = try Connection(url)
        #expect(try connection.execute("select count(*) from fiscal.dim_document").scalar == "0")
        #expect(try connection.execute("select count(*) from fiscal.fact_gongkai_amount").scalar == "0")

        let rerun = try CommandLineTests.run(["load", Warehouse.seedPath, "--database-url", url])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.hasPrefix("loaded \(Warehouse.seedPath): "))
    }

    /// Checks the line `juesuan load` prints when the server went away in the middle of `file`.
    static func expectLostConnection(
        _ stderr: String, file: String, notAttempted: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            stderr.hasPrefix("error: \(file): lost the connection to the database (committing a transaction: "), "\(stderr)",
            sourceLocation: sourceLocation)
        #expect(
            stderr.hasSuffix("); \(notAttempted) files not attempted; rerun the load when the database is back\n"), "\(stderr)",
            sourceLocation: sourceLocation)
    }
}
