import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanPDF
import JuesuanWarehouse
import Testing

/// The publisher's own errors, each written into the seed for one test, with its twin made
/// right that must raise nothing: the exact finding (check, severity, table, row key, lines).
@Suite struct PublisherErrorTests {
    /// The seed with the first line equal to `line` replaced, and that line's number.
    static func seed(replacing line: String, with replacement: String, occurrence: Int = 1) throws -> (text: String, line: Int) {
        var lines = try SeedVariant.seed().components(separatedBy: "\n")
        let index = try #require(lines.indices.filter { lines[$0] == line }.dropFirst(occurrence - 1).first)
        lines[index] = replacement
        return (lines.joined(separator: "\n"), index + 1)
    }

    /// The findings of one check after loading `text`: severity, tables, row key, source lines.
    static func findings(of check: String, loading text: String) throws -> [String] {
        try Warehouse.with { warehouse in
            _ = try DataQualityVariationTests.load(text, into: warehouse)
            return try warehouse.lines(
                "select severity, table_codes, row_key, source_lines::text from fiscal.dq_finding where check_id = $1 order by row_key", [check])
        }
    }

    static let item5 = "为 152 万元，支出决算为 102.94 万元，完成年初预算的 67.7%。决算数小于预算数的主要原因是：部分项目本年未完成，结转下一年度。"
    static let item12 = "12. 社会保障和就业支出（类）抚恤（款）死亡抚恤（项）年初预算为 0 万元，支出决算为 242.48 万元。决算数大于预算数的主要原因是：执行中追加死亡抚恤经费。"
    static let item16 = "16. 住房保障（类）住房改革（款）住房公积金（项）年初预算为 737.59 万元，支出决算为 756.71 万元，完成年初预算的 102.6%，决算数大于预算数的主要原因是：公积金基数调整。"

    static let income04 = "本年收入合计\t7\t17321.91\t本年支出合计\t19\t17714.80\t17714.80\t\t"
    static let income = "本年收入合计 17334.64 万元，其中：财政拨款收入 17321.91 万元，比上年减少 128.94 万元，下降 0.7%，主要是按照省委省政府过紧日子工作要求，压减一般性支出预算，导"

    /// 公开04's 本年收入合计 is what 公开02's 合计 row receives as 财政拨款收入 (17321.91 in both).
    @Test func fiscalIncomeInTwoTables() throws {
        let (text, line) = try Self.seed(replacing: Self.income04, with: Self.income04.replacingOccurrences(of: "\t7\t17321.91\t", with: "\t7\t17321.95\t"))
        let found = try Self.findings(of: "cross_table_totals", loading: text).filter { $0.contains("财政拨款收入") }
        #expect(found == ["warn\tgk02,gk04\t财政拨款收入\t{\(line),141}"])
        #expect(try Self.findings(of: "cross_table_totals", loading: SeedVariant.seed()) == [])
    }

    /// The template's choice of words left in a sentence (增加（减少）), and a change said to be 与上年持平.
    @Test func templateWordsAndAChangeCalledFlat() throws {
        let (text, line) = try Self.seed(replacing: Self.income, with: Self.income.replacingOccurrences(of: "比上年减少 128.94", with: "比上年增加（减少）128.94"))
        #expect(try Self.findings(of: "placeholders", loading: text) == ["warn\tdocument\t增加（减少） line \(line)\t{\(line)}"])
        #expect(try Self.findings(of: "placeholders", loading: SeedVariant.seed()) == [])
        let (flat, flatLine) = try Self.seed(
            replacing: Self.income, with: Self.income.replacingOccurrences(of: "比上年减少 128.94 万元，下降 0.7%", with: "比上年减少为 128.94 万元，与上年持平"))
        #expect(try Self.findings(of: "narrative_year_on_year", loading: flat).contains("warn\tnarrative\t持平 line \(flatLine)\t{\(flatLine)}"))
        #expect(try Self.findings(of: "narrative_year_on_year", loading: SeedVariant.seed()) == [])
    }

    /// A reason left empty: 主要原因：。 (the seed gives it: 按照省委省政府过紧日子工作要求 …).
    @Test func anEmptyReason() throws {
        let reason = "主要原因：按照省委省政府过紧日子工作要求，压减一般性支出预算，导致收入减少；人员经费增加，导致支出增加。"
        let line = "2024 年度财政拨款收入 17321.91 万元、支出总计 17714.8 万元，与 2023 年相比，收入总计减少 128.94 万元，下降 0.7%；支出总计增加 184.75 万元，增长 1.1%，"
            + reason
        let (text, number) = try Self.seed(replacing: line, with: line.replacingOccurrences(of: reason, with: "主要原因：。"))
        #expect(try Self.findings(of: "placeholders", loading: text) == ["warn\tdocument\t原因：。 line \(number)\t{\(number)}"])
    }

    /// A share the 收入 section states is recomputed from 公开01's 本年收入合计 (line 121): 17321.91 / 17334.64 = 99.93 %.
    @Test func anIncomeShareRecomputed() throws {
        let stated = { (share: String) in
            try Self.seed(replacing: Self.income, with: Self.income.replacingOccurrences(of: "17321.91 万元，比上年", with: "17321.91 万元，占本年收入合计的 \(share)%，比上年"))
        }
        let (wrong, line) = try stated("99.39")
        let found = try Self.findings(of: "narrative_shares", loading: wrong)
        #expect(found.count == 1 && found.first?.hasPrefix("warn\tnarrative,gk01\t财政拨款收入 share ") == true && found.first?.hasSuffix("\t{\(line),121}") == true)
        #expect(try Self.findings(of: "narrative_shares", loading: try stated("99.93").text) == [])
    }

    /// 公开04 closes each fund's year: 年初 1399.14 (line 239) + 收入 17321.91 (231) − 支出 17714.80 (237) = 年末 1006.25 (238).
    @Test func aFundThatDoesNotCloseItsYear() throws {
        let closing = "年初财政拨款结转和结余\t8\t1399.14\t年末财政拨款结转和结余\t20\t1006.25\t1006.25\t\t"
        let (text, _) = try Self.seed(replacing: closing, with: closing.replacingOccurrences(of: "1006.25\t1006.25", with: "1006.35\t1006.35"))
        #expect(try Self.findings(of: "fund_columns", loading: text) == ["warn\tgk04\t年末 general_budget\t{231,237,238,239}"])
        #expect(try Self.findings(of: "fund_columns", loading: SeedVariant.seed()) == [])
    }

    @Test func aDirectionWordThatContradictsItsNumbers() throws {
        // 102.94 of 152: smaller, printed 大于. The item starts two lines above (line 1323).
        let (text, _) = try Self.seed(replacing: Self.item5, with: Self.item5.replacingOccurrences(of: "小于", with: "大于"))
        #expect(try Self.findings(of: "budget_direction", loading: text) == ["error\tnarrative\t其他政府办公厅（室）及相关机构事务 大于\t{1323}"])
        #expect(try Self.findings(of: "budget_direction", loading: SeedVariant.seed()) == [])
    }

    @Test func flatForTwoDifferentAmounts() throws {
        let (text, line) = try Self.seed(replacing: Self.item16, with: Self.item16.replacingOccurrences(of: "决算数大于预算数", with: "决算数与预算数持平"))
        #expect(try Self.findings(of: "budget_direction", loading: text) == ["error\tnarrative\t住房公积金 与预算数持平\t{\(line)}"])
        // The same words where the amounts are equal: nothing.
        let (equal, _) = try Self.seed(
            replacing: Self.item16,
            with: Self.item16.replacingOccurrences(of: "756.71 万元，完成年初预算的 102.6%，决算数大于预算数", with: "737.59 万元，完成年初预算的 100%，决算数与预算数持平"))
        #expect(try Self.findings(of: "budget_direction", loading: equal) == [])
    }

    @Test func aCompletionRateOfABudgetOfZero() throws {
        let (text, line) = try Self.seed(
            replacing: Self.item12, with: Self.item12.replacingOccurrences(of: "242.48 万元。", with: "242.48 万元，完成年初预算的 100%。"))
        #expect(try Self.findings(of: "budget_direction", loading: text) == ["error\tnarrative\t死亡抚恤 完成率\t{\(line)}"])
    }

    @Test func aPlaceholderLeftFromTheTemplate() throws {
        let note = "注：本表反映部门本年度各项支出情况。"
        let (text, line) = try Self.seed(replacing: note, with: "注：本表反映XX局本年度各项支出情况。")
        #expect(try Self.findings(of: "placeholders", loading: text) == ["warn\tdocument\tXX line \(line)\t{\(line)}"])
        #expect(try Self.findings(of: "placeholders", loading: SeedVariant.seed()) == [])
    }

    @Test func aYearThatIsNotTheReports() throws {
        // The body's heading of 第三部分 (the second occurrence; the first is the 目录's).
        let (text, line) = try Self.seed(
            replacing: "第三部分 2024 年度部门决算情况说明", with: "第三部分 2023 年度部门决算情况说明", occurrence: 2)
        #expect(try Self.findings(of: "report_years", loading: text) == ["warn\tdocument\t2023年 line \(line)\t{\(line)}"])
        #expect(try Self.findings(of: "report_years", loading: SeedVariant.seed()) == [])
    }

    @Test func aYearPrintedWithThreeDigits() throws {
        let (text, line) = try Self.seed(replacing: "第二部分 2024 年度部门决算表", with: "第二部分 202 年度部门决算表")
        #expect(try Self.findings(of: "report_years", loading: text) == ["warn\tdocument\t202年 line \(line)\t{\(line)}"])
    }

    @Test func aFundColumnRowThatDoesNotAddUp() throws {
        let row = "一、一般公共预算财政拨款\t1\t17321.91\t一、一般公共服务支出\t13\t14044.58\t14044.58\t\t"
        let (text, line) = try Self.seed(replacing: row, with: row.replacingOccurrences(of: "14044.58\t14044.58", with: "14044.58\t14040.58"))
        #expect(try Self.findings(of: "fund_columns", loading: text) == ["error\tgk04\t一、一般公共服务支出 合计 = Σ 资金\t{\(line)}"])
        #expect(try Self.findings(of: "fund_columns", loading: SeedVariant.seed()) == [])
    }

    @Test func aFundColumnAgainstItsFundsTable() throws {
        // 公开07 prints 135.00 of 本年支出 (line 349) where 公开04's 政府性基金 column prints none (line 237).
        let text = try NarrativeDisclosureTests.withGovernmentFund()
        #expect(try Self.findings(of: "fund_columns", loading: text) == ["warn\tgk04,gk07\t本年支出合计 gov_fund\t{237,349}"])
    }

    @Test func sectionsAreFoundByTheirTitlesNotTheirNumbers() throws {
        // 三公 as 十二、 and 绩效 as 十三、 instead of the seed's 九、 and 十、: the same comparisons.
        let (renumbered, _) = try Self.seed(replacing: "九、财政拨款“三公”经费支出决算情况说明", with: "十二、财政拨款“三公”经费支出决算情况说明")
        let text = renumbered.replacingOccurrences(of: "\n十、关于 2024 年度绩效评价情况说明\n", with: "\n十三、关于 2024 年度绩效评价情况说明\n")
        #expect(text != renumbered)
        func comparisons(_ text: String) throws -> [String] {
            try Warehouse.with { warehouse in
                _ = try DataQualityVariationTests.load(text, into: warehouse)
                return try warehouse.lines(
                    """
                    select check_id, table_codes, count(*) from fiscal.dq_measurement
                    where check_id in ('narrative_vs_tables', 'narrative_projects') group by 1, 2 order by 1, 2
                    """)
            }
        }
        let seed = try comparisons(SeedVariant.seed())
        // The 三公 预算数 items and their completions are among them.
        #expect(seed.contains("narrative_vs_tables\tnarrative,budget\t4"))
        #expect(seed.contains("narrative_vs_tables\tnarrative,gk09\t4"))
        #expect(seed.contains { $0.hasPrefix("narrative_projects\t") })
        #expect(try comparisons(text) == seed)
    }

    @Test func theShanghaiReportsSangongIsCompared() throws {
        // Its 三公 section is 七、 and states 年初预算 and each item's 决算 in its own words.
        try Warehouse.with { warehouse in
            let loaded = try warehouse.load(PDFReadingTests.shanghai)
            #expect(
                try warehouse.lines(
                    """
                    select row_key, coalesce(expected::text, ''), actual, passed from fiscal.dq_measurement
                    where document_id = $1 and check_id = 'narrative_vs_tables' and row_key ~ '三公|因公|公务'
                    order by row_key
                    """, [String(loaded.documentID)])
                    == [
                        "“三公”经费财政拨款支出年初预算 44\t0.95\t0.95\tt", "公务接待费支出决算 48\t\t0.00\tt",
                        // 完成预算的 0% of a 公务接待费 budget of 0.95 with nothing spent.
                        "公务接待费支出决算 completion 48\t0\t\\N\tt",
                        "公务用车购置及运行维护费支出决算 47\t\t0.00\tt", "因公出国（境）费决算 46\t\t0.00\tt",
                    ])
        }
    }
}

/// A check that fails to run is recorded, and the load and the other checks go on.
@Suite struct CheckExecutionTests {
    /// Loads the seed with the checks of a folder of its own (check id → SQL), written for the test.
    static func withChecks<T>(_ checks: [String: String], _ body: (Warehouse, LoadResult) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("checks-\(UUID().uuidString)")
        let directory = folder.appendingPathComponent("checks")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }  // a leftover temp folder harms nothing
        for (name, sql) in checks {
            try sql.write(to: directory.appendingPathComponent("\(name).sql"), atomically: true, encoding: .utf8)
        }
        // The judge every check runs in (sql/judge.sql).
        try FileManager.default.copyItem(at: Warehouse.sqlDirectory.appendingPathComponent("judge.sql"), to: folder.appendingPathComponent("judge.sql"))
        return try Warehouse.with { warehouse in
            let loaded = try DocumentLoader(connection: warehouse.connection).load(ReportReader.read(Warehouse.seedPath))
            try DataQualityChecks(sqlDirectory: folder).runPending(on: warehouse.connection)
            return try body(warehouse, loaded)
        }
    }

    @Test func nothingComparedIsNotApplicableOnlyWithABasis() throws {
        let comparison = "select 'gk01', '总计', amount, amount, 1, true, '=', array[source_line], 'x' from fiscal.gongkai_cell where document_id = $1"
        let checks = [
            // Its join matched nothing, and it says no why: never a pass, never not_applicable.
            "matched_nothing": comparison + " and table_code = 'gk99'",
            "with_basis": comparison + " and table_code = 'gk99' union all select null, null, null, null, 0, false, 'basis', '{}', '公开99 is not printed'",
            "compared": comparison + " and table_code = 'gk01' and line_label = '总计'",
        ]
        try Self.withChecks(checks) { warehouse, _ throws in
            #expect(
                try warehouse.lines("select check_id, outcome, comparisons, coalesce(basis, '') from fiscal.dq_check_run order by check_id") == [
                    "compared\tpass\t2\t", "matched_nothing\tno_comparison\t0\t", "with_basis\tnot_applicable\t0\t公开99 is not printed",
                ])
        }
    }

    @Test func aBrokenCheckIsAnExecutionErrorAndTheLoadGoesOn() throws {
        let summary = try String(contentsOf: Warehouse.sqlDirectory.appendingPathComponent("checks/summary_totals.sql"), encoding: .utf8)
        try Self.withChecks(["summary_totals": summary, "broken": "select * from fiscal.no_such_table"]) { warehouse, loaded throws in
            #expect(loaded.outcome == .loaded)
            #expect(
                try warehouse.lines("select check_id, outcome, error_message from fiscal.dq_check_run order by check_id") == [
                    "broken\texecution_error\trelation \"fiscal.no_such_table\" does not exist (SQLSTATE 42P01)",
                    "summary_totals\tpass\t\\N",
                ])
            // Each outcome names the version of the check file it came from.
            #expect(
                try warehouse.lines("select check_sha256 from fiscal.dq_check_run where check_id = 'summary_totals'")
                    == [SHA256.hex(Data(summary.utf8))])
            #expect(try warehouse.lines("select count(*) from fiscal.fact_gongkai_amount") == ["698"])
        }
    }
}

/// Two years of one department: the narrative's 与上年相比 against the two reports' own tables.
@Suite struct YearOverYearTests {
    /// The seed as the department's 2023 report: every year one earlier, 01's 总计 131.99 higher on
    /// both sides (so 2024's 收入总计减少 131.99 holds) and 02's 财政拨款收入 100.00 higher (so
    /// 2024's 财政拨款收入减少 128.94 does not). Everything else is printed the same in both years.
    static func lastYear() throws -> String {
        let text = try SeedVariant.seed().replacingOccurrences(of: "2023", with: "2022").replacingOccurrences(of: "2024", with: "2023")
        let changed = text
            .replacingOccurrences(of: "总计\t13\t18968.91\t总计\t26\t18968.91", with: "总计\t13\t19100.90\t总计\t26\t19100.90")
            .replacingOccurrences(of: "合计\t\t17334.64\t17321.91\t", with: "合计\t\t17334.64\t17421.91\t")
        return changed
    }

    /// 2024's findings of the year_over_year check, loading the two years in the given order.
    static func findings(lastYearFirst: Bool) throws -> (findings: [String], view: [String]) {
        let previous = try SeedVariant.write(try Self.lastYear(), name: "2023.txt")
        defer { SeedVariant.remove(previous) }
        return try Warehouse.with { warehouse in
            let paths = lastYearFirst ? [previous, Warehouse.seedPath] : [Warehouse.seedPath, previous]
            for path in paths { try warehouse.load(path) }
            let findings = try warehouse.lines(
                """
                select f.severity, f.row_key, f.expected, f.actual, f.source_lines::text from fiscal.dq_finding as f
                inner join fiscal.dim_document as d using (document_id)
                where f.check_id = 'year_over_year' and d.fiscal_year = 2024 order by f.row_key, f.source_lines
                """)
            let view = try warehouse.lines(
                """
                select table_code, part, line_label, measure_code, last_year, this_year, change, coalesce(stated_change::text, '')
                from gongkai.year_over_year where table_code in ('gk01', 'gk02') and line_label in ('总计', '合计')
                    and measure_code in ('actual', 'fiscal_appropriation')
                order by ord
                """)
            return (findings, view)
        }
    }

    @Test(arguments: [true, false])
    func statedChangesAgainstLastYearsTables(lastYearFirst: Bool) throws {
        let (findings, view) = try Self.findings(lastYearFirst: lastYearFirst)
        // 收入总计: stated −131.99, computed −131.99: no finding. The others the narrative states
        // changed, while the two tables print the same amount (computed 0), and 财政拨款收入 (−128.94
        // stated, −100.00 computed), are findings; the flat ones (与上年持平) hold.
        // The 三公 items too: the seed states their changes (合计 +10.68, 公务用车 +12.62, 公务接待 −2.92).
        #expect(
            findings == [
                "warn\t一般公共预算财政拨款支出 合计\t0.00\t184.75\t{1303,260}",
                "warn\t其他收入 合计\t0.00\t-3.05\t{1282,141}",
                "warn\t基本支出 合计\t0.00\t430.34\t{1288,185}",
                "warn\t支出决算 决算数 公务接待费\t0.00\t-2.92\t{1385,387}",
                "warn\t支出决算 决算数 公务用车购置及运行维护费 小计\t0.00\t12.62\t{1377,387}",
                "warn\t支出决算 决算数 合计\t0.00\t10.68\t{1371,387}",
                "warn\t支出总计 总计\t-131.99\t143.19\t{1273,124}",
                "warn\t支出总计 总计\t0.00\t184.75\t{1294,242}",
                "warn\t财政拨款收入 合计\t-100.00\t-128.94\t{1280,141}",
                "warn\t项目支出 合计\t0.00\t-287.15\t{1288,185}",
            ])
        #expect(
            view == [
                "gk01\t1\t总计\tactual\t19100.90\t18968.91\t-131.99\t-131.99",
                "gk01\t2\t总计\tactual\t19100.90\t18968.91\t-131.99\t143.19",
                "gk02\t0\t合计\tfiscal_appropriation\t17421.91\t17321.91\t-100.00\t-128.94",
            ])
    }
}

/// What the narrative must disclose, and what it states against the tables.
@Suite struct NarrativeDisclosureTests {
    static func seedLines() throws -> [String] { try SeedVariant.seed().components(separatedBy: "\n") }

    @Test func aSangongItemNotDisclosedOnItsOwn() throws {
        // Without its own sentence, 公务用车购置费 is only in the merged 公务用车购置及运行费, and no 辆 is counted.
        let lines = try Self.seedLines()
        let purchase = try #require(lines.firstIndex { $0.hasPrefix("公务用车购置费支出 0 万元。") })
        let text = lines.enumerated().filter { $0.offset != purchase }.map(\.element).joined(separator: "\n")
        // The section's heading, 九、财政拨款“三公”经费支出决算情况说明, is line 1367; 公开09's 决算 row is line 387.
        #expect(
            try PublisherErrorTests.findings(of: "sangong_disclosure", loading: text) == [
                "warn\tgk09,narrative\t公务用车购置费 disclosed\t{1367}",
                "warn\tgk09,narrative\t公务用车运行维护费 counts\t{1367,387}",
            ])
        #expect(try PublisherErrorTests.findings(of: "sangong_disclosure", loading: SeedVariant.seed()) == [])
    }

    /// The seed with 公开07's 合计 row printing 135.00 of 本年支出 小计 and 项目支出 (line 349).
    static func withGovernmentFund() throws -> String {
        try PublisherErrorTests.seed(replacing: "合计\t\t\t\t\t\t\t", with: "合计\t\t\t\t135.00\t\t135.00\t").text
    }

    @Test func noGovernmentFundSaidWhileTheTablePrintsAmounts() throws {
        // The note under 公开07 (line 353) and 七、 of the narrative (line 1361) both say there is none.
        #expect(
            try PublisherErrorTests.findings(of: "fund_narrative", loading: Self.withGovernmentFund()) == [
                "error\tgk07\t无政府性基金 line 1361\t{1361,349}",
                "error\tgk07\t无政府性基金 line 353\t{353,349}",
            ])
        #expect(try PublisherErrorTests.findings(of: "fund_narrative", loading: SeedVariant.seed()) == [])
    }

    @Test func aFundSectionStatingAnotherAmountThanItsTable() throws {
        let statement = "2024年度政府性基金预算财政拨款支出 135.00 万元。"
        let stated = try Self.withGovernmentFund().replacingOccurrences(of: "本单位无政府性基金预算情况。", with: statement)
            .replacingOccurrences(of: "本单位没有政府性基金预算财政拨款。", with: "")
        func findings(_ text: String) throws -> [String] {
            try PublisherErrorTests.findings(of: "narrative_vs_tables", loading: text).filter { $0.contains("政府性基金") }
        }
        #expect(try findings(stated) == [])
        // The same statement where the table prints 105.00.
        let other = stated.replacingOccurrences(of: "合计\t\t\t\t135.00\t\t135.00\t", with: "合计\t\t\t\t105.00\t\t105.00\t")
        let line = try #require(other.components(separatedBy: "\n").firstIndex(of: statement)) + 1
        #expect(try findings(other) == ["warn\tnarrative,expense\t政府性基金预算财政拨款支出 \(try Self.figureOrd(statement, in: other))\t{\(line),349}"])
    }

    /// A 五(三) item that opens with its amount (…（项）支出 X 万元，年初预算为…) and then states another as
    /// its 支出决算 is flagged on its line; the same amount twice is not.
    @Test func aBudgetExecutionItemStatingTwoAmounts() throws {
        let heading = "5. 一般公共服务（类）政府办公厅（室）及相关机构事务（款）其他政府办公厅（室）及相关机构事务（项）年初预算"
        func found(opening amount: String) throws -> (found: [String], lines: [Int]) {
            let (text, line) = try PublisherErrorTests.seed(
                replacing: heading, with: heading.replacingOccurrences(of: "（项）年初预算", with: "（项）支出 \(amount) 万元，年初预算"))
            // The item goes on after a blank line with its 支出决算.
            let stated = try #require(text.components(separatedBy: "\n").firstIndex(of: PublisherErrorTests.item5)) + 1
            return (try PublisherErrorTests.findings(of: "narrative_budget_execution", loading: text).filter { $0.contains(" opening ") }, [line, stated])
        }
        #expect(try found(opening: "102.94").found == [])
        let (wrong, lines) = try found(opening: "102.49")
        #expect(wrong.count == 1)
        #expect(wrong.first?.hasPrefix("warn\tnarrative\t5 opening ") == true)
        #expect(wrong.first?.hasSuffix("\t{\(lines[0]),\(lines[1])}") == true)
    }

    /// 五(一) states the change of 一般公共预算财政拨款支出 (增加 184.75 万元) and gives its reason in the
    /// next sentence (主要原因：…); without the words that make it a reason, the change is flagged on
    /// its line, and only it.
    @Test func aChangeStatedWithoutItsReason() throws {
        let text = try SeedVariant.seed().replacingOccurrences(of: "增长 1.1%。主要原因：按照省委", with: "增长 1.1%。按照省委")
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.contains("增长 1.1%。按照省委") }) + 1
        let found = try PublisherErrorTests.findings(of: "narrative_reasons", loading: text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("warn\tnarrative\t一般公共预算财政拨款支出 ") == true)
        #expect(found.first?.hasSuffix("\t{\(line)}") == true)
        #expect(try PublisherErrorTests.findings(of: "narrative_reasons", loading: SeedVariant.seed()) == [])
    }

    /// A fund section naming its item by levels, 城乡社区支出（类）…（款）…（项）, with an amount: that row
    /// of 公开07 (the 项, code 2120801; its 类 and 款 print the same amount, at other codes).
    @Test func aFundItemNamedByItsLevels() throws {
        let rows = [
            "合计\t\t\t\t135.00\t\t135.00\t", "212\t城乡社区支出\t\t\t135.00\t\t135.00\t",
            "21208\t国有土地使用权出让收入安排的支出\t\t\t135.00\t\t135.00\t", "2120801\t征地和拆迁补偿支出\t\t\t135.00\t\t135.00\t",
        ]
        let statement = { (amount: String) in "城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）支出 \(amount) 万元。" }
        let fund = try PublisherErrorTests.seed(replacing: "合计\t\t\t\t\t\t\t", with: rows.joined(separator: "\n")).text
            .replacingOccurrences(of: "本单位没有政府性基金预算财政拨款。", with: "")
        func findings(stating amount: String) throws -> (found: [String], line: Int, cell: Int) {
            let text = fund.replacingOccurrences(of: "本单位无政府性基金预算情况。", with: statement(amount))
            let lines = text.components(separatedBy: "\n")
            let line = try #require(lines.firstIndex(of: statement(amount))) + 1
            let cell = try #require(lines.firstIndex(of: rows[3])) + 1
            return (try PublisherErrorTests.findings(of: "narrative_vs_tables", loading: text).filter { $0.contains("征地") }, line, cell)
        }
        #expect(try findings(stating: "135.00").found == [])
        let wrong = try findings(stating: "105.00")
        #expect(wrong.found.count == 1)
        #expect(wrong.found.first?.hasPrefix("warn\tnarrative,gk07\t") == true)
        #expect(wrong.found.first?.hasSuffix("\t{\(wrong.line),\(wrong.cell)}") == true)
    }

    /// The narrative figure number of a statement, as the loader numbers them.
    static func figureOrd(_ statement: String, in text: String) throws -> Int {
        try Warehouse.with { warehouse in
            _ = try DataQualityVariationTests.load(text, into: warehouse)
            let ord = try warehouse.lines("select ord from fiscal.fact_narrative_figure where statement like $1", ["%政府性基金预算财政拨款支出%135.00%"])
            return try #require(ord.first.flatMap { Int($0) })
        }
    }

    @Test func aBudgetExecutionItemNamingNoSubject() throws {
        let lines = try Self.seedLines()
        let index = try #require(lines.firstIndex { $0.hasPrefix("1. 一般公共服务（类）政府办公厅（室）及相关机构事务") })
        var changed = lines
        changed[index] = lines[index].replacingOccurrences(of: "1. 一般公共服务（类）", with: "1. 一般公共事务（类）")
        let findings = try PublisherErrorTests.findings(of: "narrative_budget_execution", loading: changed.joined(separator: "\n"))
        #expect(findings == ["warn\tgk05,narrative\t1 一般公共事务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）\t{\(index + 1)}"])
    }

    @Test func aNarrativeAmountInYuanWhereTheTablesAreInWanYuan() throws {
        let text = try SeedVariant.seed().replacingOccurrences(of: "其他收入 12.73 万元", with: "其他收入 12.73 元")
        let findings = try PublisherErrorTests.findings(of: "narrative_vs_tables", loading: text).filter { $0.contains("其他收入") }
        #expect(findings == ["warn\tnarrative,other\t其他收入 11\t{1282,141}"])
        #expect(try PublisherErrorTests.findings(of: "narrative_vs_tables", loading: SeedVariant.seed()).filter { $0.contains("其他收入") } == [])
    }
}

/// The narrative's own statements that contradict its numbers or the tables, one bullet each.
@Suite struct NarrativeStatementTests {
    static func replacing(_ old: String, with new: String) throws -> String {
        let seed = try SeedVariant.seed()
        let text = seed.replacingOccurrences(of: old, with: new)
        #expect(text != seed)
        return text
    }

    static func line(of fragment: String, in text: String) throws -> Int {
        try #require(text.components(separatedBy: "\n").firstIndex { $0.contains(fragment) }) + 1
    }

    @Test func aCutOffDateInAnotherYear() throws {
        // The seed prints 截至 2024 年 12 月 31 日 twice (三公's 车辆, 国有资产): both turned to 2023.
        let text = try Self.replacing("截至 2024 年 12 月 31 日", with: "截至 2023 年 12 月 31 日")
        let lines = text.components(separatedBy: "\n").indices.filter { text.components(separatedBy: "\n")[$0].contains("截至 2023 年 12 月 31 日") }
        #expect(lines.count == 2)
        #expect(
            try PublisherErrorTests.findings(of: "report_years", loading: text)
                == lines.map { "warn\tdocument\t2023年 line \($0 + 1)\t{\($0 + 1)}" })
    }

    @Test func equalForTwoDifferentAmounts() throws {
        // 五(三) item 16: 737.59 budgeted, 756.71 spent, printed 等于.
        let text = try Self.replacing("完成年初预算的 102.6%，决算数大于预算数的主要原因是：公积金基数调整。", with: "完成年初预算的 102.6%，决算数等于预算数。")
        let line = try Self.line(of: "16. 住房保障（类）", in: text)  // item 11 prints 等于 too, rightly: 17.64 = 17.64
        #expect(try PublisherErrorTests.findings(of: "budget_direction", loading: text) == ["error\tnarrative\t住房公积金 等于\t{\(line)}"])
    }

    @Test func aSangongBudgetStatedOtherwiseThanTheTable() throws {
        // 公开09 prints 公务接待费 预算数 729.09 (line 387).
        let text = try Self.replacing("公务接待费预算为 729.09 万元", with: "公务接待费预算为 739.09 万元")
        let line = try Self.line(of: "公务接待费预算为 739.09 万元", in: text)
        // Figure 85 of the narrative (九、(二)), against 公开09's 预算数 公务接待费.
        let findings = try PublisherErrorTests.findings(of: "narrative_vs_tables", loading: text).filter { $0.contains("公务接待费预算") }
        #expect(findings == ["warn\tnarrative,budget\t公务接待费预算 85\t{\(line),387}"])
    }

    @Test func aSangongActualStatedOtherwiseThanTheTable() throws {
        // The 决算 of the same item, figure 86, against 公开09's 决算数 公务接待费 706.12.
        let text = try Self.replacing("公务接待费预算为 729.09 万元，支出决算为 706.12 万元", with: "公务接待费预算为 729.09 万元，支出决算为 716.12 万元")
        let line = try Self.line(of: "支出决算为 716.12 万元", in: text)
        let findings = try PublisherErrorTests.findings(of: "narrative_vs_tables", loading: text).filter { $0.contains("{\(line),") }
        #expect(findings == ["warn\tnarrative,actual\t支出决算 86\t{\(line),387}"])
    }

    @Test func aSangongAmountTheTableDoesNotPrint() throws {
        // 公开09 prints no 公务用车购置费 (blank); figure 81 states 5 万元 of it.
        let text = try Self.replacing("公务用车购置费支出 0 万元。", with: "公务用车购置费支出 5 万元。")
        let line = try Self.line(of: "公务用车购置费支出 5 万元。", in: text)
        let findings = try PublisherErrorTests.findings(of: "narrative_vs_tables", loading: text).filter { $0.contains("{\(line),") }
        #expect(findings == ["warn\tnarrative,actual\t公务用车购置费支出 81\t{\(line),387}"])
        #expect(try PublisherErrorTests.findings(of: "narrative_vs_tables", loading: SeedVariant.seed()).filter { $0.contains("公务用车购置费") } == [])
    }

    @Test func aTotalStatedAsZeroWhereTheTablePrintsIt() throws {
        // 四、: 财政拨款收入 against 公开04's 本年收入合计 17321.91 (line 237).
        let text = try Self.replacing("2024 年度财政拨款收入 17321.91 万元", with: "2024 年度财政拨款收入 0 万元")
        let line = try Self.line(of: "2024 年度财政拨款收入 0 万元", in: text)
        // Figure 18 of the narrative (四、).
        let findings = try PublisherErrorTests.findings(of: "narrative_vs_tables", loading: text).filter { $0.contains("财政拨款收入") }
        #expect(findings == ["warn\tnarrative,actual\t财政拨款收入 18\t{\(line),237}"])
    }

    @Test func flatWithAChange() throws {
        let text = try Self.replacing("其他收入 12.73 万元，比上年减少 3.05 万元，下降 19.3%", with: "其他收入 12.73 万元，比上年减少 3.05 万元，与上年持平")
        // The line the figure is printed on (二、's paragraph wraps over lines 1280–1282).
        let line = try Self.line(of: "其他收入 12.73 万元", in: text)
        // Figure 11: 减少 3.05 万元 and 与上年持平 at once.
        #expect(try PublisherErrorTests.findings(of: "narrative_year_on_year", loading: text) == ["warn\tnarrative\t其他收入 11\t{\(line)}"])
        #expect(try PublisherErrorTests.findings(of: "narrative_year_on_year", loading: SeedVariant.seed()) == [])
    }

    @Test func aRateOfGrowthFromNothing() throws {
        let text = try Self.replacing("上级补助收入 0 万元，与上年持平", with: "上级补助收入 5 万元，比上年增加 5 万元，增长 100%")
        // A figure's line is the one its number is printed on (二、's paragraph wraps over lines 1280–1282).
        let line = try Self.line(of: "上级补助收入 5 万元", in: text)
        // Figure 7: last year's 上级补助收入 was 5 − 5 = 0, from which no rate can grow.
        #expect(try PublisherErrorTests.findings(of: "narrative_year_on_year", loading: text) == ["warn\tnarrative\t上级补助收入 7\t{\(line)}"])
    }

    @Test func aShareWithoutItsPercentSign() throws {
        let text = try Self.replacing("一般公共服务支出 14044.58 万元，占 79.3%", with: "一般公共服务支出 14044.58 万元，占 79.3")
        let line = try Self.line(of: "一般公共服务支出 14044.58 万元，占 79.3；", in: text)
        #expect(try PublisherErrorTests.findings(of: "narrative_shares", loading: text) == ["warn\tnarrative\t占 79.3 line \(line)\t{\(line)}"])
        #expect(try PublisherErrorTests.findings(of: "narrative_shares", loading: SeedVariant.seed()) == [])
    }

    @Test func aFigureStatedTwiceWithTwoValues() throws {
        // 五(二) states 一般公共服务支出 14044.58; a sentence of 五(一) states it again as 14040.58.
        let text = try Self.replacing("增长 1.1%。主要原因：", with: "增长 1.1%。其中一般公共服务支出 14040.58 万元。主要原因：")
        let first = try Self.line(of: "其中一般公共服务支出 14040.58 万元", in: text)
        let second = try Self.line(of: "一般公共服务支出 14044.58 万元，占 79.3%", in: text)
        #expect(
            try PublisherErrorTests.findings(of: "narrative_repeats", loading: text)
                == ["warn\tnarrative\t一般公共服务支出 stated 2 times\t{\(first),\(second)}"])
        #expect(try PublisherErrorTests.findings(of: "narrative_repeats", loading: SeedVariant.seed()) == [])
    }
}
