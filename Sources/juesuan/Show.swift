import ArgumentParser
import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
import Logging

/// `juesuan show`: print a gongkai view as an aligned table or CSV.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a gongkai view as an aligned table (or CSV).",
        discussion: """
            VIEW is a view of schema gongkai: gk01 … gk09, gk10_projects, gk10_funds, gk10_indicators, budget_execution.

            Examples:
              juesuan show gk01
              juesuan show gk05 --document 1
              juesuan show gk10_projects --csv > projects.csv
            """)

    @Argument(help: "The gongkai view to print, e.g. gk05.")
    var view: String

    @Option(help: "Only rows of this document id.")
    var document: Int64?

    @Flag(help: "Print CSV instead of an aligned table.")
    var csv = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let (connection, _) = try database.connectForReading(logger: Logger(label: "juesuan.show"))
        let name = try GongkaiViews.validated(view, on: connection)
        // The name was checked against the catalog and is quoted; the document id is a parameter.
        let result = try connection.execute(
            "select * from gongkai.\(Connection.quoteIdentifier(name)) where $1::bigint is null or document_id = $1 order by document_id, ord",
            [document.map(String.init)], doing: "reading gongkai.\(name)")
        let table = TextTable(header: result.columns, rows: result.rows.map { $0.map { $0 ?? "" } })
        print(csv ? table.csv() : table.aligned())
    }
}

/// The views of schema gongkai, read from the catalog.
enum GongkaiViews {
    /// The view name if `input` (with or without `gongkai.`) names one; else a validation error listing them.
    static func validated(_ input: String, on connection: Connection) throws -> String {
        let name = input.hasPrefix("gongkai.") ? String(input.dropFirst("gongkai.".count)) : input
        let views = try connection.execute(
            "select table_name from information_schema.views where table_schema = 'gongkai' order by table_name"
        ).rows.compactMap { $0[0] }
        guard views.contains(name) else {
            throw ValidationError("no view gongkai.\(name); the views are: \(views.joined(separator: ", "))")
        }
        return name
    }
}
