import Foundation

/// The lines of a report file, decoded and numbered.
public struct ReportLines: Sendable {
    /// The file name used in locations and errors.
    public let file: String
    /// The lines without their terminators; `lines[0]` is line 1.
    public let lines: [String]
    /// Whether each line holds a tab (`holdsTab`), found once: every reader asks which lines are rows.
    private let tabbed: [Bool]
    /// Whether a header cell that spans columns is repeated in each column it spans (text
    /// rebuilt from a PDF, where the extents are known), rather than followed by empty cells
    /// (tab-separated text, where an empty cell right of a header cell belongs to it).
    public var repeatsSpanningCells = false
    /// For text rebuilt from a PDF: the printed page of each line, for messages.
    public var pages: [Int]?
    /// For text from a PDF: the lines that are rows of a drawn grid (by index), and the grid's
    /// place in the document's list of grids.
    public var drawnLines: [Int: Int] = [:]
    /// For a drawn row (by line index), where each cell's text is printed, by column.
    public var cellBoxes: [Int: [Box?]] = [:]
    /// For a PDF: the cells of each table row as the layout placed them (a drawn grid's row, or
    /// a row of a table read from where its words stand), by line index. A PDF's lines are not
    /// split again: their text, the cells joined by tabs, is for people (`parse --text`, the
    /// stored document lines). Nil for text, whose rows are its tab-separated lines.
    public var placedCells: [Int: [String]]?

    /// Decodes a report.
    ///
    /// - Throws: `ParseError` when the data is empty or not UTF-8 text (binary data,
    ///   or a report saved as GBK / GB18030, which is refused rather than guessed at).
    public init(file: String, data: Data) throws(ParseError) {
        self.file = file
        // withUnsafeBytes rethrows untyped: the outcome comes out as a Result.
        let split = data.withUnsafeBytes { raw in
            Result { () throws(ParseError) in try Self.split(file: file, raw.bindMemory(to: UInt8.self)) }
        }
        self.lines = try split.get()
        self.tabbed = lines.map(\.holdsTab)
    }

    /// Splits UTF-8 bytes into lines on LF (a CR before it dropped), validating each line as
    /// it is decoded: the file's bytes are read once, with no `String` of the whole file and
    /// no `Character` (in Swift "\r\n" is one `Character`, so splitting a `String` on "\n"
    /// would leave a file with Windows line endings a single line).
    static func split(file: String, _ whole: UnsafeBufferPointer<UInt8>) throws(ParseError) -> [String] {
        var bytes = whole[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw .emptyFile(file)
        }
        // UTF-16 (a byte-order mark, or the NULs of ASCII in it) is named, with the conversion.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            || (bytes.count >= 4 && (bytes[bytes.startIndex + 1] == 0 && bytes[bytes.startIndex + 3] == 0 || bytes[bytes.startIndex] == 0 && bytes[bytes.startIndex + 2] == 0))
        {
            throw .notText(file, line: nil, "UTF-16 text (convert it with iconv -f UTF-16 -t UTF-8)")
        }
        // A NUL anywhere is binary data, whatever else the file holds.
        if let nul = Self.firstIndex(of: 0, in: whole, from: bytes.startIndex) {
            throw .notText(file, line: bytes[..<nul].count(where: { $0 == 0x0A }) + 1, "binary data (a NUL byte)")
        }
        var lines: [String] = []
        var start = bytes.startIndex
        var number = 1
        func append(upTo newline: Int) throws(ParseError) {
            var end = newline
            if end > start, whole[end - 1] == 0x0D { end -= 1 }
            let line = UnsafeBufferPointer(rebasing: whole[start..<end])
            guard let text = String(validating: line, as: UTF8.self) else {
                throw .notText(file, line: number, "bytes that are not UTF-8 (GBK/GB18030 reports must be converted to UTF-8 first)")
            }
            lines.append(text)
            number += 1
        }
        // Lines end at LF (CR LF too); a file with CRs and no LF (old Mac line endings) ends them at CR.
        let terminator: UInt8 = bytes.contains(0x0A) || !bytes.contains(0x0D) ? 0x0A : 0x0D
        while let newline = Self.firstIndex(of: terminator, in: whole, from: start) {
            try append(upTo: newline)
            start = newline + 1
        }
        // The text after the last line end; nothing when the file ends with one.
        try append(upTo: bytes.endIndex)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Where `byte` first stands in `bytes` from `from` on: by `memchr`, which reads the file's
    /// bytes many at a time (measured: the split in two thirds of the time of a search byte by byte).
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = bytes.baseAddress, from < bytes.count else { return nil }
        return memchr(base + from, Int32(byte), bytes.count - from).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
    }

    /// Lines already split, e.g. rebuilt from a PDF's words.
    public init(file: String, lines: [String], repeatsSpanningCells: Bool = false) {
        self.file = file
        self.lines = lines
        self.tabbed = lines.map(\.holdsTab)
        self.repeatsSpanningCells = repeatsSpanningCells
    }

    /// Builds lines directly, for fragments written in tests.
    public init(file: String, text: String) throws(ParseError) {
        try self.init(file: file, data: Data(text.utf8))
    }

    /// The cells of a line that is a row of a table (two cells or more); nil for any other line.
    public func row(_ index: Int) -> [String]? {
        if let placedCells {
            guard let cells = placedCells[index], cells.count > 1 else { return nil }
            return cells
        }
        return tabbed[index] ? TextNormalizer.tabCells(lines[index]) : nil
    }

    /// A line's cells as `TextNormalizer.cellText` reads them, and their keys (`TextNormalizer.key`):
    /// a row's cells, or the line as one cell; and whether the line is plain (`PlainScanner.isPlain`,
    /// false where not known). A line of text is read in one pass where it can be
    /// (`TextNormalizer.tabCellTextsAndKeys`).
    func cellTextsAndKeys(_ index: Int) -> (cells: [String], keys: [String], plain: Bool) {
        if placedCells == nil, let read = TextNormalizer.tabCellTextsAndKeys(lines[index]) { return read }
        let cells = (row(index) ?? [lines[index]]).map(TextNormalizer.cellText)
        return (cells, cells.map(TextNormalizer.key), false)
    }

    /// Whether a line is a row of a table (`row(_:)` is not nil).
    public func isRow(_ index: Int) -> Bool {
        if let placedCells { return (placedCells[index]?.count ?? 0) > 1 }
        return tabbed[index]
    }

    /// The lines that are not rows of a table: prose, titles, headings, metadata.
    public var textLines: some Sequence<(offset: Int, element: String)> {
        lines.enumerated().lazy.filter { !isRow($0.offset) }
    }

    /// Where a line stands, as a reader finds it: "page 6" in a PDF, "line 120" in text.
    public func place(_ index: Int) -> String {
        if let pages, index < pages.count { return "page \(pages[index])" }
        return "line \(index + 1)"
    }

    /// The location of the first line of a printed page (a PDF's lines know their pages; else line 1).
    public func location(ofPage page: Int) -> SourceLocation {
        location(pages?.firstIndex(of: page) ?? 0)
    }

    /// The location of the line at a 0-based index.
    public func location(_ index: Int) -> SourceLocation {
        SourceLocation(file: file, line: index + 1)
    }
}
