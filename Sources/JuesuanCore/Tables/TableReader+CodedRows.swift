extension TableReader {
    /// Reads a table of one row a 科目: code, name and amounts (公开02/03/05/07/08/09).
    ///
    /// Codes may be one cell (2010301, "201 03 01") or split over 类/款/项 columns, or
    /// lead the name cell when the header has no code column. A line with no code that
    /// only continues the row above is merged into it: a name wrapped onto the next
    /// line, or amounts that a page break pushed onto a line of their own.
    func readCodedRows(
        _ body: [Line], layout: HeaderLayout, codes: TableSpec.CodeKind, columns: [ColumnSpec], oneRow: Bool
    ) throws(ParseError) -> [TableRow] {
        let width = layout.paths.count
        var codeColumns: [Int] = []
        var nameColumn: Int?
        if codes != .none {
            codeColumns = layout.codeColumns(in: 0..<width)
            nameColumn = layout.firstColumn(containing: "名称", in: 0..<width).flatMap {
                codeColumns.contains($0) ? nil : $0
            }
            if codeColumns.isEmpty && nameColumn == nil {
                // No 科目代码 / 科目名称 header: the code leads the 项目 cell, or stands in the first column.
                if layout.own.first?.contains("项目") == true {
                    nameColumn = 0
                } else {
                    codeColumns = [0]
                    nameColumn = 1
                }
            }
        }
        // A PDF may print 项目 / 栏次 / 合计 in a column of their own, left of the amounts.
        let labelColumns = codes == .none ? [] : (0..<width).filter { column in
            !codeColumns.contains(column) && column != nameColumn && ["项目", "栏次", "项目栏次"].contains(layout.own[column])
        }
        let keyColumns = Set(codeColumns + labelColumns + [nameColumn].compactMap { $0 })
        let assigned = layout.assign(columns, among: (0..<width).filter { !keyColumns.contains($0) })
        guard assigned.contains(where: { $0 != nil }) else {
            throw missingColumn("amount (\(columns.map(\.caption).joined(separator: "/")))", at: lines.location(found.titleIndex))
        }
        let claimed = keyColumns.union(assigned.compactMap { $0 })

        var rows: [TableRow] = []
        for line in body where !line.isBlank {
            try checkUnclaimed(line, claimed: claimed, layout: layout)
            var (code, label) = try codeAndLabel(of: line, codeColumns: codeColumns, nameColumn: nameColumn, kind: codes)
            if label.isEmpty, let text = labelColumns.lazy.map({ TextNormalizer.cellText(line.cell($0)) }).first(where: { !$0.isEmpty }) {
                label = text
            }
            let cells = try cells(of: line, specs: columns, columns: assigned)
            let hasAmounts = cells.contains { $0.amount != nil }
            if code == nil, codes != .none, !Self.totalLabels.contains(TextNormalizer.key(label)), let last = rows.indices.last {
                if !label.isEmpty && !hasAmounts {
                    rows[last].label += label  // a name wrapped onto the next line
                    continue
                }
                if label.isEmpty && hasAmounts {
                    rows[last].cells = try merging(cells, into: rows[last].cells, at: line.location)
                    continue
                }
            }
            if code == nil, label.isEmpty, !hasAmounts, codes != .none { continue }
            if codes == .none { (code, label) = (nil, "") }
            rows.append(
                TableRow(
                    ord: rows.count + 1, part: .single, code: code, label: label, lineNumber: nil, cells: cells,
                    location: line.location))
        }
        if oneRow && rows.isEmpty {
            // 三公 prints its one row even when every cell is blank; the view shows it as NULLs.
            let location = body.first?.location ?? lines.location(found.grid.last?.index ?? found.titleIndex)
            let blanks = zip(columns, assigned).compactMap { spec, column in
                column.map { _ in Cell(measure: spec.measure, amount: nil, location: location) }
            }
            rows.append(TableRow(ord: 1, part: .single, code: nil, label: "", lineNumber: nil, cells: blanks, location: location))
        }
        return rows
    }

    /// The code and label of a line. A non-numeric text in the code column is a label
    /// (合计 printed across code and name); a code may also lead the name cell.
    private func codeAndLabel(of line: Line, codeColumns: [Int], nameColumn: Int?, kind: TableSpec.CodeKind)
        throws(ParseError) -> (String?, String)
    {
        var code = codeColumns.map { TextNormalizer.key(line.cell($0)) }.joined()
        var label = TextNormalizer.cellText(line.cell(nameColumn))
        if !code.isEmpty && !code.allSatisfy(\.isASCIIDigit) {
            guard !(code.first?.isASCIIDigit ?? false) else { throw invalidCode(code, kind: kind, at: line.location) }
            let printed = TextNormalizer.cellText(codeColumns.map { line.cell($0) }.joined(separator: " "))
            label = label.isEmpty ? printed : printed + label
            code = ""
        }
        if code.isEmpty, kind != .none, let (leading, rest) = Self.leadingCode(label) {
            code = leading
            label = rest
        }
        guard !code.isEmpty else { return (nil, label) }
        guard kind.validLengths.contains(code.count) else { throw invalidCode(code, kind: kind, at: line.location) }
        return (code, label)
    }

    /// A code at the start of a label ("2010301 行政运行"), when the label has one.
    static func leadingCode(_ label: String) -> (String, String)? {
        let digits = label.prefix(while: \.isASCIIDigit)
        guard [3, 5, 7].contains(digits.count) else { return nil }
        let rest = label.dropFirst(digits.count)
        guard let next = rest.first, next == " " || next.isWide else { return nil }
        return (String(digits), rest.trimmingWhitespace())
    }

    /// Puts the amounts of a page-break continuation line into the row it continues.
    private func merging(_ cells: [Cell], into previous: [Cell], at location: SourceLocation) throws(ParseError) -> [Cell] {
        var merged = previous
        for (index, cell) in cells.enumerated() where cell.amount != nil {
            guard merged[index].amount == nil else {
                throw ParseError(
                    at: location,
                    "\(table.caption): amounts without a code or name, and the row above already has \(cell.measure.code)")
            }
            merged[index] = cell
        }
        return merged
    }

    func invalidCode(_ code: String, kind: TableSpec.CodeKind, at location: SourceLocation) -> ParseError {
        let lengths = kind.validLengths.sorted().map(String.init).joined(separator: ", ")
        return ParseError(at: location, "\(table.caption): expected a \(kind == .econ ? "经济分类" : "功能分类") code of \(lengths) digits, found '\(code)'")
    }
}
