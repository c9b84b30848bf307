import JuesuanCore

extension DocumentLoader {
    /// Writes the 项目支出绩效自评表: one `dim_project` row a form, its funding lines,
    /// indicators and 总分 by COPY. A 实施单位 that names none of the listed units is
    /// linked to the "none" unit and recorded in `fiscal.dq_finding`, never added as a unit.
    ///
    /// - Returns: the number of fact rows written.
    func loadProjects(_ report: Report, documentID: Int64) throws -> Int {
        var funds: [[String?]] = []
        var indicators: [[String?]] = []
        var scores: [[String?]] = []
        let document = String(documentID)
        for project in report.projects {
            var unitID: String?
            if let unit = project.unit {
                unitID = try connection.execute(
                    "select unit_id from fiscal.dim_unit where unit_name = $1", [unit.name],
                    doing: "finding unit \(unit.name) (\(project.location))"
                ).scalar
            }
            if unitID == nil {
                try recordFinding(
                    documentID: documentID, check: "project_unit_unknown", table: "gk10", key: project.name,
                    found: project.implementingUnit, at: project.location,
                    message: "实施单位 '\(project.implementingUnit)' names none of the units listed in 部门决算单位构成")
            }
            let inserted = try connection.execute(
                """
                insert into fiscal.dim_project (
                    document_id, ord, project_name, supervising_department, implementing_unit_printed, unit_id,
                    goal_expected, goal_achieved, source_line)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                returning project_id
                """,
                [
                    document, String(project.ord), project.name, project.department, project.implementingUnit, unitID ?? "0",
                    project.expectedGoal, project.achievedGoal, String(project.location.line),
                ], doing: "writing project \(project.name) (\(project.location))")
            let projectID = inserted.scalar
            for (index, fund) in project.funds.enumerated() {
                funds.append(
                    [document, projectID, String(index + 1), fund.source]
                        + [fund.initialBudget, fund.fullYearBudget, fund.executed, fund.executionRate, fund.score].map { $0?.sqlText }
                        + [String(fund.location.line)])
            }
            for (index, indicator) in project.indicators.enumerated() {
                let target = indicator.parsedTarget
                indicators.append([
                    document, projectID, String(index + 1), indicator.level1, indicator.level2, indicator.level3,
                    indicator.target, indicator.actual, target.comparison, target.value?.sqlText, target.unit,
                    indicator.weight?.sqlText, indicator.score?.sqlText, indicator.deviation, String(indicator.location.line),
                ])
            }
            scores.append([document, projectID, project.totalScore?.sqlText])
        }
        var rows = 0
        rows += try connection.copyIn(
            """
            copy fiscal.fact_project_fund (document_id, project_id, fund_ord, fund_source, initial_budget, full_year_budget,
                executed, execution_rate, score, source_line) from stdin
            """, rows: funds, doing: "writing the projects' funding lines")
        rows += try connection.copyIn(
            """
            copy fiscal.fact_project_indicator (document_id, project_id, indicator_ord, level1, level2, level3, target_text,
                actual_text, target_comparison, target_value, target_unit, weight, score, deviation, source_line) from stdin
            """, rows: indicators, doing: "writing the projects' indicators")
        rows += try connection.copyIn(
            "copy fiscal.fact_project_score (document_id, project_id, total_score) from stdin", rows: scores,
            doing: "writing the projects' scores")
        return rows
    }

    /// Records something the loader could not resolve as a warning finding of the document.
    func recordFinding(
        documentID: Int64, check: String, table: String, key: String, found: String, at location: SourceLocation, message: String
    ) throws {
        _ = try connection.execute(
            """
            insert into fiscal.dq_finding (document_id, check_id, severity, table_codes, row_key, actual, source_lines, message)
            values ($1, $2, 'warn', $3, $4, $5, array[$6::integer], $7)
            """,
            [String(documentID), check, table, key, found, String(location.line), message],
            doing: "recording finding \(check) (\(location))")
    }
}
