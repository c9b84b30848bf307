import Foundation

/// A private PostgreSQL cluster in a directory of its own, reachable only through a Unix socket.
///
/// The data lives in `directory/data`, the socket and `cluster.log` (server and tool output) in
/// `directory`. Nothing listens on TCP, so clusters in different directories never collide even
/// though they all use port 5432. `initdb` and `pg_ctl` refuse to run as root, so as root they
/// run as the `postgres` user via `runuser`, and `directory` is handed to that user.
public struct LocalCluster: Sendable {
    /// The directory holding the socket, the log and the `data` subdirectory.
    public let directory: URL
    /// Where `initdb` and `pg_ctl` are; nil when none was found, which makes `start` throw.
    public let binDirectory: URL?
    /// The port number, which only names the socket file (`.s.PGSQL.<port>`).
    public let port: Int
    /// Extra server settings passed as `-c name=value` on every start, for example `["fsync": "off"]`.
    public let settings: [String: String]

    /// The longest socket path the kernel accepts (sun_path holds 108 bytes including the NUL).
    static let maximumSocketPathLength = 107

    /// Describes a cluster; nothing happens on disk until `start`.
    ///
    /// - Parameters:
    ///   - binDirectory: where `initdb` and `pg_ctl` are (the CLI passes `$JUESUAN_PG_BIN`). Defaults to
    ///     the highest `/usr/lib/postgresql/*/bin` containing `initdb`, else the first `PATH` entry that has it.
    ///   - settings: server settings for tests and tuning, for example `["fsync": "off"]` for throwaway data.
    public init(directory: URL, binDirectory: URL? = nil, port: Int = 5432, settings: [String: String] = [:]) {
        self.directory = directory.standardizedFileURL
        self.binDirectory = binDirectory ?? Self.findBinDirectory()
        self.port = port
        self.settings = settings
    }

    /// The data directory created by `initdb`.
    public var dataDirectory: URL {
        directory.appendingPathComponent("data", isDirectory: true)
    }

    /// The file that collects the output of `initdb` and `pg_ctl` and the server's log.
    public var logFile: URL {
        directory.appendingPathComponent("cluster.log", isDirectory: false)
    }

    /// The path of the server's socket file.
    public var socketPath: String {
        directory.path + "/.s.PGSQL.\(port)"
    }

    /// A libpq connection string for the `postgres` database as the `postgres` superuser.
    public var conninfo: String {
        conninfo(database: "postgres")
    }

    /// A libpq connection string for `database` as the `postgres` superuser.
    public func conninfo(database: String) -> String {
        ConnectionString.make([
            (keyword: "host", value: directory.path),
            (keyword: "port", value: String(port)),
            (keyword: "user", value: "postgres"),
            (keyword: "dbname", value: database),
        ])
    }

    /// Whether a server is running on the data directory: `pg_ctl status` says so, or, when
    /// its postmaster.pid was deleted, a server still answers on the socket.
    public var isRunning: Bool {
        guard FileManager.default.fileExists(atPath: dataDirectory.appendingPathComponent("PG_VERSION").path) else {
            return false
        }
        // pg_ctl status exits 0 when a server runs and 3 when none does; a failure to even
        // launch it means we cannot manage a server there either, which reads as not running.
        if let status = try? run("pg_ctl", ["status", "-D", dataDirectory.path], log: nil), status == 0 { return true }
        return answersWithoutPidFile
    }

    /// Whether a server answers on the socket though pg_ctl finds no postmaster.pid (deleted).
    var answersWithoutPidFile: Bool {
        guard FileManager.default.fileExists(atPath: socketPath) else { return false }
        return (try? Connection(conninfo(database: "postgres"))) != nil
    }

    /// The server's process, found by its command line (`postgres -D DATA`), for when its
    /// postmaster.pid is gone and pg_ctl cannot find it.
    func postmasterProcess() -> pid_t? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries where entry.allSatisfy(\.isNumber) {
            guard let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { continue }
            let arguments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            guard let first = arguments.first, first.hasSuffix("/postgres"), let flag = arguments.firstIndex(of: "-D"),
                flag + 1 < arguments.count, arguments[flag + 1] == dataDirectory.path
            else { continue }
            return pid_t(entry)
        }
        return nil
    }

    /// Creates the cluster if `directory/data` does not exist yet and starts the server.
    ///
    /// Does nothing if the server is already running. Waits until the server accepts connections.
    public func start() throws {
        try checkDirectoryPath()
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw LocalClusterError("cannot create \(directory.path): \(error.localizedDescription)")
        }
        // The cluster trusts local connections: it is private to its owner because no one else
        // may enter its folder, which holds the socket (and the server makes the socket 0700 too).
        guard chmod(directory.path, 0o700) == 0 else {
            throw LocalClusterError("cannot make \(directory.path) private (chmod 700): \(String(cString: strerror(errno)))")
        }
        // Two first runs at once would both initdb into the same folder: the second waits for the
        // first here, then finds the cluster created and running. The lock is taken even when a
        // server runs: `pg_ctl status` says so as soon as the postmaster starts, before it accepts
        // connections, and the run that starts it holds the lock until `pg_ctl start -w` is done.
        try withStartLock {
            if isRunning { return }
            try initializeAndStart()
        }
    }

    /// Runs `body` holding an exclusive lock on `start.lock` in the cluster's folder.
    private func withStartLock(_ body: () throws -> Void) throws {
        let path = directory.appendingPathComponent("start.lock").path
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw LocalClusterError("cannot open \(path): \(String(cString: strerror(errno)))") }
        // Closing the descriptor releases the lock, also when body throws.
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw LocalClusterError("cannot lock \(path): \(String(cString: strerror(errno)))") }
        }
        try body()
    }

    private func initializeAndStart() throws {
        let fileManager = FileManager.default
        let log = try openLog()
        if geteuid() == 0 {
            try handOverToPostgresUser()
        }
        if !fileManager.fileExists(atPath: dataDirectory.appendingPathComponent("PG_VERSION").path) {
            try initializeDataDirectory(log: log)
        }
        let options = serverOptions.map(Self.shellQuoted).joined(separator: " ")
        try runChecked(
            "pg_ctl",
            ["start", "-w", "-D", dataDirectory.path, "-l", logFile.path, "-o", options],
            log: log,
            failure: "pg_ctl start failed (the cluster in \(directory.path) cannot start; if it holds nothing you need, remove that folder and run again)"
        )
    }

    /// Creates `database` on the running server unless it exists.
    ///
    /// Two first runs started at the same moment may both try: the one that loses the race
    /// (42P04, or 23505 in the catalog) finds the database there and goes on.
    public func createDatabase(_ database: String) throws {
        let admin = try Connection(conninfo)
        let exists = { try admin.execute("select 1 from pg_database where datname = $1", [database]).rows.count == 1 }
        guard try !exists() else { return }
        do {
            _ = try admin.execute("create database \(Connection.quoteIdentifier(database))", doing: "creating the database \(database)")
        } catch {
            guard try exists() else { throw error }
        }
    }

    /// Stops the server with `pg_ctl stop -m fast`, which rolls back open transactions.
    ///
    /// Does nothing if no server is running.
    public func stop() throws {
        guard isRunning else { return }
        if answersWithoutPidFile, run("pg_ctl", ["status", "-D", dataDirectory.path], log: nil, orElse: 4) != 0 {
            // pg_ctl needs the pid file: the server is asked to stop as pg_ctl stop -m fast would (SIGINT).
            guard let pid = postmasterProcess(), kill(pid, SIGINT) == 0 else {
                throw LocalClusterError("a server answers on \(socketPath) but its postmaster.pid is gone and its process cannot be found to stop it")
            }
            for _ in 0..<600 where FileManager.default.fileExists(atPath: socketPath) { usleep(50_000) }
            guard !FileManager.default.fileExists(atPath: socketPath) else {
                throw LocalClusterError("the server (process \(pid)) did not stop within 30 s")
            }
            return
        }
        let log = try openLog()
        try runChecked(
            "pg_ctl",
            ["stop", "-w", "-m", "fast", "-D", dataDirectory.path],
            log: log,
            failure: "pg_ctl stop failed"
        )
    }

    // MARK: - Starting

    /// The postgres command-line options: socket only, in `directory`, plus the extra settings.
    var serverOptions: [String] {
        // unix_socket_directories is a comma-separated list whose entries are trimmed, so such a
        // path needs the list's double quotes; checkDirectoryPath rules out double quotes inside.
        let path = directory.path
        let needsQuotes = path.contains(",") || path.first?.isWhitespace == true || path.last?.isWhitespace == true
        let socketDirectory = needsQuotes ? "\"\(path)\"" : path
        var options = [
            "-p", String(port), "-c", "listen_addresses=", "-c", "unix_socket_directories=\(socketDirectory)", "-c", "unix_socket_permissions=0700",
        ]
        for (name, value) in settings.sorted(by: { $0.key < $1.key }) {
            options += ["-c", "\(name)=\(value)"]
        }
        return options
    }

    /// Throws if the socket path is too long or the path would break pg_ctl's shell command.
    func checkDirectoryPath() throws {
        let length = socketPath.utf8.count
        guard length <= Self.maximumSocketPathLength else {
            throw LocalClusterError(
                "the socket path \(socketPath) is \(length) bytes, more than the \(Self.maximumSocketPathLength) a Unix socket allows; use a shorter directory"
            )
        }
        // pg_ctl pastes the data directory in double quotes into a /bin/sh command line.
        let unsafe = directory.path.filter { "\"$`\\\n\r".contains($0) }
        guard unsafe.isEmpty else {
            throw LocalClusterError("the directory \(directory.path) contains characters pg_ctl cannot quote: \(unsafe.debugDescription)")
        }
    }

    /// Runs initdb, falling back to the C locale where C.UTF-8 is not installed.
    ///
    /// initdb writes into `data.initdb`, renamed to `data` only when it succeeded: a first run
    /// killed during initdb leaves no half-made cluster that would crash-loop, and the next run
    /// starts again from nothing.
    private func initializeDataDirectory(log: FileHandle) throws {
        let building = directory.appendingPathComponent("data.initdb")
        let fileManager = FileManager.default
        for leftover in [building, dataDirectory] where fileManager.fileExists(atPath: leftover.path) {
            do {
                try fileManager.removeItem(at: leftover)
            } catch {
                throw LocalClusterError("cannot remove the unfinished cluster \(leftover.path): \(error.localizedDescription)")
            }
        }
        try initdb(into: building, log: log)
        do {
            try fileManager.moveItem(at: building, to: dataDirectory)
        } catch {
            throw LocalClusterError("cannot move the new cluster into \(dataDirectory.path): \(error.localizedDescription)")
        }
    }

    private func initdb(into target: URL, log: FileHandle) throws {
        let arguments = ["-D", target.path, "-U", "postgres", "-A", "trust", "-E", "UTF8"]
        let rootHint = geteuid() == 0 ? " (initdb runs as the postgres user, which must be able to reach \(directory.path))" : ""
        let offset = try log.seekToEnd()
        let status = try run("initdb", arguments + ["--locale=C.UTF-8"], log: log)
        if status == 0 { return }
        let output = readLog(from: offset)
        // initdb says `invalid locale name "C.UTF-8"` where the C library lacks that locale.
        guard output.contains("invalid locale name") else {
            throw LocalClusterError("initdb failed with exit status \(status)\(rootHint)", output: output)
        }
        try runChecked("initdb", arguments + ["--locale=C"], log: log, failure: "initdb failed\(rootHint)")
    }

    // MARK: - Running tools

    /// Runs a tool and throws with the tail of its output (and the server log) if it fails.
    private func runChecked(_ tool: String, _ arguments: [String], log: FileHandle, failure: String) throws {
        let offset = try log.seekToEnd()
        let status = try run(tool, arguments, log: log)
        guard status == 0 else {
            throw LocalClusterError("\(failure) with exit status \(status)", output: readLog(from: offset))
        }
    }

    /// `run`, with `fallback` when the tool cannot be run at all.
    func run(_ tool: String, _ arguments: [String], log: FileHandle?, orElse fallback: Int32) -> Int32 {
        (try? run(tool, arguments, log: log)) ?? fallback
    }

    /// Runs `tool` from `binDirectory` (as the postgres user when root), waits, and returns its exit status.
    ///
    /// Output goes to `log`; with no log it is discarded.
    func run(_ tool: String, _ arguments: [String], log: FileHandle?) throws -> Int32 {
        guard let binDirectory else {
            throw LocalClusterError(
                "cannot find the PostgreSQL server programs (initdb, pg_ctl); set JUESUAN_PG_BIN to their directory"
            )
        }
        let executable = binDirectory.appendingPathComponent(tool).path
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw LocalClusterError("\(executable) is missing or not executable; set JUESUAN_PG_BIN to the directory of initdb and pg_ctl")
        }
        if let log {
            let commandLine = ([tool] + arguments).joined(separator: " ")
            try log.write(contentsOf: Data("\n$ \(commandLine)\n".utf8))
        }
        // Variables such as PGDATA or PGPORT must not change what the tools do.
        let environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
        // The postgres user may not be allowed into the caller's working directory.
        let workingDirectory = directory.path
        // initdb dies with the loader (a loader killed mid-initdb leaves no initdb running on): as
        // root both runuser and initdb under it are set to, since runuser's change of user clears it.
        let dies = tool == "initdb"
        var command = ChildProcess.diesWithCaller([executable] + arguments, when: dies)
        if geteuid() == 0 {
            command = ChildProcess.diesWithCaller([try Self.runuserPath(), "-u", "postgres", "--"] + command, when: dies)
        }
        return try ChildProcess.run(
            command[0],
            Array(command.dropFirst()),
            environment: environment,
            workingDirectory: workingDirectory,
            output: log?.fileDescriptor
        )
    }

    /// Opens `cluster.log` for appending, creating it if needed.
    private func openLog() throws -> FileHandle {
        // O_APPEND keeps our writes and the server's (through its own descriptor) from overwriting each other.
        let descriptor = open(logFile.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw LocalClusterError("cannot open \(logFile.path): \(String(cString: strerror(errno)))")
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// The log text written since `offset`, empty if the log cannot be read.
    private func readLog(from offset: UInt64) -> String {
        guard let handle = FileHandle(forReadingAtPath: logFile.path) else { return "" }
        defer { handle.closeFile() }
        handle.seek(toFileOffset: offset)
        return String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
    }

    // MARK: - Root

    /// Gives `directory` (recursively) and the log file to the postgres user so initdb and the server can use them.
    private func handOverToPostgresUser() throws {
        let (uid, gid) = try Self.postgresUser()
        if try owner(of: directory.path) != uid {
            try changeOwner(of: directory.path, to: uid, gid)
            if let entries = FileManager.default.enumerator(atPath: directory.path) {
                for case let entry as String in entries {
                    try changeOwner(of: directory.appendingPathComponent(entry).path, to: uid, gid)
                }
            }
        }
        if try owner(of: logFile.path) != uid {
            try changeOwner(of: logFile.path, to: uid, gid)
        }
    }

    private func owner(of path: String) throws -> uid_t {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            throw LocalClusterError("cannot stat \(path): \(String(cString: strerror(errno)))")
        }
        return info.st_uid
    }

    private func changeOwner(of path: String, to uid: uid_t, _ gid: gid_t) throws {
        // lchown, so a symlink inside the directory cannot hand over whatever it points to.
        guard lchown(path, uid, gid) == 0 else {
            throw LocalClusterError("cannot give \(path) to the postgres user: \(String(cString: strerror(errno)))")
        }
    }

    /// The user and group id of the `postgres` user.
    static func postgresUser() throws -> (uid_t, gid_t) {
        var entry = passwd()
        var found: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        // getpwnam_r rather than getpwnam: clusters may be started from several threads at once.
        let status = getpwnam_r("postgres", &entry, &buffer, buffer.count, &found)
        guard status == 0, found != nil else {
            throw LocalClusterError(
                "running as root, but there is no postgres user to run initdb and pg_ctl as (they refuse to run as root)"
            )
        }
        return (entry.pw_uid, entry.pw_gid)
    }

    static func runuserPath() throws -> String {
        let candidates = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser", "/bin/runuser"]
        guard let path = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw LocalClusterError("running as root, but runuser is not installed to switch to the postgres user")
        }
        return path
    }

    // MARK: - Finding PostgreSQL

    /// The highest Debian-style `/usr/lib/postgresql/*/bin`, else a `PATH` entry with initdb (the
    /// caller names another with `binDirectory`).
    static func findBinDirectory() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        let fileManager = FileManager.default
        let root = "/usr/lib/postgresql"
        // A missing /usr/lib/postgresql just means this is not a Debian-style installation.
        let versions = (try? fileManager.contentsOfDirectory(atPath: root)) ?? []
        let newestFirst = versions.sorted { versionNumbers($0).lexicographicallyPrecedes(versionNumbers($1)) }.reversed()
        for version in newestFirst where fileManager.isExecutableFile(atPath: "\(root)/\(version)/bin/initdb") {
            return URL(fileURLWithPath: "\(root)/\(version)/bin", isDirectory: true)
        }
        let path = environment["PATH"] ?? ""
        for entry in path.split(separator: ":") where fileManager.isExecutableFile(atPath: "\(entry)/initdb") {
            return URL(fileURLWithPath: String(entry), isDirectory: true)
        }
        return nil
    }

    /// "9.6" → [9, 6], so that 10 sorts above 9.6.
    private static func versionNumbers(_ version: String) -> [Int] {
        version.split(separator: ".").map { Int($0) ?? -1 }
    }

    /// Quotes one argument for /bin/sh, which pg_ctl uses to launch the server with the `-o` options.
    static func shellQuoted(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
