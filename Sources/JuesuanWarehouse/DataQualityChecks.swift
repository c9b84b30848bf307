import Foundation
import JuesuanCore
import JuesuanLibPQ

/// The data-quality checks of `sql/checks/`, run over the documents a run loaded, after their loads.
///
/// Each check is a query over one document's facts that returns every comparison it
/// made (see `sql/checks/README.md`); this type judges them the same way for all
/// checks: every comparison is kept in `fiscal.dq_measurement`; a broken one becomes a
/// `fiscal.dq_finding` row (info within the rounding tolerance, error for an unbalanced
/// total, warn otherwise); and each check leaves its outcome in `fiscal.dq_check_run`
/// (insufficient_data when most of its comparisons break, which points at the parser;
/// not_applicable only with the basis the check states, no_comparison without one;
/// execution_error when the check itself fails).
/// The report's numbers are never changed.
///
/// The checks run once a run, not once a document: a file's transaction writes its rows and
/// leaves its checks pending (`fiscal.dim_document.checked_at` null); `runPending` then runs each
/// check as one statement over a batch of the pending documents (`sql/judge.sql`), which saves
/// each document a statement a check and lets a run's files load at the speed of their rows.
public struct DataQualityChecks: Sendable {
    /// Documents checked in one transaction. A batch holds the advisory locks of its departments
    /// until it commits, so a loader of one of them waits at most one batch; 100 documents are a
    /// few seconds of checks, and the statements' fixed costs are shared by all of them.
    public static let batchSize = 100

    /// One check: its id (the file name), its query and the SHA-256 of its file.
    public struct Check: Sendable {
        public let id: String
        public let sql: String
        public let sha256: String
        /// The statement the loader runs: the check's text (our own SQL file) embedded in the
        /// judge (`sql/judge.sql`) as a lateral subquery, run once for each document of the batch:
        /// the check's `$1` (one document) becomes the batch's `juesuan_batch.document_id`; the
        /// statement's own values go through $1 (the documents) … $3. It starts with a comment
        /// naming the check, so that `pg_stat_statements` tells the checks apart. Built once.
        let judged: String

        init(id: String, sql: String, sha256: String, judge: String) {
            self.id = id
            self.sql = sql
            self.sha256 = sha256
            let name = id.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
            let perBatch = sql.replacingOccurrences(of: #"\$1(?![0-9])"#, with: "juesuan_batch.document_id", options: .regularExpression)
            judged = "/* data-quality check \(String(String.UnicodeScalarView(name))) */\n"
                + judge.replacingOccurrences(of: "{check}", with: perBatch)
        }
    }

    public let checks: [Check]

    /// Reads the judge (`judge.sql`) and every `*.sql` file of `checks/` of `sqlDirectory`, in name order.
    ///
    /// - Throws: a file's read error, or `WarehouseError.invalidCheck` for a check that names the
    ///   judge's own relation (`juesuan_batch`), whose name it would shadow.
    public init(sqlDirectory: URL) throws {
        let judge = String(decoding: try Data(contentsOf: sqlDirectory.appendingPathComponent("judge.sql")), as: UTF8.self)
        let folder = sqlDirectory.appendingPathComponent("checks")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "sql" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        checks = try files.map { file in
            let data = try Data(contentsOf: file)
            let sql = String(decoding: data, as: UTF8.self)
            guard !sql.contains("juesuan_batch") else {
                throw WarehouseError.invalidCheck(file: file.path, reason: "it names juesuan_batch, the judge's batch of documents")
            }
            return Check(id: file.deletingPathExtension().lastPathComponent, sql: sql, sha256: SHA256.hex(data), judge: judge)
        }
    }

    /// Checks every document whose checks are pending (`checked_at` null: loaded or replaced since
    /// its last checks, or next year's report of one that was), in batches of at most `batchSize`
    /// documents, each in its own transaction, on every connection given at once.
    ///
    /// - Parameter connections: one or more connections to the warehouse, each used by one thread
    ///   (the first on this one) and by nothing else meanwhile.
    /// - Returns: the documents checked, in id order.
    /// - Throws: `PostgresError` when a connection is lost or an outcome cannot be recorded; the
    ///   batches committed before stay checked, the others pending.
    @discardableResult
    public func runPending(on connections: [Connection], batchSize: Int = Self.batchSize) throws -> [Int64] {
        guard let first = connections.first else { return [] }
        let pending = try first.execute(
            """
            select document_id, department || chr(31) || report_kind from fiscal.dim_document
            where checked_at is null order by department, report_kind, fiscal_year, document_id
            """,
            doing: "finding the documents whose checks are pending"
        ).rows.compactMap { row in row[0].flatMap { Int64($0) }.map { (id: $0, group: row[1] ?? "") } }
        try refreshStatistics(pending: pending.count, on: connections)
        try run(inBatches: pending, on: connections, batchSize: batchSize)
        return pending.map(\.id).sorted()
    }

    /// Brings the planner's statistics of the warehouse's tables up to date where a table has
    /// changed by half its rows or more since it was last analyzed (a table that has doubled;
    /// never analyzed: all its rows). The checks' plans are made from them, and a warehouse that
    /// grew that much has outgrown them: autovacuum analyzes the tables only some time later, and
    /// checks planned for a warehouse a tenth of its size joined a document's rows in nested loops
    /// (12 ms a document for `narrative_repeats`, against 0.7 ms once analyzed). Counted by table,
    /// not by run, so that the passes of a run's checks beside its loads (every 10 documents)
    /// analyze a growing warehouse each time it has doubled, not at every pass. The checks' own
    /// tables (`dq_`, a fifth of the time) are left out: the checks write them and read none, and
    /// a document's old rows are found by its index. The tables are dealt out to the connections,
    /// largest first, and analyzed on all at once (one connection analyzing while the others
    /// waited was 0.5 s of a 200-report run's checks). The tables the user does not own are
    /// skipped with a notice.
    private func refreshStatistics(pending: Int, on connections: [Connection]) throws {
        guard pending > 0, let first = connections.first else { return }
        let tables = try first.execute(
            """
            select format('%I.%I', schemaname, relname) from pg_stat_user_tables
            where schemaname = 'fiscal' and relname <> 'load_run' and relname not like 'dq\\_%'
                and n_mod_since_analyze > 0 and n_mod_since_analyze * 2 >= n_live_tup
            order by n_live_tup desc, relname
            """,
            doing: "listing the warehouse's tables whose statistics are out of date"
        ).rows.compactMap { $0[0] }
        let shares = (0..<min(connections.count, tables.count)).map { worker in
            stride(from: worker, to: tables.count, by: connections.count).map { tables[$0] }
        }
        let queue = BatchQueue(count: shares.count)
        // Each connection is used by its own thread alone (a Connection is not Sendable).
        nonisolated(unsafe) let workers = connections
        DispatchQueue.concurrentPerform(iterations: shares.count) { worker in
            guard let index = queue.next() else { return }
            do {
                // Names from the catalog, quoted by format('%I'): never input.
                _ = try workers[worker].execute(
                    "analyze " + shares[index].joined(separator: ", "), doing: "updating the statistics of the warehouse's tables")
            } catch {
                queue.fail(error)
            }
        }
        if let error = queue.error { throw error }
    }

    /// `runPending(on:batchSize:)` on one connection.
    @discardableResult
    public func runPending(on connection: Connection, batchSize: Int = Self.batchSize) throws -> [Int64] {
        try runPending(on: [connection], batchSize: batchSize)
    }

    /// Runs every check on the documents in batches of at most `batchSize` (small enough for each
    /// connection to have one), in the order given, each batch in a transaction of its own on the
    /// next free connection. Neighbours of one `group` — a department's reports of one kind — are
    /// never split between two batches: a batch holds its departments' locks to its end, and two
    /// batches sharing one ran one after the other (at 1,000 reports on two connections, 14 % of
    /// the samples waited on a lock).
    ///
    /// - Throws: the first `PostgresError` of a batch (no batch starts after it); the batches
    ///   committed stay checked, the others pending.
    public func run(inBatches documents: [(id: Int64, group: String)], on connections: [Connection], batchSize: Int = Self.batchSize) throws {
        let size = max(1, min(batchSize, (documents.count + max(connections.count, 1) - 1) / max(connections.count, 1)))
        var batches: [[Int64]] = []
        var current: [Int64] = []
        for (index, document) in documents.enumerated() {
            if current.count >= size, document.group != documents[index - 1].group {
                batches.append(current)
                current = []
            }
            current.append(document.id)
        }
        if !current.isEmpty { batches.append(current) }
        try run(batches: batches, on: connections)
    }

    /// Runs the batches, each in a transaction of its own on the next free connection.
    private func run(batches: [[Int64]], on connections: [Connection]) throws {
        guard !connections.isEmpty, !batches.isEmpty else { return }
        let queue = BatchQueue(count: batches.count)
        // Each connection is used by its own thread alone (a Connection is not Sendable).
        nonisolated(unsafe) let workers = connections
        DispatchQueue.concurrentPerform(iterations: min(workers.count, batches.count)) { worker in
            let connection = workers[worker]
            while let index = queue.next() {
                do {
                    try connection.transaction { try run(documentIDs: batches[index], on: connection) }
                } catch {
                    queue.fail(error)
                }
            }
        }
        if let error = queue.error { throw error }
    }

    /// The batches handed out to the connections, and the first error one of them met.
    private final class BatchQueue: @unchecked Sendable {
        private let lock = NSLock()
        private let count: Int
        private var taken = 0
        private(set) var error: (any Error)?

        init(count: Int) { self.count = count }

        /// The next batch's index, nil when all are taken or a batch failed.
        func next() -> Int? {
            lock.withLock {
                guard error == nil, taken < count else { return nil }
                taken += 1
                return taken - 1
            }
        }

        func fail(_ error: any Error) { lock.withLock { if self.error == nil { self.error = error } } }
    }

    /// Runs every check on the documents, inside the caller's transaction, and marks them checked.
    ///
    /// Each check is one statement over all the documents, in a savepoint: a check that fails to
    /// run on the batch runs again document by document, so that one document's data cannot fail
    /// the check for the others, and the document it fails on is recorded as `execution_error`
    /// with the server's message; the other checks still run.
    ///
    /// - Throws: `PostgresError` when the connection is lost, or an outcome cannot be recorded.
    public func run(documentIDs: [Int64], on connection: Connection) throws {
        guard !documentIDs.isEmpty else { return }
        let documents = Self.arrayLiteral(documentIDs)
        let preparation = try connection.pipeline([
            // A rerun waits for the loaders of the batch's departments (re-entrant inside a
            // loader's own transaction), taking their locks in one order, so that two batches
            // never wait on each other. The checks run on the generic plans of their prepared
            // statements (made again whenever an analyze of the growing tables invalidates them):
            // left to choose, the server fell back to planning every run as the warehouse grew.
            // JIT off: the checks' estimates pass jit_above_cost, and compiling costs more than it saves.
            PipelineStatement(
                """
                select count(pg_advisory_xact_lock(lock)), set_config('plan_cache_mode', 'force_generic_plan', true),
                    set_config('jit', 'off', true)
                from (
                    select distinct \(Self.departmentLockKey("department", "report_kind")) as lock
                    from fiscal.dim_document where document_id = any($1::bigint[])
                    order by lock
                ) as locks
                """,
                [documents], doing: "locking the reports of the documents to check"),
            // Only these checks' own findings: those the loader records (an unknown 实施单位, an
            // unparsed statement) stay until the document is loaded again.
            PipelineStatement(
                "delete from fiscal.dq_finding where document_id = any($1::bigint[]) and check_id = any(string_to_array($2, ','))",
                [documents, checks.map(\.id).joined(separator: ",")], doing: "clearing the previous findings"),
            PipelineStatement(
                "delete from fiscal.dq_measurement where document_id = any($1::bigint[])", [documents],
                doing: "clearing the previous measurements"),
        ])
        if let error = preparation.lazy.compactMap(\.error).first { throw error }
        try judge(checks[...], documents: documentIDs, on: connection)
        _ = try connection.execute(
            "update fiscal.dim_document set checked_at = now() where document_id = any($1::bigint[])", [documents],
            doing: "marking the documents checked")
    }

    /// Runs the checks over the documents, every check in one pipeline, each in a savepoint of its
    /// own: one round trip for all of them. A check that fails to run makes the server skip the
    /// rest of the pipeline; it is rolled back to its savepoint and run again for each document
    /// alone (or, for one document, recorded), and the checks after it go in a new pipeline.
    private func judge(_ checks: ArraySlice<Check>, documents: [Int64], on connection: Connection) throws {
        let parameter = Self.arrayLiteral(documents)
        var pending = checks
        while !pending.isEmpty {
            let outcomes = try connection.pipeline(
                pending.flatMap { check in
                    [
                        PipelineStatement("savepoint juesuan_check"),
                        // Prepared once a session: planned from their text for every batch, the
                        // checks would cost a third more.
                        PipelineStatement(
                            check.judged, [parameter, check.id, check.sha256], prepared: true,
                            doing: "running data-quality check \(check.id)"),
                        PipelineStatement("release savepoint juesuan_check"),
                    ]
                })
            guard let failed = outcomes.firstIndex(where: { $0.error != nil }), let error = outcomes[failed].error else { break }
            // Only the check itself may fail and leave the others to run; a savepoint that cannot
            // be set or released, or a lost connection, ends the batch.
            guard failed % 3 == 1, connection.isConnected else { throw error }
            let check = pending[pending.startIndex + failed / 3]
            _ = try connection.execute("rollback to savepoint juesuan_check", doing: "undoing data-quality check \(check.id)")
            _ = try connection.execute("release savepoint juesuan_check", doing: "undoing data-quality check \(check.id)")
            if documents.count > 1 {
                for document in documents { try judge([check], documents: [document], on: connection) }
            } else {
                _ = try connection.execute(
                    """
                    insert into fiscal.dq_check_run (document_id, check_id, outcome, comparisons, findings, check_sha256, error_message)
                    values ($1, $2, 'execution_error', 0, 0, $3, $4)
                    on conflict (document_id, check_id) do update set
                        outcome = excluded.outcome, comparisons = 0, findings = 0, check_sha256 = excluded.check_sha256,
                        error_message = excluded.error_message, checked_at = now()
                    """,
                    [String(documents[0]), check.id, check.sha256, "\(error.message) (SQLSTATE \(error.sqlState ?? "none"))"],
                    doing: "recording that data-quality check \(check.id) did not run")
            }
            pending = pending.dropFirst(failed / 3 + 1)
        }
    }

    /// A PostgreSQL array literal of document ids (`{1,2,3}`), one parameter for `any($1::bigint[])`.
    static func arrayLiteral(_ documents: [Int64]) -> String {
        "{" + documents.map(String.init).joined(separator: ",") + "}"
    }

    /// The advisory lock of a department's reports of one kind, held to the end of the
    /// transaction: SQL over two expressions of the statement (parameters or columns, never
    /// values). Loaders and check reruns of one department take it, so that the cross-year
    /// checks never read a report half-written by another loader.
    static func departmentLock(_ department: String, _ reportKind: String) -> String {
        "pg_advisory_xact_lock(\(departmentLockKey(department, reportKind)))"
    }

    /// The key of that lock, for a statement that takes several in order.
    static func departmentLockKey(_ department: String, _ reportKind: String) -> String {
        "hashtextextended(\(department) || chr(31) || \(reportKind), 0)"
    }

    /// Findings of documents by severity; a document without findings is left out.
    public static func counts(documentIDs: [Int64], on connection: Connection) throws -> [Int64: [String: Int]] {
        let result = try connection.execute(
            """
            select document_id, severity, count(*) from fiscal.dq_finding
            where document_id = any($1::bigint[]) group by document_id, severity
            """,
            [arrayLiteral(documentIDs)], doing: "counting findings")
        var counts: [Int64: [String: Int]] = [:]
        for row in result.rows {
            guard let document = row[0].flatMap({ Int64($0) }), let severity = row[1], let count = row[2].flatMap({ Int($0) }) else { continue }
            counts[document, default: [:]][severity] = count
        }
        return counts
    }
}
