import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
import Testing

/// A BI client that is not ours reads the warehouse: Tests/python/bi_client_test.py, with psycopg 3.
///
/// The script lists the gongkai views, their columns and comments from the catalog as Metabase,
/// Superset and SQLAlchemy's inspector do, and reads gongkai.gk05 into Python values. It connects
/// as a login role of its own that is a member of juesuan_analyst; roles belong to the whole
/// cluster, so the role has a unique name and is dropped afterwards. `.ci/run` installs psycopg.
@Suite struct BIClientTests {
    static let script = Warehouse.root.appendingPathComponent("Tests/python/bi_client_test.py")

    @Test func psycopgReadsTheSeedAsAnAnalyst() throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            let run = try Self.withAnalystLogin(warehouse) { conninfo in
                try Self.runPython([Self.script.path], environment: ["JUESUAN_BI_DATABASE_URL": conninfo])
            }
            #expect(run.status == 0, "stderr:\n\(run.stderr)")
            #expect(run.stdout.split(separator: "\n").last == "bi_client: 7 passed, 0 failed", "stdout:\n\(run.stdout)")
        }
    }

    /// Runs `body` with the connection string of a new login role that is a member of
    /// juesuan_analyst, and drops the role afterwards.
    static func withAnalystLogin<T>(_ warehouse: Warehouse, _ body: (String) throws -> T) throws -> T {
        let role = "bi_client_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        let quoted = Connection.quoteIdentifier(role)
        let admin = try Connection(warehouse.database.adminConninfo)
        try admin.execute("create role \(quoted) login in role juesuan_analyst", doing: "creating BI login \(role)")
        defer {
            do {
                try admin.execute("drop role \(quoted)", doing: "dropping BI login \(role)")
            } catch {
                Issue.record("\(error)")
            }
        }
        // The test cluster trusts local connections, so the role needs no password.
        var parameters = try ConnectionString.parse(warehouse.database.conninfo).filter { $0.keyword != "user" }
        parameters.append((keyword: "user", value: role))
        return try body(ConnectionString.make(parameters))
    }

    /// Runs `python3` (found on PATH) from the package root with extra environment variables.
    ///
    /// Output goes to temporary files rather than pipes, so that neither stream can fill up and
    /// stall the script while the other is read.
    static func runPython(_ arguments: [String], environment: [String: String]) throws -> CommandLineTests.Run {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bi-client-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }  // a leftover temp folder harms nothing
        let outURL = directory.appendingPathComponent("stdout")
        let errURL = directory.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = Warehouse.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return CommandLineTests.Run(
            status: process.terminationStatus, stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
    }
}
