import Foundation
import JuesuanCore
import Testing

/// `trace --png` and `show --png` on the Shanghai PDF: the picture is cropped from the printed
/// page, and the outlined cell is the word `pdftotext -bbox` places there, read independently of
/// the loader; the PNG is read back pixel by pixel by `Tests/python/png_pixels.py`.
@Suite struct PictureTests {
    static let shanghai = Warehouse.reports.appendingPathComponent("shanghai-putuo-finance-bureau-2024-final-accounts.pdf").path

    /// A word as `pdftotext -bbox` prints it: its box in points.
    struct Word {
        var text: String
        var left: Double, top: Double, right: Double, bottom: Double
    }

    static func words(page: Int) throws -> [Word] {
        let output = try run("/usr/bin/env", ["pdftotext", "-f", String(page), "-l", String(page), "-bbox", shanghai, "-"])
        let pattern = #/<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>/#
        return output.matches(of: pattern).compactMap { match in
            guard let left = Double(match.1), let top = Double(match.2), let right = Double(match.3), let bottom = Double(match.4)
            else { return nil }
            return Word(text: String(match.5), left: left, top: top, right: right, bottom: bottom)
        }
    }

    /// The boxes the command reports: `(x0, y0)–(x1, y1) pt`, in order.
    static func boxes(in line: String) -> [(left: Double, top: Double, right: Double, bottom: Double)] {
        line.matches(of: #/\(([0-9.]+), ([0-9.]+)\)–\(([0-9.]+), ([0-9.]+)\) pt/#).compactMap { match in
            guard let left = Double(match.1), let top = Double(match.2), let right = Double(match.3), let bottom = Double(match.4)
            else { return nil }
            return (left, top, right, bottom)
        }
    }

    static func pixels(_ png: String, _ points: [(Int, Int)]) throws -> [String] {
        let script = Warehouse.root.appendingPathComponent("Tests/python/png_pixels.py").path
        return try run("/usr/bin/env", ["python3", script, png] + points.map { "\($0.0),\($0.1)" })
            .split(separator: "\n").map(String.init)
    }

    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(arguments)")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func theCellOfATraceIsOutlinedWhereThePagePrintsIt() throws {
        let png = FileManager.default.temporaryDirectory.appendingPathComponent("cell-\(UUID().uuidString).png").path
        defer { try? FileManager.default.removeItem(atPath: png) }
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(Self.shanghai).documentID)
            let run = try CommandLineTests.run(
                ["trace", "gk05", "2010601", "基本支出", "--document", document, "--png", png, "--database-url", warehouse.database.conninfo])
            #expect(run.status == 0, "\(run.stderr)")
            let wrote = try #require(run.stdout.split(separator: "\n").last.map(String.init))
            #expect(wrote.contains("page 15,"))
            let boxes = Self.boxes(in: wrote)
            try #require(boxes.count == 2)
            let (crop, cell) = (boxes[0], boxes[1])

            // The page prints 行政运行's 基本支出, 1,503.52, on the line of its name (its digits a few points
            // off the CJK baseline: the fonts' metrics disagree).
            let words = try Self.words(page: 15)
            let name = try #require(words.first { $0.text == "行政运行" })
            let centre = { (word: Word) in (word.top + word.bottom) / 2 }
            let printed = try #require(
                words.filter { $0.text == "1,503.52" }.min { abs(centre($0) - centre(name)) < abs(centre($1) - centre(name)) })
            #expect(abs(centre(printed) - centre(name)) < 8)
            #expect(abs(cell.left - printed.left) < 0.2 && abs(cell.right - printed.right) < 0.2)
            let middle = (cell.top + cell.bottom) / 2
            #expect(middle > printed.top && middle < printed.bottom)
            // The crop holds the cell and the row's name.
            #expect(crop.left <= printed.left && crop.right >= printed.right && crop.top <= printed.top && crop.bottom >= printed.bottom)
            #expect(crop.left <= name.left && crop.right >= name.right)

            // The picture is the crop at 2 pixels a point; the outline is red 2 points outside the
            // cell, the digits inside it dark, the paper beside the crop's corner white.
            let x = Int(((cell.left - 2 - crop.left) * 2).rounded()) + 10
            let y = Int(((cell.top - 2 - crop.top) * 2).rounded()) + 1
            let pixels = try Self.pixels(png, [(x, y), (2, 2)])
            #expect(pixels[0] == "\(Int(((crop.right - crop.left) * 2).rounded())) \(Int(((crop.bottom - crop.top) * 2).rounded()))")
            #expect(pixels[1] == "220,0,0")
            #expect(pixels[2] == "255,255,255")
        }
    }

    /// Issue 22: the outline is the box the loader stored with the fact, not a word found again by its text.
    @Test func theTracedCellIsOutlinedAtItsStoredBox() throws {
        let png = FileManager.default.temporaryDirectory.appendingPathComponent("stored-\(UUID().uuidString).png").path
        defer { try? FileManager.default.removeItem(atPath: png) }
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(Self.shanghai).documentID)
            let stored = try warehouse.lines(
                """
                select x0, top, x1, bottom from fiscal.gongkai_cell
                where document_id = $1 and table_code = 'gk05' and subject_code = '2010601' and measure_code = 'basic_expense'
                """, [document])
            let sides = try #require(stored.first).split(separator: "\t").compactMap { Double($0) }
            try #require(sides.count == 4)
            let run = try CommandLineTests.run(
                ["trace", "gk05", "2010601", "基本支出", "--document", document, "--png", png, "--database-url", warehouse.database.conninfo])
            #expect(run.status == 0, "\(run.stderr)")
            let boxes = Self.boxes(in: try #require(run.stdout.split(separator: "\n").last.map(String.init)))
            try #require(boxes.count == 2)
            let (crop, cell) = (boxes[0], boxes[1])
            // The outline printed is the stored box (to the 0.1 pt the message prints).
            #expect(abs(cell.left - sides[0]) <= 0.05 && abs(cell.top - sides[1]) <= 0.05)
            #expect(abs(cell.right - sides[2]) <= 0.05 && abs(cell.bottom - sides[3]) <= 0.05)
            // And it is drawn there: red 2 points outside the stored box's left side, at its middle height.
            let x = Int(((sides[0] - 2 - crop.left) * 2).rounded())
            let y = Int((((sides[1] + sides[3]) / 2 - crop.top) * 2).rounded())
            #expect(try Self.pixels(png, [(x, y)])[1] == "220,0,0")
        }
    }

    /// Issue 27, case 5: the picture is drawn from the bytes whose SHA-256 was checked. A stand-in
    /// pdftoppm swaps the source file for another PDF before drawing and records the SHA-256 of
    /// the file it was given to draw: it is the loaded file's, not the swapped one's.
    @Test func thePictureIsDrawnFromTheBytesChecked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }  // a leftover temp folder harms nothing
        let source = folder.appendingPathComponent("report.pdf").path
        try FileManager.default.copyItem(atPath: Self.shanghai, toPath: source)
        let other = Warehouse.reports.appendingPathComponent("southwest-university-2023-final-accounts.pdf").path
        let log = folder.appendingPathComponent("drawn.txt").path
        let wrapper = folder.appendingPathComponent("pdftoppm").path
        let pdftoppm = ["/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "pdftoppm"
        try Data(
            """
            #!/bin/sh
            cp '\(other)' '\(source)'
            for last; do :; done
            sha256sum "$last" | cut -d' ' -f1 > '\(log)'
            exec \(pdftoppm) "$@"

            """.utf8
        ).write(to: URL(fileURLWithPath: wrapper))
        #expect(chmod(wrapper, 0o755) == 0)
        let png = folder.appendingPathComponent("cell.png").path
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(source).documentID)
            let loaded = try #require(try warehouse.lines("select sha256 from fiscal.dim_document").first)
            let run = try CommandLineTests.run(
                executable: CommandLineTests.executable,
                ["trace", "gk05", "2010601", "基本支出", "--document", document, "--png", png, "--database-url", warehouse.database.conninfo],
                environment: ["JUESUAN_PDFTOPPM": wrapper])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try String(contentsOfFile: log, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) == loaded)
            #expect(SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: source))) != loaded)  // the file was swapped meanwhile
        }
    }

    @Test func aShownTableIsPicturedFromItsTitleToItsLastRow() throws {
        let png = FileManager.default.temporaryDirectory.appendingPathComponent("table-\(UUID().uuidString).png").path
        defer { try? FileManager.default.removeItem(atPath: png) }
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(Self.shanghai).documentID)
            let run = try CommandLineTests.run(
                ["show", "gk05", "--document", document, "--png", png, "--database-url", warehouse.database.conninfo])
            #expect(run.status == 0, "\(run.stderr)")
            let wrote = try #require(run.stdout.split(separator: "\n").last.map(String.init))
            let crop = try #require(Self.boxes(in: wrote).first)
            let words = try Self.words(page: 15)
            // Its title and its 合计 row (printed last) are inside.
            for text in ["一般公共预算财政拨款支出决算表", "2,940.05"] {
                let word = try #require(words.first { $0.text == text })
                #expect(crop.left <= word.left && crop.right >= word.right && crop.top <= word.top && crop.bottom >= word.bottom, "\(text)")
            }
            #expect(try Self.pixels(png, [])[0] == "\(Int(((crop.right - crop.left) * 2).rounded())) \(Int(((crop.bottom - crop.top) * 2).rounded()))")
        }
    }

    @Test func aTextReportHasNoPictureAndSaysSo() throws {
        let png = FileManager.default.temporaryDirectory.appendingPathComponent("text-\(UUID().uuidString).png").path
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            let run = try CommandLineTests.run(["trace", "gk05", "2010301", "--png", png, "--database-url", warehouse.database.conninfo])
            #expect(run.status == 0)
            #expect(run.stdout.contains("行政运行"))
            #expect(run.stderr.contains("is a text report: its source lines are above; --png pictures the rows of PDF documents"))
            #expect(!FileManager.default.fileExists(atPath: png))
        }
    }
}
