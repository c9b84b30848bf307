import Foundation

/// Reads a report file, turning a missing or unreadable file into a one-line `ParseError`.
public enum ReportFile {
    /// The bytes of a report file.
    ///
    /// - Throws: `ParseError` naming the file when it is missing, a directory or unreadable.
    public static func read(_ path: String) throws(ParseError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ParseError(file: path, line: nil, message: "no such file")
        }
        guard !isDirectory.boolValue else { throw ParseError(file: path, line: nil, message: "is a directory, expected a report file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParseError(file: path, line: nil, message: "cannot be read (permission denied?)")
        }
        return data
    }
}
