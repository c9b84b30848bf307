import CLibPQ

/// One statement of a pipeline: its SQL, `$1, $2, …` parameters, and whether it runs as a
/// statement prepared on the session (see `Connection.executePrepared`).
public struct PipelineStatement: Sendable {
    public var sql: String
    public var parameters: [String?]
    public var prepared: Bool
    /// What the caller is doing, for the error.
    public var doing: String?

    public init(_ sql: String, _ parameters: [String?] = [], prepared: Bool = false, doing: String? = nil) {
        self.sql = sql
        self.parameters = parameters
        self.prepared = prepared
        self.doing = doing
    }
}

/// What became of one statement of a pipeline.
public enum PipelineOutcome {
    case done(QueryResult)
    case failed(PostgresError)
    /// Not run: an earlier statement of the pipeline failed, and the server skips the rest.
    case skipped

    public var error: PostgresError? {
        if case .failed(let error) = self { return error }
        return nil
    }
}

extension Connection {
    /// Sends every statement at once and then reads their results: one round trip instead of one
    /// a statement (libpq pipeline mode, one synchronisation point at the end).
    ///
    /// The server runs the statements in order. When one fails, it skips the rest, and inside a
    /// transaction block the transaction is then aborted, as after a failed `execute`: the
    /// caller rolls back to a savepoint it set in the pipeline, or lets the transaction fail.
    /// A prepared statement not yet prepared on this session is prepared in the pipeline, just
    /// before its first run.
    ///
    /// - Returns: one outcome a statement, in order.
    /// - Throws: `PostgresError` when the statements cannot be sent or the connection is lost;
    ///   a statement the server refuses is a `.failed` outcome instead.
    public func pipeline(_ statements: [PipelineStatement]) throws(PostgresError) -> [PipelineOutcome] {
        for statement in statements {
            try refuseNUL(in: statement.parameters, sql: statement.sql, doing: statement.doing)
        }
        guard PQenterPipelineMode(handle) == 1 else {
            throw makeError(result: nil, sql: nil, doing: "entering pipeline mode")
        }
        defer { _ = PQexitPipelineMode(handle) }

        // What was sent, in order: the statement, and the name it is being prepared under.
        var sent: [(statement: Int, preparing: String?)] = []
        var preparing: [String: String] = [:]
        for (index, statement) in statements.enumerated() {
            let parameterCount = Int32(statement.parameters.count)
            var queued: Int32
            if statement.prepared {
                let name: String
                if let known = preparedNames[statement.sql] ?? preparing[statement.sql] {
                    name = known
                } else {
                    // Generated here, never taken from a caller; numbered past every name in use.
                    name = "juesuan_prepared_\(preparedNames.count + preparing.count + 1)"
                    guard PQsendPrepare(handle, name, statement.sql, 0, nil) == 1 else {
                        throw makeError(result: nil, sql: statement.sql, doing: statement.doing)
                    }
                    preparing[statement.sql] = name
                    sent.append((index, name))
                }
                queued = withCStrings(statement.parameters) { values in
                    PQsendQueryPrepared(handle, name, parameterCount, values, nil, nil, 0)
                }
            } else {
                queued = withCStrings(statement.parameters) { values in
                    PQsendQueryParams(handle, statement.sql, parameterCount, nil, values, nil, nil, 0)
                }
            }
            guard queued == 1 else { throw makeError(result: nil, sql: statement.sql, doing: statement.doing) }
            sent.append((index, nil))
        }
        guard PQpipelineSync(handle) == 1 else { throw makeError(result: nil, sql: nil, doing: "sending a pipeline") }

        var outcomes = [PipelineOutcome?](repeating: nil, count: statements.count)
        for command in sent {
            let statement = statements[command.statement]
            guard let result = PQgetResult(handle) else {
                throw makeError(result: nil, sql: statement.sql, doing: statement.doing)
            }
            let outcome: PipelineOutcome
            switch PQresultStatus(result) {
            case PGRES_PIPELINE_ABORTED:
                outcome = .skipped
            case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
                outcome = .done(QueryResult(copying: result))
            default:
                outcome = .failed(makeError(result: result, sql: statement.sql, doing: statement.doing))
            }
            PQclear(result)
            // Each command's results end with a null.
            while let extra = PQgetResult(handle) { PQclear(extra) }
            if let name = command.preparing {
                if case .done = outcome { preparedNames[statement.sql] = name }
                // A failed preparation is the statement's outcome (its run is skipped).
                if case .failed = outcome { outcomes[command.statement] = outcome }
            } else if outcomes[command.statement] == nil {
                outcomes[command.statement] = outcome
            }
        }
        guard let sync = PQgetResult(handle) else { throw makeError(result: nil, sql: nil, doing: "ending a pipeline") }
        let synchronised = PQresultStatus(sync) == PGRES_PIPELINE_SYNC
        PQclear(sync)
        guard synchronised else {
            throw PostgresError(message: "a pipeline did not end at its synchronisation point", doing: "ending a pipeline")
        }
        return outcomes.map { $0 ?? .skipped }
    }
}
