import Foundation
import JuesuanCore
import JuesuanLibPQ

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
        let projectIDs = try insertProjects(report, documentID: documentID)
        for project in report.projects {
            let projectID = projectIDs[project.ord]
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

    /// Records a finding of the document that no SQL check makes: what the loader or the
    /// parser could not resolve (a 实施单位 matching no unit, a source naming another department).
    func recordFinding(
        documentID: Int64, check: String, severity: Severity = .warn, table: String, key: String, found: String,
        at location: SourceLocation, message: String
    ) throws {
        _ = try connection.execute(
            """
            insert into fiscal.dq_finding (document_id, check_id, severity, table_codes, row_key, actual, source_lines, message)
            values ($1, $2, $3, $4, $5, $6, array[$7::integer], $8)
            """,
            [String(documentID), check, severity.rawValue, table, key, found, String(location.line), message],
            doing: "recording finding \(check) (\(location))")
    }

    /// One form as the set-based project statements read it (`json_to_recordset`).
    struct StagedProject: Encodable {
        var ord: Int
        var projectName: String
        var supervisingDepartment: String
        var implementingUnitPrinted: String
        var unitName: String?
        var goalExpected: String
        var goalAchieved: String
        var sourceLine: Int
        var unknownUnitMessage: String

        enum CodingKeys: String, CodingKey {
            case ord, projectName = "project_name", supervisingDepartment = "supervising_department",
                implementingUnitPrinted = "implementing_unit_printed", unitName = "unit_name", goalExpected = "goal_expected",
                goalAchieved = "goal_achieved", sourceLine = "source_line", unknownUnitMessage = "unknown_unit_message"
        }
    }

    /// Writes the document's `dim_project` rows in one statement, and a `project_unit_unknown`
    /// finding for each 实施单位 that names no listed unit in another; returns project_id by ord.
    ///
    /// The forms travel as one JSON parameter read by `json_to_recordset`: two round trips a
    /// document instead of two a project.
    private func insertProjects(_ report: Report, documentID: Int64) throws -> [Int: String] {
        guard !report.projects.isEmpty else { return [:] }
        let staged = report.projects.map { project in
            StagedProject(
                ord: project.ord, projectName: project.name, supervisingDepartment: project.department,
                implementingUnitPrinted: project.implementingUnit, unitName: project.unit?.name, goalExpected: project.expectedGoal,
                goalAchieved: project.achievedGoal, sourceLine: project.location.line,
                unknownUnitMessage: "实施单位 '\(project.implementingUnit)' names none of the units listed in 部门决算单位构成")
        }
        let json = String(decoding: try JSONEncoder().encode(staged), as: UTF8.self)
        let forms = """
            with forms as (
                select forms.*, units.unit_id
                from json_to_recordset($2::json) as forms (
                    ord integer, project_name text, supervising_department text, implementing_unit_printed text, unit_name text,
                    goal_expected text, goal_achieved text, source_line integer, unknown_unit_message text)
                left join fiscal.dim_unit as units on units.unit_name = forms.unit_name
                    and units.department = (select department from fiscal.dim_document where document_id = $1)
            )
            """
        _ = try connection.execute(
            forms + """
                insert into fiscal.dq_finding (document_id, check_id, severity, table_codes, row_key, actual, source_lines, message)
                select $1, 'project_unit_unknown', 'warn', 'gk10', project_name, implementing_unit_printed, array[source_line],
                    unknown_unit_message
                from forms
                where unit_id is null
                order by ord
                """, [String(documentID), json], doing: "recording the projects' unknown units")
        let inserted = try connection.execute(
            forms + """
                insert into fiscal.dim_project (
                    document_id, ord, project_name, supervising_department, implementing_unit_printed, unit_id,
                    goal_expected, goal_achieved, source_line)
                select $1, ord, project_name, supervising_department, implementing_unit_printed, coalesce(unit_id, 0),
                    goal_expected, goal_achieved, source_line
                from forms
                order by ord
                returning ord, project_id
                """, [String(documentID), json], doing: "writing the projects")
        var ids: [Int: String] = [:]
        for row in inserted.rows {
            if let ord = row[0].flatMap({ Int($0) }) { ids[ord] = row[1] }
        }
        return ids
    }
}

