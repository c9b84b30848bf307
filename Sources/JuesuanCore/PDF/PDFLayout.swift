/// Rebuilds the text of a report from the positioned words of a PDF, so that a PDF becomes
/// the same tab-separated text the parser reads from text reports.
///
/// Words are grouped into printed lines by their vertical centres. A table starts at a line
/// that is a 公开 table's title and runs to the next title, a 注 / no-data line or a part
/// heading (across page breaks). Inside a table the columns are found from the body lines
/// (those with an amount or a code): the horizontal extents of their words, merged where
/// they overlap, are the column bands; header words over a column that has no body value
/// add bands of their own. Every line of the table is then written as one cell a band, so
/// empty cells keep their column. Elsewhere a line's words are joined as text.
public enum PDFLayout {
    /// Words whose centres are within this many points share a printed line.
    static let lineTolerance = 5.5
    /// Extents closer than this many points belong to one column.
    static let columnGap = 2.0

    /// The report's lines, page by page, with a blank line between pages.
    public static func lines(from words: [PDFWord]) -> [PageLine] {
        let pages = Dictionary(grouping: words, by: \.page)
        var printed: [Printed] = []
        for page in pages.keys.sorted() {
            guard let pageWords = pages[page] else { continue }
            for (index, line) in printedLines(pageWords).enumerated() {
                printed.append(Printed(page: page, number: index + 1, words: line))
            }
        }
        var output: [PageLine] = []
        var table: TableRegion?
        var previousPage = printed.first?.page ?? 1
        func flush() {
            if let region = table { output += region.lines() }
            table = nil
        }
        for (index, line) in printed.enumerated() {
            if line.page != previousPage {
                if table == nil { output.append(PageLine(page: line.page, line: 0, text: "")) }
                previousPage = line.page
            }
            let text = joined(line.words)
            if isTitle(text) {
                flush()
                output.append(PageLine(page: line.page, line: line.number, text: text))
                let rest = printed[(index + 1)...].prefix { !isTitle(joined($0.words)) && !endsTable(joined($0.words)) }
                table = TableRegion(bands: columnBands(for: rest.map(\.words)))
                continue
            }
            if table != nil, endsTable(text) { flush() }
            if var region = table {
                if isMetadata(text) && region.rows.isEmpty {
                    output.append(PageLine(page: line.page, line: line.number, text: text))
                } else {
                    region.add(line)
                    table = region
                }
            } else {
                output.append(PageLine(page: line.page, line: line.number, text: text))
            }
        }
        flush()
        return output
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
            if let last = lines.indices.last, abs(word.y - lines[last].y) <= lineTolerance {
                lines[last].words.append(word)
                lines[last].y = lines[last].words.map(\.y).reduce(0, +) / Double(lines[last].words.count)
            } else {
                lines.append((word.y, [word]))
            }
        }
        return lines.map { $0.words.sorted { $0.left < $1.left } }
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
            if let nearest = wide.min(by: { abs($0 - word.y) < abs($1 - word.y) }), abs(nearest - word.y) <= 8 {
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
        let body = all.filter { $0.contains(where: isBodyWord) }
        var bands = merged(body.flatMap { $0.map { $0.left...$0.right } })
        // Columns that print no value are named by header words alone. The lowest header line
        // is read first: its words are the leaf columns, and an upper word spanning several
        // of them then overlaps a band instead of merging them into one. A header word
        // centred over a column with values may miss its right-aligned amounts by a little:
        // only a word well clear of every body column names a column of its own.
        let bodyBands = bands
        for line in all.prefix(while: { !$0.contains(where: isBodyWord) }).reversed() {
            for word in line where !isMetadata(word.text) && !isTitle(word.text) {
                let centre = (word.left + word.right) / 2
                let taken = bands.contains { $0.overlaps(word.left...word.right) }
                    || bodyBands.contains { distance($0, centre...centre) < 25 }
                if !taken { bands.append(word.left...word.right) }
            }
        }
        bands.sort { $0.lowerBound < $1.lowerBound }
        return bands
    }

    /// An amount with decimals or separators, or a code of digits only.
    static func isBodyWord(_ word: PDFWord) -> Bool {
        let text = word.text
        if text.allSatisfy(\.isASCIIDigit) { return text.count >= 2 && text.count <= 7 }
        return Amount.isNumber(text) && (text.contains(".") || text.contains(","))
    }

    static func merged(_ ranges: [ClosedRange<Double>]) -> [ClosedRange<Double>] {
        var result: [ClosedRange<Double>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound + columnGap {
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

    static func isTitle(_ text: String) -> Bool {
        let key = TextNormalizer.key(TableLocator.removingMarker(TextNormalizer.withoutNumbering(text)))
        return GongkaiTable.allCases.contains { $0.spec.titles.contains(key) }
    }

    static func isMetadata(_ text: String) -> Bool {
        let key = TextNormalizer.key(text)
        return TableLocator.unit(in: key) != nil || TableLocator.markerNumber(text) != nil || TableLocator.entity(in: text) != nil
    }

    /// A line after which the table is over: a note, a no-data sentence or a part heading.
    static func endsTable(_ text: String) -> Bool {
        let key = TextNormalizer.key(text)
        return key.hasPrefix("注") || key.hasPrefix("说明") || TableLocator.isNoDataNote(text) || key.hasPrefix("第")
            && key.contains("部分")
    }
}
