/// A parsed 部门决算 report: the cover, the units it covers and its 公开 tables.
public struct Report: Sendable {
    /// The file as named on the command line.
    public var file: String
    /// Hex SHA-256 of the file's bytes: the identity of this version of the document.
    public var sha256: String
    public var cover: Cover
    /// The reporting entity printed on the tables (部门：…（汇总）), if any.
    public var reportingEntity: String?
    /// The units listed in 机构设置及部门决算单位构成, in printed order.
    public var units: [ListedUnit]
    /// The 公开 tables found, in printed order.
    public var tables: [ParsedTable]
    /// The 项目支出绩效自评表, in printed order.
    public var projects: [Project] = []
    /// The indicators of the 绩效目标表 a PDF draws, in printed order.
    public var targets: [ProjectTarget] = []
    /// 第三部分 五(三): budget against actual per 功能分类 项, as the narrative states them.
    public var budgetExecution: [BudgetExecutionLine] = []
    /// Every figure the narrative states, with its change, rate or share.
    public var narrativeFigures: [NarrativeFigure] = []
    /// The 目录 entries that list a table, in printed order (one an entry; a table listed twice once).
    public var tableOfContents: [TableOfContentsEntry] = []
    /// What the parser saw that the analyst must know: sources that name another department.
    public var findings: [ReportFinding] = []
    /// Every table a PDF prints, cell by cell, recognised or not (empty for a text report).
    public var printedTables: [PrintedTable] = []
    /// Narrative sentences that look like stated figures but did not parse.
    public var unparsedStatements: [UnparsedStatement] = []
    /// Every line of the file, as printed; `lines[0]` is line 1.
    public var lines: [String] = []
    /// For a PDF: the printed page and line of each of `lines` (a blank page break is line 0).
    public var pagePositions: [(page: Int, line: Int)]?

    public init(
        file: String, sha256: String, cover: Cover, reportingEntity: String?, units: [ListedUnit], tables: [ParsedTable]
    ) {
        self.file = file
        self.sha256 = sha256
        self.cover = cover
        self.reportingEntity = reportingEntity
        self.units = units
        self.tables = tables
    }

    /// The table of the given kind, if the report prints it.
    public func table(_ table: GongkaiTable) -> ParsedTable? {
        tables.first { $0.table == table }
    }
}

/// A 目录 line that lists a table.
public struct TableOfContentsEntry: Sendable, Equatable {
    public var table: GongkaiTable
    /// The entry as printed.
    public var text: String
    public var location: SourceLocation

    public init(table: GongkaiTable, text: String, location: SourceLocation) {
        self.table = table
        self.text = text
        self.location = location
    }
}

/// A unit named in the list of units the report covers.
public struct ListedUnit: Sendable, Equatable {
    /// The unit's name as printed, trailing punctuation removed.
    public var name: String
    public var location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// What the cover says: whose report, which year, what kind, when, in which unit.
public struct Cover: Sendable, Equatable {
    public var department: String
    public var fiscalYear: Int
    /// 决算 (final accounts) or 预算 (budget).
    public var reportKind: String
    /// ISO date (yyyy-mm-dd) printed on the cover, if any.
    public var publishedOn: String?
    /// The amount unit the tables declare: 万元 or 元.
    public var amountUnit: String
    /// Whose report it is: 部门 (a department's, its units consolidated) or 单位 (one unit's own,
    /// a 单位预算 / 单位决算).
    public var reportLevel: ReportLevel

    public init(
        department: String, fiscalYear: Int, reportKind: String, publishedOn: String?, amountUnit: String,
        reportLevel: ReportLevel = .department
    ) {
        self.department = department
        self.fiscalYear = fiscalYear
        self.reportKind = reportKind
        self.publishedOn = publishedOn
        self.amountUnit = amountUnit
        self.reportLevel = reportLevel
    }
}

/// One 公开 table as printed: its rows in printed order.
public struct ParsedTable: Sendable {
    public var table: GongkaiTable
    /// Where the title was found.
    public var location: SourceLocation
    /// The unit declared above the table (单位：万元), if any.
    public var amountUnit: String?
    public var rows: [TableRow]
    /// Columns of amounts the table's spec has no measure for (a drawn table's only): not in its
    /// view, kept in gongkai.printed_cell, and named by a `column_not_read` finding.
    public var unreadColumns: [UnreadColumn] = []
}

/// A column of amounts of a drawn table that no measure of its spec claims.
public struct UnreadColumn: Sendable, Equatable {
    /// Its header, top to bottom, as one key (财政专户拨款收入教育收费).
    public var header: String
    /// How many amounts it prints.
    public var amounts: Int
}

/// Which side of a two-sided summary table (公开01, 公开04, 收支总表) a row part belongs to.
public enum RowPart: Int, Sendable, Hashable {
    /// Tables with one side.
    case single = 0
    /// The 收入 (left) side.
    case income = 1
    /// The 支出 (right) side.
    case expense = 2
    /// A second 支出 side: a budget's 支出 by use (基本支出, 项目支出 …) beside its 支出 by 功能分类.
    case expenseByUse = 3
}

/// One printed row (or one side of a printed row in a two-sided table).
public struct TableRow: Sendable, Equatable {
    /// Printed order within the table, from 1; both sides of a two-sided row share it.
    public var ord: Int
    public var part: RowPart
    /// The 功能分类 or 经济分类 code, digits only, when the row has one.
    public var code: String?
    /// The printed label (科目名称 or 项目), wrap spaces removed; empty when the cell is blank.
    public var label: String
    /// The printed 行次, when the table has that column.
    public var lineNumber: Int?
    /// One cell per column the table spec knows, in spec order; `nil` amount for a blank cell.
    public var cells: [Cell]
    /// The line the row starts on.
    public var location: SourceLocation

    public init(
        ord: Int, part: RowPart, code: String?, label: String, lineNumber: Int?, cells: [Cell],
        location: SourceLocation
    ) {
        self.ord = ord
        self.part = part
        self.code = code
        self.label = label
        self.lineNumber = lineNumber
        self.cells = cells
        self.location = location
    }

    /// The amount of a measure, if the row has that cell and it is not blank.
    public func amount(_ measure: Measure) -> Amount? {
        cells.first { $0.measure == measure }?.amount
    }
}

/// One amount cell: what it measures, and the printed amount (nil when blank).
public struct Cell: Sendable, Equatable {
    public var measure: Measure
    public var amount: Amount?
    /// The line the amount was printed on (a row split by a page break spans two).
    public var location: SourceLocation
    /// Where on its page the amount is printed (a drawn table's cell; nil for text reports).
    public var box: Box?

    public init(measure: Measure, amount: Amount?, location: SourceLocation, box: Box? = nil) {
        self.measure = measure
        self.amount = amount
        self.location = location
        self.box = box
    }
}
