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
