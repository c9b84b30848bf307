import Foundation

/// The lines of a report file, decoded and numbered.
public struct ReportLines: Sendable {
    /// The file name used in locations and errors.
    public let file: String
    /// The lines without their terminators; `lines[0]` is line 1.
    public let lines: [String]
    /// Whether a header cell that spans columns is repeated in each column it spans (text
    /// rebuilt from a PDF, where the extents are known), rather than followed by empty cells
    /// (tab-separated text, where an empty cell right of a header cell belongs to it).
    public var repeatsSpanningCells = false
    /// For text rebuilt from a PDF: the printed page of each line, for messages.
    public var pages: [Int]?

    /// Decodes a report.
    ///
    /// - Throws: `ParseError` when the data is empty or not UTF-8 text (binary data,
    ///   or a report saved as GBK / GB18030, which is refused rather than guessed at).
    public init(file: String, data: Data) throws(ParseError) {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw .emptyFile(file)
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw .notText(file, line: Self.lineNumber(of: nul, in: bytes), "binary data (a NUL byte)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = Self.firstInvalidUTF8Line(bytes)
            throw .notText(file, line: line, "bytes that are not UTF-8 (GBK/GB18030 reports must be converted to UTF-8 first)")
        }
        self.file = file
        // Split on Unicode scalars: in Swift "\r\n" is one Character, so splitting the String on
        // "\n" would leave a report saved with Windows line endings as a single line.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line))
        }
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    /// Lines already split, e.g. rebuilt from a PDF's words.
    public init(file: String, lines: [String], repeatsSpanningCells: Bool = false) {
        self.file = file
        self.lines = lines
        self.repeatsSpanningCells = repeatsSpanningCells
    }

    /// Builds lines directly, for fragments written in tests.
    public init(file: String, text: String) throws(ParseError) {
        try self.init(file: file, data: Data(text.utf8))
    }

    /// Where a line stands, as a reader finds it: "page 6" in a PDF, "line 120" in text.
    public func place(_ index: Int) -> String {
        if let pages, index < pages.count { return "page \(pages[index])" }
        return "line \(index + 1)"
    }

    /// The location of the line at a 0-based index.
    public func location(_ index: Int) -> SourceLocation {
        SourceLocation(file: file, line: index + 1)
    }

    private static func lineNumber(of offset: Data.Index, in bytes: Data) -> Int {
        bytes[bytes.startIndex..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    private static func firstInvalidUTF8Line(_ bytes: Data) -> Int? {
        var lineStart = bytes.startIndex
        var line = 1
        while lineStart < bytes.endIndex {
            let end = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            if String(validating: bytes[lineStart..<end], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = end < bytes.endIndex ? bytes.index(after: end) : end
        }
        return nil
    }
}
