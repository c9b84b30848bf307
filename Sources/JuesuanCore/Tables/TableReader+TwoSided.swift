extension TableReader {
    /// Reads a two-sided summary (公开01, 公开04): 收入 on the left, 支出 on the right,
    /// each with 项目, an optional 行次 and its amounts. Both sides of a printed row
    /// share its `ord`; a side that is blank is no row part.
    func readTwoSided(_ body: [Line], layout: HeaderLayout, income: [ColumnSpec], expense: [ColumnSpec])
        throws(ParseError) -> [TableRow]
    {
        let width = layout.paths.count
        let labels = (0..<width).filter { layout.own[$0].contains("项目") }
        guard labels.count >= 2 else {
            throw missingColumn("项目 (收入 and 支出)", at: lines.location(found.titleIndex))
        }
        let sides = [(RowPart.income, labels[0], labels[1], income), (RowPart.expense, labels[1], width, expense)].map {
            part, label, end, specs in
            let range = (label + 1)..<end
            let lineColumn = layout.firstColumn(containing: "行次", in: range)
            let assigned = layout.assign(specs, among: range.filter { $0 != lineColumn })
            return Side(part: part, label: label, lineColumn: lineColumn, specs: specs, assigned: assigned)
        }
        let claimed = Set(sides.flatMap { [$0.label, $0.lineColumn].compactMap { $0 } + $0.assigned.compactMap { $0 } })

        var rows: [TableRow] = []
        var ord = 0
        for line in body where !line.isBlank {
            try checkUnclaimed(line, claimed: claimed, layout: layout)
            var parts: [TableRow] = []
            for side in sides {
                let label = TextNormalizer.cellText(line.cell(side.label))
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

    private struct Side {
        var part: RowPart
        var label: Int
        var lineColumn: Int?
        var specs: [ColumnSpec]
        var assigned: [Int?]
    }

    private func lineNumber(_ text: String, at location: SourceLocation) throws(ParseError) -> Int? {
        let key = TextNormalizer.key(text)
        guard !key.isEmpty else { return nil }
        guard let number = Int(key), number > 0 else {
            throw ParseError(at: location, "\(table.caption): expected a 行次 number, found '\(text)'")
        }
        return number
    }
}
