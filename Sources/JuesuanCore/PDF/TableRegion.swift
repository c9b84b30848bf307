/// The printed lines of one table in a PDF, put back together into table rows.
///
/// PDF cells are vertically centred in rows of different heights, so one table row can
/// print over several lines: a label wrapped over two lines around its code line, amounts
/// of some columns half a line above the others. Body lines are therefore regrouped:
/// a line holding only amounts joins the nearest row within ¾ of the row pitch whose
/// columns it does not collide with (the next row first); a line holding only text joins
/// the nearest row within ¾ pitch that has a code (coded tables), or the nearest row within
/// about half a pitch whose cells it fills without collision (two-sided tables). Header
/// lines stay as printed, a merged header cell repeated in each column it spans.
///
/// Known gap: a label wrapped over two lines in a table without codes (公开04 of the
/// Shanghai report) is not put back together; its pieces stay separate rows.
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
        var hasCode: Bool { words.contains { $0.text.allSatisfy(\.isASCIIDigit) && (2...7).contains($0.text.count) } }
        var hasAmount: Bool { words.contains { PDFLayout.isBodyWord($0) && !$0.text.allSatisfy(\.isASCIIDigit) } }
        var hasText: Bool { words.contains { $0.text.contains(where: \.isWide) } }

        func collides(with other: Row) -> Bool {
            zip(cells, other.cells).contains { !$0.isEmpty && !$1.isEmpty }
        }

        /// Puts another line's words into this row, each cell's words in printed (y) order.
        mutating func absorb(_ other: Row) {
            absorbed = true
            for band in cells.indices where !other.cells[band].isEmpty {
                cells[band] = (cells[band] + other.cells[band]).sorted { ($0.y, $0.left) < ($1.y, $1.left) }
            }
        }
    }

    init(bands: [ClosedRange<Double>]) {
        self.bands = bands
    }

    mutating func add(_ line: PDFLayout.Printed) {
        let isHeader = rows.allSatisfy(\.isHeader) && !line.words.contains(where: PDFLayout.isBodyWord)
        var cells = Array(repeating: [PDFWord](), count: bands.count)
        for word in line.words {
            let span = word.left...word.right
            let overlapped = bands.indices.filter { PDFLayout.overlap(bands[$0], span) > 1 }
            if overlapped.isEmpty {
                let nearest = bands.indices.min { PDFLayout.distance(bands[$0], span) < PDFLayout.distance(bands[$1], span) } ?? 0
                cells[nearest].append(word)
            } else {
                for band in isHeader ? overlapped : [overlapped[0]] { cells[band].append(word) }
            }
        }
        var row = Row(page: line.page, number: line.number, y: line.y, cells: cells, isHeader: isHeader)
        // 类 / 款 / 项 printed on the line of the first amounts are header words.
        let headerTokens: Set<String> = ["类", "款", "项"]
        if !isHeader, row.words.contains(where: { headerTokens.contains($0.text) }) {
            var header = row
            header.isHeader = true
            header.cells = cells.map { $0.filter { headerTokens.contains($0.text) } }
            row.cells = cells.map { $0.filter { !headerTokens.contains($0.text) } }
            rows.append(header)
        }
        rows.append(row)
    }

    /// The rows written as tab-separated lines.
    func lines() -> [PageLine] {
        regrouped().map { row in
            PageLine(page: row.page, line: row.number, text: row.cells.map(PDFLayout.joined).joined(separator: "\t"))
        }
    }

    func regrouped() -> [Row] {
        var header = rows.prefix { $0.isHeader }.map { $0 }
        var body = rows.dropFirst(header.count).filter { !$0.words.isEmpty }
        header = header.filter { !$0.words.isEmpty }
        let coded = body.contains(where: \.hasCode)
        let anchors = body.filter { coded ? $0.hasCode : ($0.hasAmount || $0.hasText) }.map(\.y)
        let gaps = zip(anchors.dropFirst(), anchors).map { $0 - $1 }.filter { $0 > 1 }.sorted()
        let pitch = gaps.isEmpty ? 20 : gaps[gaps.count / 2]
        let reach = pitch * 0.75

        // Amount-only lines join the next row, else the previous one.
        var index = 0
        while index < body.count {
            let row = body[index]
            guard !row.hasText, !row.hasCode, row.hasAmount else {
                index += 1
                continue
            }
            let candidates = [index + 1, index - 1].filter { body.indices.contains($0) && body[$0].page == row.page }
            if let target = candidates.first(where: { abs(body[$0].y - row.y) <= reach && !body[$0].collides(with: row) }) {
                body[target].absorb(row)
                body.remove(at: index)
                if target < index { index -= 1 }
            } else {
                index += 1
            }
        }
        // Text-only lines: wrapped labels and names.
        index = 0
        while index < body.count {
            let row = body[index]
            guard row.hasText, !row.hasCode, !row.hasAmount else {
                index += 1
                continue
            }
            let candidates = body.indices.filter { $0 != index && body[$0].page == row.page && abs(body[$0].y - row.y) <= reach }
                .sorted { abs(body[$0].y - row.y) < abs(body[$1].y - row.y) }
            let target = coded
                ? candidates.first { body[$0].hasCode }
                : candidates.first { abs(body[$0].y - row.y) <= pitch * 0.55 && !body[$0].collides(with: row) && !body[$0].absorbed }
            if let target {
                body[target].absorb(row)
                body.remove(at: index)
                if target < index { index -= 1 }
            } else {
                index += 1
            }
        }
        return header + body
    }
}
