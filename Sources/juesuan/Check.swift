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
            The checks (sql/checks/) run after every load; --rerun runs them again, e.g. after the \
            checks were updated. Findings never change the data: the numbers stay as printed.

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
        let documents = try connection.execute(
            """
            select document_id, department, fiscal_year, report_kind from fiscal.dim_document
            where $1::text is null or document_id::text = $1 or strpos(department, $1) > 0
            order by document_id
            """, [document], doing: "finding the documents")
        if documents.rows.isEmpty {
            Output.error("no loaded document matches '\(document ?? "")'")
            throw ExitCode(1)
        }
        let checks = rerun ? try database.checks() : nil
        for row in documents.rows {
            guard let id = row[0].flatMap({ Int64($0) }) else { continue }
            if let checks { try connection.transaction { try checks.run(documentID: id, on: connection) } }
            let findings = try connection.execute(
                """
                select severity, check_id, table_codes, coalesce(row_key, ''), coalesce(expected, ''), coalesce(actual, ''),
                    coalesce(difference::text, ''), array_to_string(source_lines, ','), message
                from fiscal.dq_finding where document_id = $1
                order by case severity when 'error' then 0 when 'warn' then 1 else 2 end, check_id, finding_id
                """, [String(id)], doing: "reading the findings")
            if json {
                for finding in findings.rows { Output.jsonLine(Self.object(document: id, finding)) }
                continue
            }
            let runs = try connection.execute(
                "select outcome, count(*) from fiscal.dq_check_run where document_id = $1 group by outcome order by outcome",
                [String(id)])
            let outcomes = runs.rows.map { "\($0[1] ?? "0") \($0[0] ?? "")" }.joined(separator: ", ")
            print("# \(row[1] ?? "") \(row[2] ?? "") \(row[3] ?? "") (document \(id)): \(findings.rows.count) findings; checks: \(outcomes)")
            for finding in findings.rows {
                let f = finding.map { $0 ?? "" }
                print("\(f[0])\t\(f[1])\t\(f[2])\t\(f[3])\texpected \(f[4])\tactual \(f[5])\tdifference \(f[6])\tlines \(f[7])\t\(f[8])")
            }
        }
    }

    static func object(document: Int64, _ finding: [String?]) -> [String: String] {
        let keys = ["severity", "check_id", "table_codes", "row_key", "expected", "actual", "difference", "source_lines", "message"]
        var object = ["document_id": String(document)]
        for (key, value) in zip(keys, finding) { object[key] = value ?? "" }
        return object
    }
}
