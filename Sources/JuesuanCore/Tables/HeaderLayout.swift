/// The header of a grid, read column by column, so that columns are known by meaning.
///
/// Each column gets a *path*: the texts of merged cells spanning it from the left in
/// upper header rows (本年支出 spans 小计, 基本支出 …), then its *own* text, the cells
/// printed in the column itself, top to bottom. Texts are comparison keys: no spaces, so a header wrapped over
/// several lines or cells (年初预 / 算数) reads whole.
struct HeaderLayout {
    var paths: [String]
    var own: [String]
    /// The lowest header cell printed in each column.
    var leaves: [String]

    /// - Parameter inheritsFromTheLeft: whether an empty upper header cell belongs to the merged
    ///   cell on its left (tab-separated text); false where spanning cells are repeated (PDF).
    init(rows: [[String]], width: Int, inheritsFromTheLeft: Bool = true) {
        var inherited = Array(repeating: "", count: width)
        var own = Array(repeating: "", count: width)
        var leaves = Array(repeating: "", count: width)
        for (rowIndex, row) in rows.enumerated() {
            let isLast = rowIndex == rows.count - 1
            var spanning = ""
            for column in 0..<width {
                let key = column < row.count ? TextNormalizer.key(row[column]) : ""
                if !key.isEmpty {
                    spanning = key
                    own[column] += key
                    leaves[column] = key
                } else if !isLast && inheritsFromTheLeft {
                    inherited[column] += spanning
                }
            }
        }
        // Inherited texts go first, so that a header wrapped over several rows (本年收入合 / 计)
        // stays one word in the path even when merged cells above it span other rows.
        self.paths = zip(inherited, own).map { $0 + $1 }
        self.own = own
        self.leaves = leaves
        spreadingOverFunds()
    }

    /// The three appropriation funds a group of columns may be split into, in printed order.
    static let fundHeaders = ["一般公共预算", "政府性基金预算", "国有资本经营预算"]

    /// Gives each column of a group split by fund (总计 over 一般公共预算 | 政府性基金预算 |
    /// 国有资本经营预算) the group's header: a PDF prints it once, over the middle column.
    mutating func spreadingOverFunds() {
        let funds = Self.fundHeaders
        var column = 0
        while column + funds.count <= own.count {
            let group = (0..<funds.count).map { column + $0 }
            guard zip(group, funds).allSatisfy({ own[$0].hasSuffix($1) }) else {
                column += 1
                continue
            }
            let header = zip(group, funds).map { own[$0].dropLast($1.count) }.joined()
            for index in group where !paths[index].contains(header) { paths[index] = header + paths[index] }
            column += funds.count
        }
    }

    /// Whether a column's header fits a spec.
    func matches(_ spec: ColumnSpec, column: Int) -> Bool {
        let path = paths[column]
        guard !spec.excluding.contains(where: { path.containsWord($0) }) else { return false }
        if let besides = spec.besides, !paths.contains(where: { $0.containsWord(besides) }) { return false }
        return spec.keywords.contains { words in
            words.allSatisfy { path.containsWord($0) } && words.contains { own[column].containsWord($0) }
        }
    }

    /// Assigns each spec column to the first free header column that fits it.
    ///
    /// - Returns: for each spec, its column index, or nil when the table does not print it.
    func assign(_ specs: [ColumnSpec], among candidates: [Int]) -> [Int?] {
        var free = candidates
        return specs.map { spec in
            guard let position = free.firstIndex(where: { matches(spec, column: $0) }) else { return nil }
            return free.remove(at: position)
        }
    }

    /// The headers of a classification code printed in columns by level.
    static let codeLevels: Set<String> = ["类", "款", "项"]

    /// Columns whose header marks a classification code (科目代码, 编码, or split 类/款/项).
    func codeColumns(in range: Range<Int>) -> [Int] {
        range.filter { column in
            paths[column].containsWord("代码") || paths[column].containsWord("编码")
                || Self.codeLevels.contains(leaves[column])
        }
    }

    /// The first column in a range whose header contains a word.
    func firstColumn(containing word: String, in range: Range<Int>, ownOnly: Bool = false) -> Int? {
        range.first { (ownOnly ? own[$0] : paths[$0]).containsWord(word) }
    }
}
