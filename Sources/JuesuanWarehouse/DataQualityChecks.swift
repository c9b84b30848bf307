import Foundation
import JuesuanCore
import JuesuanLibPQ

/// The data-quality checks of `sql/checks/`, run on a document after it is loaded.
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
public struct DataQualityChecks: Sendable {
    /// One check: its id (the file name), its query and the SHA-256 of its file.
    public struct Check: Sendable {
        public let id: String
        public let sql: String
        public let sha256: String
        /// The statement the loader runs: the check's text (our own SQL file) embedded in the
        /// judge (`sql/judge.sql`) as a subquery, values through $1 … $3. It starts with a comment
        /// naming the check, so that `pg_stat_statements` tells the checks apart. Built once, not
        /// for every document.
        let judged: String

        init(id: String, sql: String, sha256: String, judge: String) {
            self.id = id
            self.sql = sql
            self.sha256 = sha256
            let name = id.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
            judged = "/* data-quality check \(String(String.UnicodeScalarView(name))) */\n"
                + judge.replacingOccurrences(of: "{check}", with: sql)
        }
    }

    public let checks: [Check]

    /// Reads the judge (`judge.sql`) and every `*.sql` file of `checks/` of `sqlDirectory`, in name order.
    public init(sqlDirectory: URL) throws {
        let judge = String(decoding: try Data(contentsOf: sqlDirectory.appendingPathComponent("judge.sql")), as: UTF8.self)
        let folder = sqlDirectory.appendingPathComponent("checks")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "sql" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        checks = try files.map { file in
            let data = try Data(contentsOf: file)
            return Check(
                id: file.deletingPathExtension().lastPathComponent, sql: String(decoding: data, as: UTF8.self), sha256: SHA256.hex(data),
                judge: judge)
        }
    }

    /// Runs every check on a document, inside the caller's transaction.
    ///
    /// Each check runs in a savepoint: one that fails to run (a broken file, a server error)
    /// is recorded as `execution_error` with the server's message, and the others still run.
    ///
    /// - Throws: `PostgresError` when the connection is lost, or the outcome cannot be recorded.
    public func run(documentID: Int64, on connection: Connection) throws {
        let preparation = try connection.pipeline([
            // A rerun waits for a loader of the department (re-entrant inside the loader's own
            // transaction). The checks run on the generic plans of their prepared statements
            // (made again whenever an analyze of the growing tables invalidates them): left to
            // choose, the server fell back to planning every run as the warehouse grew (14 ms a
            // document at 1,000 reports, and slower runs), and this transaction runs no other
            // prepared statement.
            PipelineStatement(
                """
                select \(Self.departmentLock("department", "report_kind")), set_config('plan_cache_mode', 'force_generic_plan', true)
                from fiscal.dim_document where document_id = $1
                """,
                [String(documentID)], doing: "locking the reports of document \(documentID)"),
            // Only these checks' own findings: those the loader records (an unknown 实施单位, an
            // unparsed statement) stay until the document is loaded again.
            PipelineStatement(
                "delete from fiscal.dq_finding where document_id = $1 and check_id = any(string_to_array($2, ','))",
                [String(documentID), checks.map(\.id).joined(separator: ",")], doing: "clearing the previous findings"),
            PipelineStatement(
                "delete from fiscal.dq_measurement where document_id = $1", [String(documentID)],
                doing: "clearing the previous measurements"),
        ])
        if let error = preparation.lazy.compactMap(\.error).first { throw error }
        // Every check in one pipeline, each in a savepoint of its own: one round trip for all of
        // them. A check that fails to run makes the server skip the rest of the pipeline; it is
        // rolled back to its savepoint and recorded, and the checks after it go in a new pipeline.
        var pending = checks[...]
        while !pending.isEmpty {
            let outcomes = try connection.pipeline(
                pending.flatMap { check in
                    [
                        PipelineStatement("savepoint juesuan_check"),
                        // Prepared once a session: 27 checks planned from their text for every
                        // document cost more than a third of their time.
                        PipelineStatement(
                            check.judged, [String(documentID), check.id, check.sha256], prepared: true,
                            doing: "running data-quality check \(check.id)"),
                        PipelineStatement("release savepoint juesuan_check"),
                    ]
                })
            guard let failed = outcomes.firstIndex(where: { $0.error != nil }), let error = outcomes[failed].error else { break }
            // Only the check itself may fail and leave the others to run; a savepoint that cannot
            // be set or released, or a lost connection, ends the document's load.
            guard failed % 3 == 1, connection.isConnected else { throw error }
            let check = pending[pending.startIndex + failed / 3]
            _ = try connection.execute("rollback to savepoint juesuan_check", doing: "undoing data-quality check \(check.id)")
            _ = try connection.execute("release savepoint juesuan_check", doing: "undoing data-quality check \(check.id)")
            _ = try connection.execute(
                """
                insert into fiscal.dq_check_run (document_id, check_id, outcome, comparisons, findings, check_sha256, error_message)
                values ($1, $2, 'execution_error', 0, 0, $3, $4)
                on conflict (document_id, check_id) do update set
                    outcome = excluded.outcome, comparisons = 0, findings = 0, check_sha256 = excluded.check_sha256,
                    error_message = excluded.error_message, checked_at = now()
                """,
                [String(documentID), check.id, check.sha256, "\(error.message) (SQLSTATE \(error.sqlState ?? "none"))"],
                doing: "recording that data-quality check \(check.id) did not run")
            pending = pending.dropFirst(failed / 3 + 1)
        }
    }

    /// The advisory lock of a department's reports of one kind, held to the end of the
    /// transaction: SQL over two expressions of the statement (parameters or columns, never
    /// values). Loaders and check reruns of one department take it, so that the cross-year
    /// checks never read a report half-written by another loader.
    static func departmentLock(_ department: String, _ reportKind: String) -> String {
        "pg_advisory_xact_lock(hashtextextended(\(department) || chr(31) || \(reportKind), 0))"
    }

    /// Findings of a document by severity.
    public static func counts(documentID: Int64, on connection: Connection) throws -> [String: Int] {
        let result = try connection.execute(
            "select severity, count(*) from fiscal.dq_finding where document_id = $1 group by severity", [String(documentID)],
            doing: "counting findings")
        return Dictionary(uniqueKeysWithValues: result.rows.compactMap { row in
            guard let severity = row[0], let count = row[1].flatMap({ Int($0) }) else { return nil }
            return (severity, count)
        })
    }
}
