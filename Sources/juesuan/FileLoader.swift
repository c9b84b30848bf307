import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanPDF
import JuesuanWarehouse
import Logging

/// Loads report files one by one for a run, so that a bad file never stops the others,
/// and records every attempt in `fiscal.load_run`.
struct FileLoader {
    let connection: Connection
    let checks: DataQualityChecks?
    let logger: Logger
    let prefetcher = ReportPrefetcher()

    /// The identity the user gave for some files (`--department` …), by path.
    let given: [String: GivenIdentity]

    init(connection: Connection, checks: DataQualityChecks?, logger: Logger = Logger(label: "juesuan.load"), given: [String: GivenIdentity] = [:]) {
        self.given = given
        self.connection = connection
        self.checks = checks
        self.logger = logger
    }

    /// What became of one file.
    enum Outcome: Sendable {
        case loaded, replaced, unchanged
        case failed(Failure)

        init(_ outcome: LoadResult.Outcome) {
            switch outcome {
            case .loaded: self = .loaded
            case .replaced: self = .replaced
            case .unchanged: self = .unchanged
            }
        }

        /// The word `juesuan load` prints and `fiscal.load_run.outcome` stores.
        var name: String {
            switch self {
            case .loaded: "loaded"
            case .replaced: "replaced"
            case .unchanged: "unchanged"
            case .failed: "failed"
            }
        }

        var failure: Failure? {
            if case .failed(let failure) = self { return failure }
            return nil
        }
    }

    /// Why a file failed. Its text, one line naming the file, is made where it is printed.
    enum Failure: Error, Sendable, CustomStringConvertible {
        /// The file is not a report the parser can read (names the file and line itself).
        case parse(ParseError)
        /// The database refused the file's rows; the connection is still there.
        case database(path: String, PostgresError)
        /// The server went away while the file was loading: every later file would fail the same way.
        case connectionLost(path: String, PostgresError)

        var description: String {
            switch self {
            case .parse(let error): "\(error)"
            case .database(let path, let error), .connectionLost(let path, let error): "\(path): \(error)"
            }
        }
    }

    /// The outcome of one file, as `juesuan load` reports it (`--json`: one object a file).
    struct Report: Sendable, Encodable {
        var path: String
        var outcome: Outcome
        var document: LoadedDocument?
        var rows: Int
        /// Data-quality findings of the document after the load, all severities; nil when the file failed.
        var findings: Int?
        /// The same findings by severity (error, warn, info).
        var findingsBySeverity: [String: Int]?
        var seconds: Double

        enum CodingKeys: String, CodingKey {
            case path, outcome, document, rows, findings, findingsBySeverity = "findings_by_severity", seconds, error
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(outcome.name, forKey: .outcome)
            try container.encode(document, forKey: .document)
            try container.encode(rows, forKey: .rows)
            try container.encode(findings, forKey: .findings)
            try container.encode(findingsBySeverity, forKey: .findingsBySeverity)
            try container.encode(seconds, forKey: .seconds)
            try container.encode(outcome.failure.map(\.description), forKey: .error)
        }
    }

    /// Parses and loads one file; never throws: a failure is the report's outcome,
    /// and nothing of that file is left in the database.
    func load(path: String) -> Report {
        let started = Date()
        var report = Report(path: path, outcome: .unchanged, document: nil, rows: 0, findings: nil, findingsBySeverity: nil, seconds: 0)
        var sha256: String?
        do {
            let loader = DocumentLoader(connection: connection, checks: checks, logger: logger)
            let prefetched = prefetcher.take(path)
            // An unchanged file is recognised by its digest before it is parsed.
            let digest = try prefetched.map { try $0.get().sha256 } ?? SHA256.hex(try ReportFile.read(path))
            sha256 = digest
            if let known = try loader.unchangedDocument(sha256: digest) {
                let findings = try DataQualityChecks.counts(documentID: known.documentID, on: connection)
                report.outcome = .unchanged
                report.findings = findings.values.reduce(0, +)
                report.findingsBySeverity = findings
                report.document = known
            } else {
                let parsed = try prefetched?.get() ?? ReportReader.read(path, mutool: Configuration.mutool, given: given[path] ?? .none)
                sha256 = parsed.sha256
                // The document and its load_run row commit together: a crash right after the
                // commit cannot lose the history of a file that did load.
                try connection.transaction {
                    let result = try loader.load(parsed)
                    report.outcome = Outcome(result.outcome)
                    report.rows = result.factRows
                    report.findings = result.findings.values.reduce(0, +)
                    report.findingsBySeverity = result.findings
                    report.document = LoadedDocument(documentID: result.documentID, key: DocumentKey(parsed.cover))
                    report.seconds = Self.seconds(since: started)
                    try insertRun(report, sha256: sha256, started: started)
                    Configuration.pauseBeforeCommit?()
                }
                Configuration.pauseAfterCommit?()
                return report
            }
        } catch let error as ParseError {
            report = Report(path: path, outcome: .failed(.parse(error)), document: nil, rows: 0, findings: nil, findingsBySeverity: nil, seconds: 0)
        } catch {
            let database = error as? PostgresError ?? PostgresError(message: "\(error)")
            let failure: Failure = connection.isConnected ? .database(path: path, database) : .connectionLost(path: path, database)
            report = Report(path: path, outcome: .failed(failure), document: nil, rows: 0, findings: nil, findingsBySeverity: nil, seconds: 0)
        }
        report.seconds = Self.seconds(since: started)
        record(report, sha256: sha256, started: started)
        return report
    }

    /// Seconds since `started`, to the millisecond.
    static func seconds(since started: Date) -> Double {
        (Date().timeIntervalSince(started) * 1000).rounded() / 1000
    }

    /// Starts reading and parsing a file in the background, for a `load(path:)` to come: call
    /// it with the next file before loading the current one, so that parsing overlaps the
    /// database work. A file never loaded afterwards costs only the wasted parse.
    func prefetch(path: String) {
        prefetcher.start(path, given: given[path] ?? .none)
    }

    nonisolated(unsafe) static let timestamp: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }()

    /// Appends an attempt that wrote no document (unchanged, or failed and rolled back) to
    /// `fiscal.load_run`. History is a convenience here: a failure to write it is logged and
    /// does not change the outcome of the load itself.
    ///
    /// With the connection lost (server restart, terminated session) there is nowhere to
    /// write it, and the caller reports the lost connection itself, once for the run.
    private func record(_ report: Report, sha256: String?, started: Date) {
        guard connection.isConnected else { return }
        do {
            try insertRun(report, sha256: sha256, started: started)
        } catch {
            logger.warning("could not record the load run", metadata: ["file": "\(report.path)", "error": "\(error)"])
        }
    }

    /// The `fiscal.load_run` row of an attempt.
    private func insertRun(_ report: Report, sha256: String?, started: Date) throws {
        _ = try connection.execute(
            """
            insert into fiscal.load_run (source_file, sha256, document_id, started_at, finished_at, outcome, fact_rows, message)
            values ($1, $2, $3, $4::timestamptz, clock_timestamp(), $5, $6, $7)
            """,
            [
                report.path, sha256, report.document.map { String($0.documentID) }, Self.timestamp.string(from: started),
                report.outcome.name, String(report.rows), report.outcome.failure.map(\.description),
            ], doing: "recording the load run")
    }
}
