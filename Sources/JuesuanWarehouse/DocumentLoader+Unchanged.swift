import JuesuanCore
import JuesuanLibPQ

extension DocumentLoader {
    /// The document loaded from a file with this SHA-256 by the current parser version, if any,
    /// so that an unchanged file is recognised before it is parsed.
    ///
    /// The same bytes read by the same parser give the same document, so this answers what
    /// `load` would find after parsing (`unchanged`), at the cost of one indexed lookup
    /// (`dim_document_sha256_idx`) instead of a parse: an unchanged reload of a province's
    /// year of reports then costs a digest and a query a file.
    ///
    /// - Throws: `PostgresError` when the lookup fails.
    public func unchangedDocument(sha256: String) throws -> LoadedDocument? {
        let result = try connection.execute(
            """
            select document_id, department, fiscal_year, report_kind from fiscal.dim_document
            where sha256 = $1 and parser_version = $2
            """,
            [sha256, String(ReportParser.version)], doing: "looking up the file's digest")
        guard let row = result.rows.first, let id = row[0].flatMap({ Int64($0) }), let department = row[1],
            let year = row[2].flatMap({ Int($0) }), let kind = row[3]
        else { return nil }
        return LoadedDocument(documentID: id, key: DocumentKey(department: department, fiscalYear: year, reportKind: kind))
    }
}
