import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
import Testing

/// The commands analysts use on a loaded warehouse: show, trace, status, check, and load's output modes.
@Suite struct AnalystCommandTests {
    /// Runs the CLI against a warehouse that holds the seed.
    static func withSeed(_ body: (Warehouse, [String]) throws -> Void) throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            try body(warehouse, ["--database-url", warehouse.database.conninfo])
        }
    }

    @Test func showAlignsChineseTextByDisplayWidth() throws {
        try Self.withSeed { _, url in
            let run = try CommandLineTests.run(["show", "gk03"] + url)
            #expect(run.status == 0)
            let lines = run.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 30)  // header + 29 printed rows
            #expect(lines[0].hasPrefix("document_id  ord  subject_code  subject_name"))
            // Every line puts expense_total's last digit in the same terminal column.
            let ends = lines.dropFirst().map { line in
                TextTableWidth.columns(String(line.prefix { $0 != "." })) + 3
            }
            #expect(Set(ends).count == 1)
            #expect(lines[4].contains("2010301  行政运行"))
        }
    }

    @Test func showWritesCSV() throws {
        try Self.withSeed { _, url in
            let run = try CommandLineTests.run(["show", "gk09", "--csv"] + url)
            #expect(
                run.stdout == """
                    document_id,ord,budget_total,budget_abroad,budget_vehicle_subtotal,budget_vehicle_purchase,budget_vehicle_operation,budget_reception,actual_total,actual_abroad,actual_vehicle_subtotal,actual_vehicle_purchase,actual_vehicle_operation,actual_reception
                    1,1,1093.88,7.31,357.48,,357.48,729.09,1055.28,7.31,341.85,,341.85,706.12

                    """.replacingOccurrences(of: "\n1,1,", with: "\n\(try documentID(url)),1,"))
        }
    }

    @Test func showRefusesAnUnknownView() throws {
        try Self.withSeed { _, url in
            let run = try CommandLineTests.run(["show", "gk99; drop table fiscal.dim_document"] + url)
            #expect(run.status != 0)
            #expect(run.stderr.hasPrefix("Error: no view gongkai.gk99; drop table fiscal.dim_document; the views are: budget_execution, budget_vs_final, disclosure_scorecard, disclosure_summary, gk01"))
        }
    }

    @Test func traceShowsTheFileLineAndPrintedText() throws {
        try Self.withSeed { _, url in
            let run = try CommandLineTests.run(["trace", "gk05", "2080506", "人员经费"] + url)
            #expect(run.status == 0)
            #expect(
                run.stdout.split(separator: "\n").map(String.init) == [
                    "gk05 2080506 机关事业单位职业年金缴费支出 — \(Warehouse.seedPath) (document \(try documentID(url)), row 18)",
                    "  人员经费 (一般公共预算财政拨款): 20.07  ← \(Warehouse.seedPath):277: 2080506 │ 机关事业单位职业年金缴费支出 │ 17.64 │ 17.64 │ 20.07 │  │ ",
                ])
        }
    }

    @Test func statusListsDocumentsRunsAndFindings() throws {
        try Self.withSeed { _, url in
            let run = try CommandLineTests.run(["status"] + url)
            #expect(run.status == 0)
            let lines = run.stdout.split(separator: "\n").map(String.init)
            #expect(lines[0] == "documents: 1")
            #expect(lines[2].contains("吉林省人民政府办公厅  2024  决算  万元"))
            #expect(lines[2].hasSuffix("1        22     5    28  26/26"))  // info: 13 sums off by rounding, grouped into 5; 28 open; disclosed
        }
    }

    @Test func checkPrintsTheFindings() throws {
        try Self.withSeed { _, url in
            let run = try CommandLineTests.run(["check"] + url)
            let lines = run.stdout.split(separator: "\n").map(String.init)
            #expect(lines[0] == "# 吉林省人民政府办公厅 2024 决算 (document \(try documentID(url))): 28 findings; checks: 3 fail, 6 not_applicable, 21 pass")  // 13 sums off by rounding, grouped into 5
            #expect(lines[1].hasPrefix("error\tcoded_hierarchy\tgk05\t合计 personnel_expense\texpected 10596.94\tactual 8314.79"))
            #expect(lines.count == 29)
        }
    }

    @Test func quietLoadsPrintNothingAndTerminalsGetProgress() throws {
        try Warehouse.with { warehouse in
            let quiet = try CommandLineTests.run(["load", Warehouse.seedPath, "--quiet", "--database-url", warehouse.database.conninfo])
            #expect(quiet.status == 0)
            #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty)
            // Under a pseudo-terminal (script(1)), stderr shows the progress line.
            let command = [CommandLineTests.executable.path, "load", Warehouse.seedPath, "--database-url", warehouse.database.conninfo]
                .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
            let terminal = try CommandLineTests.run(executable: URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"])
            #expect(terminal.status == 0)
            #expect(terminal.stdout.contains("[0/1] 0 rows · "))
            #expect(terminal.stdout.contains("unchanged \(Warehouse.seedPath)"))
        }
    }

    static let subcommands = [[], ["load"], ["check"], ["status"], ["show"], ["trace"], ["parse"], ["db"], ["db", "start"], ["db", "stop"], ["db", "status"]]

    @Test(arguments: subcommands)
    func helpHasExamples(_ subcommand: [String]) throws {
        let run = try CommandLineTests.run(subcommand + ["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Example"), "juesuan \(subcommand.joined(separator: " ")) --help")
        #expect(run.stdout.contains("juesuan \(subcommand.first ?? "load")"))
    }

    private func documentID(_ url: [String]) throws -> String {
        try Connection(url[1]).execute("select document_id from fiscal.dim_document").scalar ?? ""
    }
}

/// Display width as the CLI counts it (CJK two columns), to check alignment from outside.
enum TextTableWidth {
    static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x2E80 && $1.value <= 0x9FFF) || ($1.value >= 0xFF00 && $1.value <= 0xFF60) ? 2 : 1) }
    }
}
