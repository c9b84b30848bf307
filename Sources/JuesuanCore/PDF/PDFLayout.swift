/// Rebuilds the text of a report from the positioned words of a PDF, so that a PDF becomes
/// the same tab-separated text the parser reads from text reports.
///
/// Words are grouped into printed lines by their vertical centres; page numbers are dropped.
/// A table starts at a line that is a 公开 table's title and runs, across page breaks (where
/// it may repeat its title), to the title of another table, a 注 / no-data line, a sentence
/// (。) or a heading of the report's outline. Inside a table the columns are found from the
/// body lines (those with an amount or a code): the horizontal extents of their words, merged
/// where they overlap, are the column bands, tied to the 栏次 numbers where the table prints
/// them; header words over a column that has no body value add bands of their own. Every line
/// of the table is then written as one cell a band, so empty cells keep their column (a
/// continued page's repeated header is dropped). Elsewhere a line's words are joined as text.
public enum PDFLayout {
    // Its thresholds, named and documented: `WordLayoutTuning` (and `GridTuning` for the grids).

    /// The report's lines from the pages as the PDF library draws them: the words from the
    /// glyphs, and each table that draws its grid read from the grid (`LatticeFinder`).
    public static func lines(from pages: [PageContent]) -> [PageLine] {
        lines(from: pages.flatMap(PDFWord.words(on:)), grids: grids(of: pages))
    }

    /// Every grid the pages draw, as read for loading: frames dropped, a glyph across the top
    /// of its cell in the cell above (`LatticeFinder.tables(on:overflowUp:)`).
    public static func grids(of pages: [PageContent]) -> [TableGrid] {
        pages.flatMap { LatticeFinder.tables(on: $0, overflowUp: true).map { $0.withoutFrames() } }
    }

    /// The report's lines, page by page, with a blank line between pages.
    ///
    /// Inside a table whose title is known, a line whose words stand in one of the drawn `grids`
    /// is replaced by that grid's rows, each drawn cell one cell: the
    /// columns are the grid's, not guessed from where words stand. A table that draws no
    /// grid is read from its words' positions (`TableRegion`).
    public static func lines(from words: [PDFWord], grids: [TableGrid] = []) -> [PageLine] {
        let gridsOnPage = Dictionary(grouping: grids.indices, by: { grids[$0].page })
        let pages = Dictionary(grouping: words, by: \.page)
        var printed: [Printed] = []
        for page in pages.keys.sorted() {
            guard let pageWords = pages[page] else { continue }
            let lines = printedLines(pageWords)
            // The page's width when pdftotext states it; else the extent of its text.
            let left = pageWords.first?.pageWidth == nil ? pageWords.map(\.left).min() ?? 0 : 0
            let right = pageWords.first?.pageWidth ?? pageWords.map(\.right).max() ?? 0
            for (index, line) in lines.enumerated() {
                // Page numbers are furniture: inside a table they would read as a row of codes.
                if index == 0 || index == lines.count - 1, isPageNumber(line, between: left, and: right) { continue }
                printed.append(Printed(page: page, number: index + 1, words: line))
            }
        }
        var output: [PageLine] = []
        var table: (table: GongkaiTable, region: TableRegion, columns: [Double]?)?
        // Inside a 项目支出绩效自评表 (one form a project): its drawn grids are read as rows too,
        // for the project reader, which reads the forms by their words.
        var inForm = false
        var emittedGrids: Set<Int> = []
        var previousPage = printed.first?.page ?? 1
        func flush() {
            if let region = table?.region { output += region.lines() }
            table = nil
        }
        var consumed: Int?  // a title's second line, read with it
        for (index, line) in printed.enumerated() where index != consumed {
            if line.page != previousPage {
                if table == nil { output.append(PageLine(page: line.page, line: 0, text: "")) }
                previousPage = line.page
            }
            var text = joined(line.words)
            // A title wrapped before its classification: （按支出经济分类科目）on the next line.
            if index + 1 < printed.count, printed[index + 1].page == line.page, TableLocator.looksLikeTitle(TableLocator.titleKey(text)),
                isClassificationLine(joined(printed[index + 1].words))
            {
                text += joined(printed[index + 1].words)
                consumed = index + 1
            }
            // A title drawn inside a grid below its first row is an entry of a list drawn as a
            // table (a 目录), not the title of the grid it stands in.
            let listed = (gridsOnPage[line.page] ?? []).contains { holds(grids[$0], line) && !isFirstRow(of: grids[$0], line) }
            if !listed, ProjectReader.isTitle(TableLocator.titleKey(text), plain: false) {
                flush()
                inForm = true
                output.append(PageLine(page: line.page, line: line.number, text: text))
                continue
            }
            // The forms end with their part of the report: later grids are not a form's rows.
            if inForm, TableLocator.isPartHeading(text) { inForm = false }
            if inForm, table == nil, let ordinal = (gridsOnPage[line.page] ?? []).first(where: { holds(grids[$0], line) }) {
                if emittedGrids.insert(ordinal).inserted {
                    output += gridLines(grids[ordinal], ordinal: ordinal, printed: printed.filter { $0.page == line.page }, spreading: false)
                }
                continue
            }
            if !listed, let titled = TableLocator.table(titled: text) {
                inForm = false
                // A table printed over several pages repeats its title on each: one region.
                if table?.table == titled { continue }
                flush()
                output.append(PageLine(page: line.page, line: line.number, text: text))
                let rest = printed[(index + 1)...].prefix { next in
                    let nextText = joined(next.words)
                    return TableLocator.table(titled: nextText).map { $0 == titled } ?? !endsTable(nextText)
                }
                let body = rest.filter { !isMetadata(joined($0.words)) && TableLocator.table(titled: joined($0.words)) == nil }
                let words = body.map(\.words)
                let bands = columnBands(for: words)
                // Without a 栏次 row, headers are tied to the amounts under them by alignment.
                let numbered = words.prefix { !isBodyLine($0) }.contains(where: isColumnNumberLine)
                table = (titled, TableRegion(bands: bands, valueBands: numbered ? nil : valueBands(bands, body: words.filter(isBodyLine))), nil)
                continue
            }
            if table != nil, let ordinal = (gridsOnPage[line.page] ?? []).first(where: { holds(grids[$0], line) }) {
                // The line is one of a drawn grid's: the grid's rows stand for all its lines.
                let grid = grids[ordinal]
                if !emittedGrids.contains(ordinal), var current = table {
                    emittedGrids.insert(ordinal)
                    if !current.region.rows.isEmpty { output += current.region.lines() }
                    current.region.rows = []
                    // A table continued on a new page keeps the columns of its first page.
                    let columns = current.columns.flatMap { grid.aligned(to: $0) } ?? grid
                    if current.columns == nil { current.columns = grid.columnEdges }
                    table = current
                    output += gridLines(columns, ordinal: ordinal, printed: printed.filter { $0.page == line.page })
                }
                continue
            }
            if table != nil, endsTable(text) { flush() }
            if var current = table {
                if isMetadata(text) {
                    // 部门 and 单位 lines belong before the grid; repeated on later pages they are dropped.
                    if current.region.rows.isEmpty { output.append(PageLine(page: line.page, line: line.number, text: text)) }
                } else if current.columns != nil || current.region.bands.isEmpty {
                    // Text outside the drawn grid of a table is not one of its rows, and a table
                    // with no columns found has none to put it in: kept as text.
                    output.append(PageLine(page: line.page, line: line.number, text: text))
                } else {
                    current.region.add(line)
                    table = current
                }
            } else {
                output.append(PageLine(page: line.page, line: line.number, text: text))
            }
        }
        flush()
        return output
    }

    /// Every drawn grid as a printed table, with the title printed above it: the nearest line
    /// above it on its page that reads as a table's title (`TableLocator.looksLikeTitle`), or a
    /// title drawn as the grid's first row.
    public static func printedTables(_ grids: [TableGrid], words: [PDFWord]) -> [PrintedTable] {
        let wordsOnPage = Dictionary(grouping: words, by: \.page)
        var linesOnPage: [Int: [[PDFWord]]] = [:]
        return grids.enumerated().map { ordinal, grid in
            let lines = linesOnPage[grid.page] ?? printedLines(wordsOnPage[grid.page] ?? [])
            linesOnPage[grid.page] = lines
            let top = grid.cells.filter { !$0.text.isEmpty }.map(\.row).min()
            let firstRow = grid.cells.filter { $0.row == top }.map { ($0.column, $0.columnSpan, oneLine($0.text)) }
            let drawnTitle = lineAcross(firstRow, of: grid)
            let above = lines.last { line in
                line.allSatisfy { $0.bottom <= grid.box.top + 1 } && TableLocator.looksLikeTitle(TableLocator.titleKey(joined(line)))
            }
            let title = above.map(joined) ?? drawnTitle.flatMap { TableLocator.looksLikeTitle(TableLocator.titleKey($0)) ? $0 : nil }
            return PrintedTable(ord: ordinal + 1, grid: grid, title: title)
        }
    }

    /// The text of a drawn row that is one line of text across the grid (a title, 单位 or 部门
    /// drawn inside the frame): one cell prints in it, over most of the grid's columns (an empty
    /// margin column may stand beside it).
    static func lineAcross(_ row: [(column: Int, span: Int, text: String)], of grid: TableGrid) -> String? {
        let filled = row.filter { !$0.text.isEmpty }
        guard filled.count == 1, filled[0].span * 2 > grid.columnCount else { return nil }
        return filled[0].text
    }

    /// A line that only states a classification, in parentheses: the end of a wrapped title.
    static func isClassificationLine(_ text: String) -> Bool {
        let key = TextNormalizer.key(text)
        return key.hasPrefix("(") && key.hasSuffix(")") && key.count <= 30 && (key.contains("功能") || key.contains("经济")) && key.contains("分类")
    }

    /// Whether a printed line stands in a drawn grid's first row that holds text.
    static func isFirstRow(of grid: TableGrid, _ line: Printed) -> Bool {
        guard let first = grid.cells.filter({ !$0.text.isEmpty }).map(\.row).min() else { return true }
        return line.y < grid.rowBottom(first)
    }

    /// Whether a drawn grid holds most of a printed line's words.
    static func holds(_ grid: TableGrid, _ line: Printed) -> Bool {
        let inside = line.words.filter { grid.box.holds(x: ($0.left + $0.right) / 2, y: $0.y) }
        return inside.count * 2 > line.words.count
    }

    /// A drawn grid's rows as the lines of cells the table reader reads.
    ///
    /// A merged cell's text goes in each column it spans in the header rows (so that a group
    /// header heads each column under it) and in one column in the body: a code in the first
    /// (the 类 column of split codes), a label in the last (a 合计 spanning the code columns
    /// stands in the name column, where the rows' names stand). A title, 单位 or 部门 line drawn inside
    /// the frame, as a row of one cell across the grid at its top, is a plain line.
    /// Each row is numbered as the printed line its top cell text stands on. A form (`spreading`
    /// false: a 绩效自评表, read by its words) keeps each cell's text in its first column only.
    static func gridLines(_ grid: TableGrid, ordinal: Int = 0, printed: [Printed], spreading: Bool = true) -> [PageLine] {
        var rows = Array(repeating: Array(repeating: "", count: grid.columnCount), count: grid.rowCount)
        var boxes = rows.map { $0.map { _ in Box?.none } }
        var spans = rows.map { _ in [(column: Int, span: Int, text: String)]() }
        for cell in grid.cells {
            let text = oneLine(cell.text)
            rows[cell.row][cell.column] = text
            boxes[cell.row][cell.column] = cell.textBox
            spans[cell.row].append((cell.column, cell.columnSpan, text))
        }
        var output: [PageLine] = []
        var inBody = false
        for (index, row) in rows.enumerated() {
            let top = grid.cells.first { $0.row == index }?.box.top ?? grid.box.top
            let bottom = grid.rowBottom(index)
            let number = printed.first { $0.y >= top && $0.y < bottom }?.number ?? printed.first { $0.y >= top }?.number ?? 0
            let filled = row.filter { !$0.isEmpty }
            if !inBody, output.allSatisfy({ !$0.text.contains("\t") }), let line = lineAcross(spans[index], of: grid),
                isMetadata(line) || isTitle(line) || output.isEmpty && TableLocator.looksLikeTitle(TableLocator.titleKey(line))
            {
                output.append(PageLine(page: grid.page, line: number, text: line))
                continue
            }
            guard !filled.isEmpty else { continue }
            var cells = row
            if spreading, !inBody, startsBody(row) {
                inBody = true
                // The code columns' own headers (类 款 项) may be drawn in the first row of data,
                // beside its 合计: they are header cells, on a header line of their own.
                let levels = cells.indices.filter { HeaderLayout.codeLevels.contains(TextNormalizer.key(cells[$0])) }
                if levels.count >= 2 {
                    var header = Array(repeating: "", count: cells.count)
                    for column in levels {
                        header[column] = cells[column]
                        cells[column] = ""
                    }
                    output.append(PageLine(page: grid.page, line: number, cells: header, grid: ordinal))
                }
            }
            for span in spans[index] where spreading && span.span > 1 && !span.text.isEmpty {
                let columns = span.column..<min(span.column + span.span, grid.columnCount)
                if !inBody {
                    for column in columns { cells[column] = span.text }
                } else if !span.text.allSatisfy(\.isASCIIDigit), let last = columns.last {
                    cells[span.column] = ""
                    cells[last] = span.text
                    (boxes[index][span.column], boxes[index][last]) = (nil, boxes[index][span.column])
                }
            }
            var line = PageLine(page: grid.page, line: number, cells: cells, grid: ordinal)
            line.boxes = boxes[index]
            output.append(line)
        }
        return output
    }

    /// Whether a drawn row starts a table's body: the 栏次 row, or the first row that can only be
    /// data (`TableReader.looksLikeData`).
    static func startsBody(_ row: [String]) -> Bool {
        let line = TableReader.Line(index: 0, cells: row, location: SourceLocation(file: "", line: 0))
        return TableReader.isColumnNumberRow(line) || TableReader.looksLikeData(line)
    }

    /// A cell's lines as one: no space where a CJK line wraps, one between Latin words.
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(0x0A) else { return text }
        var result = ""
        for line in text.split(separator: "\n") {
            if let last = result.last, let first = line.first, !last.isWide, !first.isWide { result += " " }
            result += line
        }
        return result
    }

    /// A page number: "12", "- 12 -" or "第12页" alone on the first or last line of a page, centred
    /// on the page or near its right edge (a 行次 or a code alone on a line stands in its
    /// column; a year alone on a cover has four digits).
    static func isPageNumber(_ words: [PDFWord], between left: Double, and right: Double) -> Bool {
        var core = Substring(TextNormalizer.key(joined(words)))
        while let first = core.first, "-—－".contains(first) { core = core.dropFirst() }
        while let last = core.last, "-—－".contains(last) { core = core.dropLast() }
        if core.hasPrefix("第"), core.hasSuffix("页") { core = core.dropFirst().dropLast() }
        guard !core.isEmpty, core.count <= 3, core.allSatisfy(\.isASCIIDigit),
            let first = words.first, let last = words.last
        else { return false }
        let width = right - left
        let centre = (first.left + last.right) / 2
        return abs(centre - (left + right) / 2) <= width * WordLayoutTuning.pageNumberCentre
            || last.right >= right - width * WordLayoutTuning.pageNumberRight
    }

    /// The words of a printed line of a page, numbered as the rebuilt text numbers them
    /// (`fiscal.document_line.page_line`); empty when the page has no such line.
    public static func printedLine(_ number: Int, of pageWords: [PDFWord]) -> [PDFWord] {
        let lines = printedLines(pageWords)
        return lines.indices.contains(number - 1) ? lines[number - 1] : []
    }

    /// A printed line: its page, its number on the page and its words.
    struct Printed {
        var page: Int
        var number: Int
        var words: [PDFWord]
        var y: Double { words.map(\.y).reduce(0, +) / Double(max(words.count, 1)) }
    }

    /// Groups a page's words into printed lines, top to bottom, words left to right.
    static func printedLines(_ words: [PDFWord]) -> [[PDFWord]] {
        var lines: [(y: Double, words: [PDFWord])] = []
        for word in aligningDigits(words).sorted(by: { $0.y < $1.y }) {
            if let last = lines.indices.last, abs(word.y - lines[last].y) <= WordLayoutTuning.lineTolerance {
                lines[last].words.append(word)
                lines[last].y = lines[last].words.map(\.y).reduce(0, +) / Double(lines[last].words.count)
            } else {
                lines.append((word.y, [word]))
            }
        }
        return lines.map { joiningYears($0.words.sorted { $0.left < $1.left }) }
    }

    /// A line's words with a year joined to the 年 word printed after it ("2026" "年预算数" is
    /// one header, 2026年预算数): four digits alone would read as a code, and the line as data.
    static func joiningYears(_ words: [PDFWord]) -> [PDFWord] {
        var joined: [PDFWord] = []
        for word in words {
            if var last = joined.last, last.text.count == 4, last.text.allSatisfy(\.isASCIIDigit), word.text.hasPrefix("年"),
                word.left - last.right < 8
            {
                last.text += word.text
                last.right = word.right
                joined[joined.count - 1] = last
            } else {
                joined.append(word)
            }
        }
        return joined
    }

    /// Moves the Latin/digit words of a page onto the baseline of its CJK words.
    ///
    /// Fonts with broken metrics put the two scripts' centres several points apart on one
    /// printed line (amounts 4–5 pt above their labels in the Shanghai report), enough to
    /// split a row or join an amount to the header above. The typical offset is the median
    /// distance from each digit word to the nearest CJK word within 8 pt; it is 0 for a PDF
    /// whose metrics are sound, and it is only applied when at least three pairs agree.
    static func aligningDigits(_ words: [PDFWord]) -> [PDFWord] {
        let isLatin = { (word: PDFWord) in word.text.allSatisfy(\.isASCII) }
        let wide = words.filter { !isLatin($0) }.map(\.y).sorted()
        guard !wide.isEmpty else { return words }
        var offsets: [Double] = []
        for word in words where isLatin(word) {
            if let nearest = wide.min(by: { abs($0 - word.y) < abs($1 - word.y) }), abs(nearest - word.y) <= WordLayoutTuning.digitBaselineReach {
                offsets.append(nearest - word.y)
            }
        }
        guard offsets.count >= 3 else { return words }
        let shift = offsets.sorted()[offsets.count / 2]
        return words.map { word in
            guard isLatin(word) else { return word }
            var moved = word
            moved.y += shift
            return moved
        }
    }

    /// The column bands of a table, from its body lines and then its header words.
    static func columnBands(for lines: some Sequence<[PDFWord]>) -> [ClosedRange<Double>] {
        let all = Array(lines)
        let body = all.filter(isBodyLine)
        var bands = merged(body.flatMap { $0.map { $0.left...$0.right } })
        let header = all.prefix { !isBodyLine($0) }
        // The 栏次 row numbers the amount columns, each number centred in its cell: it places
        // the columns that print no value, and ties a header centred far from its right-aligned
        // amounts to them.
        let numbers = header.first(where: isColumnNumberLine)?.filter { Int($0.text) != nil } ?? []
        if !numbers.isEmpty {
            let amounts = body.flatMap { $0.filter(isAmountWord) }
            bands = anchoring(bands, to: numbers, amounts: amounts)
        }
        if numbers.isEmpty { bands = reachingHeaders(bands, header: Array(header), amounts: body.flatMap { $0.filter(isAmountWord) }) }
        let numbered = numbers.isEmpty ? nil : (bands.first { $0.contains(numbers[0].left) }?.lowerBound ?? numbers[0].left)...(numbers.last?.right ?? 0)
        // Columns that print no value are named by header words alone. The lowest header line
        // is read first: its words are the leaf columns, and an upper word spanning several
        // of them then overlaps a band instead of merging them into one. A header word
        // centred over a column with values may miss its right-aligned amounts by a little:
        // only a word well clear of every body column names a column of its own.
        let bodyBands = bands
        for line in header.reversed() {
            for word in line where !isMetadata(word.text) && !isTitle(word.text) {
                let centre = (word.left + word.right) / 2
                if let numbered, numbered.contains(centre) { continue }  // the numbers named those columns
                let taken = bands.contains { $0.overlaps(word.left...word.right) }
                    || bodyBands.contains { distance($0, centre...centre) < WordLayoutTuning.headerReach }
                if !taken { bands.append(word.left...word.right) }
            }
        }
        bands.sort { $0.lowerBound < $1.lowerBound }
        return bands
    }

    /// The bands that print amounts, or nothing in the body (a column named by its header alone).
    static func valueBands(_ bands: [ClosedRange<Double>], body: [[PDFWord]]) -> Set<Int> {
        let words = body.joined()
        return Set(bands.indices.filter { index in
            let under = words.filter { bands[index].overlaps($0.left...$0.right) }
            return under.isEmpty || under.contains(where: isAmountWord)
        })
    }

    /// The bands with each column of amounts that has no header word over it widened to the
    /// header of its cell.
    ///
    /// Without a 栏次 row nothing ties a header centred in a wide cell to the right-aligned
    /// amounts under it, which may stand clear of it (合计 at 251–286 pt over 27,664.22 at
    /// 302–352). The header is the word, on the lowest header line that has one, with the
    /// largest centre left of the amounts' right edge and right of the previous column of
    /// amounts, over no band, with no band between it and the amounts.
    static func reachingHeaders(_ bands: [ClosedRange<Double>], header: [[PDFWord]], amounts: [PDFWord]) -> [ClosedRange<Double>] {
        let centre = { (word: PDFWord) in (word.left + word.right) / 2 }
        let lines = header.map { $0.filter { !isMetadata($0.text) && !isTitle($0.text) } }
        let amountBands = bands.indices.filter { index in amounts.contains { bands[index].overlaps($0.left...$0.right) } }
        var result = bands
        for (number, index) in amountBands.enumerated() {
            let band = bands[index]
            guard !lines.joined().contains(where: { band.overlaps($0.left...$0.right) }) else { continue }
            let floor = number > 0 ? bands[amountBands[number - 1]].upperBound : -Double.infinity
            let candidates = lines.joined().filter { word in
                centre(word) <= band.upperBound && centre(word) > floor
                    && !bands.contains { $0.overlaps(word.left...band.lowerBound) && $0 != band }
            }
            if let word = candidates.max(by: { centre($0) < centre($1) }) {
                result[index] = min(band.lowerBound, word.left)...band.upperBound
            }
        }
        return merged(result)
    }

    /// The bands with each column number joined to the amount band nearest to it (nearest pairs
    /// first), and a band of its own for a number over a column that prints nothing.
    static func anchoring(_ bands: [ClosedRange<Double>], to numbers: [PDFWord], amounts: [PDFWord]) -> [ClosedRange<Double>] {
        let centre = { (range: ClosedRange<Double>) in (range.lowerBound + range.upperBound) / 2 }
        let amountBands = bands.indices.filter { index in amounts.contains { bands[index].overlaps($0.left...$0.right) } }
        var pairs: [(number: Int, band: Int, distance: Double)] = []
        for (number, word) in numbers.enumerated() {
            for band in amountBands {
                pairs.append((number, band, abs(centre(bands[band]) - centre(word.left...word.right))))
            }
        }
        var result = bands
        var numberTaken = Set<Int>()
        var bandTaken = Set<Int>()
        for pair in pairs.sorted(by: { $0.distance < $1.distance }) where !numberTaken.contains(pair.number) && !bandTaken.contains(pair.band) {
            let word = numbers[pair.number]
            // A band farther than a column's width from the number is another column's.
            guard pair.distance < WordLayoutTuning.columnNumberReach else { continue }
            numberTaken.insert(pair.number)
            bandTaken.insert(pair.band)
            result[pair.band] = min(result[pair.band].lowerBound, word.left)...max(result[pair.band].upperBound, word.right)
        }
        for (number, word) in numbers.enumerated() where !numberTaken.contains(number) {
            result.append(word.left...word.right)
        }
        return merged(result)
    }

    /// A line that holds table values: an amount or a code, and is not the 栏次 row.
    static func isBodyLine(_ words: [PDFWord]) -> Bool {
        words.contains(where: isBodyWord) && !isColumnNumberLine(words)
    }

    /// The 栏次 row: 1, 2, 3 … n, with or without the word 栏次 (`TableReader.isColumnNumberRow`).
    static func isColumnNumberLine(_ words: [PDFWord]) -> Bool {
        TableReader.isColumnNumberRow(words.map(\.text))
    }

    /// An amount with decimals or separators, or a code of digits only.
    static func isBodyWord(_ word: PDFWord) -> Bool {
        let text = word.text
        if text.allSatisfy(\.isASCIIDigit) { return text.count >= 2 && text.count <= 7 }
        return Amount.isNumber(text) && (text.contains(".") || text.contains(","))
    }

    /// An amount: a number with decimals or separators (not a code).
    static func isAmountWord(_ word: PDFWord) -> Bool {
        isBodyWord(word) && !word.text.allSatisfy(\.isASCIIDigit)
    }

    static func merged(_ ranges: [ClosedRange<Double>]) -> [ClosedRange<Double>] {
        var result: [ClosedRange<Double>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound + WordLayoutTuning.columnGap {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    static func overlap(_ band: ClosedRange<Double>, _ span: ClosedRange<Double>) -> Double {
        min(band.upperBound, span.upperBound) - max(band.lowerBound, span.lowerBound)
    }

    static func distance(_ band: ClosedRange<Double>, _ span: ClosedRange<Double>) -> Double {
        max(0, max(band.lowerBound - span.upperBound, span.lowerBound - band.upperBound))
    }

    /// Words joined as printed text: no space beside CJK, one space between Latin words.
    static func joined(_ words: [PDFWord]) -> String {
        var text = ""
        for word in words {
            if let last = text.last, let first = word.text.first, !last.isWide, !first.isWide { text += " " }
            text += word.text
        }
        return text
    }

    static func isTitle(_ text: String) -> Bool { TableLocator.table(titled: text) != nil }

    static func isMetadata(_ text: String) -> Bool {
        let key = TextNormalizer.key(text)
        return TableLocator.unit(in: key) != nil || TableLocator.markerNumber(text) != nil || TableLocator.entity(in: text) != nil
            || TableLocator.isListMarker(key)
    }

    /// A line after which the table is over: a note, a no-data sentence or a part heading.
    ///
    /// Tables that end without a note run until the narrative: a sentence (。) or a numbered
    /// heading of the report's outline (三、决算报表说明, （一）收入决算情况).
    static func endsTable(_ text: String) -> Bool {
        let key = TextNormalizer.key(text)
        if key.hasPrefix("注") || key.hasPrefix("说明") || TableLocator.isNoDataNote(text) || key.contains("。") { return true }
        if TableLocator.isPartHeading(text) { return true }
        let heading = TextNormalizer.key(TextNormalizer.withoutNumbering(text))
        return heading != key && ["说明", "情况", "概况", "名词解释", "附件"].contains { heading.hasSuffix($0) }
    }
}
