import Foundation
import Testing

/// `juesuan report DOCUMENT --html FILE`, opened in a real headless browser (Debian's chromium):
/// the page renders, the totals it shows are the views', its findings link to cells it shows,
/// and nothing is wider than the window.
@Suite struct ReportPageTests {
    static let chromium = "/usr/bin/chromium"
    static let window = (width: 1280, height: 2400)

    static func browse(_ html: String, screenshot: String) throws -> String {
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=\(window.width),\(window.height)"]
        _ = try PictureTests.run(chromium, flags + ["--screenshot=\(screenshot)", "file://\(html)"])
        return try PictureTests.run(chromium, flags + ["--dump-dom", "file://\(html)"])
    }

    /// The text of the element with an id, in the DOM as the browser built it.
    static func text(of id: String, in dom: String) -> String? {
        guard let start = dom.range(of: "id=\"\(id)\"") else { return nil }
        let rest = dom[start.upperBound...]
        guard let open = rest.firstIndex(of: ">"), let close = rest[open...].range(of: "</") else { return nil }
        return String(rest[rest.index(after: open)..<close.lowerBound])
    }

    static func page(for path: String, check: (Warehouse, String, String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("report.html").path
        let png = folder.appendingPathComponent("report.png").path
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(path).documentID)
            let run = try CommandLineTests.run(["report", document, "--html", html, "--database-url", warehouse.database.conninfo])
            #expect(run.status == 0, "\(run.stderr)")
            let dom = try browse(html, screenshot: png)
            // Nothing overflows the window: wide tables scroll inside their box.
            let widths = dom.firstMatch(of: #/data-scroll-width="([0-9]+)" data-client-width="([0-9]+)"/#)
            let (scroll, client) = try #require(widths.flatMap { match in Int(match.1).flatMap { s in Int(match.2).map { (s, $0) } } })
            #expect(scroll <= client && client <= window.width)
            // The screenshot is the window, with the page on it.
            let ink = try PictureTests.run("/usr/bin/env", ["python3", Warehouse.root.appendingPathComponent("Tests/python/png_pixels.py").path, png, "--ink"])
                .split(separator: "\n")
            #expect(ink.first == "\(window.width) \(window.height)")
            #expect((ink.last.flatMap { Int($0) } ?? 0) > 20_000)
            try check(warehouse, document, dom)
        }
    }

    @Test func theSeedsPageShowsTheViewsTotalsAndLinksItsFindings() throws {
        try Self.page(for: Warehouse.seedPath) { warehouse, document, dom in
            #expect(dom.contains("吉林省人民政府办公厅 2024 年度部门决算"))
            for (view, label, column) in [("gk05", "合计", "expense_total"), ("gk03", "合计", "expense_total"), ("gk02", "合计", "income_total")] {
                let row = try #require(
                    try warehouse.lines("select ord, \(column) from gongkai.\(view) where document_id = $1 and subject_name = $2", [document, label]).first)
                let parts = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                #expect(Self.text(of: "t-\(view)-\(parts[0])-\(column)", in: dom) == parts[1], "\(view) \(label)")
            }
            let total = try #require(try warehouse.lines("select ord, expense_actual from gongkai.gk01 where document_id = $1 and expense_item = '总计'", [document]).first)
            let parts = total.split(separator: "\t").map(String.init)
            #expect(Self.text(of: "t-gk01-\(parts[0])-expense_actual", in: dom) == parts[1])
            // The error of 公开05 (人员经费 合计 ≠ Σ 类) links to that cell, which the page marks.
            #expect(dom.contains("href=\"#t-gk05-1-personnel_expense\""))
            #expect(Self.text(of: "t-gk05-1-personnel_expense", in: dom) == "10596.94")
            #expect(dom.contains("<tr id=\"t-gk05-1\" data-ord=\"1\" class=\"flag-error\">"))
            #expect(dom.contains("<span class=\"badge error\">1 error</span>"))
        }
    }

    @Test func aPDFReportsPageShowsItsTablesAndCharts() throws {
        try Self.page(for: PictureTests.shanghai) { warehouse, document, dom in
            #expect(dom.contains("上海市普陀区财政局 2024 年度部门决算"))
            let row = try #require(try warehouse.lines("select ord, expense_total from gongkai.gk05 where document_id = $1 and subject_name = '合计'", [document]).first)
            let parts = row.split(separator: "\t").map(String.init)
            #expect(parts[1] == "2940.05")
            #expect(Self.text(of: "t-gk05-\(parts[0])-expense_total", in: dom) == "2940.05")
            // Spending by 功能分类 类 from 公开03, and the 三公 budget against actual.
            #expect(dom.contains("aria-label=\"支出 by 功能分类 类 (gk03)\""))
            #expect(dom.contains("aria-label=\"“三公”经费: 预算数 and 决算数\""))
            try Self.expectChartsAreTheViews(warehouse, document, dom)
        }
    }

    /// Every chart of the page draws the rows of gongkai.report_charts, bar for bar; and the
    /// view's 类 bars are the printed 类 rows of 公开03, summed independently here.
    static func expectChartsAreTheViews(_ warehouse: Warehouse, _ document: String, _ dom: String) throws {
        let rows = try warehouse.lines("select chart, coalesce(amount::text, '—') from gongkai.report_charts where document_id = $1 order by ord", [document])
        #expect(!rows.isEmpty)
        var charts: [String] = []
        var values: [String: [String]] = [:]
        for row in rows {
            let parts = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if !charts.contains(parts[0]) { charts.append(parts[0]) }
            values[parts[0], default: []].append(parts[1])
        }
        for chart in charts {
            let svg = try #require(dom.range(of: "aria-label=\"\(chart)\"").map { dom[$0.upperBound...] }.map { $0[..<($0.range(of: "</svg>")?.lowerBound ?? $0.endIndex)] })
            let drawn = svg.matches(of: #/<rect class="bar"[^>]*></rect><text[^>]*>([^<]*)</text>|<rect class="bar"[^>]*/><text[^>]*>([^<]*)</text>/#).map { String($0.1 ?? $0.2 ?? "") }
            #expect(drawn == values[chart], "\(chart)")
        }
        let classes = try warehouse.lines(
            """
            select sum(expense_total)::text from gongkai.gk03 where document_id = $1 and length(subject_code) = 3
            """, [document])
        let charted = try warehouse.lines(
            "select sum(amount)::text from gongkai.report_charts where document_id = $1 and chart like '支出 by 功能分类 类%'", [document])
        #expect(classes == charted)
    }
}
