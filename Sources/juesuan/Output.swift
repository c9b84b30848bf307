import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanWarehouse

/// Where the CLI writes: results on stdout, diagnostics on stderr.
enum Output {
    /// One line on stderr, prefixed like ArgumentParser's own errors.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("error: \(oneLine(message))\n".utf8))
    }

    /// A message kept on one line: control characters (a newline in a file's name) escaped.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.properties.generalCategory == .control {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// One line on stderr about the run itself (files passed over), never on stdout (--json).
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("note: \(message)\n".utf8))
    }

    /// One line on stderr for something the user should know that does not stop the command.
    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }

    /// One JSON object on one line of stdout.
    static func json(_ report: FileLoader.Report) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a struct of strings and numbers cannot fail; an empty line would show it if it did.
        let data = (try? encoder.encode(report)) ?? Data()
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    /// "1 error, 2 warn, 5 info" (severities with no finding left out; "none" when empty).
    static func severities(_ counts: [String: Int]?) -> String {
        let parts = Severity.allCases.map(\.rawValue).compactMap { severity in counts?[severity].map { "\($0) \(severity)" } }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// A flat object of strings as one JSON line on stdout.
    static func jsonLine(_ object: [String: String]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a dictionary of strings cannot fail; an empty line would show it if it did.
        let data = (try? encoder.encode(object)) ?? Data()
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    /// A conninfo quoted for a POSIX shell.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
