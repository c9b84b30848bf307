import JuesuanLibPQ

extension WarehouseReader {
    /// The rows of a view as PostgreSQL prints them, with its column names.
    public struct ViewRows: Sendable, Equatable {
        public var columns: [String]
        public var rows: [[String?]]
    }

    /// The views of schema gongkai, by name.
    public func gongkaiViews() throws -> [String] {
        try connection.execute(
            "select table_name from information_schema.views where table_schema = 'gongkai' order by table_name",
            doing: "listing the gongkai views"
        ).rows.compactMap { $0[0] }
    }

    /// The rows of view gongkai.`name` (all documents', or one's), in document and printed order.
    ///
    /// - Precondition: `name` is one of `gongkaiViews()` (it is quoted, but read from the catalog first).
    public func rows(ofView name: String, document: Int64? = nil) throws -> ViewRows {
        let result = try connection.execute(
            "select * from gongkai.\(Connection.quoteIdentifier(name)) where $1::bigint is null or document_id = $1 order by document_id, ord",
            [document.map(String.init)], doing: "reading gongkai.\(name)")
        return ViewRows(columns: result.columns, rows: result.rows)
    }

    /// Where a document prints a table: its PDF and the page lines from the title to its last row.
    public struct TablePlace: Sendable, Equatable {
        public var sourceFile: String
        public var sha256: String
        /// The page of the table's first row; nil for a text report.
        public var page: Int?
        /// The title's line on that page, when the title stands on it.
        public var titleLine: Int?
        /// The last line of the table's rows on that page.
        public var lastLine: Int?
    }

    /// Where the document prints table `code` (gk05, ys03 …); nil when it prints none.
    public func place(ofTable code: String, document: Int64) throws -> TablePlace? {
        let found = try connection.execute(
            """
            select d.source_file, d.sha256, first.page, title.page, title.page_line,
                (select max(l.page_line) from fiscal.gongkai_cell as c
                 inner join fiscal.document_line as l on l.document_id = c.document_id and l.line_no = c.source_line
                 where c.document_id = d.document_id and c.table_code = $2 and l.page = first.page)
            from fiscal.dim_document as d
            inner join fiscal.document_table as t on t.document_id = d.document_id and t.table_code = $2
            inner join fiscal.document_line as title on title.document_id = d.document_id and title.line_no = t.title_line
            cross join lateral (
                select l.page from fiscal.gongkai_cell as c
                inner join fiscal.document_line as l on l.document_id = c.document_id and l.line_no = c.source_line
                where c.document_id = d.document_id and c.table_code = $2 order by c.source_line limit 1
            ) as first
            where d.document_id = $1
            """, [String(document), code], doing: "finding the printed table \(code)")
        guard let row = found.rows.first else { return nil }
        let page = row[2].flatMap { Int($0) }
        return TablePlace(
            sourceFile: row[0] ?? "", sha256: row[1] ?? "", page: page,
            titleLine: row[3].flatMap { Int($0) } == page ? row[4].flatMap { Int($0) } : nil, lastLine: row[5].flatMap { Int($0) })
    }

    /// A printed table as its gongkai view reproduces it, with each column's printed header.
    public struct PrintedView: Sendable, Equatable {
        /// The view, named as the table's code (gk05, ys03 …).
        public var code: String
        /// The view's comment up to its " — ": the table's printed name.
        public var title: String
        /// Each column after document_id: its name and its printed header (from its comment).
        public var columns: [(name: String, caption: String)]
        /// The rows without their document_id.
        public var rows: [[String?]]

        public static func == (a: PrintedView, b: PrintedView) -> Bool {
            a.code == b.code && a.title == b.title && a.columns.map(\.name) == b.columns.map(\.name)
                && a.columns.map(\.caption) == b.columns.map(\.caption) && a.rows == b.rows
        }
    }

    /// The tables a document prints that a gongkai view reproduces, in printed order.
    public func printedViews(document: Int64) throws -> [PrintedView] {
        let codes = try connection.execute(
            """
            select t.table_code, split_part(obj_description(c.oid, 'pg_class'), ' — ', 1)
            from fiscal.document_table as t
            inner join pg_class as c on c.relname = t.table_code
            inner join pg_namespace as n on n.oid = c.relnamespace and n.nspname = 'gongkai'
            where t.document_id = $1 order by t.title_line
            """, [String(document)], doing: "listing the printed tables")
        return try codes.rows.compactMap { row -> PrintedView? in
            guard let code = row[0] else { return nil }
            let columns = try connection.execute(
                """
                select a.attname, coalesce(split_part(col_description(c.oid, a.attnum), ' — ', 1), a.attname)
                from pg_attribute as a
                inner join pg_class as c on c.oid = a.attrelid
                inner join pg_namespace as n on n.oid = c.relnamespace and n.nspname = 'gongkai'
                where c.relname = $1 and a.attnum > 0 and not a.attisdropped order by a.attnum
                """, [code], doing: "reading the columns of gongkai.\(code)")
            // The code was read from the catalog as a view's name.
            let rows = try rows(ofView: code, document: document)
            return PrintedView(
                code: code, title: row[1] ?? code, columns: columns.rows.dropFirst().map { ($0[0] ?? "", $0[1] ?? "") },
                rows: rows.rows.map { Array($0.dropFirst()) })
        }
    }

    /// For each source line of a document that holds amounts, the tables and rows (`ord`) it fills.
    public func rowsByLine(document: Int64) throws -> [Int: [(table: String, ord: String)]] {
        let cells = try connection.execute(
            "select distinct source_line, table_code, ord::text from fiscal.gongkai_cell where document_id = $1",
            [String(document)], doing: "reading the cells' lines")
        var rows: [Int: [(table: String, ord: String)]] = [:]
        for cell in cells.rows {
            guard let line = cell[0].flatMap({ Int($0) }) else { continue }
            rows[line, default: []].append((cell[1] ?? "", cell[2] ?? ""))
        }
        return rows
    }

    /// One bar of a series of a chart of the report page (`gongkai.report_charts`).
    public struct ChartBar: Sendable, Equatable {
        public var chart: String
        public var tableCode: String
        public var bar: String
        public var series: String
        /// The amount as printed (text of the numeric); nil where the report prints none.
        public var amount: String?
        public var unit: String
    }

    /// The bars of a document's charts, chart by chart, bar by bar, series by series.
    public func chartBars(document: Int64) throws -> [ChartBar] {
        try connection.execute(
            "select chart, table_code, bar, series, amount, unit from gongkai.report_charts where document_id = $1 order by ord",
            [String(document)], doing: "reading the charts"
        ).rows.map { row in
            ChartBar(chart: row[0] ?? "", tableCode: row[1] ?? "", bar: row[2] ?? "", series: row[3] ?? "", amount: row[4], unit: row[5] ?? "")
        }
    }
}
