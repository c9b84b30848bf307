import JuesuanLibPQ
/// What loading one report did to the warehouse.
public struct LoadResult: Sendable, Equatable {
    public enum Outcome: String, Sendable {
        /// A new document.
        case loaded
        /// A changed file for a document already loaded: the old version was replaced.
        case replaced
        /// The same file (same SHA-256) was loaded before: nothing was written.
        case unchanged
    }

    public var outcome: Outcome
    public var documentID: Int64
    /// Fact rows written (0 when unchanged).
    public var factRows: Int
    /// The document's data-quality findings by severity (error, warn, info), after the load.
    public var findings: [String: Int]

    public init(outcome: Outcome, documentID: Int64, factRows: Int, findings: [String: Int] = [:]) {
        self.outcome = outcome
        self.documentID = documentID
        self.factRows = factRows
        self.findings = findings
    }
}
