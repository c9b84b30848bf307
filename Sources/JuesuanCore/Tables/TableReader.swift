/// Reads a located grid into rows, with one engine per layout.
///
/// The parts every layout shares live here: splitting header from body, telling a
/// column-number (栏次) row and a page-break repeat of the header from data, and
/// reading an amount cell strictly.
struct TableReader {
    let found: TableLocator.Found
    let lines: ReportLines

    /// The amount columns no spec claimed, as the engines meet them.
    let unread = UnreadColumns()

    var table: GongkaiTable { found.table }
    /// Whether the table's lines are rows of grids the PDF draws (all of them, or the pages that draw one).
    var drawn: Bool { found.grid.contains { lines.drawnLines[$0.index] != nil } }
    var spec: TableSpec { found.table.spec }

    /// One grid line, cells trimmed.
    struct Line {
        var index: Int
        var cells: [String]
        var location: SourceLocation
        /// The cells' comparison keys (`TextNormalizer.key`), made once for the tests of `split`.
        let keys: [String]

        init(index: Int, cells: [String], location: SourceLocation) {
            self.index = index
            self.cells = cells
            self.location = location
            self.keys = cells.map(TextNormalizer.key)
        }

        func cell(_ column: Int?) -> String {
            guard let column, column < cells.count else { return "" }
            return cells[column]
        }

        var isBlank: Bool { cells.allSatisfy(\.isEmpty) }
    }

    func read() throws(ParseError) -> ParsedTable {
        let rows: [TableRow]
        if found.grid.isEmpty {
            rows = []
        } else {
            let (header, body) = split()
            let width = found.grid.map(\.cells.count).max() ?? 0
            let layout = HeaderLayout(rows: header.map(\.cells), width: width, inheritsFromTheLeft: !lines.repeatsSpanningCells)
            switch spec.layout {
            case .codedRows(let codes, let columns, let oneRow):
                rows = try readCodedRows(body, layout: layout, codes: codes, columns: columns, oneRow: oneRow)
            case .twoSided(let income, let expense):
                rows = try readTwoSided(body, layout: layout, income: income, expense: expense)
            case .groups(let codes, let amount):
                rows = try readGroups(body, layout: layout, codes: codes, amount: amount)
            }
        }
        return ParsedTable(
            table: table, location: lines.location(found.titleIndex), amountUnit: found.unit, rows: rows,
            unreadColumns: unread.columns.map { UnreadColumn(header: $0.header, amounts: $0.amounts) })
    }

    /// Splits the grid into header rows and body rows.
    ///
    /// The body starts after a column-number row (栏次, or 1 2 3 …), or at the first row
    /// that carries a code, an amount or a 合计/总计 label. Later lines that repeat a header
    /// row are dropped from the body; so are, right after a page break, the lines that reprint
    /// the header however the new page split its cells; and so is a 合计 row printed again.
    func split() -> (header: [Line], body: [Line]) {
        let all = found.grid.map { entry in
            Line(
                index: entry.index, cells: entry.cells.map { $0.trimmingWhitespace() },
                location: lines.location(entry.index))
        }
        var header: [Line] = []
        var body: [Line] = []
        var totals: Set<[String]> = []
        var inBody = false
        var continuing = false  // on a new page, before its first row of data
        var previous: Line?
        for line in all {
            defer { previous = line }
            if !inBody {
                if Self.isColumnNumberRow(line) {
                    inBody = true
                    continue
                }
                if !Self.looksLikeData(line) {
                    header.append(line)
                    continue
                }
                inBody = true
            }
            if let previous, startsPage(line, after: previous) { continuing = true }
            let keys = line.keys
            let isTotal = keys.contains(where: Self.totalLabels.contains)
            if Self.isColumnNumberRow(line) || header.contains(where: { $0.keys == keys }) { continue }
            if continuing {
                if Self.reprintsHeader(header, keys) { continue }
                continuing = false
            }
            // A 合计 row printed again, cell for cell (on a continued page, or at the table's foot
            // as well as its head), is the same row.
            if isTotal, !totals.insert(keys).inserted { continue }
            body.append(line)
        }
        return (header, body)
    }

    /// Whether a grid line stands on a new page: lines other than the grid's (a blank line, a
    /// repeated title or 单位 line) came between, or the PDF's page changed.
    func startsPage(_ line: Line, after previous: Line) -> Bool {
        if line.index > previous.index + 1 { return true }
        guard let pages = lines.pages, line.index < pages.count else { return false }
        return pages[line.index] != pages[previous.index]
    }

    /// Whether a line reprints the header: two or more words, no number, each printed in the
    /// header (a page may split the header's cells differently, 本年收入合 / 计).
    static func reprintsHeader(_ header: [Line], _ keys: [String]) -> Bool {
        let words = keys.filter { !$0.isEmpty }
        guard words.count >= 2, !words.contains(where: Amount.isNumber) else { return false }
        let text = header.flatMap(\.keys).joined()
        return words.allSatisfy { text.contains($0) }
    }

    /// 栏次 rows, and rows of column numbers 1, 2, 3 … with nothing else.
    static func isColumnNumberRow(_ line: Line) -> Bool { isColumnNumberRow(keys: line.keys) }

    /// The one 栏次 rule, for a grid's cells and for the words of a line the PDF draws no grid
    /// for (where 栏次 may stand as two words).
    static func isColumnNumberRow(_ texts: [String]) -> Bool { isColumnNumberRow(keys: texts.map(TextNormalizer.key)) }

    /// `isColumnNumberRow` of texts already keyed.
    static func isColumnNumberRow(keys texts: [String]) -> Bool {
        // Most rows open with a code or a name: a first cell that opens with no digit, +, 栏 or star
        // is no 栏次 and no number (`Int` reads a sign and digits), nor a mark to pass over; one
        // that opens with a digit or + is the first number.
        if let first = texts.first(where: { !$0.isEmpty }) {
            guard first.mayStart(with: "0123456789+栏*＊") else { return false }
            // A number first (a code, mostly) must be the 1 the numbers run from.
            if let byte = first.utf8.first, byte.isASCIIDigit || byte == UInt8(ascii: "+"), Int(first) != 1 { return false }
        }
        // Some print a mark (**) over the code and name columns instead of 栏次.
        var keys = texts.filter { !$0.isEmpty && !$0.allSatisfy { "*＊".contains($0) } }
        if keys.starts(with: ["栏", "次"]) { keys = ["栏次"] + keys.dropFirst(2) }
        if keys.first == "栏次" { return true }
        let numbers = keys.compactMap { Int($0) }
        return numbers.count >= 2 && numbers.count == keys.count && numbers == Array(1...numbers.count)
    }

    /// Whether a line can only be data: it has an amount with decimals or separators,
    /// a classification code first, or a total label.
    static func looksLikeData(_ line: Line) -> Bool {
        let keys = line.keys
        let texts = keys.filter { !$0.isEmpty && !Amount.isNumber($0) && !dashes.contains($0) }
        if texts.count == 1, let first = texts.first, totalLabels.contains(first) { return true }  // 合计, not a 合计 header
        if let first = keys.first, first.count >= 3, first.allSatisfy(\.isASCIIDigit) { return true }
        return keys.contains { Amount.isNumber($0) && ($0.contains(".") || $0.contains(",")) }
    }

    static let totalLabels: Set<String> = ["合计", "总计"]

    /// Cells that print "nothing here" in an amount column.
    static let dashes: Set<String> = ["-", "—", "——", "－", "--", "/"]

    /// Reads an amount cell: blank or a dash is nil; anything else must be a number.
    func amount(_ text: String, at location: SourceLocation, column: ColumnSpec) throws(ParseError) -> Amount? {
        let key = TextNormalizer.key(text)
        if key.isEmpty || Self.dashes.contains(key) { return nil }
        guard let amount = Amount(key) else {
            throw .expectedAmount(at: location, table: table, column: column.caption, found: text)
        }
        return amount
    }

    /// Where a drawn row prints a column's text, if it does.
    func box(of line: Line, _ column: Int?) -> Box? {
        guard let column, let boxes = lines.cellBoxes[line.index], column < boxes.count else { return nil }
        return boxes[column]
    }

    /// The amount cells of a line for the columns the table prints; a column of the spec
    /// that this table does not print has no cell (its views show NULL, and checks skip it).
    func cells(of line: Line, specs: [ColumnSpec], columns: [Int?]) throws(ParseError) -> [Cell] {
        var cells: [Cell] = []
        for (spec, column) in zip(specs, columns) where column != nil {
            let amount = try column.flatMap { (column) throws(ParseError) -> Amount? in
                try self.amount(line.cell(column), at: line.location, column: spec)
            }
            cells.append(Cell(measure: spec.measure, amount: amount, location: line.location, box: box(of: line, column)))
        }
        return cells
    }

    /// Fails when a body line prints something in a column no spec claimed: that would be a
    /// number the warehouse silently loses. In a drawn table, whose every cell is kept as printed
    /// (gongkai.printed_cell), a column of amounts with a header no measure names (财政专户 …,
    /// a province's own split) is passed over instead, and named by a `column_not_read` finding;
    /// text in such a column still fails: the layout was not understood.
    func checkUnclaimed(_ line: Line, claimed: Set<Int>, layout: HeaderLayout) throws(ParseError) {
        for (column, text) in line.cells.enumerated() where !text.isEmpty && !claimed.contains(column) {
            let header = column < layout.paths.count ? layout.paths[column] : ""
            // A row's number in the table (序号) is where the row stands, not a value of it.
            if header == "序号" { continue }
            let key = TextNormalizer.key(text)
            if drawn, !header.isEmpty, Amount.isNumber(key) || Self.dashes.contains(key) {
                unread.add(header: header, amount: Amount.isNumber(key))
                continue
            }
            throw ParseError(
                at: line.location,
                "\(table.caption): \(ParseError.quoted(text)) in column \(column + 1) (header \(ParseError.quoted(header))), which is not a column of this table")
        }
    }

    /// The amount columns of a drawn table that no spec claimed, with their amounts counted.
    final class UnreadColumns {
        private(set) var columns: [(header: String, amounts: Int)] = []

        func add(header: String, amount: Bool) {
            if let index = columns.firstIndex(where: { $0.header == header }) {
                columns[index].amounts += amount ? 1 : 0
            } else {
                columns.append((header, amount ? 1 : 0))
            }
        }
    }

    /// The table's name for errors about a missing column.
    func missingColumn(_ what: String, at location: SourceLocation) -> ParseError {
        ParseError(at: location, "\(table.caption): expected a \(what) column in the table header")
    }
}
