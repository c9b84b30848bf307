import JuesuanLibPQ

extension WarehouseReader {
    /// One data-quality finding (`fiscal.dq_finding_review`), its optional fields empty where null.
    public struct Finding: Sendable, Equatable {
        /// The key that stays across reloads (`fiscal.finding_key`), for `juesuan review`.
        public var findingKey: String
        public var severity: String
        public var checkID: String
        /// The tables it is about, comma-separated (gk05, gk03).
        public var tableCodes: String
        public var rowKey: String
        public var expected: String
        public var actual: String
        public var difference: String
        /// The document's lines it is about, comma-separated.
        public var sourceLines: String
        public var message: String
        /// open, accepted, dismissed, or reopened (reviewed on values that since changed).
        public var review: String
        /// The reviewer's note (for a reopened finding, what was reviewed).
        public var note: String

        /// Whether nobody has settled it: open or reopened.
        public var isOpen: Bool { review == "open" || review == "reopened" }

        /// The lines as numbers.
        public var lines: [Int] { sourceLines.split(separator: ",").compactMap { Int($0) } }
    }

    /// A document's findings: errors first, then warnings, then information; by check within each.
    public func findings(document: Int64) throws -> [Finding] {
        try connection.execute(
            """
            select severity, check_id, table_codes, coalesce(row_key, ''), coalesce(expected, ''), coalesce(actual, ''),
                coalesce(difference::text, ''), array_to_string(source_lines, ','), message, finding_key, review, coalesce(note, '')
            from fiscal.dq_finding_review where document_id = $1
            order by case severity when 'error' then 0 when 'warn' then 1 else 2 end, check_id, finding_id
            """, [String(document)], doing: "reading the findings"
        ).rows.map { row in
            let field = { (index: Int) in row[index] ?? "" }
            return Finding(
                findingKey: field(9), severity: field(0), checkID: field(1), tableCodes: field(2), rowKey: field(3), expected: field(4),
                actual: field(5), difference: field(6), sourceLines: field(7), message: field(8), review: field(10), note: field(11))
        }
    }

    /// How a document's checks ended (`fiscal.dq_check_run`): each outcome and how many checks had it.
    public func checkOutcomes(document: Int64) throws -> [(outcome: String, count: Int)] {
        try connection.execute(
            "select outcome, count(*) from fiscal.dq_check_run where document_id = $1 group by outcome order by outcome",
            [String(document)], doing: "reading the check runs"
        ).rows.map { ($0[0] ?? "", $0[1].flatMap { Int($0) } ?? 0) }
    }
}
