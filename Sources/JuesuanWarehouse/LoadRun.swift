import Foundation
import JuesuanLibPQ

/// One attempt to load a file, as `fiscal.load_run` keeps it. A file that loads records its
/// attempt in the document's transaction (`DocumentLoader.load(file:…)`): a crash right after
/// the commit cannot lose the history of a file that did load. An attempt that wrote no
/// document (unchanged, or failed and rolled back) is recorded on its own.
public struct LoadRun: Sendable {
    public var path: String
    public var sha256: String?
    public var started: Date
    public var outcome: LoadOutcome
    public var documentID: Int64?
    public var factRows: Int
    /// Why it failed, in one line naming the file.
    public var message: String?

    public init(
        path: String, sha256: String?, started: Date, outcome: LoadOutcome, documentID: Int64? = nil, factRows: Int = 0, message: String? = nil
    ) {
        self.path = path
        self.sha256 = sha256
        self.started = started
        self.outcome = outcome
        self.documentID = documentID
        self.factRows = factRows
        self.message = message
    }

    /// Appends the attempt to `fiscal.load_run`, its end the statement's clock.
    public func record(on connection: Connection) throws {
        _ = try connection.execute(
            """
            insert into fiscal.load_run (source_file, sha256, document_id, started_at, finished_at, outcome, fact_rows, message)
            values ($1, $2, $3, $4::timestamptz, clock_timestamp(), $5, $6, $7)
            """,
            [
                path, sha256, documentID.map(String.init), Self.timestamp.string(from: started), outcome.rawValue, String(factRows), message,
            ], doing: "recording the load run")
    }

    nonisolated(unsafe) static let timestamp: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }()
}
