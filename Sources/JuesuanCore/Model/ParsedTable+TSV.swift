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

extension Project {
    /// The project as tab-separated lines: the project, its funding lines, its indicators.
    public var tsv: String {
        var lines = [
            [String(ord), name, department, implementingUnit, unit?.name ?? "(no listed unit)", totalScore?.text ?? ""]
                .joined(separator: "\t")
        ]
        for fund in funds {
            let amounts = [fund.initialBudget, fund.fullYearBudget, fund.executed, fund.executionRate, fund.score]
            lines.append((["", fund.source] + amounts.map { $0?.text ?? "" }).joined(separator: "\t"))
        }
        for indicator in indicators {
            lines.append(
                [
                    "", indicator.level1, indicator.level2, indicator.level3, indicator.target, indicator.actual,
                    indicator.weight?.text ?? "", indicator.score?.text ?? "", indicator.deviation,
                ].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n")
    }
}
