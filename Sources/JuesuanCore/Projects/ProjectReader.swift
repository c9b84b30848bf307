/// Reads the 项目支出绩效自评表 of a report, one project a block.
///
/// These forms are messy: cells wrap with spaces inside words, header cells split,
/// rows shift a column left, names follow long runs of empty cells. So rows are
/// recognised by the words they carry, not by position: a block starts at a 项目名称
/// row; funding lines by their 资金来源 label, with their numbers read in order;
/// indicator rows by reading from the right (the last two adjacent numbers are 权重
/// and 自评得分, the two cells before them 实际完成值 and 年度指标值, the one before
/// that the 三级指标), with 一级 / 二级 told apart by their vocabulary and carried
/// down from the row above when blank.
struct ProjectReader {
    let lines: ReportLines
    let units: [ListedUnit]
    /// The reporting entity, a 实施单位 of its own forms.
    var entity: ListedUnit?

    /// The funding sources by the words forms print them with (before them 其中：, after them a colon).
    static let fundSources = [
        "年度资金总额": "年度资金总额", "当年财政拨款": "当年财政拨款", "财政拨款": "当年财政拨款", "上年结转资金": "上年结转资金",
        "上年结转": "上年结转资金", "其他资金": "其他资金",
    ]
    /// The headers of the 资金 lines' values.
    static let fundValues = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    /// The positions in `fundValues` of the five values a `FundLine` keeps, in its order (all but 分值).
    static let fundLineValues = [0, 1, 2, 4, 5]

    /// Every label of `fundSources` holds one of these words: a key without them names no source.
    static let fundSourceWords: [StaticString] = ["资金", "拨款", "结转"]

    /// The funding source a label names (`fundSources`).
    static func fundSource(_ key: String) -> String? {
        guard !key.isEmpty, fundSourceWords.contains(where: { key.holds($0) }) else { return nil }
        var label = Substring(key)
        // (A label not opening with 其 — or a compatibility ideograph, which may equal it — has no 其中.)
        for prefix in fundSourcePrefixes where label.mayStart(with: "其") && label.hasPrefix(prefix) { label = label.dropFirst(prefix.count) }
        while let last = label.last, ":：".contains(last) { label = label.dropLast() }
        return fundSources[String(label)]
    }

    /// `fundSource` on the bytes of a plain key (`PlainScanner.isPlain`), where the labels, 其中
    /// and the colons are found as bytes.
    static func fundSourceOfPlainKey(_ key: String) -> String? {
        // (Most keys are empty or of another length than every label, 其中 and colons included.)
        guard !key.isEmpty else { return nil }
        var key = key
        return key.withUTF8 { bytes in
            var label = bytes[...]
            for prefix in fundSourcePrefixBytes where label.starts(with: prefix) { label = label.dropFirst(prefix.count) }
            while true {
                if label.last == UInt8(ascii: ":") {
                    label = label.dropLast()
                } else if label.count >= 3, label.suffix(3).elementsEqual("：".utf8) {
                    label = label.dropLast(3)
                } else {
                    break
                }
            }
            return fundSourceLabels.first { $0.bytes.count == label.count && label.elementsEqual($0.bytes) }?.source
        }
    }

    /// What a `fundSources` label may follow, dropped in this order.
    static let fundSourcePrefixes = ["其中:", "其中："]
    /// `fundSources` and `fundSourcePrefixes` as UTF-8.
    static let fundSourceLabels = fundSources.map { (bytes: Array($0.key.utf8), source: $0.value) }
    static let fundSourcePrefixBytes = fundSourcePrefixes.map { Array($0.utf8) }

    /// The first key of a row naming a funding source, and its column; `text`, the keys joined,
    /// searched first for the words every label holds where the keys are not plain.
    static func fundSource(in keys: [String], text: String, plain: Bool) -> (column: Int, source: String)? {
        guard plain || fundSourceWords.contains(where: { text.holds($0) }) else { return nil }
        return keys.enumerated().lazy.compactMap { column, key in (plain ? fundSourceOfPlainKey(key) : fundSource(key)).map { (column, $0) } }.first
    }

    static let level1Names: Set<String> = ["产出指标", "效益指标", "满意度指标", "成本指标"]

    func read() throws(ParseError) -> [Project] {
        var projects: [Project] = []
        var current: ProjectBuilder?
        let matcher = UnitMatcher(units: units, entity: entity)
        for (index, line) in lines.lines.enumerated() {
            // Outside a form only a 项目名称 row matters, and its key holds 称: a line without
            // that character cannot start a form.
            if current == nil, !line.holds("称") { continue }
            let (cells, keys, plain) = lines.cellTextsAndKeys(index)
            guard let first = keys.first(where: { !$0.isEmpty }) else { continue }
            let location = lines.location(index)
            if plain ? PlainScanner.equals(first, "项目名称") : first == "项目名称" {
                if let done = current { projects.append(try done.build(ord: projects.count + 1, units: matcher)) }
                current = ProjectBuilder(location: location, name: Self.valueAfter("项目名称", in: cells, keys: keys))
                continue
            }
            guard current != nil else { continue }
            if !lines.isRow(index) && !Self.isTitle(first, plain: plain) {
                // Prose after the last form ends the section.
                projects.append(try current!.build(ord: projects.count + 1, units: matcher))
                current = nil
                continue
            }
            // Added in place: a copy taken out and put back would copy the form's lists on every row.
            try current!.add(cells: cells, keys: keys, plain: plain, first: first, at: location)
        }
        if let done = current { projects.append(try done.build(ord: projects.count + 1, units: matcher)) }
        return projects
    }

    /// The form's title (项目支出绩效自评表, or the project's name and 项目绩效自评表), also printed
    /// again after a page break.
    static func isTitle(_ key: String, plain: Bool) -> Bool {
        // Both endings hold 自评表: a key without it is no title — and a plain key (`PlainScanner.isPlain`),
        // whose end is its title's end (a key holds no white space), ends with its bytes.
        guard plain ? key.utf8.suffix(9).elementsEqual("自评表".utf8) : key.holds("自评表") else { return false }
        let title = TextNormalizer.withoutNumbering(key)
        return title.hasSuffix("项目支出绩效自评表") || title.hasSuffix("项目绩效自评表")
    }

    /// The first non-empty cell after the cell holding `label`.
    static func valueAfter(_ label: String, in cells: [String], keys: [String]) -> String {
        guard let start = keys.firstIndex(of: label) else { return "" }
        return cells[(start + 1)...].first { !$0.isEmpty } ?? ""
    }
}

/// The parts of one project form seen so far.
struct ProjectBuilder {
    var location: SourceLocation
    var name: String
    var department = ""
    var implementingUnit = ""
    var goalColumns: (expected: Int, achieved: Int)?
    var expectedGoal: [String] = []
    var achievedGoal: [String] = []
    var inIndicators = false
    /// The column of each of `ProjectReader.fundValues` (nil where not printed), once the header row is read.
    var fundColumns: [Int?]?
    var funds: [FundLine] = []
    var indicators: [Indicator] = []
    var totalScore: Amount?
    var hasTotalRow = false

    /// Reads a row of the form into the parts seen so far; `plain`: whether its keys are plain
    /// (`PlainScanner.isPlain`).
    mutating func add(cells: [String], keys: [String], plain: Bool, first: String, at location: SourceLocation) throws(ParseError) {
        if ProjectReader.isTitle(first, plain: plain) { return }
        // Plain keys equal a word exactly where their bytes do, told apart by their lengths first.
        // Other keys are joined into one text, searched once for the words below: a key holds a
        // word (or a compatibility ideograph equal to one of its characters) only where their text does.
        let text = plain ? "" : keys.joined()
        func hasKey(_ word: StaticString) -> Bool {
            plain ? keys.contains { PlainScanner.equals($0, word) } : text.holds(word) && keys.contains(word.description)
        }
        // (A plain first key is compared by its bytes.)
        func firstIs(_ word: StaticString) -> Bool { plain ? PlainScanner.equals(first, word) : first == word.description }
        if firstIs("主管部门") {
            department = ProjectReader.valueAfter("主管部门", in: cells, keys: keys)
            implementingUnit = ProjectReader.valueAfter("实施单位", in: cells, keys: keys)
        } else if firstIs("总分") {
            hasTotalRow = true
            // The 得分 is the row's last number: forms with a 分值 column print its 100 before it.
            for column in cells.indices.dropFirst() { totalScore = try score(cells[column], key: keys[column], at: location) ?? totalScore }
        } else if hasKey("年初预算数") || hasKey("全年预算数") {
            // The 资金 header, where the form prints one: the values are read by their columns.
            fundColumns = ProjectReader.fundValues.map { keys.firstIndex(of: $0) }
        } else if let (column, source) = ProjectReader.fundSource(in: keys, text: text, plain: plain) {
            funds.append(try fundLine(source, column: column, cells: cells, keys: keys, at: location))
        } else if first.hasPrefix("资金情况") {
            return
        } else if firstIs("年度总体目标") {
            goalColumns = (keys.firstIndex(of: "预期目标") ?? 0, keys.firstIndex(of: "实际完成情况") ?? Int.max)
        } else if hasKey("一级指标") {
            inIndicators = true
        } else if inIndicators {
            indicators.append(try indicator(cells: cells, keys: keys, at: location))
        } else if let columns = goalColumns {
            let texts = cells.enumerated().filter { !$0.element.isEmpty }
            for (position, (column, text)) in texts.enumerated() {
                let achieved = texts.count >= 2 ? position > 0 : column >= columns.achieved
                if achieved { achievedGoal.append(text) } else { expectedGoal.append(text) }
            }
        }
    }

    /// A funding line: its label, then 年初预算数, 全年预算数, 全年执行数, 执行率 and 得分 — under their
    /// headers where the form prints a header row (some print a 分值 column too), else in order.
    private func fundLine(_ source: String, column: Int, cells: [String], keys: [String], at location: SourceLocation) throws(ParseError) -> FundLine {
        // The columns of the values (nil: a value left blank).
        let values: [Int?]
        if let headed = fundColumns.map({ columns in ProjectReader.fundLineValues.compactMap { columns[$0] } }), headed.count == 5 {
            values = headed.map { at in
                // A value printed in the column right of its header's (a header cell spanning two) is taken there.
                (at...(at + 1)).first { $0 < cells.count && $0 > column && !cells[$0].isEmpty }
            }
        } else {
            values = cells.indices[(column + 1)...].filter { !cells[$0].isEmpty }
        }
        guard values.count == 5 else {
            throw ParseError(
                at: location,
                "项目支出绩效自评表 \(name): expected 5 values after \(source) (年初预算数, 全年预算数, 全年执行数, 执行率, 得分), found \(values.count)")
        }
        var amounts: [Amount?] = []
        for value in values { amounts.append(try score(value.map { cells[$0] } ?? "", key: value.map { keys[$0] } ?? "", at: location)) }
        return FundLine(
            source: source, initialBudget: amounts[0], fullYearBudget: amounts[1], executed: amounts[2], executionRate: amounts[3],
            score: amounts[4], location: location)
    }

    /// An indicator row, read from the right.
    private func indicator(cells: [String], keys: [String], at location: SourceLocation) throws(ParseError) -> Indicator {
        let amounts = keys.map(Amount.init)  // each cell read once
        guard let scoreColumn = cells.indices.last(where: { $0 > 0 && amounts[$0] != nil && amounts[$0 - 1] != nil }), scoreColumn >= 3 else {
            throw ParseError(at: location, "项目支出绩效自评表 \(name): expected an indicator row ending in 权重 and 自评得分")
        }
        // The 三级指标 is the last text before 年度指标值; rows shifted left print it further left.
        let level3Column = cells[..<(scoreColumn - 3)].lastIndex { !$0.isEmpty }
        var level1 = indicators.last?.level1 ?? ""
        var level2 = indicators.last?.level2 ?? ""
        for key in keys[..<(level3Column ?? 0)] where !key.isEmpty && key != "绩效指标" {
            if ProjectReader.level1Names.contains(key) {
                level1 = key
                level2 = ""
            } else {
                level2 = key
            }
        }
        let target = cells[scoreColumn - 3]
        return Indicator(
            level1: level1, level2: level2, level3: level3Column.map { cells[$0] } ?? "", target: target, actual: cells[scoreColumn - 2],
            parsedTarget: Target(parsing: target), weight: amounts[scoreColumn - 1], score: amounts[scoreColumn],
            deviation: cells[(scoreColumn + 1)...].first { !$0.isEmpty } ?? "", location: location)
    }

    /// A number cell of the form, by its key: blank, ——, — or 不适用 are nil; anything else must be a number.
    private func score(_ cell: String, key: String, at location: SourceLocation) throws(ParseError) -> Amount? {
        var key = key
        // Most cells are numbers: read first, a number being none of the words below.
        if let amount = Amount(key) { return amount }
        if key.isEmpty || TableReader.dashes.contains(key) || key == "不适用" { return nil }
        // 执行率 printed with its sign (100.00%): the number is the percent.
        if key.hasSuffix("%") { key.removeLast() }
        guard let amount = Amount(key) else {
            throw ParseError(at: location, "项目支出绩效自评表 \(name): expected a number, found \(ParseError.quoted(cell))")
        }
        return amount
    }

    func build(ord: Int, units matcher: UnitMatcher) throws(ParseError) -> Project {
        guard !funds.isEmpty else {
            throw ParseError(at: location, "项目支出绩效自评表 \(name): expected the 资金情况 lines (年度资金总额 …)")
        }
        guard hasTotalRow else {
            // Every form ends with its 总分 row; a form without one was cut off.
            throw ParseError(at: location, "项目支出绩效自评表 \(name): expected a 总分 row ending the form (is the file cut off?)")
        }
        return Project(
            ord: ord, name: name, department: department, implementingUnit: implementingUnit,
            unit: matcher.match(implementingUnit), expectedGoal: GoalText.plain(expectedGoal),
            achievedGoal: GoalText.plain(achievedGoal), funds: funds, indicators: indicators, totalScore: totalScore,
            location: location)
    }
}
