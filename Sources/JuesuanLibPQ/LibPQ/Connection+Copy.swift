import CLibPQ

extension Connection {
    /// How many encoded bytes are collected before they go to libpq in one PQputCopyData call.
    static let copyChunkSize = 64 * 1024

    /// Streams rows into the server with a `COPY … FROM STDIN` statement and returns how many were sent.
    ///
    /// Rows are encoded in COPY text format by `CopyEncoder` (nil is NULL) and sent in chunks of
    /// about 64 KiB, so `rows` can be a lazy sequence far larger than memory. The statement must read
    /// text format, e.g. `copy t (a, b) from stdin`. If the server rejects a row, the error's `context`
    /// carries the server's context, such as `COPY t, line 37, column b: "abc"`, and nothing is stored.
    /// - Parameter doing: what the caller is doing, prefixed to the error description.
    @discardableResult
    public func copyIn(_ copyStatement: String, rows: some Sequence<[String?]>, doing: String? = nil) throws(PostgresError) -> Int {
        logger.trace("copy in", metadata: ["sql": "\(PostgresError.statementSummary(copyStatement) ?? "")"])
        let start = PQexec(handle, copyStatement)
        defer { PQclear(start) }
        // No result at all means libpq could not even send the statement; makeError reports why.
        let startStatus = start.map { PQresultStatus($0) } ?? PGRES_FATAL_ERROR
        switch startStatus {
        case PGRES_COPY_IN:
            break
        case PGRES_COPY_OUT, PGRES_COPY_BOTH, PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            if startStatus == PGRES_COPY_OUT || startStatus == PGRES_COPY_BOTH {
                abandonCopy(startStatus)
            }
            throw PostgresError(
                message: "copyIn needs a COPY … FROM STDIN statement",
                statement: PostgresError.statementSummary(copyStatement),
                doing: doing
            )
        default:
            throw makeError(result: start, sql: copyStatement, doing: doing)
        }

        var buffer: [UInt8] = []
        buffer.reserveCapacity(Self.copyChunkSize + 4096)
        var rowCount = 0
        var sendFailure: String?
        for row in rows {
            CopyEncoder.append(row, to: &buffer)
            rowCount += 1
            if buffer.count >= Self.copyChunkSize {
                guard putCopyData(buffer) else {
                    sendFailure = connectionErrorMessage()
                    break
                }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if sendFailure == nil, !buffer.isEmpty, !putCopyData(buffer) {
            sendFailure = connectionErrorMessage()
        }
        // With an error message the server fails the COPY, so nothing half-sent is stored.
        if PQputCopyEnd(handle, sendFailure == nil ? nil : "the client failed to send COPY data") != 1, sendFailure == nil {
            sendFailure = connectionErrorMessage()
        }

        // The server's own error (with its line number) explains more than a client-side send failure.
        var serverError: PostgresError?
        while true {
            let result = PQgetResult(handle)
            defer { PQclear(result) }
            guard let result else { break }
            let status = PQresultStatus(result)
            if status == PGRES_COPY_IN {
                // Only reachable if PQputCopyEnd failed; without ending the COPY the loop would not end.
                if PQputCopyEnd(handle, "the client failed to send COPY data") != 1 { break }
            } else if status != PGRES_COMMAND_OK, serverError == nil {
                serverError = makeError(result: result, sql: copyStatement, doing: doing)
            }
        }
        if let serverError {
            throw serverError
        }
        if let sendFailure {
            throw PostgresError(message: sendFailure, statement: PostgresError.statementSummary(copyStatement), doing: doing)
        }
        return rowCount
    }

    /// Hands one chunk of COPY data to libpq; false if the connection failed.
    private func putCopyData(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                // In blocking mode PQputCopyData returns 1 when queued and -1 on failure, never 0.
                PQputCopyData(handle, characters.baseAddress, Int32(characters.count)) == 1
            }
        }
    }

    /// libpq's last error for this connection, on one line.
    func connectionErrorMessage() -> String {
        let message = PQerrorMessage(handle).map { String(cString: $0) } ?? ""
        return PostgresError.oneLine(message).flatMap { $0.isEmpty ? nil : $0 } ?? "connection failure"
    }
}
