/// The printed lines of one table in a PDF, put back together into table rows.
///
/// PDF cells are vertically centred in rows of different heights, so one table row can
/// print over several lines: a label wrapped over two lines around its code line, amounts
/// of some columns half a line above the others. Body lines are therefore regrouped:
/// a line holding only amounts (or 款 / 项 codes) joins the nearest row within ¾ of the row
/// pitch whose columns it does not collide with; a line holding only text joins
/// the nearest row within ¾ pitch that has a code (coded tables), or the nearest row within
/// about half a pitch whose cells it fills without collision (two-sided tables). Header
/// lines stay as printed, a merged header cell repeated in each column it spans.
///
/// In a table without codes, a short unnumbered piece of text (出, 拨款) under a label of
/// the same column, up to a row pitch below it, is the end of that label.
struct TableRegion {
    let bands: [ClosedRange<Double>]
    var rows: [Row] = []

    struct Row {
        var page: Int
        var number: Int
        var y: Double
        var cells: [[PDFWord]]
        var isHeader: Bool
        /// Whether this row already took in another line (a row is one line of each column).
        var absorbed = false

        var words: [PDFWord] { cells.flatMap { $0 } }
        var hasCode: Bool { words.contains(where: Row.isCode) }
        /// Whether the line starts a row: it has a 类 or full code, or a total label.
        var leads: Bool {
            words.contains { Row.isCode($0) && $0.text.count >= 3 }
                || words.contains { TableReader.totalLabels.contains($0.text) || $0.text.hasSuffix("合计") }
        }
        static func isCode(_ word: PDFWord) -> Bool { word.text.allSatisfy(\.isASCIIDigit) && (2...7).contains(word.text.count) }
        var hasAmount: Bool { words.contains(where: PDFLayout.isAmountWord) }
        var hasText: Bool { words.contains { $0.text.contains(where: \.isWide) } }

        func collides(with other: Row) -> Bool {
            zip(cells, other.cells).contains { !$0.isEmpty && !$1.isEmpty }
        }

        /// Whether a text-only line can join this row: where both print in one column, both
        /// are text (a label wrapped over two lines), never an amount.
        func takesText(of other: Row) -> Bool {
            zip(cells, other.cells).allSatisfy { mine, theirs in
                mine.isEmpty || theirs.isEmpty || mine.allSatisfy { $0.text.contains(where: \.isWide) }
            }
        }

        /// Puts another line's words into this row, each cell's words in printed (y) order.
        mutating func absorb(_ other: Row) {
            absorbed = true
            for band in cells.indices where !other.cells[band].isEmpty {
                cells[band] = (cells[band] + other.cells[band]).sorted { ($0.y, $0.left) < ($1.y, $1.left) }
            }
        }
    }

    /// The bands widened to the middle of the gaps between them: a merged header cell is
    /// centred over the columns it spans and may stand in the gaps, so headers are placed
    /// by these.
    let headerBands: [ClosedRange<Double>]

    /// For a table without a 栏次 row, the bands of amounts (or of nothing but a header): a
    /// header word over them names the first of them whose right edge is right of its centre,
    /// amounts being right-aligned in cells whose headers are centred.
    let valueBands: Set<Int>?

    /// The middle of each band, and the median distance between neighbouring middles (infinite
    /// for a table of one column): how wide a column is, for headers that span several.
    let middles: [Double]
    let columnPitch: Double

    init(bands: [ClosedRange<Double>], valueBands: Set<Int>? = nil) {
        self.bands = bands
        self.valueBands = valueBands
        middles = bands.map { ($0.lowerBound + $0.upperBound) / 2 }
        let gaps = zip(middles.dropFirst(), middles).map { $0 - $1 }.sorted()
        columnPitch = gaps.isEmpty ? Double.infinity : gaps[gaps.count / 2]
        headerBands = bands.indices.map { index in
            let lower = index == 0 ? -Double.infinity : (bands[index - 1].upperBound + bands[index].lowerBound) / 2
            let upper = index == bands.count - 1 ? Double.infinity : (bands[index].upperBound + bands[index + 1].lowerBound) / 2
            return lower...upper
        }
    }

    /// The two columns a header word is centred over, when its centre is nearer the boundary
    /// between them than the middle of either (合计 over 预算数 / 决算数).
    func centredSpan(of word: PDFWord) -> [Int]? {
        let centre = (word.left + word.right) / 2
        // A word that sits mostly over one column's values is that column's own header.
        let width = word.right - word.left
        guard bands.count > 1, !bands.contains(where: { PDFLayout.overlap($0, word.left...word.right) > width * WordLayoutTuning.ownHeaderOverlap }) else {
            return nil
        }
        for index in 0..<(bands.count - 1) {
            let boundary = headerBands[index].upperBound
            let left = (bands[index].lowerBound + bands[index].upperBound) / 2
            let right = (bands[index + 1].lowerBound + bands[index + 1].upperBound) / 2
            // A label centred over two columns is short; a header wider than the columns that
            // hangs over a neighbour (其中：基本建设资金支出) is one column's own.
            let narrower = min(bands[index].upperBound - bands[index].lowerBound, bands[index + 1].upperBound - bands[index + 1].lowerBound)
            if centre > left, centre < right, abs(centre - boundary) < min(centre - left, right - centre), width <= narrower * WordLayoutTuning.spanningHeaderWidth {
                return [index, index + 1]
            }
        }
        return nil
    }

    /// The header with each leaf word (no header word below it) over amounts in the one column
    /// its alignment names, when amounts are tied to headers by alignment (no 栏次 row).
    func placingLeavesByAlignment(_ header: [Row]) -> [Row] {
        guard valueBands != nil else { return header }
        var placed = header
        for (index, row) in header.enumerated() {
            var seen: [PDFWord] = []
            for word in row.words where !seen.contains(word) {
                seen.append(word)
                let isLeaf = !header[(index + 1)...].contains { $0.words.contains { $0.left < word.right && word.left < $0.right } }
                let cells = row.cells.indices.filter { row.cells[$0].contains(word) }
                guard isLeaf, let owner = owningValueBand(of: word, overlapping: cells) else { continue }
                for cell in cells { placed[index].cells[cell].removeAll { $0 == word } }
                placed[index].cells[owner].append(word)
                placed[index].cells[owner].sort { ($0.y, $0.left) < ($1.y, $1.left) }
            }
        }
        return placed
    }

    /// The value band a header word names when amounts are tied to headers by alignment: a word
    /// over amounts only, narrower than one and a half column pitches (wider ones span a group),
    /// names the first value band whose right edge is right of its centre.
    func owningValueBand(of word: PDFWord, overlapping: [Int]) -> Int? {
        // A word that also stands over labels (科目名称) is a label column's.
        guard let valueBands, !overlapping.isEmpty, overlapping.allSatisfy(valueBands.contains) else { return nil }
        guard columnPitch.isFinite, word.right - word.left < columnPitch * WordLayoutTuning.spanningHeaderWidth else { return nil }
        let centre = (word.left + word.right) / 2
        return bands.indices.first { valueBands.contains($0) && bands[$0].upperBound >= centre }
    }

    /// Whether the lines of a new page are still the header rows it repeats.
    private var inRepeatedHeader = false

    mutating func add(_ line: PDFLayout.Printed) {
        let isHeader = rows.allSatisfy(\.isHeader) && !PDFLayout.isBodyLine(line.words)
        if !isHeader, let last = rows.last, last.page != line.page { inRepeatedHeader = true }
        if inRepeatedHeader {
            // A continuation page reprints the header: its lines are words of the first page's header.
            if repeatsHeader(line.words) { return }
            inRepeatedHeader = false
        }
        var cells = Array(repeating: [PDFWord](), count: bands.count)
        for word in line.words {
            let span = word.left...word.right
            // A header word belongs to the columns under 30% of it or more; a body word
            // to any column it touches.
            let least = isHeader ? (word.right - word.left) * WordLayoutTuning.headerOverlap : 1
            var overlapped = bands.indices.filter { PDFLayout.overlap(isHeader ? headerBands[$0] : bands[$0], span) > least }
            if isHeader, let spanned = centredSpan(of: word), spanned.count > overlapped.count { overlapped = spanned }
            if overlapped.isEmpty {
                let nearest = bands.indices.min { PDFLayout.distance(bands[$0], span) < PDFLayout.distance(bands[$1], span) } ?? 0
                cells[nearest].append(word)
            } else {
                for band in isHeader ? overlapped : [overlapped[0]] { cells[band].append(word) }
            }
        }
        var row = Row(page: line.page, number: line.number, y: line.y, cells: cells, isHeader: isHeader)
        // 类 / 款 / 项 printed on the line of the first amounts are header words.
        let headerTokens = HeaderLayout.codeLevels
        if !isHeader, row.words.contains(where: { headerTokens.contains($0.text) }) {
            var header = row
            header.isHeader = true
            header.cells = cells.map { $0.filter { headerTokens.contains($0.text) } }
            row.cells = cells.map { $0.filter { !headerTokens.contains($0.text) } }
            rows.append(header)
        }
        rows.append(row)
    }

    /// Whether a line only repeats the header: the 栏次 row, or words all printed in the header.
    private func repeatsHeader(_ words: [PDFWord]) -> Bool {
        if PDFLayout.isColumnNumberLine(words) { return true }
        let header = rows.filter(\.isHeader).flatMap(\.words).map { TextNormalizer.key($0.text) }.joined()
        return !PDFLayout.isBodyLine(words) && words.allSatisfy { header.contains(TextNormalizer.key($0.text)) }
    }

    /// The rows as lines of cells.
    func lines() -> [PageLine] {
        regrouped().map { row in
            PageLine(page: row.page, line: row.number, cells: row.cells.map(PDFLayout.joined))
        }
    }

    func regrouped() -> [Row] {
        var header = rows.prefix { $0.isHeader }.map { $0 }
        var body = rows.dropFirst(header.count).filter { !$0.words.isEmpty }
        header = header.filter { !$0.words.isEmpty }
        header = placingLeavesByAlignment(header)
        if let last = header.indices.last { header[last] = leavesInOneColumn(header[last]) }
        for index in header.indices.dropLast() {
            header[index] = spreadingMergedCells(header[index], below: Array(header[(index + 1)...]))
        }
        header = Self.movingHeadersOntoAmounts(header, body: body)
        let coded = body.contains(where: \.hasCode)
        let anchors = body.filter { coded ? $0.hasCode : ($0.hasAmount || $0.hasText) }.map(\.y)
        let gaps = zip(anchors.dropFirst(), anchors).map { $0 - $1 }.filter { $0 > 1 }.sorted()
        let pitch = gaps.isEmpty ? 20 : gaps[gaps.count / 2]
        let reach = pitch * WordLayoutTuning.rowReach

        if coded {
            // Every line without a leading code (类 or a full code) or a total label continues a
            // row: it joins the nearest row on the page, within reach, that it fits.
            Self.merge(&body, reach: reach, lines: { !$0.leads }) { rows, index, nearby in
                nearby.first { rows[$0].takesText(of: rows[index]) }
            }
            return header + body
        }
        // Lines of amounts join the nearest row whose columns they do not collide with.
        Self.merge(&body, reach: reach, lines: { !$0.hasText && $0.hasAmount }) { rows, index, nearby in
            nearby.first { !rows[$0].collides(with: rows[index]) }
        }
        // Text-only lines: wrapped labels, within about half a pitch or as the end of the label above.
        Self.merge(&body, reach: reach, lines: { $0.hasText && !$0.hasAmount }) { rows, index, nearby in
            nearby.first { abs(rows[$0].y - rows[index].y) <= pitch * WordLayoutTuning.textRowReach && rows[$0].takesText(of: rows[index]) }
                ?? wrappedPiece(rows[index], at: index, in: rows, pitch: pitch)
        }
        return header + body
    }

    /// A header row with each group header also put in the empty cells of the columns it spans.
    ///
    /// A merged header cell prints its word once over the columns it spans. A word at least a
    /// column pitch wide (公务用车购置及运行维护费 over 小计 / 购置费 / 运行维护费) spans the columns
    /// whose middles lie under it; a narrower one (预算数 over six columns) reaches halfway to
    /// the next word of its row, and to the table's edge on a side that has none (a narrow word
    /// alone in its row is not spread: nothing tells how far it reaches).
    /// Either way the span runs out from the word's own cell through adjacent columns that have
    /// a header of their own below and none in this row. Only the template's group headers are
    /// spread: elsewhere a short upper word is as likely a header wrapped in its own column
    /// (附属单 / 位上缴收入).
    func spreadingMergedCells(_ row: Row, below: [Row]) -> Row {
        // A word placed over two columns stands in both cells: once here.
        var words: [PDFWord] = []
        for word in row.words.sorted(by: { $0.left < $1.left }) where !words.contains(word) { words.append(word) }
        // A merged cell stands over the headers of the columns it spans.
        let headed = Set(bands.indices.filter { band in below.contains { !$0.cells[band].isEmpty } })
        let pitch = columnPitch
        var spread = row
        for (index, word) in words.enumerated() where Self.groupHeaders.contains(TextNormalizer.key(word.text)) {
            guard let own = row.cells.firstIndex(where: { $0.contains(word) }), headed.contains(own) else { continue }
            let centre = (word.left + word.right) / 2
            let span: ClosedRange<Double>
            if word.right - word.left >= pitch {
                // Amounts are right-aligned in their cells: a column's middle may stand half a pitch off.
                span = (word.left - pitch / 2)...(word.right + pitch / 2)
            } else {
                // A narrow word alone in its row could span any run of columns: it stays where it is.
                guard words.count > 1 else { continue }
                let middle = { (other: PDFWord) in (other.left + other.right) / 2 }
                span = (index == 0 ? -Double.infinity : (middle(words[index - 1]) + centre) / 2)
                    ... (index == words.count - 1 ? Double.infinity : (middle(words[index + 1]) + centre) / 2)
            }
            for step in [-1, 1] {
                var band = own + step
                while bands.indices.contains(band), span.contains(middles[band]), headed.contains(band),
                    row.cells[band].isEmpty || row.cells[band] == [word]
                {
                    spread.cells[band] = [word]
                    band += step
                }
            }
        }
        return spread
    }

    /// The lowest header line with each word in one column: the band it overlaps most. Words
    /// there are the leaf headers, one a column; only upper lines hold headers that span several
    /// (a wide 科目编码 centred over a narrow code column would otherwise name the 科目名称's too).
    func leavesInOneColumn(_ row: Row) -> Row {
        var single = row
        single.cells = single.cells.map { _ in [] }
        var placed: [PDFWord] = []
        for word in row.words where !placed.contains(word) {
            placed.append(word)
            let owners = row.cells.indices.filter { row.cells[$0].contains(word) }
            let best = owners.max { PDFLayout.overlap(bands[$0], word.left...word.right) < PDFLayout.overlap(bands[$1], word.left...word.right) }
            if let best { single.cells[best].append(word) }
        }
        return single
    }

    /// The header with each word that stands over a column without amounts moved onto the
    /// column of amounts just right of it that has no header of its own (a label column's
    /// header, 科目名称, stays).
    ///
    /// A header centred in a wide cell (金额) misses the right-aligned amounts under it and gets
    /// a band of its own, or shares one with a label centred in a merged cell (当年支出小计):
    /// the amounts would have no header and the header no amount.
    static func movingHeadersOntoAmounts(_ header: [Row], body: [Row]) -> [Row] {
        guard let width = header.first?.cells.count else { return header }
        let amounts = (0..<width).map { band in body.contains { $0.cells[band].contains(where: PDFLayout.isAmountWord) } }
        var moved = header
        for band in 0..<(width - 1) where !amounts[band] && amounts[band + 1] {
            // The band's own header is its lowest word; the neighbour has none when nothing stands
            // over it on that row or below (a group header above it, 支出, spans others).
            guard let leaf = moved.lastIndex(where: { !$0.cells[band].isEmpty }),
                moved[leaf...].allSatisfy({ $0.cells[band + 1].isEmpty }),
                !moved[leaf].cells[band].contains(where: { word in Self.labelHeaders.contains { word.text.contains($0) } })
            else { continue }
            moved[leaf].cells[band + 1] = moved[leaf].cells[band]
            moved[leaf].cells[band] = []
        }
        return moved
    }

    /// Words of headers that name a column of labels, which stays where it is printed.
    static let labelHeaders = ["名称", "项目", "科目", "单位", "类别", "年度"]

    /// Header words printed over a group of columns whose own headers need them (预算数 合计).
    static let groupHeaders: Set<String> = [
        "预算数", "决算数", "本年支出", "项目支出", "基本支出", "公务用车购置及运行维护费", "公务用车购置及运行费",
    ]

    /// Moves each line that `selects` picks into the row `target` names. `target` gets the rows,
    /// the line's index and the rows of its page within `reach`, nearest first; a line for
    /// which it names none stays a row of its own.
    static func merge(
        _ body: inout [Row], reach: Double, lines selects: (Row) -> Bool, target: ([Row], Int, [Int]) -> Int?
    ) {
        var index = 0
        while index < body.count {
            let row = body[index]
            guard selects(row) else {
                index += 1
                continue
            }
            let nearby = body.indices.filter { $0 != index && body[$0].page == row.page && abs(body[$0].y - row.y) <= reach }
                .sorted { abs(body[$0].y - row.y) < abs(body[$1].y - row.y) }
            guard let chosen = target(body, index, nearby) else {
                index += 1
                continue
            }
            body[chosen].absorb(row)
            body.remove(at: index)
            if chosen < index { index -= 1 }
        }
    }

    /// The line above a short unnumbered piece of text (出, 款, 拨款, 的支出): the end of a label
    /// wrapped in its column, up to a row pitch away.
    func wrappedPiece(_ row: Row, at index: Int, in body: [Row], pitch: Double) -> Int? {
        let filled = row.cells.indices.filter { !row.cells[$0].isEmpty }
        guard filled.count == 1, let band = filled.first, index > 0 else { return nil }
        let text = PDFLayout.joined(row.cells[band])
        guard text.count <= 4, text.firstMatch(of: #/^([一二三四五六七八九十]+、|[0-9])/#) == nil else { return nil }
        let above = body[index - 1]
        guard above.page == row.page, row.y - above.y <= pitch * WordLayoutTuning.labelEndReach,
            above.cells[band].contains(where: { $0.text.contains(where: \.isWide) })
        else { return nil }
        return index - 1
    }
}
