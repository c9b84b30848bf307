import CLibPQ

/// The rows and status of one executed statement, copied out of libpq so it outlives the PGresult.
///
/// All values are in PostgreSQL's text format; SQL NULL is `nil`.
public struct QueryResult: Sendable {
    /// The column names, in result order.
    public let columns: [String]
    /// The rows, each with one text value (or nil for NULL) per column.
    public let rows: [[String?]]
    /// The number of rows affected by INSERT, UPDATE, DELETE, MERGE, SELECT, MOVE, FETCH or COPY; 0 otherwise.
    public let affectedRows: Int
    /// The command tag the server sent, for example `INSERT 0 3` or `COMMIT`.
    public let commandTag: String

    /// Creates a result from its parts; mostly useful for tests.
    public init(columns: [String] = [], rows: [[String?]] = [], affectedRows: Int = 0, commandTag: String = "") {
        self.columns = columns
        self.rows = rows
        self.affectedRows = affectedRows
        self.commandTag = commandTag
    }

    /// Copies everything out of a successful PGresult; the caller still owns and clears `result`.
    init(copying result: OpaquePointer) {
        let columnCount = Int(PQnfields(result))
        let rowCount = Int(PQntuples(result))
        columns = (0..<columnCount).map { column in
            PQfname(result, Int32(column)).map { String(cString: $0) } ?? ""
        }
        var rows: [[String?]] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<Int32(rowCount) {
            var values: [String?] = []
            values.reserveCapacity(columnCount)
            for column in 0..<Int32(columnCount) {
                if PQgetisnull(result, row, column) == 1 {
                    values.append(nil)
                } else {
                    // PQgetvalue never returns NULL for a valid row and column of a text-format result.
                    values.append(PQgetvalue(result, row, column).map { String(cString: $0) } ?? "")
                }
            }
            rows.append(values)
        }
        self.rows = rows
        let tuples = PQcmdTuples(result).map { String(cString: $0) } ?? ""
        affectedRows = Int(tuples) ?? 0
        commandTag = PQcmdStatus(result).map { String(cString: $0) } ?? ""
    }

    /// The value in the first column of the first row, or nil if there is none or it is NULL.
    public var scalar: String? {
        rows.first?.first ?? nil
    }

    /// The index of the column named `name`, if the result has one.
    public func columnIndex(_ name: String) -> Int? {
        columns.firstIndex(of: name)
    }
}
