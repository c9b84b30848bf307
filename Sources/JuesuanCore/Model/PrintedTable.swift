/// A table as the report prints it, every cell kept whether or not a `TableSpec` reads it:
/// what `gongkai.printed_cell` holds, so that no printed number is lost.
public struct PrintedTable: Sendable, Equatable {
    /// The table's place among the document's printed tables, from 1.
    public var ord: Int
    public var page: Int
    /// The title printed above it on its page, if one is.
    public var title: String?
    /// The table its title names, if it names one (a `table_not_read` finding says when its
    /// rows could not be read as that table's).
    public var table: GongkaiTable?
    /// The view other than a 公开 table's that reads it, if one does (`performance_targets`).
    public var readInto: String?
    public var box: Box
    public var cells: [PrintedCell]

    /// A drawn grid's cells with their header paths and amounts.
    ///
    /// The header is the rows above the first row that can only be data (or the 栏次 row); a
    /// cell's header path is the header texts over its columns, top to bottom. A body cell holds
    /// an amount when its text is a number and no header over it names a code, an ordinal or a
    /// year (`GridTuning.nonAmountHeaders`).
    public init(ord: Int, grid: TableGrid, title: String?) {
        self.ord = ord
        page = grid.page
        self.title = title
        box = grid.box
        let body = (0..<grid.rowCount).first { row in PDFLayout.startsBody(grid.spreadRow(row)) } ?? grid.rowCount
        // Each header cell's text on one line, and whether it names what is not an amount (read once, not once a cell below).
        let headers = grid.cells.filter { $0.row < body }.sorted { ($0.row, $0.column) < ($1.row, $1.column) }.map { header in
            let text = PDFLayout.oneLine(header.text)
            let key = TextNormalizer.key(text)
            return (cell: header, text: text, namesNoAmount: GridTuning.nonAmountHeaders.contains { key.hasSuffix($0) })
        }
        cells = grid.cells.map { cell in
            let columns = cell.column..<(cell.column + cell.columnSpan)
            let above = headers.filter { $0.cell.row < cell.row && $0.cell.column < columns.upperBound && $0.cell.column + $0.cell.columnSpan > columns.lowerBound }
            var path: [String] = []
            for header in above where !header.text.isEmpty && !path.contains(header.text) { path.append(header.text) }
            let key = TextNormalizer.key(cell.text)
            let isAmount = cell.row >= body && Amount.isNumber(key) && !above.contains { $0.namesNoAmount && !$0.text.isEmpty }
            return PrintedCell(
                row: cell.row, column: cell.column, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan, text: PDFLayout.oneLine(cell.text),
                headerPath: path.joined(separator: " / "), amount: isAmount ? Amount(key) : nil, box: cell.box)
        }
    }
}

/// One printed cell of a `PrintedTable`.
public struct PrintedCell: Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var rowSpan: Int
    public var columnSpan: Int
    public var text: String
    /// The header texts over the cell, top to bottom, joined by " / ".
    public var headerPath: String
    /// The amount the cell prints, if it prints one.
    public var amount: Amount?
    public var box: Box
}

extension Report {
    /// Keeps every printed table of a PDF: each table whose title names a known table gets its
    /// code, and each other one an `info` finding that names it (`unrecognised_table`).
    ///
    /// - Parameter titled: the table whose title each drawn grid stands under, by the grid's place in `printed`.
    mutating func keep(_ printed: [PrintedTable], titled: [Int: GongkaiTable], lines: ReportLines) {
        printedTables = printed.enumerated().map { ordinal, table in
            var kept = table
            kept.table = titled[ordinal]
            return kept
        }
        // The 绩效目标表 among the tables no spec reads.
        targets = TargetTableReader(tables: printedTables.filter { $0.table == nil }, lines: lines).read()
        let read = Set(targets.map(\.tableOrd))
        for index in printedTables.indices where read.contains(printedTables[index].ord) {
            printedTables[index].readInto = "performance_targets"
        }
        for table in printedTables where table.table == nil && table.readInto == nil {
            findings.append(
                ReportFinding(
                    check: "unrecognised_table", severity: .info, table: "printed", key: "表\(table.ord)", found: table.title ?? "",
                    message: "page \(table.page): \(table.title.map { "a table titled \($0)" } ?? "an untitled table") matches no table the loader reads; "
                        + "its \(table.cells.count) cells are kept in gongkai.printed_cell",
                    location: lines.location(ofPage: table.page)))
        }
    }
}
