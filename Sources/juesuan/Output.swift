import Foundation
import JuesuanPostgres

/// Where the CLI writes: results on stdout, diagnostics on stderr.
enum Output {
    /// One line on stderr, prefixed like ArgumentParser's own errors.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }

    /// One JSON object on one line of stdout.
    static func json(_ report: FileLoader.Report) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a struct of strings and numbers cannot fail; an empty line would show it if it did.
        let data = (try? encoder.encode(report)) ?? Data()
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    /// A conninfo quoted for a POSIX shell.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
