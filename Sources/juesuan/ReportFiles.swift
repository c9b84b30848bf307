import Foundation
import JuesuanCore

/// The files a load is given: report files as named, the reports under directories (recursively,
/// in path order, told by their content, not their names), and the paths a `--files-from` list holds.
struct ReportFiles {
    /// The files to load, in order.
    var paths: [String] = []
    /// Each directory given, with how many reports it held and how many other files were passed over.
    var directories: [(directory: String, reports: Int, others: Int)] = []
    /// The identity given for each file, where one was (`--department`, `--year`, `--kind`, or
    /// the fields after a path in a `--files-from` list).
    var given: [String: GivenIdentity] = [:]

    /// Expands the arguments and the list file (`-`: standard input), one path a line, optionally
    /// followed by tab-separated department, fiscal year and kind (决算 or 预算), any of them empty.
    ///
    /// - Parameter identity: what `--department`, `--year` and `--kind` give, for every file.
    /// - Throws: a one-line message when the list file cannot be read, or a line's year or kind is not one.
    static func expand(_ arguments: [String], filesFrom: String?, identity: GivenIdentity = .none) throws -> ReportFiles {
        var names = arguments.map { ($0, identity) }
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
            for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard let path = fields.first, !path.isEmpty else { continue }
                names.append((path, try given(fields.dropFirst(), in: filesFrom, for: path, default: identity)))
            }
        }
        var files = ReportFiles()
        for (name, identity) in names {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.paths.append(name)  // a file, or a missing path that the load reports as such
                if identity != .none { files.given[name] = identity }
                continue
            }
            let (reports, others) = reports(under: name)
            files.paths += reports
            if identity != .none { for report in reports { files.given[report] = identity } }
            files.directories.append((name, reports.count, others))
        }
        return files
    }

    /// The identity a list line gives after its path: department, year, kind; an empty field
    /// takes the command line's.
    static func given(_ fields: ArraySlice<String>, in list: String, for path: String, default identity: GivenIdentity) throws -> GivenIdentity {
        var given = identity
        let values = Array(fields)
        if values.count > 0, !values[0].isEmpty { given.department = values[0] }
        if values.count > 1, !values[1].isEmpty {
            guard let year = Int(values[1]) else { throw ValidationFailure("\(list): \(path): the year '\(values[1])' is not a year (YYYY)") }
            given.year = year
        }
        if values.count > 2, !values[2].isEmpty {
            guard let kind = ReportKind(rawValue: values[2]) else {
                throw ValidationFailure("\(list): \(path): the kind '\(values[2])' is neither 决算 nor 预算")
            }
            given.kind = kind
        }
        return given
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
