import ArgumentParser
import Foundation
import Logging

/// `--log-level` and `--quiet`: how much the CLI says on stderr.
struct LoggingOptions: ParsableArguments {
    @Option(help: "Diagnostics on stderr from this level up: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .warning

    @Flag(help: "Print only errors: no progress, no per-file lines.")
    var quiet = false

    /// Installs the stderr log handler once, at the chosen level (error when quiet).
    func bootstrap() {
        let level = quiet ? Logger.Level.error : logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

/// A one-line progress display on a terminal: files done / total, rows, elapsed, current file.
///
/// Drawn on stderr only when stderr is a terminal; a nightly job (output to a file or
/// pipe) gets plain lines instead.
struct Progress {
    let total: Int
    let enabled: Bool
    let started = Date()
    var done = 0
    var rows = 0

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    /// Shows the file about to be loaded.
    func show(current file: String) {
        guard enabled else { return }
        let elapsed = String(format: "%.1f", Date().timeIntervalSince(started))
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] \(rows) rows · \(elapsed) s · \(file)".utf8))
    }

    /// Counts a finished file.
    mutating func finish(rows added: Int) {
        done += 1
        rows += added
    }

    /// Erases the progress line so that a result line can be printed in its place.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
