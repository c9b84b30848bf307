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
        let id = String(document)
        let found = try connection.execute(
            """
            select department, fiscal_year::text, report_kind, amount_unit, source_file, sha256,
                to_char(loaded_at, 'YYYY-MM-DD HH24:MI')
            from fiscal.dim_document where document_id = $1
            """, [id], doing: "reading document \(id)")
        guard let row = found.rows.first?.map({ $0 ?? "" }) else { throw ValidationError("no document \(id); juesuan status lists them") }
        let identity = HTMLReport.Identity(
            id: id, department: row[0], year: row[1], kind: row[2], unit: row[3], sourceFile: row[4], sha256: row[5], loadedAt: row[6])
        let tables = try printedTables(on: connection)
        var (findings, flagged) = try findings(on: connection, tables: tables)
        findings.sort { Self.rank($0.severity) < Self.rank($1.severity) }
        let page = HTMLReport(
            identity: identity, charts: try charts(identity, on: connection), findings: findings, tables: tables, flagged: flagged)
        try OutputFile.write(Data(page.html().utf8), to: html)
        print("wrote \(html): \(identity.department) \(identity.year) \(identity.kind), \(tables.count) tables, \(findings.count) findings")
    }

    static func rank(_ severity: String) -> Int { ["error": 0, "warn": 1, "info": 2][severity] ?? 3 }

    /// The tables the document prints, in printed order, each from its view (named as its table code).
    private func printedTables(on connection: Connection) throws -> [HTMLReport.Table] {
        let codes = try connection.execute(
            """
            select t.table_code, split_part(obj_description(c.oid, 'pg_class'), ' — ', 1)
            from fiscal.document_table as t
            inner join pg_class as c on c.relname = t.table_code
            inner join pg_namespace as n on n.oid = c.relnamespace and n.nspname = 'gongkai'
            where t.document_id = $1 order by t.title_line
            """, [String(document)], doing: "listing the printed tables")
        return try codes.rows.compactMap { row -> HTMLReport.Table? in
            guard let code = row[0] else { return nil }
            let columns = try connection.execute(
                """
                select a.attname, coalesce(split_part(col_description(c.oid, a.attnum), ' — ', 1), a.attname)
                from pg_attribute as a
                inner join pg_class as c on c.oid = a.attrelid
                inner join pg_namespace as n on n.oid = c.relnamespace and n.nspname = 'gongkai'
                where c.relname = $1 and a.attnum > 0 and not a.attisdropped order by a.attnum
                """, [code], doing: "reading the columns of gongkai.\(code)")
            // The code was read from the catalog as a view's name, and is quoted.
            let rows = try connection.execute(
                "select * from gongkai.\(Connection.quoteIdentifier(code)) where document_id = $1 order by ord",
                [String(document)], doing: "reading gongkai.\(code)")
            return HTMLReport.Table(
                code: code, title: row[1] ?? code,
                columns: columns.rows.dropFirst().map { ($0[0] ?? "", $0[1] ?? "") },
                rows: rows.rows.map { Array($0.dropFirst()) })
        }
    }

    /// The findings, each with the row (or the cell, when its key names a column of the view) of
    /// the first of its source lines that one of its tables printed; and the rows flagged.
    private func findings(on connection: Connection, tables: [HTMLReport.Table]) throws -> ([HTMLReport.Finding], [String: String]) {
        let cells = try connection.execute(
            "select distinct source_line::text, table_code, ord::text from fiscal.gongkai_cell where document_id = $1",
            [String(document)], doing: "reading the cells' lines")
        var rows: [String: [(table: String, ord: String)]] = [:]
        for cell in cells.rows { rows[cell[0] ?? "", default: []].append((cell[1] ?? "", cell[2] ?? "")) }
        let found = try connection.execute(
            """
            select severity, check_id, table_codes, coalesce(row_key, ''), message, coalesce(expected, ''), coalesce(actual, ''),
                array_to_string(source_lines, ',')
            from fiscal.dq_finding where document_id = $1 order by check_id, row_key, finding_id
            """, [String(document)], doing: "reading the findings")
        var flagged: [String: String] = [:]
        let findings = found.rows.map { $0.map { $0 ?? "" } }.map { row in
            let named = Set(row[2].split(separator: ",").map(String.init))
            let place = row[7].split(separator: ",").lazy.compactMap { rows[String($0)]?.first { named.contains($0.table) } }.first
            var target: String?
            if let place {
                let rowID = HTMLReport.rowID(place.table, place.ord)
                if Self.rank(row[0]) < Self.rank(flagged[rowID] ?? "") { flagged[rowID] = row[0] }
                let columns = tables.first { $0.code == place.table }?.columns.map(\.name) ?? []
                let keys = row[3].split(whereSeparator: { " /".contains($0) }).map(String.init)
                target = keys.first(where: columns.contains).map { HTMLReport.cellID(place.table, place.ord, $0) } ?? rowID
            }
            return HTMLReport.Finding(
                severity: row[0], check: row[1], tables: row[2], rowKey: row[3], message: row[4], expected: row[5], actual: row[6],
                lines: row[7], target: target)
        }
        return (findings, flagged)
    }

    /// The charts a person would rather look at than read, from the tables the document prints.
    private func charts(_ identity: HTMLReport.Identity, on connection: Connection) throws -> [BarChart] {
        let budget = identity.kind == "预算"
        let phase = budget ? "预算数" : "决算数"
        let prefix = budget ? "budget_" : ""
        // Spending by 功能分类 类: the 支出 table of all funds, else the 一般公共预算 one.
        let sources = budget
            ? [("ys03", "all"), ("ys05", "general_budget"), ("ys_fiscal_expense", "all")]
            : [("gk03", "all"), ("gk05", "general_budget"), ("gk_fiscal_expense", "all")]
        var charts: [BarChart] = []
        for (table, fund) in sources {
            let classes = try connection.execute(
                """
                select subject_code || ' ' || min(line_label), sum(amount)::text from fiscal.gongkai_cell
                where document_id = $1 and table_code = $2 and measure_code = $3 and fund_code = $4 and length(subject_code) = 3
                group by subject_code order by subject_code
                """, [String(document), table, prefix + "expense_total", fund], doing: "charting \(table)")
            guard !classes.rows.isEmpty else { continue }
            charts.append(
                BarChart(
                    title: "支出 by 功能分类 类 (\(table))", unit: identity.unit, series: [phase],
                    bars: classes.rows.map { ($0[0] ?? "", [$0[1]]) }))
            let kinds = try connection.execute(
                """
                select distinct on (measure_code) measure_code, amount::text from fiscal.gongkai_cell
                where document_id = $1 and table_code = $2 and fund_code = $3 and subject_code is null and amount is not null
                    and measure_code in ($4, $5)
                order by measure_code, ord
                """, [String(document), table, fund, prefix + "basic_expense", prefix + "project_expense"], doing: "charting \(table)")
            let amount = { (code: String) in kinds.rows.first { $0[0] == prefix + code }?[1] }
            if !kinds.rows.isEmpty {
                charts.append(
                    BarChart(
                        title: "基本支出 and 项目支出 (\(table) 合计)", unit: identity.unit, series: [phase],
                        bars: [("基本支出", [amount("basic_expense")]), ("项目支出", [amount("project_expense")])]))
            }
            break
        }
        let items = [("total", "合计"), ("abroad", "因公出国(境)"), ("vehicle_subtotal", "公务用车"), ("reception", "公务接待")]
        let sangong = try connection.execute(
            """
            select measure_code, sum(amount)::text from fiscal.gongkai_cell as c
            inner join fiscal.dim_document as d using (document_id)
            where c.document_id = $1 and c.table_code in ('gk09', 'ys09')
                and (c.table_code = 'gk09' or c.line_label is null or c.line_label like '%' || d.fiscal_year || '年%')
            group by measure_code
            """, [String(document)], doing: "charting 三公")
        let sum = { (code: String) in sangong.rows.first { $0[0] == code }?[1] }
        if !sangong.rows.isEmpty {
            charts.append(
                BarChart(
                    title: budget ? "“三公”经费 预算数" : "“三公”经费: 预算数 and 决算数", unit: identity.unit, series: budget ? ["预算数"] : ["预算数", "决算数"],
                    bars: items.map { item, label in
                        (label, budget ? [sum("budget_sangong_\(item)")] : [sum("budget_sangong_\(item)"), sum("actual_sangong_\(item)")])
                    }))
        }
        let projects = try connection.execute(
            "select project_name, execution_rate::text from gongkai.gk10_projects where document_id = $1 order by execution_rate, ord limit 15",
            [String(document)], doing: "charting the projects")
        if !projects.rows.isEmpty {
            charts.append(
                BarChart(title: "项目 by 执行率 (the 15 lowest)", unit: "%", series: ["执行率"], bars: projects.rows.map { ($0[0] ?? "", [$0[1]]) }))
        }
        return charts
    }
}
