import JuesuanCore
import JuesuanLibPQ

extension WarehouseReader {
    /// One stored amount of a row and where it was printed.
    public struct TracedCell: Sendable, Equatable {
        public var documentID: Int64
        public var sourceFile: String
        public var sha256: String
        /// The row's place in its view (`ord`).
        public var ord: Int
        /// The row's code (功能分类 or 经济分类), empty for a labelled row.
        public var code: String
        public var label: String
        /// The column's printed header, with its fund when the column is one fund's.
        public var measure: String
        /// The amount as printed; empty for a blank cell.
        public var amountText: String
        /// The document's line the amount was read from, and that line's text.
        public var sourceLine: Int
        public var lineText: String
        /// The page and the line on it, for a PDF.
        public var page: Int?
        public var pageLine: Int?
        /// The cell's box on the page, for a PDF read from its drawn grid.
        public var box: Box?
        /// From the left to the right of the drawn table the cell stands in.
        public var across: ClosedRange<Double>?

    }

    /// The amounts of the rows of `table` whose code or printed label is `row` (only the column
    /// `column`, by measure code or printed header, when given; one document's when given).
    public func trace(table: String, row: String, column: String?, document: Int64?) throws -> [TracedCell] {
        try connection.execute(
            """
            select d.document_id, d.source_file, d.sha256, c.ord, coalesce(c.subject_code, c.econ_code, ''), coalesce(c.line_label, ''),
                m.label_zh || case when c.fund_code <> 'all' then ' (' || f.label_zh || ')' else '' end,
                coalesce(c.amount_text, ''), c.source_line, coalesce(l.line_text, ''), l.page, l.page_line,
                c.x0, c.top, c.x1, c.bottom, t.x0, t.x1
            from fiscal.gongkai_cell as c
            inner join fiscal.dim_document as d using (document_id)
            inner join fiscal.dim_measure as m on m.measure_code = c.measure_code
            inner join fiscal.dim_fund as f on f.fund_code = c.fund_code
            left join fiscal.document_line as l on l.document_id = c.document_id and l.line_no = c.source_line
            -- The drawn table the amount stands in: a picture of the row is as wide as it.
            left join fiscal.printed_table as t on t.document_id = c.document_id and t.page = l.page
                and c.x0 >= t.x0 and c.x1 <= t.x1 and c.top >= t.top and c.bottom <= t.bottom
            where c.table_code = $1 and ($2 in (c.subject_code, c.econ_code, c.line_label))
                and ($3::text is null or $3 in (c.measure_code, m.label_zh) or strpos(m.label_zh, $3) > 0)
                and ($4::bigint is null or c.document_id = $4)
            order by c.document_id, c.ord, c.part, c.measure_code
            """, [table, row, column, document.map(String.init)], doing: "tracing \(table) \(row)"
        ).rows.map { cell in
            let text = { (index: Int) in cell[index] ?? "" }
            let number = { (index: Int) in cell[index].flatMap { Double($0) } }
            let sides = (12...15).compactMap(number)
            return TracedCell(
                documentID: Int64(text(0)) ?? 0, sourceFile: text(1), sha256: text(2), ord: Int(text(3)) ?? 0, code: text(4), label: text(5),
                measure: text(6), amountText: text(7), sourceLine: Int(text(8)) ?? 0, lineText: text(9), page: Int(text(10)),
                pageLine: Int(text(11)), box: sides.count == 4 ? Box(x0: sides[0], top: sides[1], x1: sides[2], bottom: sides[3]) : nil,
                across: number(16).flatMap { x0 in number(17).map { x0...max(x0, $0) } })
        }
    }
}
