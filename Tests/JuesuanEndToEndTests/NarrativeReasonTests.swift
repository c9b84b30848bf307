import Foundation
import JuesuanCore
import JuesuanPDF
import JuesuanWarehouse
import Testing

/// `narrative_reasons` on the corpus: every change of a total the template explains has its reason
/// in its part of the text — wrapped over two lines (长沙's 主要 / 是厉行节约), given once after a run
/// of changes (深圳's 预算收支增加主要原因说明), or by the items that follow a total's 其中：(上海交通职业
/// 技术学院's 三公) — but for one: 国家信访局's 收、支总计各增加 5834.37 万元，增长 35.74%。 (page 17),
/// after which the text goes on to （一）收入决算具体情况 without a reason for the total.
@Suite struct NarrativeReasonTests {
    static let corpus = PrintedCellTests.reports + ["budget/xian-civil-affairs-bureau-2021-budget.pdf"]

    @Test(arguments: Self.corpus)
    func everyChangeHasItsReasonButOne(_ file: String) throws {
        let report = try ReportReader.read(Warehouse.reports.appendingPathComponent(file).path)
        let found = try Warehouse.with { warehouse in
            let document = String(try DocumentLoader(connection: warehouse.connection).load(report).documentID)
            try DataQualityChecks(sqlDirectory: Warehouse.sqlDirectory).runPending(on: warehouse.connection)
            return try warehouse.lines(
                "select severity, row_key, source_lines from fiscal.dq_finding where document_id = $1 and check_id = 'narrative_reasons'",
                [document])
        }
        #expect(found == (file.hasPrefix("central-national-public-complaints-bureau") ? ["warn\t支总计 支总计各 2\t{324}"] : []))
    }
}
