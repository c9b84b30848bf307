import Foundation
import Testing

/// A damaged PDF never replaces a good one (issue 27, case 1): random bytes written over the
/// content stream of one table page. MuPDF reads past the damage and exits 0, but says so on its
/// standard error; the loader reads that, refuses the file naming the page, and keeps the good
/// version. The damaged copy is made here with qpdf (`--qdf` writes each page's content stream
/// uncompressed, so bytes can be written over it).
@Suite struct DamagedPDFTests {
    /// A copy of the 西南大学 report with 400 bytes of page 14's content stream (公开… 财政拨款支出决算表) overwritten.
    static func damagedCopy(of good: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("damaged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let qdf = directory.appendingPathComponent("qdf.pdf").path
        let qpdf = Process()
        qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        qpdf.arguments = ["qpdf", "--qdf", "--object-streams=disable", good, qdf]
        try qpdf.run()
        qpdf.waitUntilExit()
        try #require(qpdf.terminationStatus == 0)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: qdf)))
        let marker = Array("%% Contents for page 14".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: marker) })
        let stream = Array("stream\n".utf8)
        let start = try #require(bytes.indices.first { $0 > at && bytes[$0...].starts(with: stream) }) + stream.count
        // The same bytes every run (xorshift from a fixed seed), so that a failure reproduces.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for index in (start + 300)..<(start + 700) {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            bytes[index] = UInt8(truncatingIfNeeded: state)
        }
        let damaged = directory.appendingPathComponent("southwest-university-2023-final-accounts.pdf").path
        try Data(bytes).write(to: URL(fileURLWithPath: damaged))
        return damaged
    }

    @Test func aDamagedCopyIsRefusedAndTheGoodOneStays() throws {
        let good = Warehouse.reports.appendingPathComponent("southwest-university-2023-final-accounts.pdf").path
        let damaged = try Self.damagedCopy(of: good)
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: damaged).deletingLastPathComponent().path) }  // a leftover temp folder harms nothing
        try Warehouse.with { warehouse in
            #expect(try CommandLineTests.run(["load", good, "--database-url", warehouse.database.conninfo]).status == 0)
            let facts = "select count(*) from fiscal.fact_gongkai_amount"
            let before = try warehouse.lines(facts)
            let documents = try warehouse.lines("select document_id, sha256 from fiscal.dim_document")
            let run = try CommandLineTests.run(["load", damaged, "--database-url", warehouse.database.conninfo])
            #expect(run.status == 1)
            #expect(
                run.stderr.hasPrefix(
                    "error: \(damaged): page 14: the PDF is damaged (MuPDF: syntax error in content stream); expected an undamaged PDF\n"),
                "\(run.stderr)")
            #expect(try warehouse.lines(facts) == before)
            #expect(try warehouse.lines("select document_id, sha256 from fiscal.dim_document") == documents)
        }
    }
}
