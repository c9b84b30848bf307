import Foundation
import JuesuanCore
import JuesuanLibPQ

extension DocumentLoader {
    /// The staging table's columns, in COPY order.
    ///
    /// - Important: table and column names here are constants, never taken from input.
    static let stagingColumns = [
        "table_code", "ord", "part", "subject_code", "econ_code", "line_label", "line_no",
        "measure_code", "fund_code", "amount", "amount_text", "source_line", "x0", "top", "x1", "bottom",
    ]

    /// Copies every printed cell of the report's tables into staging, then upserts the
    /// code dimensions and writes the facts from there.
    ///
    /// - Returns: the number of fact rows written.
    func loadFacts(_ report: Report, documentID: Int64, unitID: Int64) throws -> Int {
        // Created once a session and emptied at every commit (a rollback takes it away, and the
        // next document creates it again): creating and dropping it for every document cost
        // about 2 ms and churned the system catalogs.
        _ = try connection.execute(
            """
            create temp table if not exists juesuan_stage (
                table_code text not null, ord integer not null, part smallint not null,
                subject_code text, econ_code text, line_label text, line_no integer,
                measure_code text not null, fund_code text not null,
                amount numeric, amount_text text, source_line integer not null,
                x0 numeric, top numeric, x1 numeric, bottom numeric
            ) on commit delete rows
            """, doing: "creating the staging table")

        var locations: [SourceLocation] = []
        var rows: [[String?]] = []
        for table in report.tables {
            let kind = table.table.spec.codeKind
            for row in table.rows {
                for cell in row.cells {
                    rows.append([
                        table.table.rawValue, String(row.ord), String(row.part.rawValue),
                        kind == .subject ? row.code : nil, kind == .econ ? row.code : nil,
                        row.label.isEmpty ? nil : row.label, row.lineNumber.map(String.init),
                        cell.measure.code, cell.measure.fund.rawValue,
                        cell.amount?.sqlText, cell.amount?.text, String(cell.location.line),
                    ] + Self.points(cell.box))
                    locations.append(cell.location)
                }
            }
        }
        do {
            _ = try connection.copyIn(
                "copy juesuan_stage (\(Self.stagingColumns.joined(separator: ", "))) from stdin", rows: rows,
                doing: "copying \(report.file) into staging")
        } catch var error {
            // The server names the COPY line; map it back to the report's line.
            if let line = error.context.flatMap(Self.copyLine), line >= 1, line <= locations.count {
                error.doing = "copying \(locations[line - 1]) into staging"
            }
            throw error
        }

        // The foreign-key checks of the dimensions run on plans the session made at its first
        // document, when the dimensions were a few rows and a scan beat the index. Kept for the
        // whole run, they scanned dim_unit (a department adds ~20 units) for every cell: over 60
        // generated reports loaded into a fresh warehouse a document's insert went from 20 to 70 ms
        // and dim_unit was read 28 million rows (`pg_stat_user_tables`); with the plans made again
        // for each document (a fraction of a millisecond), 20–30 ms and 4 million.
        _ = try connection.execute("discard plans", doing: "renewing the session's plans")
        for (statement, phase) in Self.dimensionStatements {
            _ = try connection.execute(statement, doing: phase)
        }
        let inserted = try connection.execute(
            """
            insert into fiscal.fact_gongkai_amount (
                document_id, table_code, ord, part, unit_id, subject_id, econ_id, measure_id, fund_id,
                line_label, line_no, amount, amount_text, source_line, x0, top, x1, bottom)
            select $1, stage.table_code, stage.ord, stage.part, $2,
                coalesce(subject.subject_id, 0), coalesce(econ.econ_id, 0), measure.measure_id, fund.fund_id,
                stage.line_label, stage.line_no, stage.amount, stage.amount_text, stage.source_line,
                stage.x0, stage.top, stage.x1, stage.bottom
            from juesuan_stage as stage
            left join fiscal.dim_subject as subject on subject.subject_code = stage.subject_code
            left join fiscal.dim_econ as econ on econ.econ_code = stage.econ_code
            left join fiscal.dim_measure as measure on measure.measure_code = stage.measure_code
            left join fiscal.dim_fund as fund on fund.fund_code = stage.fund_code
            """, [String(documentID), String(unitID)], doing: "writing the facts of \(report.file)")
        return inserted.affectedRows
    }

    /// Set-based upserts of the code dimensions from staging. A code keeps the name
    /// it was first loaded with (first printed line within a document); parents are
    /// linked by code prefix once both exist.
    static let dimensionStatements: [(String, String)] = [
        (
            """
            insert into fiscal.dim_subject (subject_code, subject_name, subject_level)
            select distinct on (subject_code) subject_code, coalesce(line_label, ''), (length(subject_code) - 1) / 2
            from juesuan_stage where subject_code is not null
            order by subject_code, source_line
            on conflict (subject_code) do nothing
            """, "writing 功能分类 subjects"
        ),
        (
            """
            update fiscal.dim_subject as child set parent_subject_id = parent.subject_id
            from fiscal.dim_subject as parent
            where child.parent_subject_id is null and child.subject_level > 1
                and parent.subject_code = left(child.subject_code, length(child.subject_code) - 2)
                and child.subject_code in (select subject_code from juesuan_stage)
            """, "linking 功能分类 subjects to their parents"
        ),
        (
            """
            insert into fiscal.dim_econ (econ_code, econ_name, econ_level, expense_group)
            select distinct on (econ_code) econ_code, coalesce(line_label, ''), (length(econ_code) - 1) / 2,
                (select expense_group from fiscal.econ_expense_group where econ_class_code = left(econ_code, 3))
            from juesuan_stage where econ_code is not null
            order by econ_code, source_line
            on conflict (econ_code) do nothing
            """, "writing 经济分类 codes"
        ),
        (
            """
            update fiscal.dim_econ as child set parent_econ_id = parent.econ_id
            from fiscal.dim_econ as parent
            where child.parent_econ_id is null and child.econ_level > 1
                and parent.econ_code = left(child.econ_code, length(child.econ_code) - 2)
                and child.econ_code in (select econ_code from juesuan_stage)
            """, "linking 经济分类 codes to their parents"
        ),
    ]

    /// A box's sides as COPY text, to the hundredth of a point; four nulls for none.
    static func points(_ box: Box?) -> [String?] {
        guard let box else { return [nil, nil, nil, nil] }
        return [box.x0, box.top, box.x1, box.bottom].map { String(format: "%.2f", $0) }
    }

    /// The line number in a COPY error context ("COPY juesuan_stage, line 37, column amount: …").
    static func copyLine(_ context: String) -> Int? {
        guard let range = context.range(of: "line ") else { return nil }
        return Int(context[range.upperBound...].prefix(while: \.isNumber))
    }
}
