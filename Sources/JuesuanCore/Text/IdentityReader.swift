import Foundation

/// Establishes whose report it is and for which year, from every place a report prints it:
/// the cover (a name wrapped over several lines joined), the part headings of the 目录 and
/// the body (第一部分 X概况, 第二部分 X 2024年度部门决算表), the 部门： / 编制部门： lines above
/// the tables, and the years of headings and titles.
///
/// The name most sources print wins; a tie goes to the longer name, so that a fragment of a
/// wrapped name (资源局) never stands for the department. The sources that print something
/// else are returned as disagreements, for a finding.
struct IdentityReader {
    let lines: ReportLines
    /// The reporting entities printed above the tables, with the index of the line they stand on.
    let entities: [(name: String, index: Int)]

    /// One place that prints a name or a year.
    struct Candidate<Value: Hashable>: Hashable {
        var value: Value
        var source: String
        var index: Int
    }

    struct Identity {
        var department: Candidate<String>?
        var year: Candidate<Int>?
        /// Every candidate that names another department or year than the chosen one.
        var disagreements: [(what: String, chosen: String, other: String, source: String, index: Int)]
        var departmentCandidates: [Candidate<String>]
    }

    func read() -> Identity {
        let names = departmentCandidates()
        let years = yearCandidates()
        let department = Self.agreed(names) { $0.count }
        let year = Self.agreed(years) { _ in 0 }
        var disagreements: [(String, String, String, String, Int)] = []
        var seen = Set<String>()
        if let department {
            for other in names where other.value != department.value && seen.insert("d\(other.value)\(other.source)").inserted {
                disagreements.append(("department", department.value, other.value, other.source, other.index))
            }
        }
        if let year {
            for other in years where other.value != year.value && seen.insert("y\(other.value)\(other.source)").inserted {
                disagreements.append(("fiscal year", String(year.value), String(other.value), other.source, other.index))
            }
        }
        return Identity(department: department, year: year, disagreements: disagreements, departmentCandidates: names)
    }

    /// The value most candidates print (then the one `rank` puts first, then the earliest).
    static func agreed<Value>(_ candidates: [Candidate<Value>], rank: (Value) -> Int) -> Candidate<Value>? {
        // Each kind of source votes once for a value, however often it prints it (a heading
        // stands in the 目录 and again in the body).
        let counts = Dictionary(grouping: candidates, by: \.value).mapValues { group in
            Set(group.map(\.source)).count
        }
        return candidates.enumerated().max { left, right in
            let l = (counts[left.element.value] ?? 0, rank(left.element.value), -left.offset)
            let r = (counts[right.element.value] ?? 0, rank(right.element.value), -right.offset)
            return l < r
        }?.element
    }

    // MARK: Departments

    func departmentCandidates() -> [Candidate<String>] {
        var found: [Candidate<String>] = []
        if let cover = coverName() { found.append(cover) }
        for (index, line) in lines.lines.enumerated() where !line.contains("\t") {
            if let name = Self.headingName(line) { found.append(Candidate(value: name, source: "heading", index: index)) }
        }
        // One vote for the tables' entity line, however many tables repeat it.
        if let entity = Self.agreed(entities.map { Candidate(value: Self.withoutConsolidationMark($0.name), source: "部门：", index: $0.index) }, rank: \.count),
            Self.isName(entity.value)
        {
            found.append(entity)
        }
        return found
    }

    /// The name on the cover: the lines down to the one with 决算, joined, without the year.
    ///
    /// "上海市普陀区规划和自然 / 资源局 / 2024 年度部门决算" and "中共上海市普陀区委 / 社会工作部 2024 年度 /
    /// 部门决算" are one name each; "2019年佛山市轨道交通局部门决算" prints the year first.
    func coverName() -> Candidate<String>? {
        let cover = lines.lines.prefix(CoverReader.coverLines)
        guard let end = cover.firstIndex(where: { TextNormalizer.key($0).contains("决算") }),
            !TextNormalizer.key(lines.lines[end]).contains("目录")
        else { return nil }
        var start = end
        // Up to three lines above, while they are printed (not blank) and carry no date.
        while start > 0, end - start < 3 {
            let above = TextNormalizer.key(lines.lines[start - 1])
            guard !above.isEmpty, above != "目录", above.firstMatch(of: Patterns.date) == nil, !Self.isYearOnly(above) else { break }
            start -= 1
        }
        // Names keep their printed characters (cellText, not key): they are the document's identity.
        var text = (start...end).map { TextNormalizer.cellText(lines.lines[$0]) }.joined()
        text.replace(Patterns.year, with: "")
        for suffix in ["部门决算", "决算"] {
            if let range = text.range(of: suffix, options: .backwards) {
                text = String(text[..<range.lowerBound])
                break
            }
        }
        let name = Self.withoutConsolidationMark(text)
        return Self.isName(name) ? Candidate(value: name, source: "cover", index: end) : nil
    }

    /// The department named in a part heading: 第一部分 X概况, 第二部分 X 2024年度部门决算表,
    /// 第三部分 X 2024年度部门决算情况说明; nil for the template's 第一部分 部门概况.
    static func headingName(_ line: String) -> String? {
        let text = TextNormalizer.cellText(line.replacing(Patterns.leaderDots, with: ""))
        guard let match = text.firstMatch(of: Patterns.partHeading) else { return nil }
        let heading = match.1
        var name: Substring
        if let year = heading.firstMatch(of: Patterns.year) {
            name = heading[..<year.range.lowerBound]  // X 2024年度部门决算表 (the rest may wrap)
        } else if let suffix = ["基本情况", "概况"].first(where: { heading.hasSuffix($0) }) {
            name = heading.dropLast(suffix.count)
        } else {
            return nil  // 第四部分 名词解释, 第五部分 附件
        }
        let cleaned = withoutConsolidationMark(String(name))
        return isName(cleaned) ? cleaned : nil
    }

    /// Whether a text can be a department's name: a word, not a generic one or a template's placeholder.
    static func isName(_ name: String) -> Bool {
        name.contains(where: \.isWide) && !["部门", "本部门", "单位", "本单位", "部门决算", "名词解释"].contains(name)
            && !name.contains("XX") && !name.contains("××")
    }

    static func isYearOnly(_ key: String) -> Bool {
        key.wholeMatch(of: #/[0-9]{4}年度?/#) != nil
    }

    /// "吉林省人民政府办公厅（汇总）" → "吉林省人民政府办公厅".
    static func withoutConsolidationMark(_ entity: String) -> String {
        var name = TextNormalizer.cellText(entity)
        for mark in ["（汇总）", "(汇总)", "（本级）", "(本级)", "（部门汇总）", "(部门汇总)"] where name.hasSuffix(mark) {
            name.removeLast(mark.count)
        }
        return name.trimmingWhitespace()
    }

    // MARK: Years

    /// The fiscal year wherever it is printed with 年度 or beside 部门决算: the cover, part
    /// headings and table titles. Dates (2025年8月) are not fiscal years.
    func yearCandidates() -> [Candidate<Int>] {
        var found: [Candidate<Int>] = []
        for (index, line) in lines.lines.enumerated() where !line.contains("\t") {
            let key = TextNormalizer.key(line.replacing(Patterns.leaderDots, with: ""))
            let isCover = index < CoverReader.coverLines && !lines.lines.prefix(index).contains { TextNormalizer.key($0) == "目录" }
            let isHeading = key.firstMatch(of: Patterns.partHeading) != nil
            guard isCover || isHeading || TableLocator.table(titled: line) != nil || key.hasSuffix("部门决算") else { continue }
            for match in key.matches(of: Patterns.fiscalYear) {
                guard let year = Int(match.1) else { continue }
                found.append(Candidate(value: year, source: isCover ? "cover" : isHeading ? "heading" : "title", index: index))
            }
        }
        return found
    }

    enum Patterns {
        nonisolated(unsafe) static let date = #/[0-9]{4}年[0-9]{1,2}月/#
        /// A year as the report's year is printed: 2024年度, or 2019年 followed by 部门 / 决算.
        nonisolated(unsafe) static let fiscalYear = #/([0-9]{4})年(?:度|(?=部门)|(?=决算)|(?=[^0-9月]{2,}部门决算))/#
        nonisolated(unsafe) static let year = #/[0-9]{4}\s*年度?/#
        nonisolated(unsafe) static let partHeading = #/^第[一二三四五六七八九十]+部分\s*(.+)$/#
        nonisolated(unsafe) static let leaderDots = #/[.…·．]{3,}\s*[0-9]*\s*$/#
    }
}
