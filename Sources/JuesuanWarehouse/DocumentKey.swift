import JuesuanCore

/// Whose report a document is: department, fiscal year and kind (决算), unique in
/// `fiscal.dim_document`. A newer file with the same key replaces the document; loaders of one
/// department's reports wait for each other (`DataQualityChecks.departmentLock`).
public struct DocumentKey: Sendable, Hashable, Codable {
    public var department: String
    public var fiscalYear: Int
    public var reportKind: String

    public init(department: String, fiscalYear: Int, reportKind: String) {
        self.department = department
        self.fiscalYear = fiscalYear
        self.reportKind = reportKind
    }

    /// The key of a parsed report.
    public init(_ cover: Cover) {
        self.init(department: cover.department, fiscalYear: cover.fiscalYear, reportKind: cover.reportKind)
    }

    /// The key as the statements' parameters: department, fiscal year, report kind.
    var parameters: [String?] { [department, String(fiscalYear), reportKind] }

    enum CodingKeys: String, CodingKey {
        case department, fiscalYear = "fiscal_year", reportKind = "report_kind"
    }
}

/// A document of the warehouse: its id and its key.
public struct LoadedDocument: Sendable, Equatable, Codable {
    public var documentID: Int64
    public var key: DocumentKey

    public init(documentID: Int64, key: DocumentKey) {
        self.documentID = documentID
        self.key = key
    }

    enum CodingKeys: String, CodingKey {
        case documentID = "document_id"
    }

    /// One JSON object: `document_id` beside the key's fields.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documentID, forKey: .documentID)
        try key.encode(to: encoder)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        documentID = try container.decode(Int64.self, forKey: .documentID)
        key = try DocumentKey(from: decoder)
    }
}
