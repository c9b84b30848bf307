import JuesuanLibPQ

/// Reads the warehouse for the commands (`status`, `check`, `show`, `trace`, `report`): typed
/// rows, and the SQL that reads them in one place, beside the SQL that writes them.
///
/// Every value is a parameter; a view's name is read from the catalog before it is quoted
/// into a statement. Amounts stay text, as PostgreSQL prints the `numeric`: the commands
/// print them, never compute with them.
public struct WarehouseReader {
    let connection: Connection

    public init(connection: Connection) {
        self.connection = connection
    }

    /// One loaded document.
    public struct Document: Sendable, Equatable {
        public var id: Int64
        public var department: String
        public var fiscalYear: Int
        public var reportKind: String
        public var amountUnit: String
        public var sourceFile: String
        public var sha256: String
        /// When it was loaded, to the minute (YYYY-MM-DD HH24:MI).
        public var loadedAt: String
        /// Whether its data-quality checks have yet to run on this version (`checked_at` null):
        /// the run that loaded it was stopped before them, or is still loading.
        public var checksPending = false
    }

    /// The documents whose id is `match`, or whose department contains it; every document for nil.
    public func documents(matching match: String? = nil) throws -> [Document] {
        let result = try connection.execute(
            """
            select document_id, department, fiscal_year, report_kind, coalesce(amount_unit, ''), source_file, sha256,
                to_char(loaded_at, 'YYYY-MM-DD HH24:MI'), checked_at is null
            from fiscal.dim_document
            where $1::text is null or document_id::text = $1 or strpos(department, $1) > 0
            order by document_id
            """, [match], doing: "finding the documents")
        return result.rows.compactMap { row in
            guard let id = row[0].flatMap({ Int64($0) }), let year = row[2].flatMap({ Int($0) }) else { return nil }
            return Document(
                id: id, department: row[1] ?? "", fiscalYear: year, reportKind: row[3] ?? "", amountUnit: row[4] ?? "",
                sourceFile: row[5] ?? "", sha256: row[6] ?? "", loadedAt: row[7] ?? "", checksPending: row[8] == "t")
        }
    }

    /// The document with this id, if one is loaded.
    public func document(_ id: Int64) throws -> Document? {
        try documents(matching: String(id)).first { $0.id == id }
    }

    /// Each document's findings by severity (error, warn, info), and those nobody has settled
    /// (open or reopened) as "open"; a document without findings is absent.
    public func findingCounts() throws -> [Int64: [String: Int]] {
        let result = try connection.execute(
            """
            select document_id, severity, count(*) from fiscal.dq_finding_review group by document_id, severity
            union all
            select document_id, 'open', count(*) from fiscal.dq_finding_review where review in ('open', 'reopened') group by document_id
            """, doing: "counting the findings")
        var counts: [Int64: [String: Int]] = [:]
        for row in result.rows {
            guard let id = row[0].flatMap({ Int64($0) }), let severity = row[1], let count = row[2].flatMap({ Int($0) }) else { continue }
            counts[id, default: [:]][severity] = count
        }
        return counts
    }

    /// Each document's disclosure scorecard in one figure: the required items it discloses, and how
    /// many are required (`gongkai.disclosure_summary`).
    public func disclosure() throws -> [Int64: (present: Int, required: Int)] {
        var summary: [Int64: (present: Int, required: Int)] = [:]
        for row in try connection.execute("select document_id, present, required from gongkai.disclosure_summary", doing: "reading the scorecards").rows {
            guard let id = row[0].flatMap({ Int64($0) }), let present = row[1].flatMap({ Int($0) }), let required = row[2].flatMap({ Int($0) })
            else { continue }
            summary[id] = (present, required)
        }
        return summary
    }

    /// One item of a document's disclosure scorecard (`gongkai.disclosure_scorecard`).
    public struct DisclosureItem: Sendable, Equatable {
        public var dimension: String
        public var item: String
        public var present: Bool
        public var detail: String
        public var sourceLine: Int?
    }

    /// A document's disclosure scorecard, in order.
    public func scorecard(document: Int64) throws -> [DisclosureItem] {
        try connection.execute(
            "select dimension, item, present, coalesce(detail, ''), source_line from gongkai.disclosure_scorecard where document_id = $1 order by ord",
            [String(document)], doing: "reading the scorecard"
        ).rows.map { row in
            DisclosureItem(dimension: row[0] ?? "", item: row[1] ?? "", present: row[2] == "t", detail: row[3] ?? "", sourceLine: row[4].flatMap { Int($0) })
        }
    }

    /// One attempt to load a file (`fiscal.load_run`).
    public struct LoadRun: Sendable, Equatable {
        /// When it ended, to the second (YYYY-MM-DD HH24:MI:SS).
        public var finishedAt: String
        public var outcome: String
        public var factRows: Int
        public var sourceFile: String
        /// Why it failed; empty for a file that loaded.
        public var message: String
    }

    /// The `limit` most recent load runs, the latest first.
    public func recentLoadRuns(limit: Int) throws -> [LoadRun] {
        try connection.execute(
            """
            select to_char(finished_at, 'YYYY-MM-DD HH24:MI:SS'), outcome, fact_rows, source_file, coalesce(message, '')
            from fiscal.load_run order by load_run_id desc limit $1
            """, [String(limit)], doing: "listing load runs"
        ).rows.map { row in
            LoadRun(
                finishedAt: row[0] ?? "", outcome: row[1] ?? "", factRows: row[2].flatMap { Int($0) } ?? 0, sourceFile: row[3] ?? "",
                message: row[4] ?? "")
        }
    }
}
