import Foundation
import JuesuanCore
import JuesuanPDF
import JuesuanWarehouse
import Testing

/// `required_tables`: a table its kind of report must publish, named nowhere in the report — not
/// in the 目录, not as a title. A table the 目录 lists and the body omits is `missing_table`'s.
@Suite struct RequiredTableTests {
    static let title = "国有资本经营预算财政拨款支出决算表"

    /// The seed without its 公开08 (the 目录's line 25 and the table, lines 355–373, up to 九、):
    /// one warning naming it. The seed as printed names it in its 目录 (line 25) and by the title the
    /// table is read under (line 355).
    @Test func aTableNamedNowhereIsFound() throws {
        let lines = try SeedVariant.seed().components(separatedBy: "\n")
        #expect(lines[24] == "- 八、" + Self.title && lines[354] == "八、" + Self.title && lines[373].hasPrefix("九、"))
        let without = Array(lines[..<24] + lines[25..<354] + lines[373...]).joined(separator: "\n")
        #expect(try PublisherErrorTests.findings(of: "required_tables", loading: without) == ["warn\tgk08\t\(Self.title)\t{}"])

        try Warehouse.with { warehouse in
            _ = try DataQualityVariationTests.load(try SeedVariant.seed(), into: warehouse)
            #expect(try warehouse.lines("select count(*) from fiscal.dq_finding where check_id = 'required_tables'") == ["0"])
            #expect(
                try warehouse.lines("select source_lines::text from fiscal.dq_measurement where check_id = 'required_tables' and table_codes = 'gk08'")
                    == ["{25,355}"])
        }
    }

    /// Each corpus report, read page by page: 佛山's 2019 决算 never mentions 国有资本经营; 西南大学 prints
    /// the four tables of a 高等学校 (收支, 收入, 支出, 财政拨款支出) and none of the six others;
    /// 深圳's 2026 budget lists eleven tables, its 基本支出总表 but no 一般公共预算基本支出表. The others
    /// name every table, some in wordings the loader does not read as the table (西安's 政府性基金收支表,
    /// 广州's 财政拨款安排的行政经费及“三公”经费预算表, 福州's 一般公共预算拨款支出预算表).
    static let missing: [String: [String]] = [
        "foshan-rail-transit-bureau-2019-final-accounts.pdf": ["gk08"],
        "southwest-university-2023-final-accounts.pdf": ["gk04", "gk05", "gk06", "gk07", "gk08", "gk09"],
        "budget/shenzhen-civil-affairs-bureau-2026-budget.pdf": ["ys06"],
    ]

    @Test(arguments: NarrativeReasonTests.corpus + [TableAmountTests.beijing])
    func eachCorpusReportNamesItsTables(_ file: String) throws {
        let given = file == TableAmountTests.beijing ? GivenIdentity(department: "北京市财政局", year: 2026, kind: .budget) : .none
        let report = try ReportReader.read(Warehouse.reports.appendingPathComponent(file).path, given: given)
        let (found, compared) = try Warehouse.with { warehouse in
            let document = String(try DocumentLoader(connection: warehouse.connection).load(report).documentID)
            try DataQualityChecks(sqlDirectory: Warehouse.sqlDirectory).runPending(on: warehouse.connection)
            let found = try warehouse.lines(
                "select table_codes from fiscal.dq_finding where document_id = $1 and check_id = 'required_tables' order by 1", [document])
            let compared = try warehouse.lines(
                "select count(*) from fiscal.dq_measurement where document_id = $1 and check_id = 'required_tables'", [document])
            return (found, compared)
        }
        #expect(found == Self.missing[file, default: []])
        #expect(compared == [report.cover.reportKind == "预算" ? "8" : "9"])
    }
}
