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
        let cells = try connection.execute(
            """
            select d.document_id::text, d.source_file, c.ord::text, coalesce(c.subject_code, c.econ_code, ''),
                coalesce(c.line_label, ''), m.label_zh || case when c.fund_code <> 'all' then ' (' || f.label_zh || ')' else '' end,
                coalesce(c.amount_text, ''), c.source_line::text, coalesce(l.line_text, ''), d.sha256, l.page::text,
                l.page_line::text, c.x0::text, c.top::text, c.x1::text, c.bottom::text, t.x0::text, t.x1::text
            from fiscal.gongkai_cell as c
            inner join fiscal.dim_document as d using (document_id)
            inner join fiscal.dim_measure as m on m.measure_code = c.measure_code
            inner join fiscal.dim_fund as f on f.fund_code = c.fund_code
            left join fiscal.document_line as l on l.document_id = c.document_id and l.line_no = c.source_line
            -- The drawn table the amount stands in: the picture is as wide as it.
            left join fiscal.printed_table as t on t.document_id = c.document_id and t.page = l.page
                and c.x0 >= t.x0 and c.x1 <= t.x1 and c.top >= t.top and c.bottom <= t.bottom
            where c.table_code = $1 and ($2 in (c.subject_code, c.econ_code, c.line_label))
                and ($3::text is null or $3 in (c.measure_code, m.label_zh) or strpos(m.label_zh, $3) > 0)
                and ($4::bigint is null or c.document_id = $4)
            order by c.document_id, c.ord, c.part, c.measure_code
            """, [table, row, column, document.map(String.init)], doing: "tracing \(table) \(row)")
        guard !cells.rows.isEmpty else {
            throw ValidationError("no row '\(row)' in \(table)\(column.map { " with a column '\($0)'" } ?? "")")
        }
        var current = ""
        for cell in cells.rows.map({ $0.map { $0 ?? "" } }) {
            let heading = "\(table) \([cell[3], cell[4]].filter { !$0.isEmpty }.joined(separator: " ")) — \(cell[1]) (document \(cell[0]), row \(cell[2]))"
            if heading != current {
                print(heading)
                current = heading
            }
            let printed = cell[8].replacingOccurrences(of: "\t", with: " │ ")
            print("  \(cell[5]): \(cell[6].isEmpty ? "(blank)" : cell[6])  ← \(cell[1]):\(cell[7]): \(printed)")
        }
        if let png { try picture(cells.rows.map { $0.map { $0 ?? "" } }, to: png) }
    }

    /// The printed row of the first document's PDF page, every printed cell of it on that page outlined.
    private func picture(_ cells: [[String]], to file: String) throws {
        guard Set(cells.map { $0[0] }).count == 1 else {
            throw ValidationError("the row is printed in \(Set(cells.map { $0[0] }).count) documents; choose one with --document to picture it")
        }
        let printed = cells.filter { !$0[6].isEmpty && !$0[10].isEmpty }
        guard let first = printed.first ?? cells.first(where: { !$0[10].isEmpty }), let page = Int(first[10]) else {
            Output.note("\(cells[0][1]) is a text report: its source lines are above; --png pictures the rows of PDF documents")
            return
        }
        let onPage = cells.filter { $0[10] == first[10] }.compactMap { cell in Int(cell[11]).map { (cell, $0) } }
        let lines = onPage.map(\.1)
        guard let low = lines.min(), let high = lines.max() else { return }
        let picture = PrintedPicture(sourceFile: first[1], sha256: first[9], page: page)
        let amounts = onPage.map(\.0).filter { !$0[6].isEmpty }
        let boxes = amounts.compactMap { (cell: [String]) -> Box? in
            let sides = cell[12...15].compactMap { Double($0) }
            return sides.count == 4 ? Box(x0: sides[0], top: sides[1], x1: sides[2], bottom: sides[3]) : nil
        }
        if !boxes.isEmpty, boxes.count == amounts.count {
            let across = Double(first[16]).flatMap { x0 in Double(first[17]).map { x0...$0 } }
            print(try picture.write(boxes: boxes, across: across, to: file))
        } else {
            print(try picture.write(
                lines: low...high, cells: amounts.compactMap { cell in Int(cell[11]).map { PrintedPicture.Cell(line: $0, text: cell[6]) } }, to: file))
        }
    }
}
