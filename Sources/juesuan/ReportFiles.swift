import Foundation
import JuesuanCore

/// The files a load is given: report files as named, the reports under directories (recursively,
/// in path order, told by their content, not their names), and the paths a `--files-from` list holds.
struct ReportFiles {
    /// The files to load, in order.
    var paths: [String] = []
    /// Each directory given, with how many reports it held and how many other files were passed over.
    var directories: [(directory: String, reports: Int, others: Int)] = []

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
            files.directories.append((name, reports.count, others))
        }
        return files
    }

    /// The report files under a directory, in path order, and the number of other files. Paths
    /// keep the directory as it was given (reports/2024/x.pdf); links to files are followed.
    static func reports(under directory: String) -> (reports: [String], others: Int) {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        // A directory named through a link is read through it: enumerate the folder it points to.
        let root = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        var reports: [String] = []
        var others = 0
        for case let relative as String in FileManager.default.enumerator(atPath: root) ?? FileManager.DirectoryEnumerator() {
            let path = prefix + relative
            var isDirectory: ObjCBool = false
            // fileExists follows links: a link to a file is a file, a link to a folder is passed over.
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            if looksLikeReport(URL(fileURLWithPath: path)) { reports.append(path) } else { others += 1 }
        }
        return (reports.sorted(), others)
    }

    /// A PDF (`%PDF-`), or text that speaks of 决算 or 预算 in its first 64 KiB.
    static func looksLikeReport(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }  // unreadable: not loaded, counted
        // Closing a descriptor that was only read from cannot lose data.
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 64 * 1024), !head.isEmpty else { return false }  // see above
        if head.starts(with: Array("%PDF-".utf8)) { return true }
        let text = String(decoding: head, as: UTF8.self)
        return text.contains("决算") || text.contains("预算")
    }
}

/// A message for a bad command line, printed as ArgumentParser prints its own.
struct ValidationFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
