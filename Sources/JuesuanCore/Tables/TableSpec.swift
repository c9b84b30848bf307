/// One 公开 table described as data: how to find it and how its columns read.
///
/// One engine serves each layout; a new table or province variant is a new spec.
public struct TableSpec: Sendable {
    public var table: GongkaiTable
    /// Titles the table is printed under, most common first (keys: no spaces or quotes).
    public var titles: [String]
    public var layout: Layout

    public init(_ table: GongkaiTable, titles: [String], layout: Layout) {
        self.table = table
        self.titles = titles.map(TextNormalizer.key)
        self.layout = layout
    }

    /// The arrangement of a table's rows and columns.
    public enum Layout: Sendable {
        /// One row a 科目 (code, name, amounts), as 公开02/03/05/07/08; `oneRow` tables
        /// (三公, 公开09) have no code and always yield their single row.
        case codedRows(codes: CodeKind, columns: [ColumnSpec], oneRow: Bool = false)
        /// Two tables side by side, 收入 left and 支出 right, each with 项目, 行次 and amounts.
        case twoSided(income: [ColumnSpec], expense: [ColumnSpec])
        /// Groups of (code, name, amount) printed side by side, read down group by group (公开06).
        case groups(codes: CodeKind, amount: ColumnSpec)
    }

    /// Which classification a table's codes belong to.
    public enum CodeKind: String, Sendable {
        /// No code column.
        case none
        /// 功能分类科目 (201, 20103, 2010301).
        case subject
        /// 部门预算支出经济分类 (301, 30101).
        case econ

        /// The code lengths of a valid code of this kind.
        var validLengths: Set<Int> {
            switch self {
            case .none: []
            case .subject: [3, 5, 7]
            // 7 digits: a province's item under a 款 (北京's 3021101 差旅费).
            case .econ: [3, 5, 7]
            }
        }
    }

    /// Every amount column this spec can produce, in view order.
    public var columns: [ColumnSpec] {
        switch layout {
        case .codedRows(_, let columns, _): columns
        case .twoSided(let income, let expense): income + expense
        case .groups(_, let amount): [amount]
        }
    }

    public var codeKind: CodeKind {
        switch layout {
        case .codedRows(let codes, _, _), .groups(let codes, _): codes
        case .twoSided: .none
        }
    }
}
