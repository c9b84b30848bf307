import Foundation
import JuesuanCore
import JuesuanLibPQ

extension DocumentLoader {
    /// Loads one file: unchanged when its digest was loaded by this parser version (then it is
    /// not parsed at all), else parsed by `parse` and written, and the attempt recorded in
    /// `fiscal.load_run` — in the document's transaction when it was written.
    ///
    /// Whether a file is unchanged is decided by `unchangedDocument` alone: here by its digest
    /// before parsing, and again under the department's lock in `load(_:)`, where a concurrent
    /// loader may have loaded the same file in between.
    ///
    /// - Parameter beforeCommit: run last in the document's transaction (tests stop a load there).
    /// - Returns: what became of the file, and the document.
    /// - Throws: the parser's `ParseError`, or `PostgresError`; nothing of the file is left written,
    ///   and the caller records the failed attempt (`LoadRun`).
    public func load(
        file path: String, sha256: String, started: Date, parse: () throws -> Report, beforeCommit: (() -> Void)? = nil
    ) throws -> (result: LoadResult, document: LoadedDocument) {
        if let known = try unchangedDocument(sha256: sha256) {
            let result = LoadResult(outcome: .unchanged, documentID: known.documentID, factRows: 0)
            do {
                try LoadRun(path: path, sha256: sha256, started: started, outcome: .unchanged, documentID: known.documentID).record(on: connection)
            } catch {
                // History is a convenience here: a failure to write it does not change the outcome.
                logger.warning("could not record the load run", metadata: ["file": "\(path)", "error": "\(error)"])
            }
            return (result, known)
        }
        let report = try parse()
        return try connection.transaction {
            let result = try load(report)
            try LoadRun(
                path: path, sha256: report.sha256, started: started, outcome: result.outcome, documentID: result.documentID,
                factRows: result.factRows
            ).record(on: connection)
            beforeCommit?()
            return (result, LoadedDocument(documentID: result.documentID, key: DocumentKey(report.cover)))
        }
    }

    /// The document loaded from a file with this SHA-256 by the current parser version (and
    /// under `key`, when given), if any.
    ///
    /// The same bytes read by the same parser give the same document, so before parsing this
    /// answers what `load` would find after it, at the cost of one indexed lookup
    /// (`dim_document_sha256_idx`) instead of a parse: an unchanged reload of a province's year
    /// of reports then costs a digest and a query a file.
    ///
    /// - Throws: `PostgresError` when the lookup fails.
    public func unchangedDocument(sha256: String, key: DocumentKey? = nil) throws -> LoadedDocument? {
        let result = try connection.execute(
            """
            select document_id, department, fiscal_year, report_kind from fiscal.dim_document
            where sha256 = $1 and parser_version = $2
                and ($3::text is null or (department = $3 and fiscal_year = $4::integer and report_kind = $5))
            """,
            [sha256, String(ReportParser.version), key?.department, key.map { String($0.fiscalYear) }, key?.reportKind],
            doing: "looking up the file's digest")
        guard let row = result.rows.first, let id = row[0].flatMap({ Int64($0) }), let department = row[1],
            let year = row[2].flatMap({ Int($0) }), let kind = row[3]
        else { return nil }
        return LoadedDocument(documentID: id, key: DocumentKey(department: department, fiscalYear: year, reportKind: kind))
    }
}
