import ArgumentParser
import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
import Logging

/// `juesuan check`: show whether a document's numbers add up.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the data-quality findings of loaded documents.",
        discussion: """
            The checks (sql/checks/) run once a load, over the documents it loaded; --rerun runs them \
            again, e.g. after the checks were updated, or on documents whose checks are pending (a \
            load stopped before its checks). Findings never change the data: the numbers stay as printed.

            Examples:
              juesuan check
              juesuan check 吉林省人民政府办公厅 --json
              juesuan check 1 --rerun
            """)

    @Argument(help: "A document id, or part of a department name; default: every document.")
    var document: String?

    @Flag(help: "Print the findings as JSON (one object a finding) on stdout.")
    var json = false

    @Flag(help: "Run the checks again before printing.")
    var rerun = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        // Only --rerun writes (findings, outcomes): reading the findings needs no more than read access.
        let logger = Logger(label: "juesuan.check")
        let (connection, _) = try rerun ? database.connectAndMigrate(logger: logger) : database.connectForReading(logger: logger)
        let reader = WarehouseReader(connection: connection)
        let documents = try reader.documents(matching: document)
        if documents.isEmpty {
            Output.error("no loaded document matches '\(document ?? "")'")
            throw ExitCode(1)
        }
        if rerun {
            try database.checks().run(inBatches: documents.map { (id: $0.id, group: "\($0.department)\u{1F}\($0.reportKind)") }, on: [connection])
        }
        for document in try rerun ? reader.documents(matching: document) : documents {
            let findings = try reader.findings(document: document.id)
            if json {
                for finding in findings { Output.jsonLine(Self.object(document: document.id, finding)) }
                continue
            }
            // A document whose checks have not run shows only what its load recorded.
            let outcomes =
                document.checksPending
                ? "checks pending" : "checks: " + (try reader.checkOutcomes(document: document.id).map { "\($0.count) \($0.outcome)" }.joined(separator: ", "))
            print(
                "# \(document.department) \(document.fiscalYear) \(document.reportKind) (document \(document.id)): \(findings.count) findings; \(outcomes)")
            for f in findings {
                print(
                    "\(f.severity)\t\(f.checkID)\t\(f.tableCodes)\t\(f.rowKey)\texpected \(f.expected)\tactual \(f.actual)\tdifference \(f.difference)\tlines \(f.sourceLines)\t\(f.message)\tkey \(f.findingKey)\t\(f.review)\(f.note.isEmpty ? "" : ": " + f.note)")
            }
        }
    }

    static func object(document: Int64, _ finding: WarehouseReader.Finding) -> [String: String] {
        [
            "document_id": String(document), "severity": finding.severity, "check_id": finding.checkID, "table_codes": finding.tableCodes,
            "row_key": finding.rowKey, "expected": finding.expected, "actual": finding.actual, "difference": finding.difference,
            "source_lines": finding.sourceLines, "message": finding.message, "finding_key": finding.findingKey, "review": finding.review,
            "note": finding.note,
        ]
    }
}
