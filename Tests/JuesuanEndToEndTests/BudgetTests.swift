import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanWarehouse
import Testing

/// A 部门预算 beside the 部门决算 of the same department and year: a budget fragment made for the
/// test from the seed's tables (its 一般公共预算支出表 planning some of the seed's 公开05 subjects and
/// one it never spent, its 基本支出表 two 经济分类 类, its 三公 the seed's items), printed in 元 while
/// the seed prints 万元.
@Suite struct BudgetTests {
    static let budget = """
        2024 年

        吉林省人民政府办公厅部门预算

        一般公共预算支出表
        部门：吉林省人民政府办公厅
        单位：元
        科目编码\t科目名称\t合计\t基本支出\t项目支出
        合计\t\t165,000,000.00\t105,000,000.00\t60,000,000.00
        201\t一般公共服务支出\t140,000,000.00\t85,000,000.00\t55,000,000.00
        20103\t政府办公厅（室）及相关机构事务\t139,000,000.00\t85,000,000.00\t54,000,000.00
        2010301\t行政运行\t68,000,000.00\t68,000,000.00\t
        2010302\t一般行政管理事务\t42,000,000.00\t\t42,000,000.00
        2010399\t其他政府办公厅（室）及相关机构事务支出\t29,000,000.00\t17,000,000.00\t12,000,000.00
        20113\t商贸事务\t1,000,000.00\t\t1,000,000.00
        2011308\t招商引资\t1,000,000.00\t\t1,000,000.00
        208\t社会保障和就业支出\t20,000,000.00\t20,000,000.00\t
        20805\t行政事业单位养老支出\t20,000,000.00\t20,000,000.00\t
        2080505\t机关事业单位基本养老保险缴费支出\t20,000,000.00\t20,000,000.00\t
        224\t灾害防治及应急管理支出\t5,000,000.00\t\t5,000,000.00
        22401\t应急管理事务\t5,000,000.00\t\t5,000,000.00
        2240106\t安全监管\t5,000,000.00\t\t5,000,000.00

        一般公共预算基本支出表
        部门：吉林省人民政府办公厅
        单位：元
        科目编码\t科目名称\t合计\t人员经费\t公用经费
        合计\t\t105,000,000.00\t90,000,000.00\t15,000,000.00
        301\t工资福利支出\t90,000,000.00\t90,000,000.00\t
        30101\t基本工资\t90,000,000.00\t90,000,000.00\t
        302\t商品和服务支出\t15,000,000.00\t\t15,000,000.00
        30201\t办公费\t15,000,000.00\t\t15,000,000.00

        财政拨款“三公”经费支出预算表
        部门：吉林省人民政府办公厅
        单位：元
        合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费
        \t\t小计\t公务用车购置费\t公务用车运行维护费\t
        11,000,000.00\t100,000.00\t3,600,000.00\t\t3,600,000.00\t7,300,000.00
        """

    /// Per row: dimension, code, 预算 (in 万元), 决算 (the seed's 公开05 / 06 / 09), difference, rate and
    /// the seed's own statement of the budget (五(三) 年初预算, the 三公 table's 预算数).
    static let expected = [
        "功能分类\t201\t14000\t14044.58\t44.58\t100.32\t",
        "功能分类\t20103\t13900\t13957.84\t57.84\t100.42\t",
        "功能分类\t2010301\t6800\t6802.30\t2.30\t100.03\t6008.71",
        "功能分类\t2010302\t4200\t4009.17\t-190.83\t95.46\t4199.75",
        "功能分类\t2010303\t\t1686.15\t\t\t1642.19",
        "功能分类\t2010350\t\t1357.27\t\t\t1127.18",
        "功能分类\t2010399\t2900\t102.94\t-2797.06\t3.55\t152",
        "功能分类\t20113\t100\t86.73\t-13.27\t86.73\t",
        "功能分类\t2011308\t100\t86.73\t-13.27\t86.73\t120",
        "功能分类\t208\t2000\t2150.05\t150.05\t107.50\t",
        "功能分类\t20801\t\t9.11\t\t\t",
        "功能分类\t2080199\t\t9.11\t\t\t0",
        "功能分类\t20805\t2000\t1887.42\t-112.58\t94.37\t",
        "功能分类\t2080501\t\t905.72\t\t\t863.19",
        "功能分类\t2080502\t\t94.17\t\t\t67.7",
        "功能分类\t2080505\t2000\t869.89\t-1130.11\t43.49\t833.08",
        "功能分类\t2080506\t\t17.64\t\t\t17.64",
        "功能分类\t20808\t\t242.48\t\t\t",
        "功能分类\t2080801\t\t242.48\t\t\t0",
        "功能分类\t20899\t\t11.04\t\t\t",
        "功能分类\t2089901\t\t11.04\t\t\t0",
        "功能分类\t210\t\t763.46\t\t\t",
        "功能分类\t21011\t\t763.46\t\t\t",
        "功能分类\t2101101\t\t612.40\t\t\t567.72",
        "功能分类\t2101102\t\t151.06\t\t\t147.22",
        "功能分类\t221\t\t756.71\t\t\t",
        "功能分类\t22102\t\t756.71\t\t\t",
        "功能分类\t2210201\t\t756.71\t\t\t737.59",
        "功能分类\t224\t500\t\t\t\t",
        "功能分类\t22401\t500\t\t\t\t",
        "功能分类\t2240106\t500\t\t\t\t",
        "经济分类\t301\t9000\t9330.05\t330.05\t103.67\t",
        "经济分类\t302\t1500\t1496.13\t-3.87\t99.74\t",
        "经济分类\t303\t\t1266.89\t\t\t",
        "经济分类\t307\t\t\t\t\t",
        "经济分类\t310\t\t50.53\t\t\t",
        "经济分类\t399\t\t\t\t\t",
        "三公\ttotal\t1100\t1055.28\t-44.72\t95.93\t1093.88",
        "三公\tabroad\t10\t7.31\t-2.69\t73.10\t7.31",
        "三公\tvehicle_subtotal\t360\t341.85\t-18.15\t94.96\t357.48",
        "三公\tvehicle_purchase\t\t\t\t\t",
        "三公\tvehicle_operation\t360\t341.85\t-18.15\t94.96\t357.48",
        "三公\treception\t730\t706.12\t-23.88\t96.73\t729.09",
    ]

    static let query = """
        select dimension, code, coalesce(budget::text, ''), coalesce(final::text, ''), coalesce(difference::text, ''),
            coalesce(rate::text, ''), coalesce(stated_budget::text, '')
        from gongkai.budget_vs_final order by ord
        """

    @Test(arguments: [true, false])
    func budgetAgainstFinalAccountsRowByRow(budgetFirst: Bool) throws {
        let path = try SeedVariant.write(Self.budget, name: "budget.txt")
        defer { SeedVariant.remove(path) }
        try Warehouse.with { warehouse in
            for file in budgetFirst ? [path, Warehouse.seedPath] : [Warehouse.seedPath, path] { try warehouse.load(file) }
            #expect(
                try warehouse.lines("select department, fiscal_year, report_kind, amount_unit from fiscal.dim_document order by report_kind")
                    == ["吉林省人民政府办公厅\t2024\t决算\t万元", "吉林省人民政府办公厅\t2024\t预算\t元"])
            #expect(try warehouse.lines(Self.query) == Self.expected)
            // The budget's own checks hold on it: its tables add up (合计 = Σ 类 … in 3 columns of 8 parents in
            // ys05 and 3 of 3 in ys06), ys05's 基本支出 is ys06's 合计, and its 三公 items add up.
            #expect(
                try warehouse.lines(
                    """
                    select check_id, outcome, comparisons from fiscal.dq_check_run natural join fiscal.dim_document
                    where report_kind = '预算' and check_id in ('budget_balance', 'budget_hierarchy', 'budget_sangong') order by 1
                    """) == ["budget_balance\tpass\t1", "budget_hierarchy\tpass\t33", "budget_sangong\tpass\t2"])
        }
    }

    /// This year's budget states its changes from last year (一般公共预算拨款支出 165,000,000.00 元, 比上年增加
    /// 5,000,000.00 元; “三公”经费 11,000,000.00 元, 比上年减少 500,000.00 元), and last year's budget of the
    /// department (the fragment as a 2023 budget, its 合计 160,000,000.00 and its 三公 11,500,000.00) is loaded
    /// before or after it: each change is compared with this year's total − last year's, and one stated
    /// wrong (增加 6,000,000.00) is a warning on its line.
    static func changesFromLastYear(stating increase: String, lastYearFirst: Bool) throws -> (findings: [String], compared: [String]) {
        let narrative = """

            一、一般公共预算拨款支出情况
            2024年一般公共预算拨款支出165,000,000.00元，比上年增加\(increase)元，增长3.13%。
            二、“三公”经费支出情况
            2024年“三公”经费预算11,000,000.00元，比上年减少500,000.00元，下降4.35%。
            """
        let lastYear = Self.budget.replacingOccurrences(of: "2024 年\n", with: "2023 年\n")
            .replacingOccurrences(of: "合计\t\t165,000,000.00", with: "合计\t\t160,000,000.00")
            .replacingOccurrences(of: "11,000,000.00\t100,000.00", with: "11,500,000.00\t100,000.00")
        let thisPath = try SeedVariant.write(Self.budget + narrative, name: "budget2024.txt")
        let lastPath = try SeedVariant.write(lastYear, name: "budget2023.txt")
        defer { SeedVariant.remove(thisPath); SeedVariant.remove(lastPath) }
        return try Warehouse.with { warehouse in
            for file in lastYearFirst ? [lastPath, thisPath] : [thisPath, lastPath] { try warehouse.load(file) }
            #expect(try warehouse.lines("select fiscal_year from fiscal.dim_document order by 1") == ["2023", "2024"])
            let findings = try warehouse.lines(
                """
                select severity, row_key, expected, actual from fiscal.dq_finding natural join fiscal.dim_document
                where fiscal_year = 2024 and check_id = 'budget_narrative'
                """)
            let compared = try warehouse.lines(
                """
                select split_part(row_key, ' ', 1) || ' ' || expected || ' ' || actual from fiscal.dq_measurement natural join fiscal.dim_document
                where fiscal_year = 2024 and check_id = 'budget_narrative' and row_key like '% change %' order by 1
                """)
            return (findings, compared)
        }
    }

    @Test(arguments: [true, false])
    func aBudgetsChangeFromLastYearIsComparedWithLastYearsBudget(lastYearFirst: Bool) throws {
        let stated = try Self.changesFromLastYear(stating: "5,000,000.00", lastYearFirst: lastYearFirst)
        #expect(stated.findings == [])
        #expect(stated.compared == ["“三公”经费 -500000.00 -500000.00", "一般公共预算拨款支出 5000000.00 5000000.00"])
        let wrong = try Self.changesFromLastYear(stating: "6,000,000.00", lastYearFirst: lastYearFirst)
        #expect(wrong.findings.count == 1)
        #expect(wrong.findings.first?.hasPrefix("warn\t一般公共预算拨款支出 change ") == true)
        #expect(wrong.findings.first?.hasSuffix("\t5000000.00\t6000000.00") == true)
    }

    @Test func aBudgetWhoseTotalDoesNotAddUpIsLoadedWithAnError() throws {
        // 合计 printed 10 元 higher than its three 类.
        let path = try SeedVariant.write(
            Self.budget.replacingOccurrences(of: "合计\t\t165,000,000.00", with: "合计\t\t165,000,010.00"), name: "budget.txt")
        defer { SeedVariant.remove(path) }
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(path).documentID)
            // The fragment prints three of a budget's tables: the five others it must publish are named nowhere.
            #expect(
                try warehouse.lines(
                    "select table_codes from fiscal.dq_finding where document_id = $1 and check_id = 'required_tables' order by 1", [document])
                    == ["ys01", "ys02", "ys03", "ys04", "ys07"])
            #expect(
                try warehouse.lines(
                    """
                    select severity, table_codes, row_key, expected, actual from fiscal.dq_finding
                    where document_id = $1 and check_id <> 'required_tables'
                    """, [document])
                    == [
                        "error\tys05\t合计 budget_expense_total/general_budget\t165000010.00\t165000000.00",
                        // The row's own columns do not add up to it either: 105,000,000.00 + 60,000,000.00.
                        "warn\tys05\t合计 budget_expense_total\t165000010.00\t165000000.00",
                    ])
            // Loaded as printed.
            #expect(try warehouse.lines("select expense_total from gongkai.ys05 where document_id = $1 and ord = 1", [document]) == ["165000010.00"])
        }
    }

    /// A budget's rows add up across their columns (coded_row_columns): 合计 = 基本支出 + 项目支出 on each of
    /// the 一般公共预算支出表's 14 rows, 基本支出 = 人员经费 + 公用经费 on each of the 基本支出表's 5.
    @Test func aBudgetRowIsTheSumOfItsColumns() throws {
        let clean = try SeedVariant.write(Self.budget, name: "budget.txt")
        defer { SeedVariant.remove(clean) }
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(clean).documentID)
            #expect(
                try warehouse.lines(
                    "select outcome, comparisons, findings from fiscal.dq_check_run where document_id = $1 and check_id = 'coded_row_columns'",
                    [document]) == ["pass\t19\t0"])
        }
        // 2010302 一般行政管理事务 plans 42,000,000.00 of 项目支出: printed 41,000,000.00, its 合计 no longer adds up.
        let broken = try SeedVariant.write(
            Self.budget.replacingOccurrences(
                of: "2010302\t一般行政管理事务\t42,000,000.00\t\t42,000,000.00", with: "2010302\t一般行政管理事务\t42,000,000.00\t\t41,000,000.00"),
            name: "budget.txt")
        defer { SeedVariant.remove(broken) }
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(broken).documentID)
            #expect(
                try warehouse.lines(
                    "select severity, row_key, expected, actual from fiscal.dq_finding where document_id = $1 and check_id = 'coded_row_columns'",
                    [document]) == ["warn\t2010302 budget_expense_total\t42000000.00\t41000000.00"])
        }
    }

    /// A table's title names the budget's year (2024): one printed with last year's is a slip (report_years).
    @Test func aTitleWithAnotherYear() throws {
        let titled = { (year: String) in
            try SeedVariant.write(Self.budget.replacingOccurrences(of: "\n一般公共预算支出表\n", with: "\n\(year)年一般公共预算支出表\n"), name: "budget.txt")
        }
        let wrong = try titled("2023")
        defer { SeedVariant.remove(wrong) }
        let line = try #require(Self.budget.components(separatedBy: "\n").firstIndex(of: "一般公共预算支出表")) + 1
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(wrong).documentID)
            #expect(try warehouse.lines("select table_code from fiscal.document_table where document_id = $1 and title_line = $2", [document, String(line)]) == ["ys05"])
            #expect(
                try warehouse.lines(
                    "select severity, row_key, expected, actual from fiscal.dq_finding where document_id = $1 and check_id = 'report_years'", [document])
                    == ["warn\t2023年 line \(line)\t2024\t2023"])
        }
        let right = try titled("2024")
        defer { SeedVariant.remove(right) }
        try Warehouse.with { warehouse in
            let document = String(try warehouse.load(right).documentID)
            #expect(try warehouse.lines("select count(*) from fiscal.dq_finding where document_id = $1 and check_id = 'report_years'", [document]) == ["0"])
            #expect(
                try warehouse.lines(
                    "select passed from fiscal.dq_measurement where document_id = $1 and check_id = 'report_years' and row_key = $2",
                    [document, "2024年 line \(line)"]) == ["t"])
        }
    }

    @Test func aBudgetTableInAFinalAccountsIsRefused() throws {
        let tables = Self.budget.components(separatedBy: "\n").dropFirst(4).joined(separator: "\n")
        let text = try SeedVariant.seed() + "\n\n" + tables
        #expect(throws: ParseError.self) { try ReportParser.parse(file: "mixed.txt", data: Data(text.utf8)) }
        do {
            _ = try ReportParser.parse(file: "mixed.txt", data: Data(text.utf8))
        } catch {
            #expect(error.message.hasSuffix("ys05 一般公共预算支出表: a table of a 部门预算 in a 部门决算; expected the tables of one report"))
        }
    }

    @Test func theBudgetTablesAreReadAsPrinted() throws {
        let report = try ReportParser.parse(file: "budget.txt", data: Data(Self.budget.utf8))
        #expect(report.cover.reportKind == "预算")
        #expect(report.cover.department == "吉林省人民政府办公厅")
        #expect(report.cover.fiscalYear == 2024)
        #expect(report.cover.amountUnit == "元")
        #expect(report.tables.map(\.table) == [.ys05, .ys06, .ys09])
        let sangong = try #require(report.table(.ys09)?.rows.first)
        #expect(sangong.amount(Measure("budget_sangong_total"))?.text == "11,000,000.00")
        #expect(sangong.amount(Measure("budget_sangong_vehicle_purchase")) == nil)
        #expect(sangong.amount(Measure("budget_sangong_reception"))?.text == "7,300,000.00")
        #expect(report.table(.ys05)?.rows.map { $0.code ?? "" }.prefix(3) == ["", "201", "20103"])
    }
}
