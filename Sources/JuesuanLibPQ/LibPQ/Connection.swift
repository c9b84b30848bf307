import CLibPQ
import Logging

/// One synchronous connection to a PostgreSQL server through libpq.
///
/// A connection runs one statement at a time and is not safe to share between threads; give every
/// concurrent task its own connection. Values are always sent as parameters, never pasted into SQL.
public final class Connection {
    /// The libpq connection; owned by this object and finished in `deinit`.
    let handle: OpaquePointer
    /// Where server notices and statement traces go.
    let logger: Logger
    /// Keeps the notice receiver's context alive for as long as libpq may call it.
    private let noticeSink: NoticeSink
    /// Numbers the savepoints of nested transactions so their names never collide.
    var savepointCounter = 0
    /// The statements prepared on this session (`executePrepared`, `pipeline`): their names by their text.
    var preparedNames: [String: String] = [:]

    /// Connects using a libpq connection string (`host=… dbname=…`) or a `postgresql://` URI.
    ///
    /// The client encoding is always UTF-8, because Swift strings are. Server notices (for example
    /// from `drop table if exists`) go to `logger` instead of libpq's default of printing to stderr.
    /// A failure's description names the connection string with its password masked.
    public init(_ conninfo: String, logger: Logger = Logger(label: "JuesuanPostgres.Connection")) throws(PostgresError) {
        // expand_dbname = 1 lets "dbname" carry a whole connection string or URI; the later
        // client_encoding entry overrides any encoding the string asks for.
        let connection = withCStrings(["dbname", "client_encoding", nil]) { keywords in
            withCStrings([conninfo, "UTF8", nil]) { values in
                PQconnectdbParams(keywords, values, 1)
            }
        }
        guard let connection else {
            throw PostgresError(
                message: "out of memory allocating a libpq connection",
                doing: "connecting to \(ConnectionString.redacted(conninfo))"
            )
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = PQerrorMessage(connection).map { String(cString: $0) } ?? "connection failed"
            PQfinish(connection)
            throw PostgresError(
                message: ConnectionString.scrub(message, secretsOf: conninfo),
                doing: "connecting to \(ConnectionString.redacted(conninfo))"
            )
        }
        handle = connection
        self.logger = logger
        noticeSink = NoticeSink(logger: logger)
        PQsetNoticeReceiver(connection, { sink, result in
            guard let sink, let result else { return }
            Unmanaged<NoticeSink>.fromOpaque(sink).takeUnretainedValue().receive(result)
        }, Unmanaged.passUnretained(noticeSink).toOpaque())
    }

    deinit {
        PQfinish(handle)
    }

    /// The server version as an integer, for example 150018 for PostgreSQL 15.18.
    public var serverVersion: Int {
        Int(PQserverVersion(handle))
    }

    /// Whether the connection is still usable; false after the server went away.
    public var isConnected: Bool {
        PQstatus(handle) == CONNECTION_OK
    }

    /// Runs one SQL statement with `$1, $2, …` parameters and returns its rows.
    ///
    /// Parameters are sent in text format, with nil meaning SQL NULL, so the server parses them with
    /// the type the statement expects; results are returned in text format. Only a single statement
    /// is allowed; use `executeScript` for files with many statements.
    /// - Parameter doing: what the caller is doing, prefixed to the error description.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = [], doing: String? = nil) throws(PostgresError) -> QueryResult {
        try refuseNUL(in: parameters, sql: sql, doing: doing)
        logger.trace("execute", metadata: ["sql": "\(PostgresError.statementSummary(sql) ?? "")"])
        let result = withCStrings(parameters) { values in
            PQexecParams(handle, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        defer { PQclear(result) }
        return try check(result, sql: sql, doing: doing, isScript: false)
    }

    /// Runs a statement like `execute`, prepared on this session the first time its text is run
    /// (`PQprepare`), so that later runs skip parsing and rewriting and may reuse a plan.
    ///
    /// For a statement run again and again with other values, such as a data-quality check for
    /// every document. A prepared statement outlives transactions, and a failed preparation is
    /// simply tried again next time. The server chooses between custom and generic plans as
    /// `plan_cache_mode` says. A pipeline of one statement: `pipeline` keeps the names.
    @discardableResult
    public func executePrepared(_ sql: String, _ parameters: [String?] = [], doing: String? = nil) throws(PostgresError) -> QueryResult {
        switch try pipeline([PipelineStatement(sql, parameters, prepared: true, doing: doing)])[0] {
        case .done(let result): return result
        case .failed(let error): throw error
        case .skipped: throw PostgresError(message: "the statement was not run", statement: PostgresError.statementSummary(sql), doing: doing)
        }
    }

    /// A NUL would silently cut the C string short; PostgreSQL text cannot store it anyway.
    func refuseNUL(in parameters: [String?], sql: String, doing: String?) throws(PostgresError) {
        if let index = parameters.firstIndex(where: { $0?.utf8.contains(0) ?? false }) {
            throw PostgresError(
                message: "parameter $\(index + 1) contains a NUL character, which PostgreSQL text cannot store",
                statement: PostgresError.statementSummary(sql),
                doing: doing
            )
        }
    }

    /// Runs SQL text that may hold many statements separated by semicolons, such as a migration file.
    ///
    /// Uses the simple query protocol, so there are no parameters. Unless the text has its own
    /// `begin`/`commit`, the server runs all statements in one implicit transaction, and the first
    /// failing statement stops the script. On a server error, `statement` is the line of the script
    /// the server pointed at, if it pointed at one.
    public func executeScript(_ sql: String, doing: String? = nil) throws(PostgresError) {
        logger.trace("execute script", metadata: ["sql": "\(PostgresError.statementSummary(sql) ?? "")"])
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        _ = try check(result, sql: sql, doing: doing, isScript: true)
    }

    /// Doubles double quotes and wraps `name` in them, so it can be used as an SQL identifier.
    ///
    /// Only for identifiers such as table or database names that cannot be parameters.
    public static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacing("\"", with: "\"\"") + "\""
    }

    // MARK: - Results and errors

    /// Turns a PGresult into a `QueryResult`, or throws the error it describes.
    ///
    /// The caller keeps ownership of `result` and clears it.
    func check(_ result: OpaquePointer?, sql: String, doing: String?, isScript: Bool) throws(PostgresError) -> QueryResult {
        guard let result else {
            // libpq returns no result at all only when it cannot even allocate one or send the query.
            throw makeError(result: nil, sql: sql, doing: doing, isScript: isScript)
        }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return QueryResult(copying: result)
        case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
            abandonCopy(PQresultStatus(result))
            throw PostgresError(
                message: "COPY is not supported here; use copyIn for COPY … FROM STDIN",
                statement: PostgresError.statementSummary(sql),
                doing: doing
            )
        default:
            throw makeError(result: result, sql: sql, doing: doing, isScript: isScript)
        }
    }

    /// Builds an error from a failed PGresult's diagnostic fields, or from the connection's last error.
    func makeError(result: OpaquePointer?, sql: String?, doing: String?, isScript: Bool = false) -> PostgresError {
        func field(_ code: DiagnosticField) -> String? {
            guard let result, let value = PQresultErrorField(result, code.rawValue) else { return nil }
            return String(cString: value)
        }
        // Errors libpq makes up itself have no fields. The connection's message then comes first:
        // when the server ends the session it holds the server's FATAL report as well as libpq's
        // "server closed the connection unexpectedly", while the last result only has the latter.
        let message = field(.primaryMessage)
            ?? PQerrorMessage(handle).map { String(cString: $0) }.flatMap(nonEmpty)
            ?? result.flatMap { PQresultErrorMessage($0) }.map { String(cString: $0) }.flatMap(nonEmpty)
            ?? "unknown error"
        var error = PostgresError(
            sqlState: field(.sqlState),
            // libpq's own texts put two spaces after a severity ("FATAL:  terminating …").
            message: message.replacing(":  ", with: ": ").trimmingSpaces(),
            detail: field(.detail),
            hint: field(.hint),
            context: field(.context),
            constraint: field(.constraint),
            schema: field(.schema),
            table: field(.table),
            column: field(.column),
            position: field(.statementPosition).flatMap { Int($0) },
            statement: sql.flatMap(PostgresError.statementSummary),
            doing: doing
        )
        if let sql, let position = error.position, let line = PostgresError.line(in: sql, atCharacter: position) {
            error.line = line.number
            // The first line of a long script says little about where it failed.
            if isScript {
                error.statement = line.text
            }
        }
        return error
    }

    /// Leaves a COPY the server started unexpectedly, so the connection can run statements again.
    func abandonCopy(_ status: ExecStatusType) {
        if status == PGRES_COPY_OUT {
            while true {
                var buffer: UnsafeMutablePointer<CChar>?
                let length = PQgetCopyData(handle, &buffer, 0)
                PQfreemem(buffer)
                // -1 ends the data and -2 is an error that the drained results report.
                if length <= 0 { break }
            }
        } else {
            // The server answers by failing the COPY; that error is expected and drained below.
            _ = PQputCopyEnd(handle, "COPY FROM STDIN is only supported through copyIn")
        }
        drainResults()
    }

    /// Clears every remaining result of the current command so the connection is idle again.
    func drainResults() {
        while true {
            let result = PQgetResult(handle)
            defer { PQclear(result) }
            guard result != nil else { return }
        }
    }
}

/// The single-letter codes of libpq's error fields (PG_DIAG_*).
enum DiagnosticField: Int32 {
    case severity = 86  // 'V', PG_DIAG_SEVERITY_NONLOCALIZED: never translated
    case sqlState = 67  // 'C'
    case primaryMessage = 77  // 'M'
    case detail = 68  // 'D'
    case hint = 72  // 'H'
    case statementPosition = 80  // 'P'
    case context = 87  // 'W', PG_DIAG_CONTEXT
    case schema = 115  // 's'
    case table = 116  // 't'
    case column = 99  // 'c'
    case constraint = 110  // 'n'
}

private func nonEmpty(_ text: String) -> String? {
    text.trimmingSpaces().isEmpty ? nil : text
}

/// Calls `body` with C strings for `values` (nil stays NULL) that live until `body` returns.
///
/// Allocation goes through Swift, which traps rather than returning NULL, so a value can never
/// silently turn into SQL NULL the way it could with an unchecked `strdup`.
func withCStrings<Result>(_ values: [String?], _ body: ([UnsafePointer<CChar>?]) -> Result) -> Result {
    let copies: [UnsafeMutableBufferPointer<CChar>?] = values.map { value in
        value.map { string in
            let bytes = string.utf8CString  // includes the terminating NUL
            let copy = UnsafeMutableBufferPointer<CChar>.allocate(capacity: bytes.count)
            _ = copy.initialize(from: bytes)
            return copy
        }
    }
    defer {
        for copy in copies {
            copy?.deallocate()
        }
    }
    return body(copies.map { $0?.baseAddress.map { UnsafePointer($0) } })
}

/// Routes server notices (NOTICE, WARNING, …) to a logger.
private final class NoticeSink: Sendable {
    let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    func receive(_ result: OpaquePointer) {
        func field(_ code: DiagnosticField) -> String? {
            PQresultErrorField(result, code.rawValue).map { String(cString: $0) }
        }
        let message = PostgresError.oneLine(field(.primaryMessage)) ?? ""
        var metadata: Logger.Metadata = [:]
        if let sqlState = field(.sqlState) { metadata["sqlstate"] = "\(sqlState)" }
        if let detail = PostgresError.oneLine(field(.detail)) { metadata["detail"] = "\(detail)" }
        // Warnings usually point at a real problem; NOTICE and below are routine chatter.
        switch field(.severity) {
        case "WARNING":
            logger.warning("\(message)", metadata: metadata)
        case "INFO":
            logger.info("\(message)", metadata: metadata)
        default:
            logger.debug("\(message)", metadata: metadata)
        }
    }
}
