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
        // Budgets name a row by its unit (预算单位), year (年度) or kind (支出项目类别) as well as, or
        // instead of, a code and name: those cells are part of the row's label.
        // A list without codes (政府采购) is all labels but its amounts.
        let isList = codes == .none && !oneRow
        let amountColumns = isList ? Set(layout.assign(columns, among: Array(0..<width)).compactMap { $0 }) : []
        let rowLabels = (0..<width).filter { column in
            Self.isRowLabelHeader(layout.own[column]) || (isList && !amountColumns.contains(column))
        }
        // A cross-table keys its rows by a second classification as well (政府经济科目 beside 部门经济科目,
        // 经济分类 beside 功能分类): its rows are read by the table's own classification, one row a
        // printed line (a code may stand on several), and the other classification's cells are
        // left to gongkai.printed_cell: a row's label is its 科目's name, which dim_subject keeps.
        let crossLabels = (0..<width).filter { !rowLabels.contains($0) && Self.namesAnotherClassification(layout.own[$0], than: codes) }
        if codes != .none {
            codeColumns = layout.codeColumns(in: 0..<width).filter { !rowLabels.contains($0) && !crossLabels.contains($0) }
            nameColumn = layout.firstColumn(containing: "名称", in: 0..<width).flatMap {
                codeColumns.contains($0) || rowLabels.contains($0) || crossLabels.contains($0) ? nil : $0
            }
            // Code and name in one cell (30101-基本工资) under the classification's name (部门支出经济分类科目).
            if codeColumns.isEmpty, nameColumn == nil {
                nameColumn = (0..<width).first { column in
                    layout.own[column].hasSuffix("科目") && !rowLabels.contains(column) && !crossLabels.contains(column)
                }
            }
            // Without a 名称 header the 科目's name stands under the classification's own name
            // (功能科目, 经济科目), right of its code columns.
            if nameColumn == nil, let last = codeColumns.max(), last + 1 < width, layout.own[last + 1].hasSuffix("科目"),
                !rowLabels.contains(last + 1)
            {
                nameColumn = last + 1
            }
            if codeColumns.isEmpty && nameColumn == nil && rowLabels.isEmpty && crossLabels.isEmpty {
                // No 科目代码 / 科目名称 header: the code leads the 项目 cell, or stands in the first
                // column and the name in the second (unless a column is an amount's: a table of
                // totals alone, its first column a margin left of 合计).
                let isAmount = { (column: Int) in layout.assign(columns, among: [column]).contains { $0 != nil } }
                if layout.own.first?.contains("项目") == true {
                    nameColumn = 0
                } else if width > 1, !isAmount(0) {
                    codeColumns = [0]
                    nameColumn = isAmount(1) ? nil : 1
                }
            }
        }
        // A PDF may print 项目 / 栏次 / 合计 in a column of their own, left of the amounts.
        let labelColumns = codes == .none ? [] : (0..<width).filter { column in
            !codeColumns.contains(column) && column != nameColumn && !rowLabels.contains(column)
                && ["项目", "栏次", "项目栏次"].contains(layout.own[column])
        }
        let keyColumns = Set(codeColumns + labelColumns + rowLabels + crossLabels + [nameColumn].compactMap { $0 })
        let assigned = layout.assign(columns, among: (0..<width).filter { !keyColumns.contains($0) })
        guard assigned.contains(where: { $0 != nil }) else {
            if oneRow, let rows = try readTransposed(body, layout: layout, columns: columns) { return rows }
            throw missingColumn("amount (\(columns.map(\.caption).joined(separator: "/")))", at: lines.location(found.titleIndex))
        }
        // A column with no header left of the amounts holds the first part of a label printed in
        // two cells (一般公共预算资金 | 公共财政拨款(补助)资金 under one 项目名称).
        let firstAmount = assigned.compactMap { $0 }.min() ?? 0
        let unheaded = (0..<firstAmount).filter { layout.paths[$0].isEmpty && !keyColumns.contains($0) }
        // So do the columns a drawn 项目名称 header spans with the name's column: the label's levels.
        let nameLevels = nameColumn.map { name in
            (0..<firstAmount).filter { $0 != name && !keyColumns.contains($0) && !layout.paths[$0].isEmpty && layout.paths[$0] == layout.paths[name] }
        } ?? []
        let claimed = keyColumns.union(assigned.compactMap { $0 }).union(unheaded).union(nameLevels)

        var rows: [TableRow] = []
        var above: [String] = []  // the last code's parts, column by column
        for var line in body where !line.isBlank {
            try checkUnclaimed(line, claimed: claimed, layout: layout)
            Self.inheritingCodeLevels(&line, codeColumns: codeColumns, above: &above)
            var (code, label) = try codeAndLabel(of: line, codeColumns: codeColumns, nameColumn: nameColumn, kind: codes)
            if let nameColumn, !nameLevels.isEmpty {
                label = ([nameColumn] + nameLevels).sorted().map { TextNormalizer.cellText(line.cell($0)) }.filter { !$0.isEmpty }
                    .joined(separator: " ")
            }
            let named = rowLabels.map { TextNormalizer.cellText(line.cell($0)) }.filter { !$0.isEmpty }
            let leading = unheaded.map { TextNormalizer.cellText(line.cell($0)) }.filter { !$0.isEmpty }
            if !named.isEmpty || !leading.isEmpty {
                label = TextNormalizer.cellText((named + leading + (label.isEmpty ? [] : [label])).joined(separator: " "))
            }
            // A code printed left of its header (a narrow code column under a wide 科目编码) leads the label.
            if code == nil, !leading.isEmpty, let (leadingCode, rest) = Self.leadingCode(label), codes.validLengths.contains(leadingCode.count) {
                (code, label) = (leadingCode, rest)
            }
            if label.isEmpty, let text = labelColumns.lazy.map({ TextNormalizer.cellText(line.cell($0)) }).first(where: { !$0.isEmpty }) {
                label = text
            }
            let cells = try cells(of: line, specs: columns, columns: assigned)
            let hasAmounts = cells.contains { $0.amount != nil }
            // A unit's or year's row of its own is a row; other lines without a code continue the row above.
            // A drawn row is a row: its cells hold their wrapped text whole.
            if !drawn, code == nil, codes != .none, named.isEmpty, !Self.totalLabels.contains(TextNormalizer.key(label)), let last = rows.indices.last {
                // Without codes (a list of income lines, of projects) a name alone is a row with no amount.
                if !label.isEmpty && !hasAmounts, rows.contains(where: { $0.code != nil }) {
                    rows[last].label += label  // a name wrapped onto the next line
                    continue
                }
                if label.isEmpty && hasAmounts {
                    rows[last].cells = try merging(cells, into: rows[last].cells, at: line.location)
                    continue
                }
            }
            if code == nil, label.isEmpty, !hasAmounts, codes != .none { continue }
            if codes == .none, rowLabels.isEmpty { (code, label) = (nil, "") }
            rows.append(
                TableRow(
                    ord: rows.count + 1, part: .single, code: code, label: label, lineNumber: nil, cells: cells,
                    location: line.location))
        }
        if !drawn, !rows.contains(where: { $0.code != nil }) { rows = Self.joiningWrappedNames(rows) }
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

    /// A list without codes whose rows print every amount (0.00 where nothing is planned): a
    /// name with no amount at all is the first line of the next row's name, wrapped above the
    /// line its amounts are printed on (政务信息化项目（软 / 件开发服务） 182.67 …).
    static func joiningWrappedNames(_ rows: [TableRow]) -> [TableRow] {
        let printed = rows.filter { $0.cells.contains { $0.amount != nil } }
        guard printed.count >= 2, printed.allSatisfy({ $0.cells.allSatisfy { $0.amount != nil } }) else { return rows }
        var joined: [TableRow] = []
        var pending: TableRow?
        for var row in rows {
            let blank = row.cells.allSatisfy { $0.amount == nil } && !totalLabels.contains(TextNormalizer.key(row.label))
            if blank, pending == nil, !row.label.isEmpty {
                pending = row
                continue
            }
            if let first = pending {
                row.label = first.label + row.label
                row.location = first.location
                pending = nil
            }
            row.ord = joined.count + 1
            joined.append(row)
        }
        if var last = pending {
            last.ord = joined.count + 1
            joined.append(last)
        }
        return joined
    }

    /// Headers of the cells that name a budget's row besides its code: 预算单位, 单位名称, 年度,
    /// 支出项目类别.
    static func isRowLabelHeader(_ own: String) -> Bool {
        ["预算单位", "单位名称", "部门名称", "单位", "年度", "年份"].contains(own) || own.hasSuffix("类别")
            // A unit's code (单位编码 241001) names the unit, not a 科目.
            || (own.hasPrefix("单位") && (own.contains("编码") || own.contains("代码")))
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

    /// A code split over 类/款/项 columns and printed as a tree: a 款 row may print its own
    /// digits alone (| 40 | | 信访事务 under 201 一般公共服务支出), its 类 being the one above.
    /// The blank higher levels are taken from the last code printed; a row that prints its
    /// highest level starts again.
    static func inheritingCodeLevels(_ line: inout Line, codeColumns: [Int], above: inout [String]) {
        guard codeColumns.count > 1 else { return }
        var parts = codeColumns.map { TextNormalizer.key(line.cell($0)) }
        guard parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let first = parts.firstIndex(where: { !$0.isEmpty }) else { return }
        if first > 0, above.count == parts.count, above[..<first].allSatisfy({ !$0.isEmpty }) {
            for index in 0..<first { parts[index] = above[index] }
            for (index, column) in codeColumns.enumerated() where column < line.cells.count { line.cells[column] = parts[index] }
        }
        above = parts
    }

    /// Whether a header names a classification other than the table's own: 政府经济 (the
    /// government's economic classification, 501…) in a table by 部门经济分类, any 经济 one in a
    /// table by 功能分类.
    static func namesAnotherClassification(_ own: String, than kind: TableSpec.CodeKind) -> Bool {
        switch kind {
        case .econ: own.contains("政府") && own.contains("经济")
        case .subject: own.contains("经济") && (own.contains("科目") || own.contains("分类"))
        case .none: false
        }
    }

    /// A code at the start of a label ("2010301 行政运行", "30101-基本工资", "[30101]基本工资"),
    /// when the label has one.
    static func leadingCode(_ label: String) -> (String, String)? {
        var text = Substring(label)
        let bracketed = text.first == "["
        if bracketed { text = text.dropFirst() }
        let digits = text.prefix(while: \.isASCIIDigit)
        guard [3, 5, 7].contains(digits.count) else { return nil }
        var rest = text.dropFirst(digits.count)
        if bracketed || rest.first == "-" {
            guard !bracketed || rest.first == "]" else { return nil }
            rest = rest.dropFirst()
            guard !rest.isEmpty else { return nil }
        } else {
            guard let next = rest.first, next == " " || next.isWide else { return nil }
        }
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
        return ParseError(at: location, "\(table.caption): expected a \(kind == .econ ? "经济分类" : "功能分类") code of \(lengths) digits, found \(ParseError.quoted(code))")
    }
}
