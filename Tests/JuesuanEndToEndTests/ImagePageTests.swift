import Foundation
import Testing

/// Pages printed as pictures (issue 23, item 5): a PDF of images alone is refused naming its
/// pages; a report one of whose pages is an image loads with an `error` finding naming it.
/// The image pages are written by `Tests/python/image_pages_pdf.py`; qpdf appends one to a report.
@Suite struct ImagePageTests {
    static func run(_ program: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(program) \(arguments)")
    }

    @Test func imagePagesAreNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }  // a leftover temp folder harms nothing
        let scans = folder.appendingPathComponent("scans.pdf").path
        try Self.run("python3", [Warehouse.root.appendingPathComponent("Tests/python/image_pages_pdf.py").path, scans, "3"])
        let report = Warehouse.reports.appendingPathComponent("southwest-university-2023-final-accounts.pdf").path
        let mixed = folder.appendingPathComponent("mixed.pdf").path
        try Self.run("qpdf", ["--empty", "--pages", report, scans, "2", "--", mixed])
        try Warehouse.with { warehouse in
            let refused = try CommandLineTests.run(["load", scans, "--database-url", warehouse.database.conninfo])
            #expect(refused.status == 1)
            #expect(
                refused.stderr.hasPrefix(
                    "error: \(scans): the PDF has no text layer (pages 1, 2, 3 are images); OCR is not supported (expected a PDF with text)\n"),
                "\(refused.stderr)")
            let run = try CommandLineTests.run(["load", mixed, "--database-url", warehouse.database.conninfo])
            #expect(run.status == 0, "\(run.stderr)")
            // The report has 21 pages; the image is the 22nd.
            #expect(
                try warehouse.lines("select severity, row_key, message from fiscal.dq_finding where check_id = 'image_pages'")
                    == ["error\tpages\tpage 22 is an image without text, not read (OCR is not supported)"])
        }
    }
}
