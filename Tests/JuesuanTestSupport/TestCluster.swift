// A throwaway PostgreSQL server shared by all tests of one test process: the JuesuanTestSupport
// target, which every test target that needs a database depends on.

import Foundation
import JuesuanLibPQ
import Testing

/// The PostgreSQL server the tests use: `$DATABASE_URL` if set, else a private `LocalCluster`.
///
/// The local cluster is started once per process, on first use, in a fresh directory under /tmp
/// (short, because a socket path may have at most 107 bytes), with durability switched off for
/// speed. It is stopped and deleted when the process exits. Tests run in parallel, so each test
/// gets a database of its own from `makeDatabase()` rather than sharing one.
public enum TestCluster {
    /// The server for this process, started on first access; Swift runs a static's initializer once, thread-safely.
    private static let server: Result<Server, any Error> = Result { try startServer() }

    /// The prefix of the directories of local test clusters, which also carry the owning process id.
    public static let directoryPrefix = "pgt-"

    /// Settings that trade crash safety for speed; the data is thrown away anyway.
    public static let fastSettings = ["fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"]

    /// A connection string for the server's maintenance database (`postgres`), as a superuser.
    public static func adminConninfo() throws -> String {
        try server.get().conninfo
    }

    /// Creates a database with a unique name; drop it when done (or use `withDatabase`).
    public static func makeDatabase() throws -> TestDatabase {
        let admin = try adminConninfo()
        let name = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let connection = try Connection(admin)
        try connection.execute("create database \(Connection.quoteIdentifier(name))", doing: "creating test database \(name)")
        return TestDatabase(name: name, conninfo: try ConnectionString.replacingDatabase(name, in: admin), adminConninfo: admin)
    }

    /// Runs `body` with a fresh database that is dropped afterwards, whatever happens.
    public static func withDatabase<T>(_ body: (TestDatabase) throws -> T) throws -> T {
        let database = try makeDatabase()
        defer { database.drop() }
        return try body(database)
    }

    /// Runs `body` with a connection to a fresh database that is dropped afterwards.
    public static func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        try withDatabase { database in
            try body(Connection(database.conninfo))
        }
    }

    /// A unique directory for a `LocalCluster` of this process, such as `/tmp/pgt-1234-5f3a9c01`.
    ///
    /// The process id lets a later test run recognize and remove clusters left behind by a crash.
    public static func makeClusterDirectory() -> URL {
        let suffix = UUID().uuidString.prefix(8).lowercased()
        return URL(fileURLWithPath: "/tmp/\(directoryPrefix)\(getpid())-\(suffix)", isDirectory: true)
    }

    /// Stops a cluster and deletes its directory, reporting a failure as a test issue.
    public static func discard(_ cluster: LocalCluster) {
        do {
            try cluster.stop()
            try FileManager.default.removeItem(at: cluster.directory)
        } catch {
            Issue.record("could not remove test cluster \(cluster.directory.path): \(error)")
        }
    }

    // MARK: - Server

    private struct Server: Sendable {
        var conninfo: String
        /// The local cluster to stop at exit; nil when the tests use `$DATABASE_URL`.
        var cluster: LocalCluster?
    }

    private static func startServer() throws -> Server {
        if let url = ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty {
            return Server(conninfo: url, cluster: nil)
        }
        removeAbandonedClusters()
        let cluster = LocalCluster(directory: makeClusterDirectory(), settings: fastSettings)
        do {
            try cluster.start()
        } catch {
            // Leave nothing behind; the start error is what the tests should report.
            discardQuietly(cluster)
            throw error
        }
        // atexit takes a C function, which cannot capture; it reads the finished static instead.
        atexit {
            if case .success(let server) = TestCluster.server, let cluster = server.cluster {
                TestCluster.discardQuietly(cluster)
            }
        }
        return Server(conninfo: cluster.conninfo, cluster: cluster)
    }

    /// Stops a cluster and deletes its directory where no test can take an issue any more.
    private static func discardQuietly(_ cluster: LocalCluster) {
        // At exit or after a failed start there is nobody left to tell; a leftover directory is
        // removed by the next run's removeAbandonedClusters.
        try? cluster.stop()
        try? FileManager.default.removeItem(at: cluster.directory)  // see above
    }

    /// Stops and deletes test clusters whose process no longer exists, e.g. after a crash or kill -9.
    private static func removeAbandonedClusters() {
        // Without a readable /tmp there is nothing to clean up.
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/tmp")) ?? []
        for name in names where name.hasPrefix(directoryPrefix) {
            let pidText = name.dropFirst(directoryPrefix.count).prefix { $0 != "-" }
            guard let pid = pid_t(pidText), pid != getpid(), kill(pid, 0) == -1, errno == ESRCH else { continue }
            discardQuietly(LocalCluster(directory: URL(fileURLWithPath: "/tmp/\(name)", isDirectory: true)))
        }
    }
}

/// A database of its own for one test, on the shared test server.
public struct TestDatabase: Sendable {
    /// The database name, unique per test.
    public let name: String
    /// A connection string for this database.
    public let conninfo: String
    /// A connection string for the maintenance database, used to drop this one.
    public let adminConninfo: String

    /// Drops the database, closing any connections still open to it; a failure is recorded as a test issue.
    public func drop() {
        do {
            let admin = try Connection(adminConninfo)
            try admin.execute(
                "drop database if exists \(Connection.quoteIdentifier(name)) with (force)",
                doing: "dropping test database \(name)"
            )
        } catch {
            Issue.record("could not drop test database \(name): \(error)")
        }
    }
}
