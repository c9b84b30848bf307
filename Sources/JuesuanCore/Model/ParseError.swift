/// Why a report could not be read, and where.
///
/// The description is one line, `file:line: what was expected, what was found`,
/// because it is what a nightly job's log shows for the file.
public struct ParseError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file the error is about.
    public var file: String
    /// The line, when the problem is at one.
    public var line: Int?
    /// What was expected and what was found.
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public init(at location: SourceLocation, _ message: String) {
        self.init(file: location.file, line: location.line, message: message)
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

extension ParseError {
    /// Printed text as an error quotes it: cut to `quoteLimit` characters with its length, so
    /// that one line stays one line whatever a cell holds (a 10 MB "amount").
    public static func quoted(_ text: String) -> String {
        let limit = 80
        let flat = String(text.map { $0.isNewline ? " " : $0 })
        guard flat.count > limit else { return "'\(flat)'" }
        return "'\(flat.prefix(limit))…' (\(flat.count) characters)"
    }

    static func emptyFile(_ file: String) -> ParseError {
        ParseError(file: file, line: nil, message: "the file is empty; expected a 部门决算 or 部门预算 report")
    }

    static func notText(_ file: String, line: Int?, _ found: String) -> ParseError {
        ParseError(file: file, line: line, message: "expected UTF-8 text, found \(found)")
    }

    /// No table recognised: the message names the titles that were seen, so that the user
    /// knows which variant the report is, and fits the input (a PDF has no tabs).
    static func noTables(_ lines: ReportLines, kind: ReportKind, seen: [(title: String, index: Int)]) -> ParseError {
        let example = kind == .budget ? "收支总表" : "收入支出决算总表"
        let expected = lines.pages == nil
            ? "a title such as \(example) followed by a tab-separated table"
            : "a page titled such as \(example) with the table under it"
        let saw = seen.map { "\($0.title) on \(lines.place($0.index))" }.joined(separator: ", ")
        // A budget says so: the user knows it was read as one, and which of its tables are unknown.
        let what = kind == .budget ? "a 部门预算 (budget), but no budget table recognised" : "no 公开 table found"
        return ParseError(file: lines.file, line: nil, message: "\(what); expected \(expected)" + (saw.isEmpty ? "" : "; saw \(saw)"))
    }

    static func missingCover(_ file: String, _ what: String, option: String) -> ParseError {
        ParseError(file: file, line: nil, message: "no \(what) found on the cover; give it with \(option)")
    }

    static func expectedAmount(at location: SourceLocation, table: GongkaiTable, column: String, found: String)
        -> ParseError
    {
        ParseError(at: location, "\(table.caption): expected an amount in column \(column), found \(quoted(found))")
    }
}
