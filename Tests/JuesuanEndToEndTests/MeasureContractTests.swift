import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanWarehouse
import Testing

/// The measure codes are written in three places — the Swift specs, the `dim_measure` seed of
/// the migrations and the views — and must agree, or a printed column is stored and never shown.
@Suite struct MeasureContractTests {
    @Test func everyMeasureASpecProducesIsInDimMeasureAndInItsView() throws {
        let folder = Warehouse.sqlDirectory.appendingPathComponent("views/gongkai")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        try Warehouse.with { warehouse in
            let measures = Set(try warehouse.lines("select measure_code from fiscal.dim_measure"))
            let funds = Set(try warehouse.lines("select fund_code from fiscal.dim_fund"))
            for table in GongkaiTable.known {
                // The table's view, and the views of columns only some layouts print (gk02_tuition).
                let views = try files.filter { $0 == "\(table.rawValue).sql" || $0.hasPrefix("\(table.rawValue)_") }
                    .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
                #expect(!views.isEmpty, "\(table.rawValue) has no view")
                for measure in table.spec.columns.map(\.measure) {
                    #expect(measures.contains(measure.code), "\(table.rawValue): \(measure.code) is not in fiscal.dim_measure")
                    #expect(funds.contains(measure.fund.rawValue), "\(table.rawValue): \(measure.fund.rawValue) is not in fiscal.dim_fund")
                    #expect(views.contains { $0.contains("'\(measure.code)'") }, "\(table.rawValue): \(measure.code) is in no view of the table")
                }
            }
        }
    }

    @Test func everySeverityIsOneTheFindingsTableAccepts() throws {
        try Warehouse.with { warehouse in
            let definition = try #require(
                try warehouse.lines("select pg_get_constraintdef(oid) from pg_constraint where conname = 'dq_finding_severity_check'").first)
            for severity in Severity.allCases {
                #expect(definition.contains("'\(severity.rawValue)'"), "\(severity) is not accepted by \(definition)")
            }
            #expect(definition.components(separatedBy: "::text").count - 1 == Severity.allCases.count)
        }
    }
}
