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
    /// Writes every table the document prints, cell by cell (`gongkai.printed_cell`), and the
    /// indicators of its 绩效目标表 (`gongkai.performance_targets`).
    func loadPrintedTables(_ report: Report, documentID: Int64) throws {
        let document = String(documentID)
        _ = try connection.copyIn(
            "copy fiscal.printed_table (document_id, table_ord, page, title, table_code, x0, top, x1, bottom) from stdin",
            rows: report.printedTables.map { table in
                [document, String(table.ord), String(table.page), table.title, table.table?.rawValue ?? table.readInto]
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
        _ = try connection.copyIn(
            """
            copy fiscal.fact_project_target (document_id, target_ord, table_ord, page, title, project_name, fund_total, goal, level1,
                level2, level3, target_text, target_comparison, target_value, target_unit, x0, top, x1, bottom, source_line) from stdin
            """,
            rows: report.targets.map { target -> [String?] in
                [
                    document, String(target.ord), String(target.tableOrd), String(target.page), target.title, target.project,
                    target.fundTotal?.sqlText, target.goal, target.level1, target.level2, target.level3, target.target,
                    target.parsedTarget.comparison, target.parsedTarget.value?.sqlText, target.parsedTarget.unit,
                ] + Self.points(target.box) + [String(target.location.line)]
            }, doing: "copying the 绩效目标表 of \(report.file)")
    }
}
