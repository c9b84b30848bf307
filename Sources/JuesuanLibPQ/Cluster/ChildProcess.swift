#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion with `posix_spawn` and `waitpid`.
///
/// Foundation's `Process` on Linux learns that a child exited when a socket it hands down to the
/// child gets closed. `pg_ctl start` passes that socket on to the server it leaves running, so
/// `waitUntilExit()` would block until the server stops. Here the child inherits nothing but
/// stdin (/dev/null), stdout and stderr, so no server can keep any of our descriptors open.
enum ChildProcess {
    /// util-linux's setpriv, which runs a command that receives a signal when its parent dies.
    static let setpriv: String? = {
        let candidates: [String] = ["/usr/bin/setpriv", "/bin/setpriv"]
        return candidates.first { path in access(path, X_OK) == 0 }
    }()

    /// The command run so that it is killed when the process that started it dies (setpriv
    /// --pdeathsig KILL), where setpriv is installed; the command as it is otherwise.
    ///
    /// - Parameter when: false returns the command unchanged.
    static func diesWithCaller(_ command: [String], when: Bool = true) -> [String] {
        guard when, let setpriv else { return command }
        return [setpriv, "--pdeathsig", "KILL", "--"] + command
    }

    #if canImport(Darwin)
    typealias FileActions = posix_spawn_file_actions_t?
    typealias Attributes = posix_spawnattr_t?
    #else
    typealias FileActions = posix_spawn_file_actions_t
    typealias Attributes = posix_spawnattr_t
    #endif

    /// Runs `executable` and returns its exit status, or 128 + the signal number if a signal killed it.
    ///
    /// - Parameters:
    ///   - output: a descriptor for the child's stdout and stderr; nil discards them.
    ///   - workingDirectory: the child's working directory; nil keeps ours.
    static func run(
        _ executable: String,
        _ arguments: [String],
        environment: [String: String],
        workingDirectory: String?,
        output: Int32?
    ) throws(LocalClusterError) -> Int32 {
        var actions = FileActions()
        try check(posix_spawn_file_actions_init(&actions), "posix_spawn_file_actions_init")
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = Attributes()
        try check(posix_spawnattr_init(&attributes), "posix_spawnattr_init")
        defer { posix_spawnattr_destroy(&attributes) }

        try check(posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0), "redirecting stdin")
        if let output {
            try check(posix_spawn_file_actions_adddup2(&actions, output, STDOUT_FILENO), "redirecting stdout")
            try check(posix_spawn_file_actions_adddup2(&actions, output, STDERR_FILENO), "redirecting stderr")
        } else {
            try check(posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0), "redirecting stdout")
            try check(posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0), "redirecting stderr")
        }
        if let workingDirectory {
            try changeDirectory(&actions, to: workingDirectory)
        }

        var flags = Int32(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        #if canImport(Darwin)
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #else
        try closeInheritedDescriptors(&actions)
        #endif
        try check(posix_spawnattr_setflags(&attributes, Int16(flags)), "posix_spawnattr_setflags")
        // Its own process group, so a Ctrl-C meant for the caller does not reach the server.
        try check(posix_spawnattr_setpgroup(&attributes, 0), "posix_spawnattr_setpgroup")
        // Threads of the caller may block or ignore signals; the child starts from the defaults.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        try check(posix_spawnattr_setsigmask(&attributes, &noSignals), "posix_spawnattr_setsigmask")
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD, SIGUSR1, SIGUSR2] {
            sigaddset(&defaultSignals, signal)
        }
        try check(posix_spawnattr_setsigdefault(&attributes, &defaultSignals), "posix_spawnattr_setsigdefault")

        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        guard !argv.contains(nil), !envp.contains(nil) else {
            throw LocalClusterError("out of memory starting \(executable)")
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv + [nil], envp + [nil])
        guard spawned == 0 else {
            throw LocalClusterError("cannot run \(executable): \(String(cString: strerror(spawned)))")
        }

        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else {
                throw LocalClusterError("cannot wait for \(executable): \(String(cString: strerror(errno)))")
            }
        }
        // The wait status macros are not imported into Swift: the low 7 bits hold the signal, if any.
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    private static func check(_ result: Int32, _ step: String) throws(LocalClusterError) {
        guard result == 0 else {
            throw LocalClusterError("cannot start a child process (\(step)): \(String(cString: strerror(result)))")
        }
    }

    // MARK: - Platform differences

    #if canImport(Darwin)
    private static func changeDirectory(_ actions: inout FileActions, to directory: String) throws(LocalClusterError) {
        try check(posix_spawn_file_actions_addchdir_np(&actions, directory), "changing directory")
    }
    #else
    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<FileActions>, UnsafePointer<CChar>) -> Int32
    private typealias AddClosefrom = @convention(c) (UnsafeMutablePointer<FileActions>, Int32) -> Int32

    /// glibc's `_np` spawn extensions are hidden behind _GNU_SOURCE, which Swift's Glibc module does
    /// not set, so they are looked up at run time; older C libraries simply lack them.
    private static func symbol<Function>(_ name: String, as type: Function.Type) -> Function? {
        guard let address = dlsym(nil, name) else { return nil }
        return unsafeBitCast(address, to: type)
    }

    private static func changeDirectory(_ actions: inout FileActions, to directory: String) throws(LocalClusterError) {
        // Without addchdir_np (glibc < 2.29) the child keeps our working directory.
        guard let addChdir = symbol("posix_spawn_file_actions_addchdir_np", as: AddChdir.self) else { return }
        try check(addChdir(&actions, directory), "changing directory")
    }

    /// Closes every descriptor above stderr in the child, whichever thread of ours opened it.
    private static func closeInheritedDescriptors(_ actions: inout FileActions) throws(LocalClusterError) {
        if let addClosefrom = symbol("posix_spawn_file_actions_addclosefrom_np", as: AddClosefrom.self) {
            try check(addClosefrom(&actions, STDERR_FILENO + 1), "closing inherited descriptors")
            return
        }
        // Older glibc: close what is open now, as Foundation does.
        guard let directory = opendir("/proc/self/fd") else { return }
        defer { closedir(directory) }
        var descriptors: [Int32] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if let descriptor = Int32(name), descriptor > STDERR_FILENO, descriptor != dirfd(directory) {
                descriptors.append(descriptor)
            }
        }
        for descriptor in descriptors {
            try check(posix_spawn_file_actions_addclose(&actions, descriptor), "closing inherited descriptors")
        }
    }
    #endif
}
