import ArgumentParser
import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
import Logging

/// `juesuan report`: one document as a self-contained HTML page.
struct ReportPage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one document as an HTML page: its tables as printed, charts and findings.",
        discussion: """
            The page is self-contained (no script, stylesheet or font is fetched): the identity of the \
            document, charts (spending by 功能分类 类, 基本 against 项目, 三公 budget against actual, projects \
            by 执行率), the findings with their severity, each linked to the row or cell it is about, and \
            every table the document prints, as its gongkai view reproduces it.

            Examples:
              juesuan report 1 --html report.html
              chromium --headless --screenshot=report.png --window-size=1280,2400 report.html
            """)

    @Argument(help: "The document id (juesuan status lists them).")
    var document: Int64

    @Option(help: "The HTML file to write.")
    var html: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let (connection, _) = try database.connectForReading(logger: Logger(label: "juesuan.report"))
        let reader = WarehouseReader(connection: connection)
        guard let document = try reader.document(document) else { throw ValidationError("no document \(self.document); juesuan status lists them") }
        let identity = HTMLReport.Identity(
            id: String(document.id), department: document.department, year: String(document.fiscalYear), kind: document.reportKind,
            unit: document.amountUnit, sourceFile: document.sourceFile, sha256: document.sha256, loadedAt: document.loadedAt,
            checksPending: document.checksPending)
        let tables = try reader.printedViews(document: document.id).map {
            HTMLReport.Table(code: $0.code, title: $0.title, columns: $0.columns, rows: $0.rows)
        }
        let (findings, flagged) = Self.place(try reader.findings(document: document.id), in: tables, rowsByLine: try reader.rowsByLine(document: document.id))
        let page = HTMLReport(
            identity: identity, charts: Self.charts(try reader.chartBars(document: document.id)), findings: findings,
            scorecard: try reader.scorecard(document: document.id), tables: tables, flagged: flagged)
        try OutputFile.write(Data(page.html().utf8), to: html)
        print("wrote \(html): \(identity.department) \(identity.year) \(identity.kind), \(tables.count) tables, \(findings.count) findings")
    }

    static func rank(_ severity: String) -> Int { ["error": 0, "warn": 1, "info": 2][severity] ?? 3 }

    /// The findings (open errors and warnings first), each with the row (or the cell, when its key
    /// names a column of the view) of the first of its source lines that one of its tables printed;
    /// and the rows flagged.
    static func place(
        _ found: [WarehouseReader.Finding], in tables: [HTMLReport.Table], rowsByLine: [Int: [(table: String, ord: String)]]
    ) -> ([HTMLReport.Finding], [String: String]) {
        var flagged: [String: String] = [:]
        let findings = found.map { finding in
            let named = Set(finding.tableCodes.split(separator: ",").map(String.init))
            let place = finding.lines.lazy.compactMap { rowsByLine[$0]?.first { named.contains($0.table) } }.first
            var target: String?
            if let place {
                let rowID = HTMLReport.rowID(place.table, place.ord)
                if rank(finding.severity) < rank(flagged[rowID] ?? "") { flagged[rowID] = finding.severity }
                let columns = tables.first { $0.code == place.table }?.columns.map(\.name) ?? []
                let keys = finding.rowKey.split(whereSeparator: { " /".contains($0) }).map(String.init)
                target = keys.first(where: columns.contains).map { HTMLReport.cellID(place.table, place.ord, $0) } ?? rowID
            }
            return HTMLReport.Finding(
                severity: finding.severity, check: finding.checkID, tables: finding.tableCodes, rowKey: finding.rowKey, message: finding.message,
                expected: finding.expected, actual: finding.actual, lines: finding.sourceLines, target: target, review: finding.review,
                note: finding.note)
        }
        // Open errors and warnings first, then those a reviewer settled, then the information (the
        // sums off by rounding are one line a table); by severity and check within each.
        let part = { (finding: HTMLReport.Finding) in finding.severity == "info" ? 2 : finding.isReviewed ? 1 : 0 }
        let ordered = findings.enumerated().sorted { (part($0.element), $0.offset) < (part($1.element), $1.offset) }.map(\.element)
        return (ordered, flagged)
    }

    /// The charts of `gongkai.report_charts`: one chart a title, its series in their order, one
    /// group of bars a label.
    static func charts(_ bars: [WarehouseReader.ChartBar]) -> [BarChart] {
        var charts: [BarChart] = []
        for bar in bars {
            if charts.last?.title != bar.chart { charts.append(BarChart(title: bar.chart, unit: bar.unit, series: [], bars: [])) }
            var chart = charts.removeLast()
            if !chart.series.contains(bar.series) { chart.series.append(bar.series) }
            if chart.bars.last?.label != bar.bar { chart.bars.append((bar.bar, [])) }
            chart.bars[chart.bars.count - 1].values.append(bar.amount)
            charts.append(chart)
        }
        return charts
    }
}
