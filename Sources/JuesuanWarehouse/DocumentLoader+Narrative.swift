import JuesuanCore
import JuesuanLibPQ

extension DocumentLoader {
    /// Writes the narrative's stated figures (五(三) budget execution) by COPY, and records
    /// the parser's findings and each statement that looked like a figure but did not parse.
    ///
    /// - Returns: the number of fact rows written.
    func loadNarrative(_ report: Report, documentID: Int64) throws -> Int {
        let document = String(documentID)
        for finding in report.findings {
            try recordFinding(
                documentID: documentID, check: finding.check, severity: finding.severity, table: finding.table, key: finding.key,
                found: finding.found, at: finding.location, message: finding.message)
        }
        for statement in report.unparsedStatements {
            try recordFinding(
                documentID: documentID, check: "narrative_unparsed", table: "narrative", key: statement.section,
                found: statement.text, at: statement.location,
                message: "a stated figure in \(statement.section) that does not follow the template's phrasing")
        }
        // Kept for the session and emptied at every commit, like juesuan_stage.
        _ = try connection.execute(
            """
            create temp table if not exists juesuan_budget_stage (
                ord integer not null, subject_code text, printed_subject text not null, item_name text not null,
                initial_budget numeric not null,
                actual numeric not null, amount_unit text not null, completion_rate numeric, reason text not null, closing_text text not null,
                source_line integer not null
            ) on commit delete rows
            """, doing: "creating the narrative staging table")
        let rows: [[String?]] = report.budgetExecution.map { line in
            [
                String(line.ord), line.code, "\(line.className)（类）\(line.sectionName)（款）\(line.itemName)（项）", line.itemName,
                line.budget.sqlText, line.actual.sqlText, line.unit, line.completionRate?.sqlText, line.reason, line.closing,
                String(line.location.line),
            ]
        }
        _ = try connection.copyIn(
            """
            copy juesuan_budget_stage (ord, subject_code, printed_subject, item_name, initial_budget, actual, amount_unit, completion_rate,
                reason, closing_text, source_line) from stdin
            """, rows: rows, doing: "copying the narrative's budget execution")
        return try connection.execute(
            """
            insert into fiscal.fact_budget_execution (document_id, ord, subject_id, printed_subject, item_name, initial_budget,
                actual, amount_unit, completion_rate, reason, closing_text, source_line)
            select $1, stage.ord, coalesce(subjects.subject_id, 0), stage.printed_subject, stage.item_name, stage.initial_budget,
                stage.actual,
                stage.amount_unit, stage.completion_rate, stage.reason, stage.closing_text, stage.source_line
            from juesuan_budget_stage as stage
            left join fiscal.dim_subject as subjects on subjects.subject_code = stage.subject_code
            """, [document], doing: "writing the budget execution"
        ).affectedRows
    }
}
