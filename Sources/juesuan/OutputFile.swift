import Foundation

/// A file the CLI writes (`report --html`, `trace --png`, `show --png`): a regular file is
/// replaced atomically (written beside it, then renamed over it); anything else at that path —
/// a device, a FIFO, a symbolic link, a directory — is refused, never replaced.
enum OutputFile {
    /// Writes `data` to `path`.
    ///
    /// - Throws: `RuntimeFailure` naming the path when it is not a regular file or cannot be written.
    static func write(_ data: Data, to path: String) throws(RuntimeFailure) {
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw RuntimeFailure("\(path): not a regular file (\(kind(info.st_mode))); expected a file to write or a new path")
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw RuntimeFailure("\(path): cannot write: \(error.localizedDescription)")
        }
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFLNK: "a symbolic link"
        case S_IFDIR: "a directory"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}

/// A command that could not do its work (not a bad command line): ArgumentParser prints it as
/// one line, `Error: …`, without the usage text, and the command exits 1.
struct RuntimeFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
