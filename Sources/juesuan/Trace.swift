import ArgumentParser
import Foundation
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
            """)

    @Argument(help: "The 公开 view, gk01 … gk09.")
    var view: String

    @Argument(help: "A code or a printed label.")
    var row: String

    @Argument(help: "Only this column: a measure code or its printed header.")
    var column: String?

    @Option(help: "Only this document id.")
    var document: Int64?

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let (connection, _) = try database.connectForReading(logger: Logger(label: "juesuan.trace"))
        let table = view.hasPrefix("gongkai.") ? String(view.dropFirst("gongkai.".count)) : view
        let cells = try connection.execute(
            """
            select d.document_id::text, d.source_file, c.ord::text, coalesce(c.subject_code, c.econ_code, ''),
                coalesce(c.line_label, ''), m.label_zh || case when c.fund_code <> 'all' then ' (' || f.label_zh || ')' else '' end,
                coalesce(c.amount_text, ''), c.source_line::text, coalesce(l.line_text, '')
            from fiscal.gongkai_cell as c
            inner join fiscal.dim_document as d using (document_id)
            inner join fiscal.dim_measure as m on m.measure_code = c.measure_code
            inner join fiscal.dim_fund as f on f.fund_code = c.fund_code
            left join fiscal.document_line as l on l.document_id = c.document_id and l.line_no = c.source_line
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
    }
}
