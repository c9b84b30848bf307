import Foundation
import Testing

/// Issue 27, case 8: bad input still gets one bounded line that says what it is.
@Suite struct BoundedMessageTests {
    static func load(_ paths: [String], _ warehouse: Warehouse, extra: [String] = []) throws -> CommandLineTests.Run {
        try CommandLineTests.run(["load"] + paths + extra + ["--database-url", warehouse.database.conninfo])
    }

    @Test func aHugeCellIsQuotedCutWithItsLength() throws {
        let huge = "6680.84" + String(repeating: "x", count: 200_000)
        let path = try SeedVariant.write(try SeedVariant.seed().replacingOccurrences(of: "\t6680.84\t", with: "\t\(huge)\t"))
        defer { SeedVariant.remove(path) }
        try Warehouse.with { warehouse in
            let run = try Self.load([path], warehouse)
            #expect(run.status == 1)
            let line = try #require(run.stderr.split(separator: "\n").first)
            #expect(line.count < 400, "\(line.count) characters")
            #expect(line.contains("'6680.84xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' (200007 characters)"), "\(line)")
            let stored = try warehouse.lines("select length(message) < 400 from fiscal.load_run where outcome = 'failed'")
            #expect(stored == ["t"])
        }
    }

    @Test func aNewlineInAFileNameStaysOnOneLine() throws {
        let path = try SeedVariant.write(Data("not a report\n".utf8), name: "two\nlines.txt")
        defer { SeedVariant.remove(path) }
        try Warehouse.with { warehouse in
            let run = try Self.load([path], warehouse)
            #expect(run.status == 1)
            let escaped = path.replacingOccurrences(of: "\n", with: "\\n")
            #expect(run.stderr.hasPrefix("error: \(escaped): "), "\(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 2)  // the file's line and the count of failures
        }
    }

    @Test func encodingsAndLineEndingsAreNamed() throws {
        let seed = try SeedVariant.seed()
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(seed.data(using: .utf16LittleEndian) ?? Data())
        let wide = try SeedVariant.write(utf16, name: "utf16.txt")
        let classic = try SeedVariant.write(Data(seed.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r").utf8), name: "cr.txt")
        defer { [wide, classic].forEach(SeedVariant.remove) }
        try Warehouse.with { warehouse in
            let run = try Self.load([wide], warehouse)
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix("error: \(wide): expected UTF-8 text, found UTF-16 text (convert it with iconv -f UTF-16 -t UTF-8)\n"))
            // Old Mac line endings (CR alone) read as lines: the seed loads.
            #expect(try Self.load([classic], warehouse).status == 0)
            #expect(try warehouse.lines("select department from fiscal.dim_document") == ["吉林省人民政府办公厅"])
        }
    }

    @Test func anEncryptedPDFSaysItNeedsAPassword() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("encrypted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }  // a leftover temp folder harms nothing
        let locked = folder.appendingPathComponent("locked.pdf").path
        let qpdf = Process()
        qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        qpdf.arguments = [
            "qpdf", "--encrypt", "user", "owner", "256", "--", Warehouse.reports.appendingPathComponent("budget/jiangsu-party-committee-office-2019-budget-tables.pdf").path,
            locked,
        ]
        try qpdf.run()
        qpdf.waitUntilExit()
        try #require(qpdf.terminationStatus == 0)
        try Warehouse.with { warehouse in
            let run = try Self.load([locked], warehouse)
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix("error: \(locked): the PDF is encrypted and needs a password to open; expected a PDF that opens without one\n"))
        }
    }

    @Test func anEmptyListSaysNoFilesAreListed() throws {
        let list = try CommandLineTests.temporaryFile(Data())
        defer { try? FileManager.default.removeItem(atPath: list) }  // a leftover temp file harms nothing
        try Warehouse.with { warehouse in
            let run = try Self.load([], warehouse, extra: ["--files-from", list])
            #expect(run.status == 0)
            #expect(run.stderr == "note: \(list): no files listed; nothing to load\n")
        }
    }
}
