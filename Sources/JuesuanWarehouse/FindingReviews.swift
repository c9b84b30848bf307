import JuesuanLibPQ

/// Writes the reviews of findings (`fiscal.dq_review`), which outlast reloads: keyed by the
/// finding's stable key, each keeping the values it was made on, so that a finding whose values
/// change is shown reopened (`fiscal.dq_finding_review`).
public struct FindingReviews {
    let connection: Connection

    public init(connection: Connection) {
        self.connection = connection
    }

    /// What a review decides.
    public enum Decision: String, Sendable, CaseIterable {
        case accepted, dismissed, open
    }

    /// The keys of the current findings of a document, of one check if given.
    public func keys(document: Int64, check: String? = nil) throws -> [String] {
        try connection.execute(
            """
            select finding_key from fiscal.dq_finding_review
            where document_id = $1 and ($2::text is null or check_id = $2) order by finding_id
            """, [String(document), check], doing: "finding the findings of document \(document)"
        ).rows.compactMap { $0[0] }
    }

    /// Records one decision for each key, with the values the finding has now; returns the keys
    /// no current finding has (nothing is recorded for them).
    public func record(_ keys: [String], decision: Decision, note: String?) throws -> [String] {
        try connection.transaction {
            var unknown: [String] = []
            for key in keys {
                let written = try connection.execute(
                    """
                    insert into fiscal.dq_review (finding_key, decision, note, expected, actual)
                    select finding_key, $2, $3, expected, actual from fiscal.dq_finding_review where finding_key = $1
                    order by finding_id desc limit 1
                    on conflict (finding_key) do update set
                        decision = excluded.decision, note = excluded.note, expected = excluded.expected, actual = excluded.actual,
                        reviewer = current_user, reviewed_at = now()
                    returning finding_key
                    """, [key, decision.rawValue, note], doing: "reviewing finding \(key)")
                if written.rows.isEmpty { unknown.append(key) }
            }
            return unknown
        }
    }
}
