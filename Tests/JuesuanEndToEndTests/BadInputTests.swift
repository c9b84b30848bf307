import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
import Testing

/// Files a nightly job may be handed by mistake, each loaded by the real binary together with
/// the good seed: the bad file gets one line naming it (and the line, where there is one),
/// nothing of it is written but its `failed` run, and the seed still loads.
@Suite struct BadInputTests {
    enum BadInput: String, CaseIterable, Sendable {
        case empty, binary, gb18030, notANumber, tablePrintedTwice, fiftyMegabytes, cutOffInATable

        /// The file's contents.
        func contents() throws -> Data {
            switch self {
            case .empty:
                return Data()
            case .binary:
                // The start of an .xlsx (a zip archive): the spreadsheet instead of its text export.
                return Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00])
            case .gb18030:
                return try BadInputTests.gb18030(Warehouse.seedPath)
            case .notANumber:
                return Data(try BadInputTests.replacingFirst("17321.91", with: "17321.9I").utf8)
            case .tablePrintedTwice:
                let lines = try SeedVariant.seed().components(separatedBy: "\n")
                let start = try #require(lines.firstIndex(of: BadInputTests.gk09Heading))
                let end = try #require(lines.firstIndex(of: "十、部门预算项目支出绩效自评表"))
                return Data((lines[..<end] + lines[start..<end] + lines[end...]).joined(separator: "\n").utf8)
            case .fiftyMegabytes:
                // The seed followed by its own 第三部分 prose again and again: text, tables and all, only far too much.
                let seed = try SeedVariant.seed()
                let prose = Data(String(try #require(seed.range(of: "第三部分").map { seed[$0.lowerBound...] })).utf8)
                var data = Data(seed.utf8)
                while data.count < 50 * 1000 * 1000 { data.append(prose) }
                return data
            case .cutOffInATable:
                let lines = try SeedVariant.seed().components(separatedBy: "\n")
                let cut = try #require(lines.firstIndex { $0.hasPrefix("20103\t政府办公厅（室）及相关机构事务\t") })
                return Data(lines[...cut].joined(separator: "\n").utf8)
            }
        }

        /// The whole line on stderr for the file at `path`, without `error: `.
        func expectedError(path: String, contents: Data) -> String {
            func line(of marker: String, occurrence: Int = 1, exact: Bool = false) -> Int {
                let text = String(decoding: contents, as: UTF8.self).components(separatedBy: "\n")
                return (text.indices.filter { exact ? text[$0] == marker : text[$0].contains(marker) }.dropFirst(occurrence - 1).first ?? -1) + 1
            }
            switch self {
            case .empty:
                return "\(path): the file is empty; expected a 部门决算 or 部门预算 report"
            case .binary:
                return "\(path):1: expected UTF-8 text, found binary data (a NUL byte)"
            case .gb18030:
                // Lines 1 and 2 are blank and so the same in any encoding; line 3 is 2024 年度.
                return "\(path):3: expected UTF-8 text, found bytes that are not UTF-8 (GBK/GB18030 reports must be converted to UTF-8 first)"
            case .notANumber:
                return "\(path):\(line(of: "17321.9I")): gk01 收入支出决算总表: expected an amount in column 决算数, found '17321.9I'"
            case .tablePrintedTwice:
                // The heading itself, not its entry in the 目录.
                let first = line(of: BadInputTests.gk09Heading, exact: true)
                let second = line(of: BadInputTests.gk09Heading, occurrence: 2, exact: true)
                return "\(path):\(second): gk09 财政拨款三公经费支出决算表: the table is printed a second time (first at line \(first))"
            case .fiftyMegabytes:
                return "\(path): the file is larger than 32 MiB, the limit for one report; expected a single 部门决算 report of text"
            case .cutOffInATable:
                // The parser finds the cut where the 目录 lists 公开03 and the body has none.
                return "\(path):20: gk03 支出决算表: listed in the 目录 but not found in the report; "
                    + "expected the table (is the file cut off?)"
            }
        }
    }

    static let gk09Heading = "九、财政拨款“三公”经费支出决算表"

    @Test(arguments: BadInput.allCases)
    func aBadFileFailsAloneWithOneLine(_ input: BadInput) throws {
        let contents = try input.contents()
        let bad = try SeedVariant.write(contents, name: "\(input.rawValue).txt")
        defer { SeedVariant.remove(bad) }
        let expected = input.expectedError(path: bad, contents: contents)
        try Warehouse.with { warehouse in
            let run = try CommandLineTests.run(["load", bad, Warehouse.seedPath, "--database-url", warehouse.database.conninfo])
            #expect(run.status == 1)
            #expect(run.stderr == "error: \(expected)\nerror: 1 of 2 files failed\n")
            #expect(run.stdout.hasPrefix("loaded \(Warehouse.seedPath): 吉林省人民政府办公厅 2024 决算 (document "))
            // Then the run's checks, of the one document loaded: the seed's findings.
            let lines = run.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 3)
            #expect(lines.dropFirst().first?.hasPrefix("checked 1 document in ") == true)
            #expect(lines.last?.hasSuffix(": 1 error, 22 warn, 5 info") == true)
            // Only the good file's document exists; the bad one left its failed run and nothing else.
            #expect(
                try warehouse.lines("select department, source_file from fiscal.dim_document")
                    == ["吉林省人民政府办公厅\t\(Warehouse.seedPath)"])
            #expect(try warehouse.lines("select count(*) from fiscal.fact_gongkai_amount") == ["698"])
            #expect(
                try warehouse.lines("select source_file, outcome, document_id is null, message from fiscal.load_run order by load_run_id")
                    == ["\(bad)\tfailed\tt\t\(expected)", "\(Warehouse.seedPath)\tloaded\tf\t\\N"])
        }
    }

    /// The seed with the first `old` replaced by `new`.
    static func replacingFirst(_ old: String, with new: String) throws -> String {
        let seed = try SeedVariant.seed()
        let range = try #require(seed.range(of: old))
        return seed.replacingCharacters(in: range, with: new)
    }

    /// `path` re-encoded as GB18030 by iconv, as a report saved by a Windows tool in a Chinese locale would be.
    static func gb18030(_ path: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(data.count > 100_000)
        #expect(String(data: data, encoding: .utf8) == nil)
        return data
    }
}
