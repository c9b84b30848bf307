import ArgumentParser
import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
import Logging

/// `juesuan status`: what the warehouse holds and how the last loads went.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the documents loaded, recent load runs and findings by severity.",
        discussion: "Examples:\n  juesuan status\n  juesuan status --runs 50")

    @Option(help: "How many recent load runs to list.")
    var runs = 10

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let (connection, _) = try database.connectForReading(logger: Logger(label: "juesuan.status"))
        let reader = WarehouseReader(connection: connection)
        let documents = try reader.documents()
        let findings = try reader.findingCounts()
        let disclosure = try reader.disclosure()
        let pending = documents.filter(\.checksPending).count
        print("documents: \(documents.count)" + (pending > 0 ? " (\(pending) with checks pending: juesuan check --rerun runs them)" : ""))
        let header = ["id", "department", "year", "kind", "unit", "loaded", "sha256", "checks", "errors", "warnings", "info", "open", "disclosed"]
        if !documents.isEmpty {
            let rows = documents.map { document in
                let counts = findings[document.id] ?? [:]
                let identity: [String] = [
                    String(document.id), document.department, String(document.fiscalYear), document.reportKind, document.amountUnit,
                    document.loadedAt, String(document.sha256.prefix(12)),
                ]
                // A pending document's counts are only what its load recorded: say so before them.
                let checks = document.checksPending ? "pending" : "done"
                let severities: [String] = ["error", "warn", "info", "open"].map { String(counts[$0] ?? 0) }
                let disclosed: String = disclosure[document.id].map { "\($0.present)/\($0.required)" } ?? ""
                return identity + [checks] + severities + [disclosed]
            }
            print(TextTable(header: header, rows: rows).aligned())
        }
        let recent = try reader.recentLoadRuns(limit: runs)
        print("\nrecent load runs:")
        print(
            TextTable(
                header: ["finished", "outcome", "rows", "file", "message"],
                rows: recent.map { [$0.finishedAt, $0.outcome, String($0.factRows), $0.sourceFile, $0.message] }
            ).aligned())
    }
}
