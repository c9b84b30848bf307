import Foundation

/// Reads a report file, turning a missing, unreadable or oversized file into a one-line `ParseError`.
public enum ReportFile {
    /// The largest file read as one report, in bytes (32 MiB).
    ///
    /// A 部门决算 report is 0.1 to 2 MiB of text. A larger file is something else (reports
    /// joined together, a dump, a wrong path); reading it whole would cost memory and
    /// minutes of parsing before it was refused anyway, so it is refused before it is read.
    public static let maximumSize = 32 * 1024 * 1024

    /// The bytes of a report file.
    ///
    /// - Throws: `ParseError` naming the file when it is missing, a directory, unreadable
    ///   or larger than `maximumSize`.
    public static func read(_ path: String) throws(ParseError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ParseError(file: path, line: nil, message: "no such file")
        }
        guard !isDirectory.boolValue else { throw ParseError(file: path, line: nil, message: "is a directory, expected a report file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ParseError(file: path, line: nil, message: "cannot be read (permission denied?)")
        }
        // Closing a descriptor that was only read from cannot lose data.
        defer { try? handle.close() }
        let data: Data
        do {
            // Reading one byte past the limit tells a file at the limit from a larger one, and a
            // pipe or device that never ends (/dev/zero) from a file, without reading further.
            data = try handle.read(upToCount: maximumSize + 1) ?? Data()
        } catch {
            throw ParseError(file: path, line: nil, message: "cannot be read: \(error.localizedDescription)")
        }
        guard data.count <= maximumSize else {
            throw ParseError(
                file: path, line: nil,
                message: "the file is larger than \(maximumSize / 1024 / 1024) MiB, the limit for one report; "
                    + "expected a single 部门决算 report of text")
        }
        return data
    }
}
