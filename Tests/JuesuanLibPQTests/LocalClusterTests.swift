import Foundation
import JuesuanTestSupport
import Testing

@testable import JuesuanLibPQ

@Suite struct LocalClusterTests {
    @Test func startsStopsAndKeepsItsData() throws {
        let cluster = LocalCluster(directory: TestCluster.makeClusterDirectory(), settings: TestCluster.fastSettings)
        defer { TestCluster.discard(cluster) }
        #expect(!cluster.isRunning)

        try cluster.start()
        #expect(cluster.isRunning)
        #expect(FileManager.default.fileExists(atPath: cluster.socketPath))
        #expect(FileManager.default.fileExists(atPath: cluster.dataDirectory.appendingPathComponent("PG_VERSION").path))
        try cluster.start()  // already running: nothing happens
        #expect(cluster.isRunning)

        do {
            let connection = try Connection(cluster.conninfo)
            try connection.execute("create table kept (a text)")
            try connection.execute("insert into kept values ($1)", ["still here"])
            // The settings were applied and nothing listens on TCP.
            #expect(try connection.execute("show fsync").scalar == "off")
            #expect(try connection.execute("show listen_addresses").scalar == "")
            #expect(try connection.execute("show unix_socket_directories").scalar == cluster.directory.path)
        }

        try cluster.stop()
        #expect(!cluster.isRunning)
        #expect(!FileManager.default.fileExists(atPath: cluster.socketPath))
        try cluster.stop()  // not running: nothing happens
        #expect(throws: PostgresError.self) {
            try Connection(cluster.conninfo)
        }

        // A second start reuses the data directory instead of running initdb again.
        try cluster.start()
        #expect(cluster.isRunning)
        let connection = try Connection(cluster.conninfo)
        #expect(try connection.execute("select a from kept").rows == [["still here"]])
        let log = try String(contentsOf: cluster.logFile, encoding: .utf8)
        #expect(log.components(separatedBy: "$ initdb").count == 2)
    }

    /// Issue 27, case 2: the embedded cluster trusts local connections, so no other OS user may
    /// reach its socket. Run as root, as CI does: `nobody` tries to connect through psql.
    @Test(.enabled(if: geteuid() == 0, "needs root to run a command as nobody"))
    func anotherUserCannotConnect() throws {
        let cluster = LocalCluster(directory: TestCluster.makeClusterDirectory(), settings: TestCluster.fastSettings)
        defer { TestCluster.discard(cluster) }
        try cluster.start()
        var info = stat()
        #expect(stat(cluster.directory.path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
        let psql = ["/usr/bin/psql", "/usr/lib/postgresql/15/bin/psql"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        process.arguments = ["-u", "nobody", "--", try #require(psql), "-h", cluster.directory.path, "-U", "postgres", "-d", "postgres", "-Atc", "select 1"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(said.contains("Permission denied"), "\(said)")
        // Its owner still connects.
        #expect(try Connection(cluster.conninfo).execute("select 1").scalar == "1")
    }

    /// Issue 27, case 7: with its postmaster.pid deleted, the server still runs: status says so
    /// (it answers on its socket) and stop stops it.
    @Test func aDeletedPidFileDoesNotHideTheServer() throws {
        let cluster = LocalCluster(directory: TestCluster.makeClusterDirectory(), settings: TestCluster.fastSettings)
        defer { TestCluster.discard(cluster) }
        try cluster.start()
        try FileManager.default.removeItem(at: cluster.dataDirectory.appendingPathComponent("postmaster.pid"))
        #expect(cluster.isRunning)
        try cluster.start()  // running: nothing to do, no pg_ctl transcript
        try cluster.stop()
        #expect(!cluster.isRunning)
        #expect(!FileManager.default.fileExists(atPath: cluster.socketPath))
        #expect(throws: PostgresError.self) { try Connection(cluster.conninfo) }
    }

    @Test func failedStartShowsTheServerLog() throws {
        let cluster = LocalCluster(
            directory: TestCluster.makeClusterDirectory(),
            settings: ["fsync": "off", "no_such_setting": "1"]
        )
        defer { TestCluster.discard(cluster) }
        let error = try #require(throws: LocalClusterError.self) {
            try cluster.start()
        }
        #expect(error.message.contains("pg_ctl start failed"))
        #expect(error.description.contains("unrecognized configuration parameter \"no_such_setting\""))
        #expect(!error.description.contains("\n"))
        #expect(!cluster.isRunning)
    }

    @Test func tooLongDirectoryIsRejectedBeforeTouchingDisk() throws {
        let directory = URL(fileURLWithPath: "/tmp/" + String(repeating: "d", count: 100), isDirectory: true)
        let cluster = LocalCluster(directory: directory)
        let error = try #require(throws: LocalClusterError.self) {
            try cluster.start()
        }
        #expect(error.description.contains("107"))
        #expect(!FileManager.default.fileExists(atPath: directory.path))
    }

    @Test func conninfoPointsAtTheSocketDirectory() {
        let cluster = LocalCluster(directory: URL(fileURLWithPath: "/tmp/pg-x/", isDirectory: true))
        #expect(cluster.conninfo == "host=/tmp/pg-x port=5432 user=postgres dbname=postgres")
        #expect(cluster.conninfo(database: "my db") == "host=/tmp/pg-x port=5432 user=postgres dbname='my db'")
        let spaced = LocalCluster(directory: URL(fileURLWithPath: "/tmp/a b/../c d", isDirectory: true), port: 5433)
        #expect(spaced.conninfo == "host='/tmp/c d' port=5433 user=postgres dbname=postgres")
        #expect(spaced.socketPath == "/tmp/c d/.s.PGSQL.5433")
    }

    @Test func serverOptionsAreShellSafe() {
        let cluster = LocalCluster(
            directory: URL(fileURLWithPath: "/tmp/it's here", isDirectory: true),
            settings: ["work_mem": "64MB", "application_name": "a 'b'"]
        )
        let quoted = cluster.serverOptions.map(LocalCluster.shellQuoted)
        #expect(quoted.contains("'unix_socket_directories=/tmp/it'\\''s here'"))
        let listed = LocalCluster(directory: URL(fileURLWithPath: "/tmp/a,b", isDirectory: true))
        #expect(listed.serverOptions.contains("unix_socket_directories=\"/tmp/a,b\""))
        #expect(quoted.contains("'application_name=a '\\''b'\\'''"))
        #expect(cluster.serverOptions.suffix(4) == ["-c", "application_name=a 'b'", "-c", "work_mem=64MB"])
    }

    @Test func findsThePostgreSQLPrograms() throws {
        let binDirectory = try #require(LocalCluster.findBinDirectory())
        #expect(FileManager.default.isExecutableFile(atPath: binDirectory.appendingPathComponent("initdb").path))
        #expect(FileManager.default.isExecutableFile(atPath: binDirectory.appendingPathComponent("pg_ctl").path))
    }
}
