import Foundation
import JuesuanLibPQ
import JuesuanTestSupport
import JuesuanWarehouse
import Testing

/// A `juesuan` process running in the background, for tests that start two loaders at
/// once or kill one halfway.
///
/// Its stdout and stderr go to files rather than pipes, so a process that prints more
/// than a pipe holds never blocks while the test is busy polling the database.
final class LoaderProcess {
    let process = Process()
    let outputDirectory: URL

    /// Starts `juesuan` with `arguments`, in `directory` (the repository root by default).
    ///
    /// - Parameter environment: variables added to the test's own environment, such as
    ///   `JUESUAN_TEST_PAUSE_BEFORE_COMMIT`.
    init(_ arguments: [String], environment: [String: String] = [:], directory: URL = Warehouse.root) throws {
        outputDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: outputDirectory.appendingPathComponent("stdout").path, contents: nil)
        _ = FileManager.default.createFile(atPath: outputDirectory.appendingPathComponent("stderr").path, contents: nil)
        process.executableURL = CommandLineTests.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputDirectory.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: outputDirectory.appendingPathComponent("stderr"))
        try process.run()
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        // A leftover temp folder harms nothing.
        try? FileManager.default.removeItem(at: outputDirectory)
    }

    var isRunning: Bool { process.isRunning }

    /// What the process printed on stdout so far.
    var stdout: String { read("stdout") }

    /// What the process printed on stderr so far.
    var stderr: String { read("stderr") }

    /// Waits for the process to exit and returns its exit status.
    ///
    /// - Throws: `TestFailure` when it runs longer than `timeout` seconds; it is killed when
    ///   this object goes away.
    @discardableResult
    func wait(timeout: TimeInterval = 120) throws -> Int32 {
        try Poll.until(timeout: timeout, "juesuan \(process.arguments?.first ?? "") to exit") { !process.isRunning }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Kills the process with SIGKILL, as the kernel's OOM killer or a power cut would, and reaps it.
    func killHard() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private func read(_ name: String) -> String {
        // A file that cannot be read reads as empty output, which the test's assertions then show.
        let data = (try? Data(contentsOf: outputDirectory.appendingPathComponent(name))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Waiting for a condition with a deadline, so that a test fails rather than hangs.
enum Poll {
    /// Checks `condition` every 20 ms until it holds.
    ///
    /// - Throws: `TestFailure` naming `what` when it does not hold within `timeout` seconds,
    ///   or whatever `condition` throws.
    static func until(timeout: TimeInterval, _ what: String, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try !condition() {
            guard Date() < deadline else { throw TestFailure("timed out after \(timeout) s waiting for \(what)") }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// Waits until a backend of `database` sits idle inside a transaction for more than a
    /// second, which is a loader in the `JUESUAN_TEST_PAUSE_BEFORE_COMMIT` pause: between two
    /// statements of a load the client is busy for milliseconds, not seconds.
    ///
    /// - Returns: the backend's process id.
    @discardableResult
    static func pausedBackend(of database: TestDatabase, admin: Connection, timeout: TimeInterval = 60) throws -> String {
        try pausedBackend(ofDatabase: database.name, admin: admin, timeout: timeout)
    }

    /// `pausedBackend(of:admin:timeout:)` for a database given by name, on any server.
    @discardableResult
    static func pausedBackend(ofDatabase name: String, admin: Connection, timeout: TimeInterval = 60) throws -> String {
        var pid: String?
        try until(timeout: timeout, "a loader paused inside its transaction in \(name)") {
            pid = try admin.execute(
                """
                select pid from pg_stat_activity
                where datname = $1 and state = 'idle in transaction' and clock_timestamp() - state_change > interval '1 second'
                """, [name]
            ).scalar
            return pid != nil
        }
        return pid ?? ""
    }

    /// Waits until a backend of `database` waits for an advisory lock: a second loader of a
    /// document that the paused one holds.
    static func backendWaitingForAdvisoryLock(of database: TestDatabase, admin: Connection, timeout: TimeInterval = 60) throws {
        try until(timeout: timeout, "a loader waiting for the document lock in \(database.name)") {
            try admin.execute(
                "select 1 from pg_stat_activity where datname = $1 and wait_event_type = 'Lock' and wait_event = 'advisory'",
                [database.name]
            ).scalar != nil
        }
    }

    /// Waits until the backend `pid` has gone, so its transaction is over.
    static func backendGone(_ pid: String, admin: Connection, timeout: TimeInterval = 30) throws {
        try until(timeout: timeout, "backend \(pid) to end") {
            try admin.execute("select 1 from pg_stat_activity where pid = $1", [pid]).scalar == nil
        }
    }
}

/// A test helper's failure, with a message that says what did not happen.
struct TestFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
