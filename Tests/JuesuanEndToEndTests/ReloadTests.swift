import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanWarehouse
import Testing

/// Loading is idempotent, and a changed file replaces its document in place.
@Suite struct ReloadTests {
    @Test func loadingTheSeedTwiceChangesNoRow() throws {
        try Warehouse.with { warehouse in
            let first = try warehouse.load(Warehouse.seedPath)
            #expect(first.outcome == .loaded)
            // One fact a printed amount cell: 01 26×1, 02 27×7, 03 29×6, 04 12 + 12×4, 05 29×5, 06 83, 07 6, 08 3, 09 12
            // (698); then the 50 projects: 200 funding lines, 197 indicators, 50 总分 (447); then the 16
            // items of the narrative's budget execution and its 245 stated figures.
            #expect(first.factRows == 698 + 447 + 16 + 245)
            let before = try warehouse.snapshot()
            let second = try warehouse.load(Warehouse.seedPath)
            #expect(second == LoadResult(outcome: .unchanged, documentID: first.documentID, factRows: 0))
            #expect(try warehouse.snapshot() == before)
        }
    }

    @Test func aChangedFileReplacesTheDocument() throws {
        try Warehouse.with { warehouse in
            let first = try warehouse.load(Warehouse.seedPath)
            let original = try String(contentsOfFile: Warehouse.seedPath, encoding: .utf8)
            let changed = original.replacingOccurrences(of: "八、其他收入\t8\t12.73", with: "八、其他收入\t8\t12.74")
            #expect(changed != original)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("changed-\(UUID().uuidString).txt").path
            try changed.write(toFile: path, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: path) }  // a leftover temp file harms nothing

            let second = try warehouse.load(path)
            #expect(second.outcome == .replaced)
            #expect(second.documentID == first.documentID)
            #expect(try warehouse.lines("select income_actual from gongkai.gk01 where ord = 8") == ["12.74"])
            #expect(try warehouse.lines("select count(*), count(distinct document_id) from fiscal.fact_gongkai_amount") == ["698\t1"])
            #expect(try warehouse.lines("select count(*) from fiscal.dim_project") == ["50"])
        }
    }
}
