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

    @Option(help: "For a PDF document (give --document): write the printed table (its first page) as a PNG picture.")
    var png: String?

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let (connection, _) = try database.connectForReading(logger: Logger(label: "juesuan.show"))
        let reader = WarehouseReader(connection: connection)
        let name = try GongkaiViews.validated(view, in: try reader.gongkaiViews())
        let result = try reader.rows(ofView: name, document: document)
        let table = TextTable(header: result.columns, rows: result.rows.map { $0.map { $0 ?? "" } })
        print(csv ? table.csv() : table.aligned())
        if let png { try picture(of: name, from: reader, to: png) }
    }

    /// The printed table from its title to its last row on the page of its first row.
    private func picture(of view: String, from reader: WarehouseReader, to file: String) throws {
        guard let document else { throw ValidationError("--png pictures one document's table: give --document") }
        guard let place = try reader.place(ofTable: view, document: document) else {
            throw ValidationError("document \(document) prints no table \(view); --png pictures a printed table (gk01 …, ys01 …)")
        }
        guard let page = place.page, let last = place.lastLine else {
            Output.note("\(place.sourceFile) is a text report: --png pictures the tables of PDF documents")
            return
        }
        // The title when it stands on that page, else the page's first line.
        let from = place.titleLine ?? 1
        print(try PrintedPicture(sourceFile: place.sourceFile, sha256: place.sha256, page: page).write(lines: from...max(from, last), cells: [], to: file))
    }
}

/// The views of schema gongkai.
enum GongkaiViews {
    /// The view name if `input` (with or without `gongkai.`) is one of `views`; else a validation error listing them.
    static func validated(_ input: String, in views: [String]) throws -> String {
        let name = input.hasPrefix("gongkai.") ? String(input.dropFirst("gongkai.".count)) : input
        guard views.contains(name) else {
            throw ValidationError("no view gongkai.\(name); the views are: \(views.joined(separator: ", "))")
        }
        return name
    }
}
