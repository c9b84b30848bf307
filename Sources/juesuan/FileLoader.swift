import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanPDF
import JuesuanWarehouse
import Logging

/// Loads report files one by one for a run, so that a bad file never stops the others,
/// and records every attempt in `fiscal.load_run`.
public struct FileLoader {
    let connection: Connection
    let checks: DataQualityChecks?
    let logger: Logger
    let prefetcher = ReportPrefetcher()

    public init(connection: Connection, checks: DataQualityChecks?, logger: Logger = Logger(label: "juesuan.load")) {
        self.connection = connection
        self.checks = checks
        self.logger = logger
    }

    /// The outcome of one file, as `juesuan load` reports it.
    public struct Report: Sendable, Codable {
        public var path: String
        public var outcome: String
        public var document: DocumentKey?
        public var rows: Int
        /// Data-quality findings of the document after the load, all severities; nil when the file failed.
        public var findings: Int?
        /// The same findings by severity (error, warn, info).
        public var findingsBySeverity: [String: Int]?
        public var seconds: Double
        public var error: String?

        enum CodingKeys: String, CodingKey {
            case path, outcome, document, rows, findings, findingsBySeverity = "findings_by_severity", seconds, error
        }
    }

    /// The identity of the document a file holds.
    public struct DocumentKey: Sendable, Codable, Equatable {
        public var documentID: Int64
        public var department: String
        public var fiscalYear: Int
        public var reportKind: String

        enum CodingKeys: String, CodingKey {
            case documentID = "document_id", department, fiscalYear = "fiscal_year", reportKind = "report_kind"
        }
    }

    /// Parses and loads one file; never throws: a failure is the report's `error`,
    /// and nothing of that file is left in the database.
    public func load(path: String) -> Report {
        let started = Date()
        var report = Report(
            path: path, outcome: "failed", document: nil, rows: 0, findings: nil, findingsBySeverity: nil, seconds: 0, error: nil)
        var sha256: String?
        do {
            let loader = DocumentLoader(connection: connection, checks: checks, logger: logger)
            let prefetched = prefetcher.take(path)
            // An unchanged file is recognised by its digest before it is parsed.
            let digest = try prefetched.map { try $0.get().sha256 } ?? SHA256.hex(try ReportFile.read(path))
            sha256 = digest
            if let known = try loader.unchangedDocument(sha256: digest) {
                let findings = try DataQualityChecks.counts(documentID: known.documentID, on: connection)
                report.outcome = LoadResult.Outcome.unchanged.rawValue
                report.findings = findings.values.reduce(0, +)
                report.findingsBySeverity = findings
                report.document = DocumentKey(
                    documentID: known.documentID, department: known.department, fiscalYear: known.fiscalYear,
                    reportKind: known.reportKind)
            } else {
                let parsed = try prefetched?.get() ?? ReportReader.read(path, pdftotext: Configuration.pdftotext)
                sha256 = parsed.sha256
                // The document and its load_run row commit together: a crash right after the
                // commit cannot lose the history of a file that did load.
                try connection.transaction {
                    let result = try loader.load(parsed)
                    report.outcome = result.outcome.rawValue
                    report.rows = result.factRows
                    report.findings = result.findings.values.reduce(0, +)
                    report.findingsBySeverity = result.findings
                    report.document = DocumentKey(
                        documentID: result.documentID, department: parsed.cover.department, fiscalYear: parsed.cover.fiscalYear,
                        reportKind: parsed.cover.reportKind)
                    report.seconds = Self.seconds(since: started)
                    try insertRun(report, sha256: sha256, started: started)
                    Configuration.pauseBeforeCommit?()
                }
                Configuration.pauseAfterCommit?()
                return report
            }
        } catch let error as ParseError {
            report.error = "\(error)"  // names the file and line itself
        } catch {
            report.error = "\(path): \(error)"
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
    public func prefetch(path: String) {
        prefetcher.start(path)
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
            insert into fiscal.load_run (source_file, sha256, document_id, started_at, outcome, fact_rows, message)
            values ($1, $2, $3, $4::timestamptz, $5, $6, $7)
            """,
            [
                report.path, sha256, report.document.map { String($0.documentID) }, Self.timestamp.string(from: started),
                report.outcome, String(report.rows), report.error,
            ], doing: "recording the load run")
    }
}
