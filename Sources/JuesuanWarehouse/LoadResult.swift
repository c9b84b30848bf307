import JuesuanLibPQ

/// What became of one file: the word `juesuan load` prints and `fiscal.load_run.outcome` stores.
public enum LoadOutcome: String, Sendable, Codable {
    /// A new document.
    case loaded
    /// A changed file for a document already loaded: the old version was replaced.
    case replaced
    /// The same file (same SHA-256, same parser version) was loaded before: nothing was written.
    case unchanged
    /// The file was refused or its rows could not be written: nothing of it was written.
    case failed
}

/// What loading one report did to the warehouse.
public struct LoadResult: Sendable, Equatable {
    public typealias Outcome = LoadOutcome

    /// loaded, replaced or unchanged (a report that fails throws instead).
    public var outcome: LoadOutcome
    public var documentID: Int64
    /// Fact rows written (0 when unchanged).
    public var factRows: Int

    public init(outcome: LoadOutcome, documentID: Int64, factRows: Int) {
        self.outcome = outcome
        self.documentID = documentID
        self.factRows = factRows
    }
}
