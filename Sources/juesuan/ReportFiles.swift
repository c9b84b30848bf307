import Foundation
import JuesuanCore

/// The files a load is given: report files as named, the reports under directories (recursively,
/// in path order, told by their content, not their names), and the paths a `--files-from` list holds.
struct ReportFiles {
    /// The files to load, in order.
    var paths: [String] = []
    /// How many files under each directory were passed over as not reports.
    var skipped: [(directory: String, count: Int)] = []

    /// Expands the arguments and the list file (`-`: standard input), one path a line.
    ///
    /// - Throws: a one-line message when the list file cannot be read.
    static func expand(_ arguments: [String], filesFrom: String?) throws -> ReportFiles {
        var names = arguments
        if let filesFrom {
            let data: Data
            if filesFrom == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let contents = FileManager.default.contents(atPath: filesFrom) else {
                    throw ValidationFailure("\(filesFrom): cannot read the list of files (--files-from)")
                }
                data = contents
            }
            names += String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var files = ReportFiles()
        for name in names {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.paths.append(name)  // a file, or a missing path that the load reports as such
                continue
            }
            let (reports, others) = reports(under: name)
            files.paths += reports
            if others > 0 { files.skipped.append((name, others)) }
        }
        return files
    }

    /// The report files under a directory, in path order, and the number of other files.
    static func reports(under directory: String) -> (reports: [String], others: Int) {
        let root = URL(fileURLWithPath: directory)
        guard let entries = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return ([], 0)
        }
        var reports: [String] = []
        var others = 0
        for case let url as URL in entries {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }  // a folder, a link to one
            let path = directory.hasSuffix("/") ? directory + url.path.dropFirst(root.path.count + 1) : directory + url.path.dropFirst(root.path.count)
            if looksLikeReport(url) { reports.append(path) } else { others += 1 }
        }
        return (reports.sorted(), others)
    }

    /// A PDF (`%PDF-`), or UTF-8 text that speaks of 决算 or 预算 in its first 64 KiB.
    static func looksLikeReport(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }  // unreadable: not loaded, counted
        // Closing a descriptor that was only read from cannot lose data.
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 64 * 1024), !head.isEmpty else { return false }  // see above
        if head.starts(with: Array("%PDF-".utf8)) { return true }
        let text = String(decoding: head, as: UTF8.self)
        return !text.contains("\u{FFFD}\u{FFFD}") && (text.contains("决算") || text.contains("预算"))
    }
}

/// A message for a bad command line, printed as ArgumentParser prints its own.
struct ValidationFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
