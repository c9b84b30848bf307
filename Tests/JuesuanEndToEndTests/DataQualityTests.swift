import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
import Testing

/// The data-quality checks on the seed: the report's own arithmetic, kept as printed.
@Suite struct DataQualityTests {
    /// Every finding on the seed, as (check, severity, table, row key, expected, actual). Among them
    /// the inconsistencies of 公开05 the report really prints: 20805 人员经费 vs its 项 rows
    /// (0.01, rounding), 2080506 人员经费 20.07 above its 基本支出 17.64, and 208 人员经费 blank
    /// while its 款 rows are not (so the 合计 does not add up either); and from the narrative, 收入总计 /
    /// 支出总计 stated as the 本年 合计, and 5823.95 万元 stated for the self-evaluated projects whose
    /// forms add up to 5573.89.
    static let seedFindings = [
        "coded_hierarchy\tinfo\tgk03\trounding\t\t",
        "coded_hierarchy\twarn\tgk05\t208 personnel_expense\t\t2023.97",
        "coded_hierarchy\tinfo\tgk05\trounding\t\t",
        "coded_hierarchy\terror\tgk05\t合计 personnel_expense\t10596.94\t8314.79",
        "coded_row_columns\tinfo\tgk03\trounding\t\t",
        "coded_row_columns\twarn\tgk05\t208 basic_expense\t2129.90\t",
        "coded_row_columns\twarn\tgk05\t20805 basic_expense\t1887.42\t1805.13",
        "coded_row_columns\twarn\tgk05\t2080501 basic_expense\t905.72\t835.88",
        "coded_row_columns\twarn\tgk05\t2080502 basic_expense\t94.17\t84.26",
        "coded_row_columns\twarn\tgk05\t2080505 basic_expense\t869.89\t864.93",
        "coded_row_columns\twarn\tgk05\t2080506 basic_expense\t17.64\t20.07",
        "coded_row_columns\twarn\tgk05\t20808 basic_expense\t242.48\t201.78",
        "coded_row_columns\twarn\tgk05\t2080801 basic_expense\t242.48\t201.78",
        "coded_row_columns\twarn\tgk05\t20899 basic_expense\t\t17.06",
        "coded_row_columns\twarn\tgk05\t2089901 basic_expense\t\t17.06",
        "coded_row_columns\twarn\tgk05\t210 basic_expense\t753.26\t687.14",
        "coded_row_columns\twarn\tgk05\t21011 basic_expense\t753.26\t687.14",
        "coded_row_columns\twarn\tgk05\t2101101 basic_expense\t602.20\t556.62",
        "coded_row_columns\twarn\tgk05\t2101102 basic_expense\t151.06\t130.51",
        "coded_row_columns\twarn\tgk05\t221 basic_expense\t756.71\t670.58",
        "coded_row_columns\twarn\tgk05\t22102 basic_expense\t756.71\t670.58",
        "coded_row_columns\twarn\tgk05\t2210201 basic_expense\t756.71\t670.58",
        "coded_row_columns\tinfo\tgk05\trounding\t\t",
        "narrative_vs_tables\twarn\tnarrative,actual\t支出总计 19\t18721.05\t17714.8",
        "narrative_vs_tables\twarn\tnarrative,actual\t支出总计 2\t18968.91\t17946.59",
        "narrative_vs_tables\twarn\tnarrative,actual\t收入总计 1\t18968.91\t17334.64",
        "narrative_vs_tables\twarn\tnarrative,gk10\t共涉及资金 95\t5573.89\t5823.95",
        "project_funds\tinfo\tgk10\trounding\t\t",
    ]

    /// The sums of the seed that differ by rounding alone (0.01 a term at most), as (check, table,
    /// row key, expected, actual): one `info` finding a check and table names them ("N sums differ
    /// by rounding, at most 0.01"), and each is still a measurement that did not pass.
    static let seedRoundings = [
        "coded_hierarchy\tgk03\t201 expense_total\t14260.08\t14260.07",
        "coded_hierarchy\tgk03\t20103 project_expense\t5454.12\t5454.11",
        "coded_hierarchy\tgk05\t201 expense_total\t14044.58\t14044.57",
        "coded_hierarchy\tgk05\t20103 basic_expense\t8503.73\t8503.72",
        "coded_hierarchy\tgk05\t20103 expense_total\t13957.84\t13957.83",
        "coded_hierarchy\tgk05\t20103 project_expense\t5454.12\t5454.11",
        "coded_hierarchy\tgk05\t20805 personnel_expense\t1805.13\t1805.14",
        "coded_hierarchy\tgk05\t21011 personnel_expense\t687.14\t687.13",
        "coded_row_columns\tgk03\t20103 expense_total\t14173.34\t14173.35",
        "coded_row_columns\tgk05\t20103 expense_total\t13957.84\t13957.85",
        "coded_row_columns\tgk05\t2010301 basic_expense\t6802.30\t6802.31",
        "project_funds\tgk10\t保密检查工作经历 当年财政拨款\t99.45\t99.44",
        "project_funds\tgk10\t离退休老干部活动经费 当年财政拨款\t67.78\t67.77",
    ]

    @Test func theSeedsFindingsAreExactlyThese() throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            let findings = try warehouse.lines(
                """
                select check_id, severity, table_codes, row_key, coalesce(expected, ''), coalesce(actual, '')
                from fiscal.dq_finding order by check_id, table_codes, row_key, severity
                """)
            #expect(findings == Self.seedFindings)
            #expect(
                try warehouse.lines(
                    """
                    select check_id, table_codes, message from fiscal.dq_finding where row_key = 'rounding' order by check_id, table_codes
                    """) == [
                        "coded_hierarchy\tgk03\t2 sums differ by rounding, at most 0.01",
                        "coded_hierarchy\tgk05\t6 sums differ by rounding, at most 0.01",
                        "coded_row_columns\tgk03\t1 sum differs by rounding, at most 0.01",
                        "coded_row_columns\tgk05\t2 sums differ by rounding, at most 0.01",
                        "project_funds\tgk10\t2 sums differ by rounding, at most 0.01",
                    ])
            #expect(
                try warehouse.lines(
                    """
                    select check_id, table_codes, row_key, expected::text, actual::text from fiscal.dq_measurement
                    where not passed and abs(coalesce(actual, 0) - coalesce(expected, 0)) <= 0.01 order by check_id, table_codes, row_key
                    """) == Self.seedRoundings)
        }
    }

    @Test func everyCheckRecordsAnOutcome() throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            #expect(
                try warehouse.lines("select check_id, outcome from fiscal.dq_check_run order by check_id") == [
                    "budget_balance\tnot_applicable", "budget_direction\tpass", "budget_hierarchy\tnot_applicable",
                    "budget_narrative\tnot_applicable", "budget_sangong\tnot_applicable", "coded_hierarchy\tfail", "coded_row_columns\tfail", "cross_table_totals\tpass",
                    "econ_detail\tpass", "econ_within_sangong\tpass", "fund_columns\tpass", "fund_narrative\tpass", "missing_table\tpass",
                    "narrative_budget_execution\tpass", "narrative_projects\tpass", "narrative_reasons\tpass", "narrative_repeats\tnot_applicable",
                    "narrative_shares\tpass", "narrative_vs_tables\tfail", "narrative_year_on_year\tpass",
                    "placeholders\tpass", "project_funds\tpass", "project_scores\tpass", "report_years\tpass", "required_tables\tpass", "sangong\tpass", "sangong_disclosure\tpass",
                    "subject_names\tpass", "summary_totals\tpass", "year_over_year\tnot_applicable",
                ])
            // Nothing to compare: the budget's checks (not a budget), no name the tables print with a code
            // is stated twice, and last year's report is not loaded.
            #expect(
                try warehouse.lines("select check_id from fiscal.dq_check_run where comparisons = 0 order by 1")
                    == ["budget_balance", "budget_hierarchy", "budget_narrative", "budget_sangong", "narrative_repeats", "year_over_year"])
            // Passing comparisons are kept with their values too.
            #expect(
                try warehouse.lines(
                    """
                    select expected, actual, passed from fiscal.dq_measurement
                    where check_id = 'summary_totals' and table_codes = 'gk01' and row_key = '总计 收入 = 支出'
                    """) == ["18968.91\t18968.91\tt"])
        }
    }

    @Test func aBrokenTotalIsAnErrorAndTheDataStaysAsPrinted() throws {
        let original = try String(contentsOfFile: Warehouse.seedPath, encoding: .utf8)
        // 01 收入 总计 printed 100.00 higher: the sides no longer balance.
        let changed = original.replacingOccurrences(of: "总计\t13\t18968.91", with: "总计\t13\t19068.91")
        #expect(changed != original)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("unbalanced-\(UUID().uuidString).txt").path
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }  // a leftover temp file harms nothing
        try Warehouse.with { warehouse in
            let result = try warehouse.load(path)
            // The seed's own error (05 合计 人员经费) and two new ones: 收入 总计 ≠ its parts, and ≠ 支出 总计.
            #expect(try warehouse.severities(of: result.documentID)["error"] == 3)
            #expect(
                try warehouse.lines(
                    "select row_key, expected, actual, difference from fiscal.dq_finding where check_id = 'summary_totals' order by row_key"
                ) == ["总计 收入\t19068.91\t18968.91\t-100.00", "总计 收入 = 支出\t19068.91\t18968.91\t-100.00"])
            #expect(try warehouse.lines("select income_actual from gongkai.gk01 where ord = 13") == ["19068.91"])
        }
    }
}

/// The narrative's budget execution through gongkai.budget_execution.
@Suite struct BudgetExecutionViewTests {
    @Test func holdsTheSixteenItemsOfTheSeed() throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            let rows = try warehouse.lines("select * from gongkai.budget_execution order by ord")
            #expect(rows.count == 16)
            #expect(rows.first?.split(separator: "\t").dropFirst().joined(separator: "\t") == "1\t2010301\t行政运行\t6008.71\t6802.3\t113.2\t执行中追加人员经费。")
            #expect(rows.last?.split(separator: "\t").dropFirst().joined(separator: "\t") == "16\t2210201\t住房公积金\t737.59\t756.71\t102.6\t公积金基数调整。")
            #expect(try warehouse.lines("select count(*) from gongkai.budget_execution where subject_code is null") == ["0"])
            // 16 支出决算 against 公开05, 13 stated 完成率, and each of the 16 names resolving to a code.
            #expect(
                try warehouse.lines("select outcome, comparisons from fiscal.dq_check_run where check_id = 'narrative_budget_execution'")
                    == ["pass\t45"])
        }
    }
}

/// The narrative's figures through gongkai.year_on_year and the other narrative views.
@Suite struct NarrativeViewTests {
    @Test func yearOnYearImpliesLastYearsValues() throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            #expect(
                try warehouse.lines(
                    "select subject, this_year, change, last_year, rate from gongkai.year_on_year where section like '二、%' order by ord")
                    == [
                        "财政拨款收入\t17321.91\t-128.94\t17450.85\t-0.7", "上级补助收入\t0\t0\t0\t\\N", "事业收入\t0\t0\t0\t\\N",
                        "经营收入\t0\t0\t0\t\\N", "附属单位上缴收入\t0\t0\t0\t\\N", "其他收入\t12.73\t-3.05\t15.78\t-19.3",
                    ])
            // 与 2023 年相比，收入总计减少 131.99 万元: the value comes from the same section's 收入总计.
            #expect(
                try warehouse.lines("select this_year, last_year from gongkai.year_on_year where subject = '收入总计' and section like '一、%'")
                    == ["17334.64\t17466.63"])
        }
    }

    @Test func otherMattersAndSangongDetailsAreQueryable() throws {
        try Warehouse.with { warehouse in
            try warehouse.load(Warehouse.seedPath)
            #expect(
                try warehouse.lines(
                    "select subject, value, unit from gongkai.other_matters where subject like '政府采购%' order by ord") == [
                        "政府采购支出总额\t458.83\t万元", "政府采购货物支出\t0\t万元", "政府采购工程支出\t0\t万元", "政府采购服务支出\t458.83\t万元",
                    ])
            #expect(
                try warehouse.lines("select subject, value, change, rate from gongkai.other_matters where subject = '机关运行经费支出'")
                    == ["机关运行经费支出\t1393.16\t-67.49\t-4.6"])
            #expect(
                try warehouse.lines("select value from gongkai.sangong_details where subject in ('全年共接待国内来访团组', '来宾') order by ord")
                    == ["2878", "22475"])
        }
    }
}

/// Checks on reports written to break one rule each.
@Suite struct DataQualityVariationTests {
    /// The seed's 收入决算表 with four 项 off by 0.01 in both their columns (a publisher rounding each
    /// row to 万元) and one off by 5.00 in its 本年收入合计: the 款 = Σ 项 check gives one grouped `info`
    /// finding for the eight sums off by rounding and one finding for the sum really off; every
    /// comparison is still a measurement.
    @Test func sumsOffByRoundingAreOneFindingATable() throws {
        var text = try SeedVariant.seed()
        let changes = [
            ("2011308\t招商引资\t120.00\t120.00", "2011308\t招商引资\t120.01\t120.01"),
            ("2080199\t其他人力资源和社会保障管理事务支出\t30.00\t30.00", "2080199\t其他人力资源和社会保障管理事务支出\t30.01\t30.01"),
            ("2080801\t死亡抚恤\t267.25\t267.25", "2080801\t死亡抚恤\t267.26\t267.26"),
            ("2101102\t事业单位医疗\t147.22\t147.22", "2101102\t事业单位医疗\t147.23\t147.23"),
            ("2210201\t住房公积金\t737.59\t737.59", "2210201\t住房公积金\t742.59\t737.59"),
        ]
        for (line, changed) in changes {
            let before = text
            // The first occurrence only: the 收入决算表 (公开02) prints these rows first.
            if let range = text.range(of: line + "\t") { text.replaceSubrange(range, with: changed + "\t") }
            try #require(text != before, "the seed no longer prints \(line)")
        }
        try Warehouse.with { warehouse in
            _ = try Self.load(text, into: warehouse)
            #expect(
                try warehouse.lines(
                    """
                    select severity, row_key, coalesce(expected, ''), coalesce(actual, ''), message from fiscal.dq_finding
                    where check_id = 'coded_hierarchy' and table_codes = 'gk02' order by severity, row_key
                    """) == [
                        "info\trounding\t\t\t8 sums differ by rounding, at most 0.01",
                        "warn\t22102 income_total\t737.59\t742.59\t款 = Σ 项",
                    ])
            #expect(
                try warehouse.lines(
                    """
                    select row_key from fiscal.dq_measurement
                    where check_id = 'coded_hierarchy' and table_codes = 'gk02' and not passed order by row_key
                    """) == [
                        "20113 fiscal_appropriation", "20113 income_total", "20801 fiscal_appropriation", "20801 income_total",
                        "20808 fiscal_appropriation", "20808 income_total", "21011 fiscal_appropriation", "21011 income_total",
                        "22102 income_total",
                    ])
        }
    }

    static func load(_ text: String, into warehouse: Warehouse) throws -> LoadResult {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dq-\(UUID().uuidString).txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }  // a leftover temp file harms nothing
        return try warehouse.load(path)
    }

    @Test func aCodePrintedWithTwoNamesIsReported() throws {
        let original = try String(contentsOfFile: Warehouse.seedPath, encoding: .utf8)
        let renamed = original.replacingOccurrences(of: "2010301\t行政运行\t6809.36", with: "2010301\t行政运行费\t6809.36")
        #expect(renamed != original)
        try Warehouse.with { warehouse in
            _ = try Self.load(renamed, into: warehouse)
            #expect(
                try warehouse.lines("select severity, table_codes, row_key from fiscal.dq_finding where check_id = 'subject_names'")
                    == ["warn\tgk03\t2010301 行政运行费 ≠ 行政运行"])
        }
    }

    @Test func aTableThatMostlyFailsIsInsufficientDataNotFail() throws {
        // Every row's 本年收入合计 disagrees with its sources: more likely a misread column than four wrong rows.
        let report = """
            2024 年度
            测试厅部门决算
            收入决算表
            单位：万元
            项目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入
            科目代码\t科目名称\t\t\t\t\t\t\t
            合计\t\t10.00\t1.00\t\t\t\t\t
            201\t一般公共服务支出\t10.00\t1.00\t\t\t\t\t
            20101\t人大事务\t10.00\t1.00\t\t\t\t\t
            2010101\t行政运行\t10.00\t1.00\t\t\t\t\t

            """
        try Warehouse.with { warehouse in
            _ = try Self.load(report, into: warehouse)
            #expect(
                try warehouse.lines("select outcome, comparisons, findings from fiscal.dq_check_run where check_id = 'coded_row_columns'")
                    == ["insufficient_data\t4\t4"])
            #expect(try warehouse.lines("select outcome from fiscal.dq_check_run where check_id = 'coded_hierarchy'") == ["pass"])
            #expect(try warehouse.lines("select outcome from fiscal.dq_check_run where check_id = 'sangong'") == ["not_applicable"])
        }
    }
}
