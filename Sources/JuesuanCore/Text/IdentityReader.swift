import Foundation

/// Establishes whose report it is and for which year, from every place a report prints it:
/// the cover (a name wrapped over several lines joined), the part headings of the 目录 and
/// the body (第一部分 X概况, 第二部分 X 2024年度部门决算表), and the 部门： / 编制部门： lines above
/// the tables; the year from the cover and those headings.
///
/// Each kind of source votes once. The value most kinds print wins; between values printed
/// as often, one that contains the other wins (a fragment of a wrapped name, 资源局, never
/// stands for the department), then the cover's, then the tables', then the headings'. The
/// sources that print something else are returned as disagreements, for a finding.
struct IdentityReader {
    let lines: ReportLines
    /// Which report it is: the cover names the department before 部门决算 or 部门预算.
    let kind: ReportKind
    /// The reporting entities printed above the tables, with the index of the line they stand on.
    let entities: [(name: String, index: Int)]
    /// The cover's lines: those before the 目录 (or the first 40 when there is none).
    let coverLines: Range<Int>

    init(lines: ReportLines, kind: ReportKind, entities: [(name: String, index: Int)]) {
        self.lines = lines
        self.kind = kind
        self.entities = entities
        self.coverLines = Self.coverLines(of: lines)
    }

    /// Whether a report is a 决算 or a 预算: what its cover says (部门预算, even wrapped over two
    /// lines, 部门预 / 算), else what most of its tables are (or, when none is recognised, its
    /// titles: …预算表, …决算表); a tie, or nothing to tell, is a 决算.
    static func kind(_ lines: ReportLines, tables: [GongkaiTable]) -> ReportKind {
        let cover = coverLines(of: lines).map { TextNormalizer.key(lines.lines[$0]) }.joined()
        let named = ReportKind.allCases.filter { cover.contains($0.title) }
        if named.count == 1, let kind = named.first { return kind }
        var kinds = tables.map(\.kind)
        if kinds.isEmpty {
            // No table recognised: what the titles say (…预算表 / …决算表), for the message.
            kinds = lines.textLines.map { TextNormalizer.key($0.element) }.filter(TableLocator.looksLikeTitle)
                .compactMap { key in key.contains("决算") ? .finalAccounts : key.contains("预算") ? .budget : nil }
        }
        return kinds.filter { $0 == .budget }.count * 2 > kinds.count ? .budget : .finalAccounts
    }

    /// A 单位预算 / 单位决算 is one unit's report: its cover says so (上海市2026年市级单位预算) and
    /// does not call it a 部门 one. Any other report is a department's.
    static func level(_ lines: ReportLines, kind: ReportKind) -> ReportLevel {
        let cover = coverLines(of: lines).map { TextNormalizer.key(lines.lines[$0]) }.joined()
        return cover.contains("单位\(kind.rawValue)") && !cover.contains(kind.title) ? .unit : .department
    }

    /// The kinds of source, in the order that breaks a tie.
    enum Source: Int, Comparable {
        case cover, tables, heading

        var name: String {
            switch self {
            case .cover: "cover"
            case .tables: "部门 line above the tables"
            case .heading: "heading"
            }
        }

        static func < (left: Source, right: Source) -> Bool { left.rawValue < right.rawValue }
    }

    /// One place that prints a name or a year.
    struct Candidate<Value: Hashable>: Hashable {
        var value: Value
        var source: Source
        var index: Int
    }

    struct Disagreement {
        var what: String
        var chosen: String
        var other: String
        var source: Source
        var index: Int
    }

    struct Identity {
        var department: String?
        var year: Int?
        /// One for each kind of source and value that differs from the chosen one.
        var disagreements: [Disagreement]
    }

    func read() -> Identity {
        let names = departmentCandidates()
        let years = yearCandidates()
        let department = Self.agreed(names) { value, others in others.contains { $0 != value && value.contains($0) } }
        let year = Self.agreed(years) { _, _ in false }
        var disagreements: [Disagreement] = []
        func disagree<Value>(_ what: String, _ chosen: Value?, _ candidates: [Candidate<Value>]) {
            guard let chosen else { return }
            var seen = Set<Candidate<Value>>()
            for other in candidates where other.value != chosen {
                guard seen.insert(Candidate(value: other.value, source: other.source, index: 0)).inserted else { continue }
                disagreements.append(
                    Disagreement(what: what, chosen: "\(chosen)", other: "\(other.value)", source: other.source, index: other.index))
            }
        }
        disagree("department", department, names)
        disagree("fiscal year", year, years)
        return Identity(department: department, year: year, disagreements: disagreements)
    }

    /// The value the most kinds of source print; among those, one that `contains` says holds
    /// another tied value, then the one of the first source (cover, tables, heading), then the
    /// one printed first (the order never depends on hashing: the same file reads the same).
    static func agreed<Value: Hashable>(_ candidates: [Candidate<Value>], contains: (Value, [Value]) -> Bool) -> Value? {
        let votes = Dictionary(grouping: candidates, by: \.value).mapValues { Set($0.map(\.source)) }
        guard let most = votes.values.map(\.count).max() else { return nil }
        let tied = candidates.filter { votes[$0.value]?.count == most }
        let values = tied.map(\.value)
        let ranked = tied.map { candidate in
            (candidate.value, contains(candidate.value, values) ? 0 : 1, votes[candidate.value]?.min()?.rawValue ?? 3, candidate.index)
        }
        return ranked.min { ($0.1, $0.2, $0.3) < ($1.1, $1.2, $1.3) }?.0
    }

    // MARK: Departments

    func departmentCandidates() -> [Candidate<String>] {
        var found: [Candidate<String>] = []
        if let cover = coverName() { found.append(cover) }
        // A part heading starts with 第 (the test skips the regular expression on other lines).
        for (index, line) in lines.textLines where line.holds("第") {
            if let name = Self.headingName(line) { found.append(Candidate(value: name, source: .heading, index: index)) }
        }
        // The tables vote once, for the entity they print most often.
        let printed = entities.map { (name: Self.withoutConsolidationMark($0.name), index: $0.index) }.filter { Self.isName($0.name) }
        let counts = Dictionary(grouping: printed, by: \.name).mapValues(\.count)
        if let most = printed.max(by: { (counts[$0.name] ?? 0) < (counts[$1.name] ?? 0) }) {
            found.append(Candidate(value: most.name, source: .tables, index: most.index))
        }
        return found
    }

    static func coverLines(of lines: ReportLines) -> Range<Int> {
        let limit = min(lines.lines.count, CoverReader.coverLines)
        return 0..<(lines.lines.prefix(limit).firstIndex { TextNormalizer.key($0) == "目录" } ?? limit)
    }

    /// The name on the cover: the lines down to the one with 决算 (预算), joined, without the year.
    ///
    /// "上海市普陀区规划和自然 / 资源局 / 2024 年度部门决算" and "中共上海市普陀区委 / 社会工作部 2024 年度 /
    /// 部门决算" are one name each; "2019年佛山市轨道交通局部门决算" prints the year first;
    /// "2026 年深圳市民政局（本级）部门预 / 算" wraps the word itself.
    func coverName() -> Candidate<String>? {
        let word = kind.rawValue
        // A report of tables alone starts with a title (收支预算总表) and the 部门 / 单位 line above
        // the grid: neither is a cover.
        let isCoverText = { (index: Int) in
            let line = self.lines.lines[index]
            let key = TextNormalizer.key(line)
            return !self.lines.isRow(index) && !key.hasSuffix("表") && TableLocator.unit(in: key) == nil && TableLocator.entity(in: line) == nil
        }
        guard let end = coverLines.first(where: { index in
            let key = TextNormalizer.key(lines.lines[index])
            guard isCoverText(index) else { return false }
            return key.contains(word)
                || (index > coverLines.lowerBound && isCoverText(index - 1) && (TextNormalizer.key(lines.lines[index - 1]) + key).contains(word))
        }) else { return nil }
        var start = end
        // Up to two lines above, while they are printed text: not blank, not a date or a year
        // alone, not list numbering.
        while start > coverLines.lowerBound, end - start < 2 {
            let above = TextNormalizer.key(lines.lines[start - 1])
            guard !above.isEmpty, isCoverText(start - 1), above.firstMatch(of: Patterns.date) == nil, above.wholeMatch(of: Patterns.year) == nil,
                TextNormalizer.withoutNumbering(lines.lines[start - 1]) == lines.lines[start - 1].trimmingWhitespace()
            else { break }
            start -= 1
        }
        // Names keep their printed characters (cellText, not key): they are the document's identity.
        var text = (start...end).map { TextNormalizer.cellText(lines.lines[$0]) }.joined()
        text.replace(Patterns.year, with: "")
        for suffix in [kind.title, kind.rawValue] {
            if let range = text.range(of: suffix, options: .backwards) {
                text = String(text[..<range.lowerBound])
                break
            }
        }
        // 西安市民政局2021年部门综合预算, 上海市2026年市级单位预算: who publishes is not the name.
        for publisher in Self.publisherWords where text.hasSuffix(publisher) && text.count > publisher.count {
            text.removeLast(publisher.count)
            break
        }
        let name = Self.withoutConsolidationMark(text)
        return Self.isName(name) ? Candidate(value: name, source: .cover, index: end) : nil
    }

    /// The department named in a part heading: 第一部分 X概况, 第二部分 X 2024年度部门决算表,
    /// 第三部分 X 2024年度部门决算情况说明; nil for the template's 第一部分 部门概况.
    static func headingName(_ line: String) -> String? {
        // (A line whose key cannot open with 第 opens with no 第…部分 once trimmed either.)
        guard TextNormalizer.keyMayStart(line, with: "第") else { return nil }
        let text = TextNormalizer.cellText(TableLocator.withoutLeaderDots(line))
        // (A plain text read on its bytes, the pattern's rest: `cellText` leaves no white space at the end.)
        let read = PlainScanner.isPlain(text) ? PlainScanner.rest(of: text) { $0.partHeading() } : text.prefixMatch(of: Patterns.partHeading)?.1
        guard let heading = read else { return nil }
        var name: Substring
        if let year = heading.firstMatch(of: Patterns.year) {
            name = heading[..<year.range.lowerBound]  // X 2024年度部门决算表 (the rest may wrap)
        } else if let suffix = ["基本情况", "概况"].first(where: { heading.hasSuffix($0) }) {
            name = heading.dropLast(suffix.count)
        } else {
            return nil  // 第四部分 名词解释, 第五部分 附件
        }
        // 第一部分 X部门概况: the name is X.
        for generic in ["部门", "单位"] where name.hasSuffix(generic) && name.count > generic.count {
            name = name.dropLast(generic.count)
        }
        let cleaned = withoutConsolidationMark(String(name))
        return isName(cleaned) ? cleaned : nil
    }


    /// Whether a text can be a department's name: a word, not a generic noun, a place alone
    /// (上海市 of 上海市2026年市级单位预算, whose unit is named below it) or a template's placeholder.
    static func isName(_ name: String) -> Bool {
        name.contains(where: \.isWide) && !genericNames.contains(TextNormalizer.key(name))
            && !name.contains("XX") && !name.contains("××") && !isPlace(name)
    }

    /// A province, city, district or county alone (上海市, 长沙市, 普陀区).
    static func isPlace(_ name: String) -> Bool {
        let key = TextNormalizer.key(name)
        return key.count <= 4 && ["省", "市", "区", "县"].contains { key.hasSuffix($0) }
    }

    /// Words between a department's name and 预算 / 决算 on a cover that say who publishes, longest first.
    static let publisherWords = ["部门综合", "市级单位", "市级部门", "部门", "单位", "综合"]

    /// Words that stand where a name would in the template's headings, and name no department.
    static let genericNames: Set<String> = [
        "部门", "本部门", "单位", "本单位", "部门(单位)", "学校", "本校", "部门决算", "名词解释", "附件", "机构", "本机构",
    ]

    /// "吉林省人民政府办公厅（汇总）" → "吉林省人民政府办公厅".
    static func withoutConsolidationMark(_ entity: String) -> String {
        var name = TextNormalizer.cellText(entity)
        for mark in ["（汇总）", "(汇总)", "（本级）", "(本级)", "（部门汇总）", "(部门汇总)"] where name.hasSuffix(mark) {
            name.removeLast(mark.count)
        }
        return name.trimmingWhitespace()
    }

    // MARK: Years

    /// The fiscal year as the cover, the part headings and the table titles print it: 2024年度,
    /// or 2019年 before the 决算 (预算) it names. Dates (2025年8月) are not fiscal years.
    func yearCandidates() -> [Candidate<Int>] {
        var found: [Candidate<Int>] = []
        let pattern = kind == .budget ? Patterns.budgetYear : Patterns.fiscalYear
        for (index, line) in lines.textLines {
            // Outside the cover (where the next line is read too) only a part heading (第…部分) or
            // a title (…表) holding 年 can print the year: other lines skip the patterns.
            guard coverLines.contains(index) || (line.holds("年") && (line.holds("第") || line.holds("表"))) else { continue }
            var key = TextNormalizer.key(TableLocator.withoutLeaderDots(line))
            let source: Source
            if coverLines.contains(index) {
                source = .cover
                // The word that makes a year the report's may stand on the next printed line
                // (2024 年 / 吉林省…部门预算), or be wrapped there (部门预 / 算).
                if let next = coverLines.first(where: { $0 > index && !TextNormalizer.key(lines.lines[$0]).isEmpty }) {
                    key += TextNormalizer.key(lines.lines[next])
                }
            } else if key.mayStart(with: "第"), key.prefixMatch(of: Patterns.partHeading) != nil {
                source = .heading
            } else if TableLocator.looksLikeTitle(key) {
                source = .tables  // 2019年政府采购预算表: budgets of tables alone print the year nowhere else
            } else {
                continue
            }
            // (Every year pattern reads ASCII digits: a key without one is not searched.)
            for match in key.utf8.contains(where: \.isASCIIDigit) ? key.matches(of: pattern) : [] {
                if let year = Int(match.1) { found.append(Candidate(value: year, source: source, index: index)) }
            }
        }
        return found
    }

    enum Patterns {
        nonisolated(unsafe) static let date = #/[0-9]{4}年[0-9]{1,2}月/#
        /// A year as a report names its own: 2024年度, or 2019年 with 决算 after it (not 2025年部门预算).
        nonisolated(unsafe) static let fiscalYear = #/(?:^|[^0-9])([0-9]{4})年(?:度|(?=[^0-9月]*决算))/#
        /// The same for a budget: 2026年部门预算, 2019年政府采购预算表.
        nonisolated(unsafe) static let budgetYear = #/(?:^|[^0-9])([0-9]{4})年(?:度|(?=[^0-9月]*预算))/#
        nonisolated(unsafe) static let year = #/[0-9]{4}\s*年度?/#
        nonisolated(unsafe) static let partHeading = #/^第[一二三四五六七八九十]+部分\s*(.+)$/#
    }
}
