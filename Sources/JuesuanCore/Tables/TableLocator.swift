import Foundation

/// Finds the 公开 tables in a report's lines: each title and the tab-separated grid under it.
///
/// A title is recognised by its words, with or without list numbering (一、) and with
/// or without the 公开NN表 marker; a lone marker line identifies a table whose title
/// is not one we know. Between the title and the grid only metadata may stand
/// (the marker, 单位, 部门, blank lines); the grid ends at the first line of prose
/// (注：…, a no-data sentence, the next heading). Page-break repeats of the title,
/// marker or unit inside a grid are skipped.
struct TableLocator {
    let lines: ReportLines
    /// The tables lines are titles of, by the lines' bytes, for `rememberedTable(titled:)`.
    let titles = TitleMemo()

    /// What `table(titled:)` said of each line holding 表, for this report: a report prints a
    /// title again on each page of its table (and a 项目支出绩效自评表 on each form, 52 times in a
    /// generated report), and reading a title's meaning cost a twentieth of the parse.
    final class TitleMemo {
        var tables: [[UInt8]: GongkaiTable?] = [:]
    }

    /// A located table: the spec, where its title stands and the grid lines under it.
    struct Found {
        var table: GongkaiTable
        var titleIndex: Int
        var unit: String?
        var entity: String?
        /// (0-based line index, cells) of every tab-separated line of the grid.
        var grid: [(index: Int, cells: [String])]
    }

    /// The tables found, and the 目录 entries that list a table (the first for each table).
    func locate() throws(ParseError) -> (found: [Found], listed: [(table: GongkaiTable, index: Int)]) {
        var found: [Found] = []
        var listed: [(table: GongkaiTable, index: Int)] = []  // titles with no table under them: the 目录
        var end = 0  // where the last table found ends
        var index = 0
        while index < lines.lines.count {
            guard let table = title(at: index) else {
                index += 1
                continue
            }
            guard let (located, next) = grid(for: table, from: index) else {
                if found.isEmpty { listed.append((table, index)) }
                index += 1
                continue
            }
            if let position = found.firstIndex(where: { $0.table == table }), !Self.holdsAmounts(found[position]) {
                // The earlier one printed no amount: a 目录 entry with the next entries under it, not the table.
                listed.append((table, found[position].titleIndex))
                found.remove(at: position)
            }
            if let earlier = found.first(where: { $0.table == table }) {
                throw ParseError(
                    at: lines.location(index),
                    "\(table.caption): the table is printed a second time (first at line \(earlier.titleIndex + 1))")
            }
            found.append(located)
            end = next
            index = next
        }
        guard !found.isEmpty else { return (found, []) }
        var entries: [(table: GongkaiTable, index: Int)] = []
        for entry in listed where !entries.contains(where: { $0.table == entry.table }) { entries.append(entry) }
        let missing = entries.filter { entry in !found.contains { $0.table == entry.table } }
        // A table the 目录 lists but the body lacks is the publisher's omission when the report
        // goes on after it (a later listed table, or the narrative after the last table): the
        // missing_table check reports it. When nothing follows, the file is cut off.
        let narrativeFollows = lines.lines.indices[end...].contains { !lines.isRow($0) && Self.isPartHeading(lines.lines[$0]) }
        if let cut = missing.first(where: { entry in
            !narrativeFollows && !listed.contains { later in later.index > entry.index && found.contains { $0.table == later.table } }
        }) {
            throw ParseError(
                at: lines.location(cut.index),
                "\(cut.table.caption): listed in the 目录 but not found in the report; expected the table (is the file cut off?)")
        }
        return (found, entries)
    }

    /// Whether a located grid prints an amount (a number with decimals or separators).
    static func holdsAmounts(_ found: Found) -> Bool {
        found.grid.contains { $0.cells.contains { cell in
            let key = TextNormalizer.key(cell)
            return Amount.isNumber(key) && (key.contains(".") || key.contains(","))
        } }
    }

    /// Whether a line's key reads as a table's title, known or not: short, ending in 表
    /// (…决算表, …预算表, 2019年政府采购预算表).
    static func looksLikeTitle(_ key: String) -> Bool {
        key.count <= 40 && key.hasSuffix("表")
    }

    /// A heading of the narrative or of another part: 第三部分 …, …情况说明, 名词解释.
    static func isPartHeading(_ line: String) -> Bool {
        let key = TextNormalizer.key(line)
        return (key.hasPrefix("第") && key.contains("部分")) || key.hasSuffix("情况说明") || key.hasSuffix("名词解释")
    }

    /// The table a title line names, if any: by title words, else by a 公开NN表 marker.
    private func title(at index: Int) -> GongkaiTable? {
        let line = lines.lines[index]
        guard !lines.isRow(index) else { return nil }
        // Every 公开NN表 marker holds 表 too: a line without it names no table.
        if Self.titlesHoldBiao, !line.holds("表") { return nil }
        if let table = rememberedTable(titled: line) { return table }
        if let number = Self.markerNumber(line), Self.titleKey(line).isEmpty {
            return GongkaiTable.allCases.first { $0.number == number }  // 公开NN表 numbers only the nine
        }
        return nil
    }

    /// The table a line is the title of, by its words alone ("表 1：高等学校收支决算总表",
    /// "五、一般公共预算财政拨款支出决算表", "收入决算表 公开02表").
    static func table(titled line: String) -> GongkaiTable? {
        // Every title holds 表 (and a title by meaning must end in it): a line without it is none.
        if titlesHoldBiao, !line.holds("表") { return nil }
        let key = titleKey(line)
        guard !key.isEmpty else { return nil }
        return tablesByTitle[key] ?? table(meaning: key)
    }

    /// `table(titled:)`, remembered for lines of the same bytes (`titles`).
    private func rememberedTable(titled line: String) -> GongkaiTable? {
        if Self.titlesHoldBiao, !line.holds("表") { return nil }
        let bytes = Array(line.utf8)
        if let known = titles.tables[bytes] { return known }
        let table = Self.table(titled: line)
        titles.tables[bytes] = table
        return table
    }

    /// Every known title's key and its table (the first in `GongkaiTable.known` that prints it).
    static let tablesByTitle: [String: GongkaiTable] = GongkaiTable.known.reversed().reduce(into: [:]) { tables, table in
        for title in table.spec.titles { tables[title] = table }
    }

    /// A title line's key without list numbering, 公开NN表 markers and a leading 表N： label.
    static func titleKey(_ line: String) -> String {
        var key = TextNormalizer.key(removingMarker(TextNormalizer.withoutNumbering(line)))
        // A 目录 entry: "一、收入支出决算总表 ........ 5" (leader dots and the page number).
        // (The regular expression only where a dot is printed: most lines end in an amount.)
        if let last = key.last, last.isASCIIDigit || ".…·．".contains(last), key.contains(where: { "…·．".contains($0) || $0 == "." }),
            let dots = key.firstRange(of: Self.leaderDots)
        {
            key.removeSubrange(dots)
        }
        // "2019年政府采购预算表": the year the report is for.
        if let first = key.utf8.first, first.isASCIIDigit,
            let year = key.prefixMatch(of: Self.leadingYear)
        {
            key.removeSubrange(year.range)
        }
        // "表1:高等学校收支决算总表", "附表2 收入决算表": the number of the table in this report's own list.
        if var rest = afterListNumber(key) {
            while let first = rest.first, ":-.、".contains(first) { rest = rest.dropFirst() }
            key = String(rest)
        }
        return key
    }

    /// What follows a report's own table number (表1, 附表2) at the start of a key; nil without one.
    static func afterListNumber(_ key: String) -> Substring? {
        for prefix in ["附表", "表"] where key.hasPrefix(prefix) {
            let digits = key.dropFirst(prefix.count).prefix(while: \.isASCIIDigit)
            if !digits.isEmpty, digits.count <= 3 { return key.dropFirst(prefix.count + digits.count) }
        }
        return nil
    }

    /// The grid under a title, and the index to resume scanning at; nil when the title
    /// is not followed by a table (a table of contents entry, a narrative heading).
    private func grid(for table: GongkaiTable, from titleIndex: Int) -> (Found, Int)? {
        var found = Found(table: table, titleIndex: titleIndex, unit: nil, entity: nil, grid: [])
        var index = titleIndex + 1
        var lastGridIndex: Int?
        while index < lines.lines.count {
            let line = lines.lines[index]
            if let cells = lines.row(index) {
                // A row of metadata cells (编制部门：…	金额单位：万元, or the title repeated in a drawn row) is skipped.
                if !isMetadataRow(cells, of: table, into: &found) {
                    found.grid.append((index, cells))
                    lastGridIndex = index
                }
            } else if line.trimmingWhitespace().isEmpty {
                // Blank lines separate pages; the grid may go on after them.
            } else if isMetadata(line, of: table, into: &found) {
                // Marker, unit, department or a repeated title: skip, before or inside the grid.
            } else {
                break
            }
            index += 1
        }
        guard lastGridIndex != nil else {
            // A title followed by a no-data sentence is an empty table, not a stray heading.
            if index < lines.lines.count, Self.isNoDataNote(lines.lines[index]) {
                return (found, index + 1)
            }
            return nil
        }
        return (found, index)
    }

    /// A row whose every cell is metadata (编制部门：…	金额单位：万元).
    private func isMetadataRow(_ row: [String], of table: GongkaiTable, into found: inout Found) -> Bool {
        // (Lazily: most rows are told apart by their first cell.)
        let cells = row.lazy.filter { !$0.trimmingWhitespace().isEmpty }
        guard !cells.isEmpty, cells.allSatisfy({ isMetadata($0, of: table, into: &found) }) else { return false }
        return true
    }

    /// Reads a metadata line, recording the unit and reporting entity it states.
    private func isMetadata(_ line: String, of table: GongkaiTable, into found: inout Found) -> Bool {
        let key = TextNormalizer.key(line)
        var matched = false
        if let unit = Self.unit(in: key) {
            found.unit = found.unit ?? unit
            matched = true
        }
        if let entity = Self.entity(in: line) {
            if !entity.isEmpty { found.entity = found.entity ?? entity }
            matched = true
        }
        if Self.markerNumber(line) != nil || Self.isListMarker(key) || rememberedTable(titled: line) == table { matched = true }
        return matched
    }

    /// Whether every known title holds 表 (biao), which lets `title(at:)` skip lines without it.
    static let titlesHoldBiao = GongkaiTable.known.allSatisfy { $0.spec.titles.allSatisfy { $0.unicodeScalars.contains("表") } }

    /// The unit a line declares (单位：万元, 金额单位：元), if it declares one.
    static func unit(in key: String) -> String? {
        // "单位名称:… 单位:万元" and "单位: 单位:万元" name the entity first: every 单位: counts.
        guard key.holds("单位:") else { return nil }
        var rest = Substring(key)
        while let range = rest.range(of: "单位:") {
            rest = rest[range.upperBound...]
            if rest.hasPrefix("万元") { return "万元" }
            if rest.hasPrefix("元") { return "元" }
        }
        return nil
    }

    /// The reporting entity a line names (部门：…（汇总）), as printed, if it names one.
    static func entity(in line: String) -> String? {
        // Every label holds 单位 or 部门 and ends in a colon, half- or full-width.
        guard line.holds("单位") || line.holds("部门"), line.holds(":") || line.holds("：") else { return nil }
        var text = line
        if line.holds("：") {
            // Plain text (`PlainScanner.isPlain`) by its bytes, where Foundation's replacement is the same.
            if PlainScanner.isPlain(line) { TitleMeaning.replace("：", with: ":", in: &text) } else { text = line.replacingOccurrences(of: "：", with: ":") }
        }
        guard let label = ["编制单位:", "单位名称:", "预算单位:", "部门:"].lazy.compactMap({ text.containsWord($0) ? text.range(of: $0) : nil }).first
        else {
            return nil
        }
        var rest = text[label.upperBound...]
        if let cut = rest.range(of: "单位:") { rest = rest[..<cut.lowerBound] }
        if rest.hasSuffix("金额") { rest = rest.dropLast(2) }
        return TextNormalizer.cellText(String(rest))
    }

    /// The number in a 公开NN表 marker on the line, if there is one.
    static func markerNumber(_ line: String) -> Int? {
        // The key drops spaces and quotes: 公 and 开 may stand apart in the line.
        guard line.holds("公"), line.holds("开") else { return nil }
        let key = TextNormalizer.key(line)
        guard let start = key.range(of: "公开") else { return nil }
        let digits = key[start.upperBound...].prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, key[start.upperBound...].dropFirst(digits.count).hasPrefix("表") else { return nil }
        return Int(digits)
    }

    nonisolated(unsafe) static let leadingYear = #/[0-9]{4}年度?/#
    nonisolated(unsafe) static let leaderDots = #/[.…·．]{3,}[0-9]*$/#
    /// What `leaderDots` is made of, and U+0387 (canonically equivalent to ·, which a `Regex` equates).
    static let leaderDotScalars: Set<Unicode.Scalar> = [".", "…", "·", "．", "\u{0387}"]

    /// The line without the leader dots and page number of a 目录 entry ("收入决算表 ........ 5" →
    /// "收入决算表 "). The dots stand right before the digits that end the line, if any: the
    /// regular expression runs only where the scalar before those is a dot, or one that may
    /// join a character (a `Character` of one isolated scalar other than a dot is no dot).
    static func withoutLeaderDots(_ line: String) -> String {
        let scalars = line.unicodeScalars
        guard let beforeDigits = scalars.reversed().first(where: { !("0"..."9").contains($0) }),
            !TextNormalizer.isIsolatedScalar(beforeDigits.value) || leaderDotScalars.contains(beforeDigits)
        else { return line }
        return line.replacing(leaderDots, with: "")
    }

    /// Whether a line is only a report's own table number ("表1", "附表3"), as printed
    /// above a title on every page of the table.
    static func isListMarker(_ key: String) -> Bool {
        afterListNumber(key)?.isEmpty == true
    }

    /// The line without a trailing or leading 公开NN表 / 财决NN表 marker.
    static func removingMarker(_ text: String) -> String {
        var key = TextNormalizer.key(text)
        for prefix: StaticString in ["公开", "财决"] where key.holds(prefix) {
            let prefix = prefix.description
            while let start = key.range(of: prefix) {
                let digits = key[start.upperBound...].prefix(while: \.isASCIIDigit)
                let end = key.index(start.upperBound, offsetBy: digits.count)
                guard !digits.isEmpty, key[end...].hasPrefix("表") else { break }
                key.removeSubrange(start.lowerBound..<key.index(after: end))
            }
        }
        return key
    }

    /// Whether a line says the table has no data (本单位没有…, 无…数据, 本表无数据).
    static func isNoDataNote(_ line: String) -> Bool {
        let key = TextNormalizer.key(line)
        return key.containsWord("没有") || key.containsWord("无数据") || key.hasPrefix("本表无") || key.containsWord("为空表")
    }
}
