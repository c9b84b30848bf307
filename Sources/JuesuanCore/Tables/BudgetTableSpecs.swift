/// The tables of a 部门预算 (budget), described as the 决算's are: titles and the header words
/// that give each column its meaning. Every measure is a budget amount (`budget_…`, phase
/// 预算 in `fiscal.dim_measure`), so a budget and a 决算 of one department never mix in a sum.
///
/// Titles vary more than the 决算's: 收支总表 / 部门收支总表 / 收支预算总表 / 部门财务收支预算总表,
/// 一般公共预算支出表（按功能分类） / 一般公共预算支出预算表（功能科目）. Keys: no spaces or quotes,
/// full-width parentheses as ASCII.
struct BudgetSpecs: Sendable {
    let ys01 = TableSpec(
        .ys01,
        titles: [
            "收支总表", "部门收支总表", "收支预算总表", "部门收支预算总表", "部门财务收支预算总表", "财务收支预算总表",
            "部门财务收支总表", "部门预算收支总表",
        ],
        layout: .twoSided(income: [Self.amount], expense: [Self.amount]))

    let ys02 = TableSpec(
        .ys02, titles: ["收入总表", "部门收入总表", "收入预算总表", "部门收入预算总表", "部门预算收入总表"],
        layout: .codedRows(codes: .subject, columns: Self.sources(total: ColumnSpec(Measure("budget_income_total"), ["收入总计"], ["收入合计"], ["总计"], ["合计"], ["金额"]))))

    let ys03 = TableSpec(
        .ys03, titles: ["支出总表", "部门支出总表", "支出预算总表", "部门支出预算总表", "部门预算支出总表"],
        layout: .codedRows(
            codes: .subject,
            columns: [
                ColumnSpec(Measure("budget_expense_total"), ["支出总计"], ["支出合计"], ["总计"], ["合计"], excluding: ["采购"]),
                ColumnSpec(Measure("budget_basic_expense"), ["基本支出"]),
                ColumnSpec(Measure("budget_project_expense"), ["项目支出"]),
                ColumnSpec(Measure("budget_operating_expense"), ["经营支出"]),
                ColumnSpec(Measure("budget_subsidy_to_subsidiary"), ["附属单位补助"]),
                ColumnSpec(Measure("budget_remittance_to_superior"), ["上缴上级"]),
                ColumnSpec(Measure("budget_reserve"), ["预留机动"]),
                ColumnSpec(Measure("budget_carry_forward"), ["结转下年"]),
                // 小计 alone where the group header 政府采购 stands over one of its columns only.
                ColumnSpec(Measure("budget_procurement"), ["采购", "小计"], ["小计"], excluding: ["中小企业", "微型", "基本支出", "项目支出", "财政拨款"]),
                ColumnSpec(Measure("budget_procurement_sme"), ["中小企业"], excluding: ["微型"]),
                ColumnSpec(Measure("budget_procurement_micro"), ["微型"]),
            ]))

    let ys04 = TableSpec(
        .ys04, titles: ["财政拨款收支总表", "财政拨款收支预算总表", "部门财政拨款收支总表", "财政拨款收支预算表"],
        layout: .twoSided(
            income: [Self.amount],
            expense: [
                ColumnSpec(Measure("budget"), ["预算数"], ["金额"], ["合计"], ["小计"], ["预算"], excluding: ["一般公共", "政府性基金", "国有资本"]),
                ColumnSpec(Measure("budget", .generalBudget), ["一般公共预算"]),
                ColumnSpec(Measure("budget", .govFund), ["政府性基金"]),
                ColumnSpec(Measure("budget", .soeCapital), ["国有资本经营"]),
            ]))

    let ys05 = TableSpec(
        .ys05,
        titles: [
            "一般公共预算支出表", "一般公共预算支出表(按功能分类)", "一般公共预算支出预算表", "一般公共预算支出预算表(功能科目)",
            "一般公共预算支出预算表(按功能分类)", "一般公共预算支出功能分类预算表", "一般公共预算财政拨款支出表",
            "一般公共预算支出表(功能分类)",
        ],
        layout: .codedRows(codes: .subject, columns: Self.expenseColumns(.generalBudget)))

    let ys06 = TableSpec(
        .ys06,
        titles: [
            "一般公共预算基本支出表", "一般公共预算基本支出预算表", "一般公共预算基本支出预算表(经济科目)",
            "一般公共预算基本支出(经济分类)预算表", "一般公共预算基本支出表(按经济分类)", "一般公共预算基本支出表(经济分类)",
            "一般公共预算财政拨款基本支出表",
        ],
        layout: .codedRows(codes: .econ, columns: Self.basicColumns(.generalBudget)))

    let ys07 = TableSpec(
        .ys07,
        titles: [
            "政府性基金预算支出表", "财政拨款政府性基金支出预算表", "政府性基金支出预算表", "政府性基金预算支出预算表",
            "政府性基金预算财政拨款支出表",
        ],
        layout: .codedRows(codes: .subject, columns: Self.expenseColumns(.govFund)))

    let ys08 = TableSpec(
        .ys08,
        titles: [
            "国有资本经营预算支出表", "财政拨款国有资本经营支出预算表", "国有资本经营支出预算表", "国有资本经营预算支出预算表",
            "国有资本经营预算财政拨款支出表",
        ],
        layout: .codedRows(codes: .subject, columns: Self.expenseColumns(.soeCapital)))

    let ys09 = TableSpec(
        .ys09,
        titles: [
            "三公经费支出预算表", "财政拨款三公经费支出表", "财政拨款三公经费支出预算表", "一般公共预算三公经费支出表",
            "一般公共预算三公经费支出预算表", "三公经费、会议费、培训费支出预算表", "三公经费预算表",
            "财政拨款三公经费、会议费、培训费支出预算表", "三公经费预算财政拨款情况表",
        ],
        layout: .codedRows(codes: .none, columns: Self.sangongColumns, oneRow: true))

    let fiscalExpense = TableSpec(
        .budgetFiscalExpense, titles: ["财政拨款支出预算表(功能科目)", "财政拨款支出预算表", "财政拨款支出表(按功能分类)", "财政拨款支出表"],
        layout: .codedRows(codes: .subject, columns: Self.expenseColumns(.all)))

    let fiscalBasic = TableSpec(
        .budgetFiscalBasic, titles: ["财政拨款基本支出预算表(经济科目)", "财政拨款基本支出预算表", "财政拨款基本支出表(按经济分类)", "财政拨款基本支出表"],
        layout: .codedRows(codes: .econ, columns: Self.basicColumns(.all)))

    let generalEcon = TableSpec(
        .budgetGeneralEcon,
        titles: ["一般公共预算支出表(按经济分类)", "一般公共预算支出预算表(经济科目)", "一般公共预算支出表(经济分类)", "一般公共预算支出预算表(按经济分类)"],
        layout: .codedRows(codes: .econ, columns: Self.expenseColumns(.generalBudget)))

    let basic = TableSpec(
        .budgetBasic, titles: ["基本支出总表", "基本支出预算总表", "部门基本支出总表", "基本支出预算表"],
        layout: .codedRows(codes: .econ, columns: Self.sources(total: ColumnSpec(Measure("budget_basic_expense"), ["总计"], ["合计"], ["金额"]))))

    let projects = TableSpec(
        .budgetProjects, titles: ["项目支出总表", "项目支出预算总表", "部门项目支出总表", "项目支出预算表"],
        layout: .codedRows(codes: .none, columns: Self.sources(total: ColumnSpec(Measure("budget_project_expense"), ["总计"], ["合计"], ["金额"]))))

    let runningCost = TableSpec(
        .budgetRunningCost,
        titles: ["一般公共预算机关运行经费支出预算表", "机关运行经费支出预算表", "一般公共预算机关运行经费支出表", "机关运行经费预算表"],
        layout: .codedRows(codes: .econ, columns: [ColumnSpec(Measure("budget_running_cost"), ["机关运行经费"], ["金额"], ["预算数"], ["合计"])]))

    /// Every text cell of a row is its label: 采购品目大类, 专项名称, 经济科目, 采购物品名称, 采购组织形式.
    let procurement = TableSpec(
        .budgetProcurement, titles: ["政府采购预算表", "政府采购支出预算表", "政府采购预算明细表", "部门政府采购预算表"],
        layout: .codedRows(codes: .none, columns: [ColumnSpec(Measure("budget_procurement"), ["总计"], ["合计"], ["金额"], ["预算数"])]))

    /// The one amount of a side of 收支总表 / 财政拨款收支总表: 2026年预算数, 预算数 or 金额.
    private static var amount: ColumnSpec { ColumnSpec(Measure("budget"), ["预算数"], ["金额"], ["预算"]) }

    /// The sources of funds of a 收入总表, 基本支出总表 or 项目支出总表, after its total.
    private static func sources(total: ColumnSpec) -> [ColumnSpec] {
        let funds = ["一般公共", "政府性基金", "国有资本"]
        return [
            total,
            // 小计 alone: the 财政拨款 over it was printed over another of its columns.
            ColumnSpec(Measure("budget_fiscal_appropriation"), ["财政拨款", "小计"], ["财政拨款"], ["小计"], excluding: funds + ["单位资金"]),
            ColumnSpec(Measure("budget_fiscal_appropriation", .generalBudget), ["一般公共"]),
            ColumnSpec(Measure("budget_fiscal_appropriation", .govFund), ["政府性基金"]),
            ColumnSpec(Measure("budget_fiscal_appropriation", .soeCapital), ["国有资本"]),
            ColumnSpec(Measure("budget_special_account"), ["财政专户"]),
            ColumnSpec(Measure("budget_business_income"), ["事业收入"]),
            ColumnSpec(Measure("budget_operating_income"), ["经营收入"]),
            ColumnSpec(Measure("budget_superior_subsidy"), ["上级补助"]),
            ColumnSpec(Measure("budget_subsidiary_remittance"), ["附属单位上缴"]),
            ColumnSpec(Measure("budget_other_income"), ["其他收入"]),
            ColumnSpec(Measure("budget_carryover"), ["上年结"], ["结转"], ["结余"]),
        ]
    }

    /// Expenditure of one fund by 功能分类 or 经济分类: total, basic (with 人员 / 公用 where
    /// split) and project.
    private static func expenseColumns(_ fund: Fund) -> [ColumnSpec] {
        [
            ColumnSpec(
                Measure("budget_expense_total", fund), ["支出总计"], ["合计"], ["总计"], ["金额"], ["小计"], ["预算数"],
                excluding: ["基本支出", "项目支出", "人员", "公用"]),
            ColumnSpec(Measure("budget_basic_expense", fund), ["基本支出"]),
            ColumnSpec(Measure("budget_personnel_expense", fund), ["人员经费"], ["人员类"]),
            ColumnSpec(Measure("budget_public_expense", fund), ["公用经费"]),
            // 专项业务经费: Xi'an's name for 项目支出.
            ColumnSpec(Measure("budget_project_expense", fund), ["项目支出"], ["专项业务经费"]),
        ]
    }

    /// Basic expenditure of one fund by 经济分类: its total and, where split, 人员 / 公用.
    private static func basicColumns(_ fund: Fund) -> [ColumnSpec] {
        [
            // 预算 alone: a table that prints the total only (广州's 部门预算支出经济科目 | 预算).
            ColumnSpec(Measure("budget_basic_expense", fund), ["合计"], ["总计"], ["金额"], ["预算数"], ["小计"], ["基本支出"], ["预算"], excluding: ["人员", "公用"]),
            ColumnSpec(Measure("budget_personnel_expense", fund), ["人员经费"], ["人员类"]),
            ColumnSpec(Measure("budget_public_expense", fund), ["公用经费"]),
        ]
    }

    /// The 三公 items of a budget, the 决算's 预算数 measures; 合计 beside 会议费 and 培训费 is
    /// the total of the five, the 三公's own total their 小计. Some provinces split each item
    /// by fund (一般公共预算 | 政府性基金预算 | 国有资本经营预算): each split column is a measure
    /// of its fund, and a column without a fund word is all funds.
    private static var sangongColumns: [ColumnSpec] {
        let items: [(code: String, keywords: [[String]], excluding: [String], besides: String?)] = [
            ("budget_sangong_grand_total", [["合计"], ["总计"]], ["三公", "公务用车"], "会议费"),
            ("budget_sangong_total", [["三公", "小计"], ["合计"], ["总计"], ["小计"]], ["公务用车"], nil),
            ("budget_sangong_abroad", [["出国"]], [], nil),
            // 公务用车购置及运行费 is the vehicles' subtotal where no 小计 is printed; 其中：公务用车购置 and
            // 其中：公务用车运行费 its parts.
            ("budget_sangong_vehicle_subtotal", [["公务用车", "小计"], ["小计"], ["购置及运行"]], [], nil),
            ("budget_sangong_vehicle_purchase", [["购置费"], ["公务用车购置"]], ["小计"], nil),
            ("budget_sangong_vehicle_operation", [["运行"]], ["小计", "购置费"], nil),
            ("budget_sangong_reception", [["接待"]], [], nil),
            ("budget_sangong_meeting", [["会议费"]], [], nil),
            ("budget_sangong_training", [["培训费"]], [], nil),
        ]
        let funds: [(Fund, String?)] = [(.all, nil), (.generalBudget, "一般公共预算"), (.govFund, "政府性基金"), (.soeCapital, "国有资本经营")]
        return funds.flatMap { fund, word in
            items.map { item in
                ColumnSpec(
                    Measure(item.code, fund), keywords: item.keywords.map { $0 + [word].compactMap { $0 } },
                    excluding: item.excluding + (word == nil ? ["一般公共预算", "政府性基金", "国有资本经营"] : []), besides: item.besides)
            }
        }
    }
}
