import Foundation

/// The environment the CLI reads, in one place; the libraries below take these as parameters.
enum Configuration {
    static let environment = ProcessInfo.processInfo.environment

    /// `JUESUAN_SQL_DIR`: the `sql/` folder when it is not next to or above the executable.
    static var sqlDirectory: String? { environment["JUESUAN_SQL_DIR"] }

    /// `JUESUAN_MUTOOL`: MuPDF's mutool (a PDF's glyphs and ruling lines), when not in the usual places.
    static var mutool: String? { environment["JUESUAN_MUTOOL"] }

    /// `JUESUAN_PDFTOPPM`: the pdftoppm program (pictures of printed pages), when not in the usual places.
    static var pdftoppm: String? { environment["JUESUAN_PDFTOPPM"] }

    /// `JUESUAN_PG_BIN`: the PostgreSQL binaries for the embedded cluster.
    static var postgresBin: URL? {
        environment["JUESUAN_PG_BIN"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0, isDirectory: true) }
    }

    /// Test-only, `JUESUAN_TEST_PAUSE_BEFORE_COMMIT=seconds`: the loader waits after writing each
    /// document and its load_run row and before committing them, so that tests can kill it there (crash safety) or start
    /// a second loader against it (concurrency). Unset in production.
    static var pauseBeforeCommit: (@Sendable () -> Void)? {
        guard let text = environment["JUESUAN_TEST_PAUSE_BEFORE_COMMIT"], let seconds = Double(text) else { return nil }
        return { Thread.sleep(forTimeInterval: seconds) }
    }

    /// Test-only, `JUESUAN_TEST_PAUSE_AFTER_COMMIT=seconds`: the loader waits after each document's
    /// commit, so that tests can kill it there and find the document's load_run row kept.
    static var pauseAfterCommit: (@Sendable () -> Void)? {
        guard let text = environment["JUESUAN_TEST_PAUSE_AFTER_COMMIT"], let seconds = Double(text) else { return nil }
        return { Thread.sleep(forTimeInterval: seconds) }
    }

    /// Test-only, `JUESUAN_TEST_PAUSE_BEFORE_CHECKS=seconds`: `juesuan load` waits after its files
    /// are loaded and committed and before their data-quality checks, so that tests can kill it
    /// there and find the documents loaded with their checks pending.
    static var pauseBeforeChecks: (@Sendable () -> Void)? {
        guard let text = environment["JUESUAN_TEST_PAUSE_BEFORE_CHECKS"], let seconds = Double(text) else { return nil }
        return { Thread.sleep(forTimeInterval: seconds) }
    }
}
