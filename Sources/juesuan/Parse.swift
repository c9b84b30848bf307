import ArgumentParser
import Foundation
import JuesuanCore
import JuesuanPDF

/// `juesuan parse`: read reports without a database and print what would be loaded.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse reports and print their 公开 tables, without touching a database.",
        discussion: """
            Each table is printed as tab-separated lines: ord, part (1 收入, 2 支出), code, label, 行次, amounts.

            Examples:
              juesuan parse seeds/000_f428d76052f7ee41.txt
              juesuan parse report.txt --table gk05
              juesuan parse report.pdf --grid          # every table the pages draw, as drawn
              juesuan parse report.pdf --grid --json   # the same, one JSON object a table
            """)

    @Argument(help: "Report files: UTF-8 text with tab-separated tables, or PDF with a text layer.")
    var files: [String]

    @Flag(help: "Print the text as read (for a PDF: rebuilt from its words, page:line first) instead of the tables.")
    var text = false

    @OptionGroup var identity: IdentityOptions

    @Flag(help: "Print every table the PDF's pages draw, cell by cell as drawn (from its ruling lines), instead of the tables read.")
    var grid = false

    @Flag(help: "For --grid: one JSON object a line per table: page (from 1), bbox [x0, top, x1, bottom] in points from the page's top-left, rows (a merged cell's text at its top-left position, null where it spans).")
    var json = false

    @Option(help: "Only print this table (gk01 … gk09, ys01 … ys09 and ys_… of a budget, or gk10 for the 项目支出绩效自评表).")
    var table: String?

    func run() throws {
        var failed = false
        for file in files {
            do {
                if text {
                    try printText(of: file)
                    continue
                }
                if grid {
                    try printGrids(of: file)
                    continue
                }
                let report = try ReportReader.read(file, mutool: Configuration.mutool, given: identity.given)
                let cover = report.cover
                print("# \(file): \(cover.department) \(cover.fiscalYear) \(cover.reportKind) \(cover.publishedOn ?? "") \(cover.amountUnit)")
                for parsed in report.tables where table == nil || parsed.table.rawValue == table {
                    print("## \(parsed.table.caption) (\(parsed.location))")
                    if !parsed.rows.isEmpty { print(parsed.tsv) }
                }
                if table == nil || table == "narrative" {
                    print("## 五(三) budget execution (\(report.budgetExecution.count) lines, \(report.unparsedStatements.count) unparsed)")
                    for line in report.budgetExecution {
                        let fields = [
                            String(line.ord), line.code ?? "", line.itemName, line.budget.text, line.actual.text, line.unit,
                            line.completionRate?.text ?? "", line.reason,
                        ]
                        print(fields.joined(separator: "\t"))
                    }
                    for statement in report.unparsedStatements { print("unparsed \(statement.location): \(statement.text)") }
                    print("## 第三部分 figures (\(report.narrativeFigures.count))")
                    for figure in report.narrativeFigures {
                        let fields: [String?] = [
                            String(figure.ord), figure.section, figure.subject, figure.value?.text, figure.unit, figure.changeWord,
                            figure.change?.text, figure.rateWord, figure.rate?.text, figure.isFlat ? "持平" : nil, figure.share?.text,
                            figure.completion?.text, String(figure.location.line),
                        ]
                        print(fields.map { $0 ?? "" }.joined(separator: "\t"))
                    }
                }
                if table == nil || table == "gk10" {
                    print("## gk10 项目支出绩效自评表 (\(report.projects.count) projects)")
                    for project in report.projects { print(project.tsv) }
                }
            } catch {
                failed = true
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// Every table the PDF's pages draw.
    private func printGrids(of file: String) throws {
        let data = try ReportFile.read(file)
        guard data.starts(with: Array("%PDF-".utf8)) else {
            throw ValidationError("\(file): --grid reads the tables a PDF draws; this is not a PDF")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]  // the same bytes every run
        for page in try PDFTrace.pages(of: file, program: Configuration.mutool) {
            for table in LatticeFinder.tables(on: page) {
                if json {
                    let object = GridJSON(page: table.page, bbox: [table.box.x0, table.box.top, table.box.x1, table.box.bottom], rows: table.matrix)
                    print(String(decoding: try encoder.encode(object), as: UTF8.self))
                } else {
                    print("# page \(table.page), \(table.box), \(table.rowCount) rows × \(table.columnCount) columns")
                    let rows = table.matrix.map { $0.map { $0.map { $0.replacingOccurrences(of: "\n", with: " ") } ?? "·" } }
                    print(TextTable(header: rows.first ?? [], rows: Array(rows.dropFirst())).aligned())
                }
            }
        }
    }

    /// A grid as `--grid --json` prints it.
    struct GridJSON: Encodable {
        var page: Int
        var bbox: [Double]
        var rows: [[String?]]
    }

    /// The lines the parser reads: a PDF's rebuilt text with page and line, or the text file as is.
    private func printText(of file: String) throws {
        let data = try ReportFile.read(file)
        guard data.starts(with: Array("%PDF-".utf8)) else {
            print(String(decoding: data, as: UTF8.self))
            return
        }
        for line in PDFLayout.lines(from: try PDFTrace.pages(of: file, program: Configuration.mutool)) {
            print("\(line.page):\(line.line)\t\(line.text.replacingOccurrences(of: "\t", with: " │ "))")
        }
    }
}
