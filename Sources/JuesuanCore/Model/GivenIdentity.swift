/// A report's identity as the user gives it (`juesuan load --department NAME --year YYYY
/// --kind 决算|预算`), for a report that prints none — a budget of tables alone names no
/// department. What the report prints wins where it disagrees, with a `warn` finding naming both.
public struct GivenIdentity: Sendable, Equatable {
    public var department: String?
    public var year: Int?
    public var kind: ReportKind?

    public init(department: String? = nil, year: Int? = nil, kind: ReportKind? = nil) {
        self.department = department
        self.year = year
        self.kind = kind
    }

    /// Nothing given.
    public static let none = GivenIdentity()

    /// What the report prints, or else what was given; and a finding for each given value that
    /// the report contradicts.
    static func resolve<Value: Equatable & CustomStringConvertible>(
        _ what: String, printed: Value?, given: Value?, option: String, file: String
    ) -> (value: Value?, finding: ReportFinding?) {
        guard let printed, let given, printed != given else { return (printed ?? given, nil) }
        let finding = ReportFinding(
            check: "identity_given", severity: .warn, table: "identity", key: what, found: given.description,
            message: "the report prints \(what) \(printed); \(option) gave \(given); loaded as \(printed), which the report prints",
            location: SourceLocation(file: file, line: 1))
        return (printed, finding)
    }
}
