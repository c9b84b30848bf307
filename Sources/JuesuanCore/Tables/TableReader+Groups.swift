extension TableReader {
    /// Reads groups of (code, name, amount) printed side by side (公开06).
    ///
    /// Coded rows are read down the first group, then the next; total lines
    /// (人员经费合计, 公用经费合计) follow at the end with no code. A total's amount may be
    /// printed in a later group's amount column (merged cells): an amount with no code
    /// or label of its own belongs to the nearest label to its left on the same line
    /// that has none.
    func readGroups(_ body: [Line], layout: HeaderLayout, codes: TableSpec.CodeKind, amount: ColumnSpec)
        throws(ParseError) -> [TableRow]
    {
        let width = layout.paths.count
        let codeColumns = Set(layout.codeColumns(in: 0..<width))
        let starts = (0..<width).filter { codeColumns.contains($0) && !codeColumns.contains($0 - 1) }
        guard !starts.isEmpty else { throw missingColumn("科目代码", at: lines.location(found.titleIndex)) }
        let groups = starts.enumerated().map { number, start in
            let end = number + 1 < starts.count ? starts[number + 1] : width
            let codes = (start..<end).filter { codeColumns.contains($0) }
            let name = layout.firstColumn(containing: "名称", in: start..<end)
            let rest = (start..<end).filter { !codes.contains($0) && $0 != name }
            return Group(codes: codes, name: name, amount: layout.assign([amount], among: rest)[0])
        }
        let claimed = Set(groups.flatMap { $0.codes + [$0.name, $0.amount].compactMap { $0 } })

        var columns = Array(repeating: [TableRow](), count: groups.count)
        var totals: [TableRow] = []
        for line in body where !line.isBlank {
            try checkUnclaimed(line, claimed: claimed, layout: layout)
            var openTotal: Int?  // a total on this line still waiting for its amount
            for (number, group) in groups.enumerated() {
                let code = group.codes.map { TextNormalizer.key(line.cell($0)) }.joined()
                var name = TextNormalizer.cellText(line.cell(group.name))
                var amountText = line.cell(group.amount)
                let labelInAmount = name.isEmpty && code.isEmpty && amountText.contains(where: \.isWide)
                    && !Self.dashes.contains(TextNormalizer.key(amountText))
                if labelInAmount {
                    // A total's label centred in a cell merged over the group's name and amount columns.
                    (name, amountText) = (TextNormalizer.cellText(amountText), "")
                }
                let cell = Cell(
                    measure: amount.measure, amount: try self.amount(amountText, at: line.location, column: amount),
                    location: line.location, box: labelInAmount ? nil : box(of: line, group.amount))
                if !code.isEmpty, code.allSatisfy(\.isASCIIDigit) {
                    guard codes.validLengths.contains(code.count) else { throw invalidCode(code, kind: codes, at: line.location) }
                    columns[number].append(
                        TableRow(ord: 0, part: .single, code: code, label: name, lineNumber: nil, cells: [cell], location: line.location))
                } else if !code.isEmpty || labelInAmount || (!name.isEmpty && cell.amount != nil) || (!name.isEmpty && columns[number].isEmpty) {
                    if code.first?.isASCIIDigit == true { throw invalidCode(code, kind: codes, at: line.location) }
                    let label = TextNormalizer.cellText(group.codes.map { line.cell($0) }.joined(separator: " ") + name)
                    totals.append(TableRow(ord: 0, part: .single, code: nil, label: label, lineNumber: nil, cells: [cell], location: line.location))
                    openTotal = cell.amount == nil ? totals.count - 1 : nil
                } else if !name.isEmpty, let last = columns[number].indices.last {
                    columns[number][last].label += name  // a name wrapped onto the next line
                } else if cell.amount != nil {
                    guard let open = openTotal else {
                        throw ParseError(at: line.location, "\(table.caption): an amount with no code or name in group \(number + 1)")
                    }
                    totals[open].cells = [cell]
                    openTotal = nil
                }
            }
        }
        let ordered = columns.flatMap { $0 } + totals
        return ordered.enumerated().map { index, row in
            var row = row
            row.ord = index + 1
            return row
        }
    }

    private struct Group {
        var codes: [Int]
        var name: Int?
        var amount: Int?
    }
}
