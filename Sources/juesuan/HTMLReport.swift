import Foundation
import JuesuanWarehouse

/// One self-contained HTML page a document: its identity, the charts, its findings and every
/// table it prints as the views reproduce it, each finding linked to the cell (or row) it is about.
///
/// No script, font or stylesheet is fetched: the page opens from a mail or a file share. Chinese
/// text is set in Noto Sans CJK (Debian's fonts-noto-cjk) where installed.
struct HTMLReport {
    struct Identity {
        var id: String
        var department: String
        var year: String
        var kind: String
        var unit: String
        var sourceFile: String
        var sha256: String
        var loadedAt: String
        /// The data-quality checks have not run on this version yet (`dim_document.checked_at` null).
        var checksPending = false
    }

    struct Table {
        /// The view and table code (gk05, ys01 …).
        var code: String
        var title: String
        /// Column names and their printed headers, after document_id.
        var columns: [(name: String, caption: String)]
        /// One a printed row, the columns' values (nil for a blank cell); the first column is `ord`.
        var rows: [[String?]]
    }

    struct Finding {
        var severity: String
        var check: String
        var tables: String
        var rowKey: String
        var message: String
        var expected: String
        var actual: String
        var lines: String
        /// The id of the cell (or row) the finding is about, when the page shows it.
        var target: String?
        /// open, accepted, dismissed or reopened (`juesuan review`), and the reviewer's note.
        var review = "open"
        var note = ""

        /// Whether a reviewer has settled it.
        var isReviewed: Bool { review == "accepted" || review == "dismissed" }
    }

    var identity: Identity
    var charts: [BarChart]
    var findings: [Finding]
    /// What the report discloses, item by item (gongkai.disclosure_scorecard).
    var scorecard: [WarehouseReader.DisclosureItem] = []
    var tables: [Table]
    /// Row anchors and the worst severity of a finding about them.
    var flagged: [String: String]

    static func rowID(_ table: String, _ ord: String) -> String { "t-\(table)-\(ord)" }
    static func cellID(_ table: String, _ ord: String, _ column: String) -> String { "t-\(table)-\(ord)-\(column)" }

    func html() -> String {
        let e = Self.escape
        var out = """
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8">
            <title>\(e(identity.department)) \(e(identity.year)) 部门\(e(identity.kind))</title>
            <style>\(Self.style)</style></head>
            <body data-document="\(e(identity.id))">
            <header><h1>\(e(identity.department)) \(e(identity.year)) 年度部门\(e(identity.kind))</h1>
            <p class="meta">document \(e(identity.id)) · amounts in \(e(identity.unit)) · \(e(identity.sourceFile)) · sha256 \(e(String(identity.sha256.prefix(12)))) · loaded \(e(identity.loadedAt))</p>
            </header>

            """
        out += "<section id=\"charts\"><h2>概览 Overview</h2><div class=\"charts\">"
        for chart in charts {
            out += "<figure><figcaption>\(e(chart.title)) <span class=\"unit\">(\(e(chart.unit)))</span></figcaption>\(chart.svg())</figure>"
        }
        out += "</div></section>\n"
        out += findingsSection()
        out += scorecardSection()
        for table in tables { out += tableSection(table) }
        // The page's own width, for a test to read back from the DOM: nothing may overflow it.
        out += """
            <script>document.body.dataset.scrollWidth = document.documentElement.scrollWidth;
            document.body.dataset.clientWidth = document.documentElement.clientWidth;</script>
            </body></html>

            """
        return out
    }

    private func findingsSection() -> String {
        let e = Self.escape
        let counts = Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
        let summary = ["error", "warn", "info"].map { "<span class=\"badge \($0)\">\(counts[$0] ?? 0) \($0)</span>" }.joined(separator: " ")
        var out = "<section id=\"findings\"><h2>数据质量 Findings</h2><p>\(summary)</p>"
        if identity.checksPending {
            // Without this the page would read as a clean report: only the loader's own findings exist yet.
            out += "<p class=\"pending\">Checks pending: the data-quality checks have not run on this version of the report yet "
                + "(its load was stopped before them); <code>juesuan check --rerun</code> runs them. Only the loader's own findings are listed.</p>"
        }
        guard !findings.isEmpty else {
            return out + (identity.checksPending ? "</section>\n" : "<p>No finding: every check that compared something found it in order.</p></section>\n")
        }
        out += "<div class=\"scroll\"><table class=\"findings\"><thead><tr><th>severity</th><th>check</th><th>table</th><th>row</th><th>expected</th><th>actual</th><th>rule</th><th>lines</th><th>review</th></tr></thead><tbody>"
        for finding in findings {
            let row = finding.target.map { "<a href=\"#\(e($0))\">\(e(finding.rowKey))</a>" } ?? e(finding.rowKey)
            let review = finding.review + (finding.note.isEmpty ? "" : ": " + finding.note)
            out += "<tr class=\"\(e(finding.severity))\(finding.isReviewed ? " reviewed" : "")\"><td><span class=\"badge \(e(finding.severity))\">\(e(finding.severity))</span></td>"
                + "<td>\(e(finding.check))</td><td>\(e(finding.tables))</td><td>\(row)</td><td class=\"num\">\(e(finding.expected))</td>"
                + "<td class=\"num\">\(e(finding.actual))</td><td>\(e(finding.message))</td>"
                + "<td>\(e(finding.lines.replacingOccurrences(of: ",", with: ", ")))</td><td class=\"review\">\(e(review))</td></tr>"
        }
        return out + "</tbody></table></div></section>\n"
    }

    /// The disclosure scorecard: each item, present or absent, with the line that shows it.
    private func scorecardSection() -> String {
        guard !scorecard.isEmpty else { return "" }
        let e = Self.escape
        let present = scorecard.filter { $0.present }.count
        var out = "<section id=\"scorecard\"><h2>公开评分 Disclosure</h2><p>\(present) of \(scorecard.count) required items disclosed</p>"
        out += "<div class=\"scroll\"><table class=\"scorecard\"><thead><tr><th>dimension</th><th>item</th><th>disclosed</th><th>line</th><th>as printed</th></tr></thead><tbody>"
        for item in scorecard {
            out += "<tr class=\"\(item.present ? "present" : "absent")\"><td>\(e(item.dimension))</td><td>\(e(item.item))</td>"
                + "<td>\(item.present ? "yes" : "no")</td><td class=\"num\">\(item.sourceLine.map(String.init) ?? "")</td><td>\(e(item.detail))</td></tr>"
        }
        return out + "</tbody></table></div></section>\n"
    }

    private func tableSection(_ table: Table) -> String {
        let e = Self.escape
        // Columns no row fills (a layout's superset) are left out; ord identifies the row.
        let shown = table.columns.indices.dropFirst().filter { column in table.rows.contains { $0[column] != nil } }
        var out = "<section class=\"table\" id=\"t-\(e(table.code))\"><h2>\(e(table.title)) <span class=\"code\">\(e(table.code))</span></h2>"
        out += "<div class=\"scroll\"><table><thead><tr>"
        for column in shown { out += "<th title=\"\(e(table.columns[column].name))\">\(e(table.columns[column].caption))</th>" }
        out += "</tr></thead><tbody>"
        for row in table.rows {
            let ord = row[0] ?? ""
            let id = Self.rowID(table.code, ord)
            let flag = flagged[id].map { " class=\"flag-\(e($0))\"" } ?? ""
            out += "<tr id=\"\(e(id))\" data-ord=\"\(e(ord))\"\(flag)>"
            for column in shown {
                let name = table.columns[column].name
                let value = row[column] ?? ""
                let numeric = !value.isEmpty && value.allSatisfy { "0123456789.-".contains($0) } && !name.hasSuffix("code")
                out += "<td id=\"\(e(Self.cellID(table.code, ord, name)))\" data-column=\"\(e(name))\"\(numeric ? " class=\"num\"" : "")>\(e(value))</td>"
            }
            out += "</tr>"
        }
        return out + "</tbody></table></div></section>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static let style = """
        body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC",sans-serif;margin:0 auto;padding:1em 2em;max-width:1200px;color:#222;font-size:14px}
        h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.15em;margin:1.6em 0 .4em;border-bottom:1px solid #ccc}
        .meta{color:#666;overflow-wrap:anywhere}.code{color:#888;font-weight:normal;font-size:.8em}
        .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:1em}
        figure{margin:0}figcaption{font-weight:bold;margin-bottom:.3em}.unit{color:#888;font-weight:normal}
        svg.chart{width:100%;height:auto;font-size:13px}
        .scroll{overflow-x:auto;max-width:100%}
        table{border-collapse:collapse;font-size:12.5px}th,td{border:1px solid #ccc;padding:2px 6px;vertical-align:top}
        th{background:#f3f3f3;font-weight:normal}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .badge{border-radius:3px;padding:0 5px;color:#fff}.badge.error{background:#c0392b}.badge.warn{background:#d68910}.badge.info{background:#7f8c8d}tr.reviewed{opacity:.6}tr.absent td{color:#c0392b}
        tr.flag-error td{background:#fadbd8}tr.flag-warn td{background:#fdebd0}tr.flag-info td{background:#f2f3f4}
        :target td,td:target{outline:2px solid #c0392b}
        """
}
