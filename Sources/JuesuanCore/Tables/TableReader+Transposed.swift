extension TableReader {
    /// Reads a table of one row printed down the page (福州's 三公: 项目 | 预算数, an item a line):
    /// each line's label names what its amounts are, as a column's header would (因公出国（境）费用,
    /// 其中：公务用车购置费), and each amount column's header which of them (预算数, 决算数). The
    /// spec's columns are matched to label and header as to a header printed across.
    ///
    /// - Returns: the one row, or nil when the table has no 项目 column or its lines name no column of the spec.
    func readTransposed(_ body: [Line], layout: HeaderLayout, columns specs: [ColumnSpec]) throws(ParseError) -> [TableRow]? {
        guard let labelColumn = layout.own.firstIndex(where: { $0.contains("项目") }) else { return nil }
        let amountColumns = layout.own.indices.filter { $0 != labelColumn && !layout.own[$0].isEmpty }
        var places: [(line: Line, column: Int)] = []
        var headers: [String] = []
        for line in body where !line.isBlank {
            for column in amountColumns {
                places.append((line, column))
                headers.append(layout.paths[column] + TextNormalizer.key(line.cell(labelColumn)))
            }
        }
        let across = HeaderLayout(rows: [headers], width: headers.count)
        let assigned = across.assign(specs, among: Array(headers.indices))
        guard assigned.contains(where: { $0 != nil }) else { return nil }
        var cells: [Cell] = []
        for (spec, index) in zip(specs, assigned) {
            guard let index else { continue }
            let (line, column) = places[index]
            cells.append(
                Cell(measure: spec.measure, amount: try amount(line.cell(column), at: line.location, column: spec), location: line.location, box: box(of: line, column)))
        }
        let location = body.first { !$0.isBlank }?.location ?? lines.location(found.titleIndex)
        return [TableRow(ord: 1, part: .single, code: nil, label: "", lineNumber: nil, cells: cells, location: location)]
    }
}
