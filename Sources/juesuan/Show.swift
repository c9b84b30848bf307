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
              juesuan show gk05 --document 2 --png gk05.png   # a PDF document: the printed table's first page
            """)

    @Argument(help: "The gongkai view to print, e.g. gk05.")
    var view: String

    @Option(help: "Only rows of this document id.")
    var document: Int64?

    @Flag(help: "Print CSV instead of an aligned table.")
    var csv = false

    @Option(help: "With --document, for a PDF document: write the printed table (its first page) as a PNG picture.")
    var png: String?

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
        if let png { try picture(of: name, on: connection, to: png) }
    }

    /// The printed table from its title to its last row on the page of its first row.
    private func picture(of view: String, on connection: Connection, to file: String) throws {
        guard let document else { throw ValidationError("--png pictures one document's table: give --document") }
        let found = try connection.execute(
            """
            select d.source_file, d.sha256, first.page::text, title.page::text, title.page_line::text,
                (select max(l.page_line) from fiscal.gongkai_cell as c
                 inner join fiscal.document_line as l on l.document_id = c.document_id and l.line_no = c.source_line
                 where c.document_id = d.document_id and c.table_code = $2 and l.page = first.page)::text
            from fiscal.dim_document as d
            inner join fiscal.document_table as t on t.document_id = d.document_id and t.table_code = $2
            inner join fiscal.document_line as title on title.document_id = d.document_id and title.line_no = t.title_line
            cross join lateral (
                select l.page from fiscal.gongkai_cell as c
                inner join fiscal.document_line as l on l.document_id = c.document_id and l.line_no = c.source_line
                where c.document_id = d.document_id and c.table_code = $2 order by c.source_line limit 1
            ) as first
            where d.document_id = $1
            """, [String(document), view], doing: "finding the printed table \(view)")
        guard let row = found.rows.first?.map({ $0 ?? "" }) else {
            throw ValidationError("document \(document) prints no table \(view); --png pictures a printed table (gk01 …, ys01 …)")
        }
        guard let page = Int(row[2]), let last = Int(row[5]) else {
            Output.note("\(row[0]) is a text report: --png pictures the tables of PDF documents")
            return
        }
        // The title when it stands on that page, else the page's first line.
        let from = row[3] == row[2] ? Int(row[4]) ?? 1 : 1
        print(try PrintedPicture(sourceFile: row[0], sha256: row[1], page: page).write(lines: from...max(from, last), cells: [], to: file))
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
