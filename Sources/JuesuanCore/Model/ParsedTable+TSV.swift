/// Plain-text rendering of a parsed table, for `juesuan parse` and golden tests.
extension ParsedTable {
    /// One line a row part: ord, part, code, label, 行次, then each spec column's printed amount.
    ///
    /// Blank cells are empty fields, so the output lines up with the view that
    /// reproduces the table.
    public var tsv: String {
        rows.map { row in
            var fields = [String(row.ord), String(row.part.rawValue), row.code ?? "", row.label, row.lineNumber.map(String.init) ?? ""]
            fields += row.cells.map { $0.amount?.text ?? "" }
            return fields.joined(separator: "\t")
        }.joined(separator: "\n")
    }
}
