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
        let documents = try connection.execute(
            """
            select d.document_id::text, d.department, d.fiscal_year::text, d.report_kind, d.amount_unit,
                to_char(d.loaded_at, 'YYYY-MM-DD HH24:MI'), left(d.sha256, 12),
                coalesce(sum((f.severity = 'error')::int), 0)::text, coalesce(sum((f.severity = 'warn')::int), 0)::text,
                coalesce(sum((f.severity = 'info')::int), 0)::text
            from fiscal.dim_document as d
            left join fiscal.dq_finding as f using (document_id)
            group by d.document_id order by d.document_id
            """, doing: "listing documents")
        print("documents: \(documents.rows.count)")
        let header = ["id", "department", "year", "kind", "unit", "loaded", "sha256", "errors", "warnings", "info"]
        if !documents.rows.isEmpty {
            print(TextTable(header: header, rows: documents.rows.map { $0.map { $0 ?? "" } }).aligned())
        }
        let recent = try connection.execute(
            """
            select to_char(finished_at, 'YYYY-MM-DD HH24:MI:SS'), outcome, fact_rows::text, source_file, coalesce(message, '')
            from fiscal.load_run order by load_run_id desc limit $1
            """, [String(runs)], doing: "listing load runs")
        print("\nrecent load runs:")
        print(TextTable(header: ["finished", "outcome", "rows", "file", "message"], rows: recent.rows.map { $0.map { $0 ?? "" } }).aligned())
    }
}
