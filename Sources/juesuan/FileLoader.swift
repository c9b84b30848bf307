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
    let logger: Logger
    let prefetcher = ReportPrefetcher()

    /// The identity the user gave for some files (`--department` …), by path.
    let given: [String: GivenIdentity]

    init(connection: Connection, logger: Logger = Logger(label: "juesuan.load"), given: [String: GivenIdentity] = [:]) {
        self.given = given
        self.connection = connection
        self.logger = logger
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
        var outcome: LoadOutcome
        /// Why it failed, for a failed file.
        var failure: Failure? = nil
        var document: LoadedDocument? = nil
        var rows = 0
        /// Data-quality findings of the document after the run's checks, all severities; nil when the file failed.
        var findings: Int? = nil
        /// The same findings by severity (error, warn, info).
        var findingsBySeverity: [String: Int]? = nil
        var seconds = 0.0

        enum CodingKeys: String, CodingKey {
            case path, outcome, document, rows, findings, findingsBySeverity = "findings_by_severity", seconds, error
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(outcome.rawValue, forKey: .outcome)
            try container.encode(document, forKey: .document)
            try container.encode(rows, forKey: .rows)
            try container.encode(findings, forKey: .findings)
            try container.encode(findingsBySeverity, forKey: .findingsBySeverity)
            try container.encode(seconds, forKey: .seconds)
            try container.encode(failure.map(\.description), forKey: .error)
        }
    }

    /// Parses and loads one file; never throws: a failure is the report's outcome,
    /// and nothing of that file is left in the database.
    func load(path: String) -> Report {
        let started = Date()
        var sha256: String?
        var report: Report
        do {
            let loader = DocumentLoader(connection: connection, logger: logger)
            let prefetched = prefetcher.take(path)
            let digest = try prefetched.map { try $0.get().sha256 } ?? SHA256.hex(try ReportFile.read(path))
            sha256 = digest
            let (result, document) = try loader.load(
                file: path, sha256: digest, started: started,
                parse: { try prefetched?.get() ?? ReportReader.read(path, mutool: Configuration.mutool, given: given[path] ?? .none) },
                beforeCommit: Configuration.pauseBeforeCommit)
            if result.outcome != .unchanged { Configuration.pauseAfterCommit?() }
            return Report(path: path, outcome: result.outcome, document: document, rows: result.factRows, seconds: Self.seconds(since: started))
        } catch let error as ParseError {
            report = Report(path: path, outcome: .failed, failure: .parse(error))
        } catch {
            let database = error as? PostgresError ?? PostgresError(message: "\(error)")
            report = Report(
                path: path, outcome: .failed,
                failure: connection.isConnected ? .database(path: path, database) : .connectionLost(path: path, database))
        }
        report.seconds = Self.seconds(since: started)
        // A failed attempt wrote nothing; its history is a convenience: a failure to write it is
        // logged and does not change the outcome. With the connection lost there is nowhere to
        // write it, and the caller reports the lost connection itself, once for the run.
        if connection.isConnected {
            do {
                try LoadRun(path: path, sha256: sha256, started: started, outcome: .failed, message: report.failure?.description).record(on: connection)
            } catch {
                logger.warning("could not record the load run", metadata: ["file": "\(report.path)", "error": "\(error)"])
            }
        }
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
}
