/// Something the parser saw that an analyst must know but that does not stop the load:
/// a source that names another department or year than the one the others agree on.
///
/// The loader stores each in `fiscal.dq_finding` beside the findings of the SQL checks.
public struct ReportFinding: Sendable, Equatable {
    /// The finding's `check_id`.
    public var check: String
    public var severity: Severity
    /// The table or part it concerns (`identity`).
    public var table: String
    /// The row key: what it is about.
    public var key: String
    /// What was printed.
    public var found: String
    public var message: String
    public var location: SourceLocation

    public init(check: String, severity: Severity, table: String, key: String, found: String, message: String, location: SourceLocation) {
        self.check = check
        self.severity = severity
        self.table = table
        self.key = key
        self.found = found
        self.message = message
        self.location = location
    }
}

/// How sure a finding is that the report is wrong (`fiscal.dq_finding.severity`).
public enum Severity: String, Sendable, CaseIterable {
    /// A broken identity, or words that contradict their own numbers.
    case error
    /// A likely slip or disclosure gap.
    case warn
    /// Within the rounding of unit conversion (0.01 a printed term).
    case info
}
