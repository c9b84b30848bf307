/// An error reported by the PostgreSQL server or by libpq, with the server's diagnostic fields.
///
/// Server errors carry the fields of the error report (SQLSTATE, detail, hint, context, …), named
/// as PostgreSQL names them; client-side failures such as a refused connection only carry a
/// `message` and no `sqlState`. What the caller was doing is `doing`.
public struct PostgresError: Error, CustomStringConvertible, Sendable {
    /// The five-character SQLSTATE code (PG_DIAG_SQLSTATE), nil for connection and client-side errors.
    public var sqlState: String?
    /// The primary, human-readable error message.
    public var message: String
    /// The server's optional secondary message with more detail.
    public var detail: String?
    /// The server's optional suggestion on how to fix the problem.
    public var hint: String?
    /// The server's context (PG_DIAG_CONTEXT, printed by psql as CONTEXT), for example
    /// `COPY t, line 37, column b: "abc"`.
    public var context: String?
    /// The name of the violated constraint, if the error concerns one.
    public var constraint: String?
    /// The schema of the table the error concerns, if any.
    public var schema: String?
    /// The table the error concerns, if any.
    public var table: String?
    /// The column the error concerns, if any.
    public var column: String?
    /// The 1-based character position of the error in the SQL text sent, if the server reported one.
    public var position: Int?
    /// The 1-based line of the SQL text that `position` falls on, if the server reported a position.
    public var line: Int?
    /// The SQL being run: its first non-empty line, truncated to 200 characters.
    ///
    /// For scripts run with `Connection.executeScript` this is the line at the error position when
    /// the server reports one, because the first line of a long migration says little.
    public var statement: String?
    /// What the caller was doing, as given by the `doing:` argument.
    public var doing: String?

    /// The SQLSTATE codes the project acts on (PostgreSQL's Appendix A names them).
    public enum SQLState {
        /// 40P01: the server broke a deadlock by failing this transaction; running it again may succeed.
        public static let deadlockDetected = "40P01"
        /// 25P02: a statement of the transaction failed, and the rest of it was ignored.
        public static let inFailedSQLTransaction = "25P02"
        /// 42704: an object (a role …) named by the statement does not exist.
        public static let undefinedObject = "42704"
        /// 42710: an object (a role …) the statement creates exists already.
        public static let duplicateObject = "42710"
        /// 23505: a row with the same key exists (also a role created by another transaction at once).
        public static let uniqueViolation = "23505"
    }

    /// Creates an error from its parts; mostly useful for tests and for wrapping client-side failures.
    public init(
        sqlState: String? = nil,
        message: String,
        detail: String? = nil,
        hint: String? = nil,
        context: String? = nil,
        constraint: String? = nil,
        schema: String? = nil,
        table: String? = nil,
        column: String? = nil,
        position: Int? = nil,
        line: Int? = nil,
        statement: String? = nil,
        doing: String? = nil
    ) {
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
        self.context = context
        self.constraint = constraint
        self.schema = schema
        self.table = table
        self.column = column
        self.position = position
        self.line = line
        self.statement = statement
        self.doing = doing
    }

    /// One line: `<doing>: <message> (SQLSTATE xxxxx)[, <detail>][, <context>]`.
    ///
    /// Line breaks and tabs in server or libpq text are folded into single spaces so that the
    /// description fits into one log line or one line of CLI output.
    public var description: String {
        var text = ""
        if let doing = Self.oneLine(doing), !doing.isEmpty {
            text += doing + ": "
        }
        text += Self.oneLine(message) ?? ""
        if let sqlState, !sqlState.isEmpty {
            text += " (SQLSTATE \(sqlState))"
        }
        if let detail = Self.oneLine(detail), !detail.isEmpty {
            text += ", " + detail
        }
        if let context = Self.oneLine(context), !context.isEmpty {
            text += ", " + context
        }
        return text
    }

    /// Folds every run of whitespace that contains a line break or tab into one space and trims the ends.
    static func oneLine(_ text: String?) -> String? {
        guard let text else { return nil }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingBreak = false
        for character in text {
            if character.isNewline || character == "\t" {
                pendingBreak = true
                continue
            }
            if pendingBreak {
                // Indentation after a line break (libpq indents its hints with tabs) collapses too.
                if character.isWhitespace { continue }
                while result.last == " " { result.removeLast() }
                if !result.isEmpty { result.append(" ") }
                pendingBreak = false
            }
            result.append(character)
        }
        return result.trimmingSpaces()
    }

    /// The first non-empty line of `sql`, trimmed and cut to 200 characters.
    static func statementSummary(_ sql: String) -> String? {
        let line = sql.split(whereSeparator: \.isNewline)
            .lazy
            .map { String($0).trimmingSpaces() }
            .first { !$0.isEmpty }
        return line.map(truncated)
    }

    /// The trimmed line of `sql` that contains the 1-based character `position`, cut to 200 characters.
    static func line(in sql: String, atCharacter position: Int) -> (number: Int, text: String)? {
        // The server counts characters (code points), not bytes or grapheme clusters.
        let scalars = sql.unicodeScalars
        guard position >= 1, position <= scalars.count + 1 else { return nil }
        var lineNumber = 1
        var lineStart = scalars.startIndex
        var index = scalars.startIndex
        var offset = 1
        while index != scalars.endIndex, offset < position {
            if scalars[index] == "\n" {
                lineNumber += 1
                lineStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
            offset += 1
        }
        var lineEnd = lineStart
        while lineEnd != scalars.endIndex, scalars[lineEnd] != "\n" {
            lineEnd = scalars.index(after: lineEnd)
        }
        let text = String(String.UnicodeScalarView(scalars[lineStart..<lineEnd])).trimmingSpaces()
        return (lineNumber, truncated(text))
    }

    private static func truncated(_ text: String) -> String {
        text.count > 200 ? String(text.prefix(200)) + "…" : text
    }
}

extension String {
    /// The string without leading and trailing whitespace, without needing Foundation.
    func trimmingSpaces() -> String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
