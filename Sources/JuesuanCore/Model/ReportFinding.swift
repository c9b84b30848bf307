/// Something the parser saw that an analyst must know but that does not stop the load:
/// a source that names another department or year than the one the others agree on.
///
/// The loader stores each in `fiscal.dq_finding` beside the findings of the SQL checks.
public struct ReportFinding: Sendable, Equatable {
    /// The finding's `check_id`.
    public var check: String
    /// `error` for a defect of the publication, `warn` for a doubt.
    public var severity: String
    /// The table or part it concerns (`identity`).
    public var table: String
    /// The row key: what it is about.
    public var key: String
    /// What was printed.
    public var found: String
    public var message: String
    public var location: SourceLocation

    public init(check: String, severity: String, table: String, key: String, found: String, message: String, location: SourceLocation) {
        self.check = check
        self.severity = severity
        self.table = table
        self.key = key
        self.found = found
        self.message = message
        self.location = location
    }
}
