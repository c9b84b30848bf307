import Foundation
import JuesuanCore
import JuesuanLibPQ

extension DocumentLoader {
    /// Writes what the report's structure says, for the checks to judge in SQL: the tables it
    /// prints (with their title lines) and the 目录 entries that list a table.
    func loadStructure(_ report: Report, documentID: Int64) throws {
        let document = String(documentID)
        _ = try connection.copyIn(
            "copy fiscal.document_table (document_id, table_code, title_line) from stdin",
            rows: report.tables.map { [document, $0.table.rawValue, String($0.location.line)] },
            doing: "copying the printed tables of \(report.file)")
        _ = try connection.copyIn(
            "copy fiscal.document_toc_entry (document_id, line_no, table_code, entry_text) from stdin",
            rows: report.tableOfContents.map { [document, String($0.location.line), $0.table.rawValue, $0.text] },
            doing: "copying the 目录 of \(report.file)")
    }
}

extension DocumentLoader {
    /// Writes every table the document prints, cell by cell (`gongkai.printed_cell`).
    func loadPrintedTables(_ report: Report, documentID: Int64) throws {
        let document = String(documentID)
        _ = try connection.copyIn(
            "copy fiscal.printed_table (document_id, table_ord, page, title, table_code, x0, top, x1, bottom) from stdin",
            rows: report.printedTables.map { table in
                [document, String(table.ord), String(table.page), table.title, table.table?.rawValue]
                    + Self.points(table.box)
            }, doing: "copying the printed tables of \(report.file)")
        _ = try connection.copyIn(
            """
            copy fiscal.printed_cell (document_id, table_ord, row_index, column_index, row_span, column_span, header_path, cell_text,
                amount, x0, top, x1, bottom) from stdin
            """,
            rows: report.printedTables.lazy.flatMap { table in
                table.cells.lazy.map { cell -> [String?] in
                    [
                        document, String(table.ord), String(cell.row), String(cell.column), String(cell.rowSpan), String(cell.columnSpan),
                        cell.headerPath, cell.text, cell.amount.map(\.sqlText),
                    ] + Self.points(cell.box)
                }
            }, doing: "copying the printed cells of \(report.file)")
    }
}
