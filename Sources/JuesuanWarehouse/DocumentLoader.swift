import Foundation
import JuesuanCore
import JuesuanLibPQ
import Logging

/// Writes a parsed report into the star schema, in one transaction.
///
/// The document is locked by its identity (department, fiscal year, report kind),
/// so two loaders never interleave rows of one document. An unchanged file (same
/// SHA-256) is a no-op; a changed one replaces the old rows in the same
/// transaction, so readers see the old version or the new one, never a mix. Cells
/// go to a temporary staging table by COPY; set-based statements then upsert the
/// dimensions and write the facts. The data-quality checks are not run here: a loaded or
/// replaced document is left with its checks pending, for `DataQualityChecks.runPending` once
/// the run's files are loaded.
public struct DocumentLoader {
    let connection: Connection
    let logger: Logger

    public init(connection: Connection, logger: Logger = Logger(label: "juesuan.loader")) {
        self.connection = connection
        self.logger = logger
    }

    /// Loads one report.
    ///
    /// - Returns: whether the document was new, replaced or unchanged, and how many fact rows were written.
    /// - Throws: `PostgresError` saying which phase failed; nothing of the report is left written.
    public func load(_ report: Report) throws -> LoadResult {
        try connection.transaction {
            let key = DocumentKey(report.cover)
            // One department's reports load one at a time, whatever their years: the cross-year
            // checks read last year's and next year's documents, which must not be half-written
            // by another loader (DataQualityChecks.run takes the same lock). JIT off for this
            // transaction: every statement here reads or writes one document, and compiling
            // would cost milliseconds to save microseconds.
            _ = try connection.execute(
                "select \(DataQualityChecks.departmentLock("$1", "$2")), set_config('jit', 'off', true)",
                [key.department, key.reportKind], doing: "locking the reports of \(key.department)")
            if let known = try unchangedDocument(sha256: report.sha256, key: key) {
                return LoadResult(outcome: .unchanged, documentID: known.documentID, factRows: 0)
            }
            let (documentID, inserted) = try upsertDocument(report)
            if !inserted {
                // Every row of the previous version (fiscal.clear_document, 0016_clear_document.sql).
                _ = try connection.execute(
                    "select fiscal.clear_document($1)", [String(documentID)], doing: "removing the previous version's rows")
            }
            let positions = report.pagePositions
            _ = try connection.copyIn(
                "copy fiscal.document_line (document_id, line_no, line_text, page, page_line) from stdin",
                rows: report.lines.enumerated().lazy.map { index, text in
                    let position = positions.map { $0[index] }
                    return [String(documentID), String(index + 1), text, position.map { String($0.page) }, position.map { String($0.line) }]
                }, doing: "copying the lines of \(report.file)")
            try loadStructure(report, documentID: documentID)
            try loadPrintedTables(report, documentID: documentID)
            let unitID = try loadUnits(report, documentID: documentID)
            let rows = try loadFacts(report, documentID: documentID, unitID: unitID)
                + loadProjects(report, documentID: documentID) + loadNarrative(report, documentID: documentID)
                + loadNarrativeFigures(report, documentID: documentID)
            // Next year's report is judged against this one (year_over_year): when it was loaded
            // first, its checks are pending again, so that the order of loading does not matter
            // (committed: no other loader writes it while this one holds the department's lock).
            _ = try connection.execute(
                """
                update fiscal.dim_document set checked_at = null
                where department = $1 and fiscal_year = $2::integer + 1 and report_kind = $3
                """,
                key.parameters, doing: "marking next year's document for its checks")
            return LoadResult(outcome: inserted ? .loaded : .replaced, documentID: documentID, factRows: rows)
        }
    }

    /// The document's id, and whether it is new (`xmax = 0`: the row was inserted, not updated).
    private func upsertDocument(_ report: Report) throws -> (id: Int64, inserted: Bool) {
        let cover = report.cover
        let result = try connection.execute(
            """
            insert into fiscal.dim_document
                (department, fiscal_year, report_kind, published_on, amount_unit, reporting_entity, source_file, sha256,
                parser_version, report_level)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            on conflict (department, fiscal_year, report_kind) do update set
                report_level = excluded.report_level,
                published_on = excluded.published_on,
                amount_unit = excluded.amount_unit,
                reporting_entity = excluded.reporting_entity,
                source_file = excluded.source_file,
                sha256 = excluded.sha256,
                parser_version = excluded.parser_version,
                loaded_at = now(),
                checked_at = null
            returning document_id, xmax = 0
            """,
            [
                cover.department, String(cover.fiscalYear), cover.reportKind, cover.publishedOn, cover.amountUnit,
                report.reportingEntity, report.file, report.sha256, String(ReportParser.version),
                cover.reportLevel.rawValue,
            ], doing: "writing the document")
        guard let row = result.rows.first, let id = row[0].flatMap({ Int64($0) }) else {
            throw PostgresError(message: "the document insert returned no id", doing: "writing the document")
        }
        return (id, row[1] == "t")
    }

    /// Adds the reporting entity and the listed units to `dim_unit` as the department's (a name the
    /// department already has is kept), links the listed ones to the document, and returns the entity's id.
    private func loadUnits(_ report: Report, documentID: Int64) throws -> Int64 {
        let department = report.cover.department
        let entity = report.reportingEntity ?? department
        // `do update` (to the same value) rather than `do nothing`, so the statement returns the
        // id even when a concurrent loader inserted the unit: a `do nothing` would wait for
        // that loader, then return no row, and a select in the same statement would not see it.
        let upsert = """
            insert into fiscal.dim_unit (unit_name, department, is_consolidated) values ($1, $2, $3)
            on conflict (unit_name, department) do update set unit_name = excluded.unit_name
            returning unit_id
            """
        let entityResult = try connection.execute(upsert, [entity, department, "true"], doing: "writing the reporting unit")
        guard let entityID = entityResult.scalar.flatMap({ Int64($0) }) else {
            throw PostgresError(message: "the unit upsert returned no id", doing: "writing the reporting unit")
        }
        // The listed units in one statement (one JSON parameter), upserted in name order so that
        // concurrent loaders adding the same units lock them in the same order; the first
        // listing of a name gives its place in the list.
        struct ListedUnitRow: Encodable {
            var ord: Int
            var unitName: String
            var sourceLine: Int
            enum CodingKeys: String, CodingKey { case ord, unitName = "unit_name", sourceLine = "source_line" }
        }
        let listed = report.units.enumerated().map {
            ListedUnitRow(ord: $0.offset + 1, unitName: $0.element.name, sourceLine: $0.element.location.line)
        }
        if !listed.isEmpty {
            _ = try connection.execute(
                """
                with listed as (
                    select * from json_to_recordset($2::json) as listed (ord integer, unit_name text, source_line integer)
                ),
                upserted as (
                    insert into fiscal.dim_unit (unit_name, department, is_consolidated)
                    select distinct unit_name, $3, false from listed order by unit_name
                    on conflict (unit_name, department) do update set unit_name = excluded.unit_name
                    returning unit_id, unit_name
                )
                insert into fiscal.document_unit (document_id, unit_id, ord, source_line)
                select $1, upserted.unit_id, listed.ord, listed.source_line
                from listed
                inner join upserted on upserted.unit_name = listed.unit_name
                order by listed.ord
                on conflict (document_id, unit_id) do nothing
                """,
                [String(documentID), String(decoding: try JSONEncoder().encode(listed), as: UTF8.self), department],
                doing: "writing the listed units (\(report.units.count), from \(report.units[0].location))")
        }
        return entityID
    }
}
