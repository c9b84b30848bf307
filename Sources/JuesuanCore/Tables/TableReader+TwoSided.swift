extension TableReader {
    /// Reads a two-sided summary (公开01, 公开04): 收入 on the left, 支出 on the right,
    /// each with 项目, an optional 行次 and its amounts. Both sides of a printed row
    /// share its `ord`; a side that is blank is no row part.
    func readTwoSided(_ body: [Line], layout: HeaderLayout, income: [ColumnSpec], expense: [ColumnSpec])
        throws(ParseError) -> [TableRow]
    {
        let width = layout.paths.count
        // 项目 / 项目名称 / 功能科目名称 / 支出功能分类科目（按大类） head a side's labels. A budget may
        // print a third side: the 支出 by 功能分类 and again by use (基本支出, 项目支出 …, or 部门预算
        // 支出经济科目 人员经费和公用经费 / 专项业务经费), a second 支出 part.
        let labels = (0..<width).filter { Self.isSideLabel(layout.own[$0]) }
        guard labels.count >= 2 else {
            throw missingColumn("项目 (收入 and 支出)", at: lines.location(found.titleIndex))
        }
        let parts: [RowPart] = [.income, .expense, .expenseByUse]
        // A fourth side (支出 again by 政府预算经济分类) has no part of the view: its cells are left to
        // gongkai.printed_cell, and its amounts named by a column_not_read finding.
        let further = labels.count > parts.count ? Array(labels[parts.count]..<width) : []
        let sides = labels.prefix(parts.count).enumerated().map { number, label in
            let end = number + 1 < labels.count ? labels[number + 1] : width
            let range = (label + 1)..<end
            let lineColumn = layout.firstColumn(containing: "行次", in: range)
            let specs = number == 0 ? income : expense
            let assigned = layout.assign(specs, among: range.filter { $0 != lineColumn })
            // Cells of the side that are neither its 行次 nor an amount continue its label: a
            // total centred in a merged cell stands right of the label column.
            let texts = ([label] + range).filter { $0 != lineColumn && !assigned.contains($0) }
            return Side(part: parts[number], labels: texts, lineColumn: lineColumn, specs: specs, assigned: assigned)
        }
        let claimed = Set(sides.flatMap { $0.labels + [$0.lineColumn].compactMap { $0 } + $0.assigned.compactMap { $0 } } + further)

        var rows: [TableRow] = []
        var ord = 0
        for line in body where !line.isBlank {
            try checkUnclaimed(line, claimed: claimed, layout: layout)
            for column in further where Amount.isNumber(TextNormalizer.key(line.cell(column))) {
                unread.add(header: layout.own[labels[parts.count]] + " " + layout.paths[column], amount: true)
            }
            var parts: [TableRow] = []
            for side in sides {
                // An amount right of a drawn side's label is a column the spec has no measure for,
                // not words of the label: it is left to gongkai.printed_cell, and named.
                let amounts = drawn ? Set(side.labels.dropFirst().filter { Amount.isNumber(TextNormalizer.key(line.cell($0))) }) : []
                for column in amounts.sorted() { unread.add(header: layout.paths[column], amount: true) }
                let label = side.labels.filter { !amounts.contains($0) }.map { TextNormalizer.cellText(line.cell($0)) }.filter { !$0.isEmpty }
                    .joined(separator: " ")
                let lineNumber = try self.lineNumber(line.cell(side.lineColumn), at: line.location)
                let cells = try cells(of: line, specs: side.specs, columns: side.assigned)
                let hasAmounts = cells.contains { $0.amount != nil }
                if label.isEmpty && lineNumber == nil && !hasAmounts { continue }
                if side.lineColumn != nil, lineNumber == nil, !hasAmounts,
                    let previous = rows.lastIndex(where: { $0.part == side.part })
                {
                    rows[previous].label += label  // the label wrapped onto the next line
                    continue
                }
                // A 支出 total printed across both 支出 sides (当年支出小计 … its amount in the last
                // column) is one cell: the label's, on the first side.
                if label.isEmpty, lineNumber == nil, let last = parts.indices.last, parts[last].part != .income,
                    parts[last].cells.allSatisfy({ $0.amount == nil }), parts[last].cells.map(\.measure) == cells.map(\.measure)
                {
                    parts[last].cells = cells
                    continue
                }
                parts.append(
                    TableRow(
                        ord: ord + 1, part: side.part, code: nil, label: label, lineNumber: lineNumber, cells: cells,
                        location: line.location))
            }
            if !parts.isEmpty {
                ord += 1
                rows += parts
            }
        }
        return rows
    }

    /// Whether a header heads a side's labels: 项目, …名称, or a classification's 科目 (支出功能分类科目,
    /// 部门预算支出经济科目（按大类）), not a code's (科目编码).
    static func isSideLabel(_ header: String) -> Bool {
        var key = Substring(header)
        if key.hasSuffix(")"), let open = key.lastIndex(of: "(") { key = key[..<open] }  // （按大类）
        return key.contains("项目") || key.hasSuffix("名称") || key.hasSuffix("科目")
    }

    private struct Side {
        var part: RowPart
        var labels: [Int]
        var lineColumn: Int?
        var specs: [ColumnSpec]
        var assigned: [Int?]
    }

    private func lineNumber(_ text: String, at location: SourceLocation) throws(ParseError) -> Int? {
        let key = TextNormalizer.key(text)
        guard !key.isEmpty else { return nil }
        guard let number = Int(key), number > 0 else {
            throw ParseError(at: location, "\(table.caption): expected a 行次 number, found \(ParseError.quoted(text))")
        }
        return number
    }
}
