import ArgumentParser
import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanWarehouse
import Logging

/// `juesuan trace`: where each number of a row came from.
struct Trace: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the file, line and printed text behind each number of a row of a 公开 table.",
        discussion: """
            VIEW is gk01 … gk09; ROW is a code (2010301, 30101) or a printed label (本年收入合计, 合计); COLUMN, \
            optional, is a measure code or its printed header (basic_expense or 基本支出).

            Examples:
              juesuan trace gk05 2010301
              juesuan trace gk01 本年收入合计
              juesuan trace gk03 合计 基本支出 --document 1
              juesuan trace gk05 2010301 --document 2 --png cell.png   # a PDF document: the printed row, its cells outlined
            """)

    @Argument(help: "The 公开 view, gk01 … gk09.")
    var view: String

    @Argument(help: "A code or a printed label.")
    var row: String

    @Argument(help: "Only this column: a measure code or its printed header.")
    var column: String?

    @Option(help: "Only this document id.")
    var document: Int64?

    @Option(help: "For a PDF document: write the printed row as a PNG picture, its cells outlined.")
    var png: String?

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let (connection, _) = try database.connectForReading(logger: Logger(label: "juesuan.trace"))
        let table = view.hasPrefix("gongkai.") ? String(view.dropFirst("gongkai.".count)) : view
        let cells = try WarehouseReader(connection: connection).trace(table: table, row: row, column: column, document: document)
        guard !cells.isEmpty else {
            throw ValidationError("no row '\(row)' in \(table)\(column.map { " with a column '\($0)'" } ?? "")")
        }
        var current = ""
        for cell in cells {
            let heading =
                "\(table) \([cell.code, cell.label].filter { !$0.isEmpty }.joined(separator: " ")) — \(cell.sourceFile) (document \(cell.documentID), row \(cell.ord))"
            if heading != current {
                print(heading)
                current = heading
            }
            let printed = cell.lineText.replacingOccurrences(of: "\t", with: " │ ")
            print("  \(cell.measure): \(cell.amountText.isEmpty ? "(blank)" : cell.amountText)  ← \(cell.sourceFile):\(cell.sourceLine): \(printed)")
        }
        if let png { try picture(cells, to: png) }
    }

    /// The printed row of the first document's PDF page, every printed cell of it on that page outlined.
    private func picture(_ cells: [WarehouseReader.TracedCell], to file: String) throws {
        let documents = Set(cells.map(\.documentID))
        guard documents.count == 1 else {
            throw ValidationError("the row is printed in \(documents.count) documents; choose one with --document to picture it")
        }
        let printed = cells.filter { !$0.amountText.isEmpty && $0.page != nil }
        guard let first = printed.first ?? cells.first(where: { $0.page != nil }), let page = first.page else {
            Output.note("\(cells[0].sourceFile) is a text report: its source lines are above; --png pictures the rows of PDF documents")
            return
        }
        let onPage = cells.filter { $0.page == page }.compactMap { cell in cell.pageLine.map { (cell, $0) } }
        let lines = onPage.map(\.1)
        guard let low = lines.min(), let high = lines.max() else { return }
        let picture = PrintedPicture(sourceFile: first.sourceFile, sha256: first.sha256, page: page)
        let amounts = onPage.map(\.0).filter { !$0.amountText.isEmpty }
        let boxes = amounts.compactMap(\.box)
        if !boxes.isEmpty, boxes.count == amounts.count {
            print(try picture.write(boxes: boxes, across: first.across, to: file))
        } else {
            print(try picture.write(
                lines: low...high, cells: amounts.compactMap { cell in cell.pageLine.map { PrintedPicture.Cell(line: $0, text: cell.amountText) } }, to: file))
        }
    }
}
