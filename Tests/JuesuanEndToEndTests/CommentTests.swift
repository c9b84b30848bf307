import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
import Testing

/// Comments on every table, view and column of `fiscal` and `gongkai`: what BI tools and `\d+` show analysts.
///
/// Tables get theirs from 0008_comments.sql (and from later migrations), views from their own
/// files in sql/views/. Each is one line, the Chinese label and an English meaning; the columns
/// that a term of the report's 第四部分 名词解释 explains quote its definition.
@Suite struct CommentTests {
    /// Relations (tables, views …) of the warehouse schemas, as `schema.name`, with their comments.
    static let relations = """
        select n.nspname || '.' || c.relname, obj_description(c.oid, 'pg_class')
        from pg_catalog.pg_class as c
        inner join pg_catalog.pg_namespace as n on n.oid = c.relnamespace
        where n.nspname in ('fiscal', 'gongkai') and c.relkind in ('r', 'p', 'v', 'm', 'f')
        order by 1
        """

    /// Columns of those relations, as `schema.relation.column`, with their comments.
    static let columns = """
        select n.nspname || '.' || c.relname || '.' || a.attname, col_description(c.oid, a.attnum)
        from pg_catalog.pg_attribute as a
        inner join pg_catalog.pg_class as c on c.oid = a.attrelid
        inner join pg_catalog.pg_namespace as n on n.oid = c.relnamespace
        where n.nspname in ('fiscal', 'gongkai') and c.relkind in ('r', 'p', 'v', 'm', 'f')
            and a.attnum > 0 and not a.attisdropped
        order by 1
        """

    /// The definitions of 第四部分 名词解释 as the seed prints them.
    static let fiscalAppropriation = "财政拨款收入：指单位从同级财政部门取得的财政预算资金。"
    static let otherIncome = "其他收入：指除上述收入以外的各项收入。"
    static let openingBalance = "年初结转和结余：指单位以前年度尚未完成、结转到本年按有关规定继续使用的资金。"
    static let closingBalance = "年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金。"
    static let basicExpense = "基本支出：指单位为保障其机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"
    static let projectExpense = "项目支出：指单位为完成特定行政任务和事业发展目标在基本支出之外所发生的支出。"
    static let sangong = "是指省级部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。"
    static let sangongAbroad = "因公出国（境）费反映公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出"
    static let sangongVehicle = "公务用车购置及运行费反映单位公务用车车辆购置支出（含车辆购置税）及燃料费、维修费、过桥过路费、保险费、安全奖励费等支出"
    static let sangongReception = "公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出"
    static let officeRunning = "机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金"

    /// Columns and the label their comment starts with and the 名词解释 text it quotes.
    static let glossary: [(column: String, label: String, definition: String)] = [
        ("gongkai.gk02.fiscal_appropriation", "财政拨款收入", fiscalAppropriation),
        ("gongkai.gk02.other_income", "其他收入", otherIncome),
        ("gongkai.gk03.basic_expense", "基本支出", basicExpense),
        ("gongkai.gk03.project_expense", "项目支出", projectExpense),
        ("gongkai.gk05.basic_expense", "基本支出 小计", basicExpense),
        ("gongkai.gk05.project_expense", "项目支出", projectExpense),
        ("gongkai.gk05.public_expense", "基本支出 公用经费", officeRunning),
        ("gongkai.gk07.opening_balance", "年初结转和结余", openingBalance),
        ("gongkai.gk07.basic_expense", "本年支出 基本支出", basicExpense),
        ("gongkai.gk07.project_expense", "本年支出 项目支出", projectExpense),
        ("gongkai.gk07.closing_balance", "年末结转和结余", closingBalance),
        ("gongkai.gk08.opening_balance", "年初结转和结余", openingBalance),
        ("gongkai.gk08.basic_expense", "本年支出 基本支出", basicExpense),
        ("gongkai.gk08.project_expense", "本年支出 项目支出", projectExpense),
        ("gongkai.gk08.closing_balance", "年末结转和结余", closingBalance),
        ("gongkai.gk09.budget_total", "预算数 合计", sangong),
        ("gongkai.gk09.actual_total", "决算数 合计", sangong),
        ("gongkai.gk09.budget_abroad", "预算数 因公出国(境)费", sangongAbroad),
        ("gongkai.gk09.actual_abroad", "决算数 因公出国(境)费", sangongAbroad),
        ("gongkai.gk09.budget_vehicle_subtotal", "预算数 公务用车购置及运行维护费 小计", sangongVehicle),
        ("gongkai.gk09.actual_vehicle_subtotal", "决算数 公务用车购置及运行维护费 小计", sangongVehicle),
        ("gongkai.gk09.budget_reception", "预算数 公务接待费", sangongReception),
        ("gongkai.gk09.actual_reception", "决算数 公务接待费", sangongReception),
        ("fiscal.dim_measure.measure_code", "度量代码", fiscalAppropriation),
        ("fiscal.dim_measure.measure_code", "度量代码", otherIncome),
        ("fiscal.dim_measure.measure_code", "度量代码", openingBalance),
        ("fiscal.dim_measure.measure_code", "度量代码", closingBalance),
        ("fiscal.dim_measure.measure_code", "度量代码", basicExpense),
        ("fiscal.dim_measure.measure_code", "度量代码", projectExpense),
        ("fiscal.dim_measure.measure_code", "度量代码", sangong),
    ]

    @Test func everyTableAndViewHasAComment() throws {
        try Warehouse.with { warehouse in
            let rows = try warehouse.connection.execute(Self.relations).rows
            let names = rows.compactMap { $0[0] }
            // Not vacuous: the bootstrap tables, the star schema and the views are all there.
            let expected = [
                "fiscal.schema_migration", "fiscal.view_definition", "fiscal.fact_gongkai_amount", "fiscal.gongkai_cell",
                "gongkai.gk01", "gongkai.gk10_projects",
            ]
            for name in expected {
                #expect(names.contains(name), "\(name)")
            }
            #expect(rows.filter { ($0[1] ?? "").isEmpty }.compactMap { $0[0] } == [])
        }
    }

    @Test func everyColumnHasAComment() throws {
        try Warehouse.with { warehouse in
            let rows = try warehouse.connection.execute(Self.columns).rows
            #expect(rows.count > 250)
            #expect(rows.filter { ($0[1] ?? "").isEmpty }.compactMap { $0[0] } == [])
        }
    }

    /// One line each, with the Chinese label and an English meaning, such as `决算数 — the final-accounts amount …`.
    @Test func everyCommentIsOneLineInChineseAndEnglish() throws {
        try Warehouse.with { warehouse in
            let rows = try warehouse.connection.execute(Self.relations).rows + warehouse.connection.execute(Self.columns).rows
            let bad = rows.compactMap { row -> String? in
                guard let name = row[0], let comment = row[1], !comment.isEmpty else { return nil }
                let hasHan = comment.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
                let hasEnglish = comment.split(whereSeparator: { !$0.isASCII || !$0.isLetter }).contains { $0.count >= 3 }
                return hasHan && hasEnglish && !comment.contains("\n") ? nil : "\(name): \(comment)"
            }
            #expect(bad == [])
        }
    }

    @Test(arguments: glossary)
    func aGlossaryTermIsExplainedOnItsColumn(_ entry: (column: String, label: String, definition: String)) throws {
        let (column, label, definition) = entry
        // The definition is quoted from the seed's 名词解释 character for character (the seed
        // prints some terms in bold: **财政拨款收入**：指…).
        let seed = try String(contentsOfFile: Warehouse.seedPath, encoding: .utf8).replacingOccurrences(of: "**", with: "")
        #expect(seed.contains(definition), "not in the seed: \(definition)")
        try Warehouse.with { warehouse in
            let parts = column.split(separator: ".").map(String.init)
            let comment = try warehouse.connection.execute(
                """
                select col_description(a.attrelid, a.attnum) from pg_catalog.pg_attribute as a
                where a.attrelid = format('%I.%I', $1::text, $2::text)::regclass and a.attname = $3
                """, [parts[0], parts[1], parts[2]]
            ).scalar
            let text = try #require(comment, "\(column) has no comment")
            #expect(text.hasPrefix(label + " — "), "\(column): \(text)")
            #expect(text.contains(definition), "\(column): \(text)")
        }
    }

    /// The example the issue gives, and a table that the Migrator's bootstrap creates, not a migration.
    @Test func theFiscalAppropriationColumnQuotesItsDefinition() throws {
        try Warehouse.with { warehouse in
            let comment = try warehouse.connection.execute(
                "select col_description('gongkai.gk02'::regclass, attnum) from pg_attribute "
                    + "where attrelid = 'gongkai.gk02'::regclass and attname = 'fiscal_appropriation'"
            ).scalar
            #expect(comment?.contains("指单位从同级财政部门取得的财政预算资金") == true, "\(comment ?? "nil")")
            #expect(
                try warehouse.connection.execute("select obj_description('fiscal.schema_migration'::regclass, 'pg_class')").scalar?
                    .hasPrefix("已执行的迁移 — ") == true)
        }
    }
}
