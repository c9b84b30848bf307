/// The nine 公开 tables of the national 部门决算 template, the tables of its variants that
/// none of the nine means, and the tables of the 部门预算 (budget) that departments publish
/// in the same classification.
///
/// The raw value is the contract's view name (`gongkai.gk01` …, `gongkai.ys01` …).
///
/// Not `CaseIterable`: `allCases` is the nine of the 决算 template, which every 决算 is read
/// against; `known` adds the tables that only some layouts print, and the budget's.
public enum GongkaiTable: String, Sendable, Hashable {
    case gk01, gk02, gk03, gk04, gk05, gk06, gk07, gk08, gk09
    /// 财政拨款支出决算表 of the universities' four-table layout: all three appropriation funds
    /// by 功能分类, with 基本建设资金支出 within 项目支出 (no 一般公共预算 table stands beside it).
    case fiscalExpense = "gk_fiscal_expense"

    // 部门预算: the national template's nine, in the order of the 决算's that they plan.
    /// 收支总表 (部门收支总表, 收支预算总表): 收入 and 支出 side by side, the 支出 by 功能分类
    /// and, in some provinces, a third side by use (基本支出, 项目支出 …).
    case ys01
    /// 收入总表: income by source, per unit, per 功能分类 subject or per income line.
    case ys02
    /// 支出总表: expenditure by kind (基本, 项目 …), per unit or 功能分类 subject.
    case ys03
    /// 财政拨款收支总表.
    case ys04
    /// 一般公共预算支出表 (按功能分类).
    case ys05
    /// 一般公共预算基本支出表 (按经济分类).
    case ys06
    /// 政府性基金预算支出表.
    case ys07
    /// 国有资本经营预算支出表.
    case ys08
    /// “三公”经费支出预算表 (with 会议费 and 培训费 in some provinces).
    case ys09
    /// 财政拨款支出预算表（功能科目）: all appropriation funds by 功能分类.
    case budgetFiscalExpense = "ys_fiscal_expense"
    /// 财政拨款基本支出预算表（经济科目）: basic expenditure of all appropriation funds by 经济分类.
    case budgetFiscalBasic = "ys_fiscal_basic"
    /// 一般公共预算支出表（按经济分类）: basic and project expenditure by 经济分类.
    case budgetGeneralEcon = "ys_general_econ"
    /// 基本支出总表: basic expenditure by 经济分类 and source of funds.
    case budgetBasic = "ys_basic"
    /// 项目支出总表: project expenditure by project and source of funds.
    case budgetProjects = "ys_projects"
    /// 机关运行经费支出预算表: running costs by 经济分类.
    case budgetRunningCost = "ys_running_cost"
    /// 政府采购预算表: planned procurement, one row a printed line (category, project, item, method).
    case budgetProcurement = "ys_procurement"

    /// The nine 公开 tables of the national template, which every 部门决算 is expected to print.
    public static let allCases: [GongkaiTable] = [.gk01, .gk02, .gk03, .gk04, .gk05, .gk06, .gk07, .gk08, .gk09]
    /// The tables of a 部门预算.
    public static let budgetCases: [GongkaiTable] = [
        .ys01, .ys02, .ys03, .ys04, .ys05, .ys06, .ys07, .ys08, .ys09, .budgetFiscalExpense, .budgetFiscalBasic,
        .budgetGeneralEcon, .budgetBasic, .budgetProjects, .budgetRunningCost, .budgetProcurement,
    ]
    /// Every table the parser recognises: the nine, the tables of the layouts that print others, the budget's.
    public static let known: [GongkaiTable] = allCases + [.fiscalExpense] + budgetCases

    /// Which report prints the table.
    public var kind: ReportKind { rawValue.hasPrefix("ys") ? .budget : .finalAccounts }

    /// The 公开 number printed in the table marker (公开 01 表); 0 for a table outside the nine.
    public var number: Int { kind == .finalAccounts ? Int(rawValue.dropFirst(2)) ?? 0 : 0 }

    /// The table's usual title, for messages.
    public var caption: String {
        "\(rawValue) \(spec.titles.first ?? rawValue)"
    }

    /// How the table is found and read.
    public var spec: TableSpec {
        switch self {
        case .gk01: Self.specs.gk01
        case .gk02: Self.specs.gk02
        case .gk03: Self.specs.gk03
        case .gk04: Self.specs.gk04
        case .gk05: Self.specs.gk05
        case .gk06: Self.specs.gk06
        case .gk07: Self.specs.gk07
        case .gk08: Self.specs.gk08
        case .gk09: Self.specs.gk09
        case .fiscalExpense: Self.specs.fiscalExpense
        case .ys01: Self.budgetSpecs.ys01
        case .ys02: Self.budgetSpecs.ys02
        case .ys03: Self.budgetSpecs.ys03
        case .ys04: Self.budgetSpecs.ys04
        case .ys05: Self.budgetSpecs.ys05
        case .ys06: Self.budgetSpecs.ys06
        case .ys07: Self.budgetSpecs.ys07
        case .ys08: Self.budgetSpecs.ys08
        case .ys09: Self.budgetSpecs.ys09
        case .budgetFiscalExpense: Self.budgetSpecs.fiscalExpense
        case .budgetFiscalBasic: Self.budgetSpecs.fiscalBasic
        case .budgetGeneralEcon: Self.budgetSpecs.generalEcon
        case .budgetBasic: Self.budgetSpecs.basic
        case .budgetProjects: Self.budgetSpecs.projects
        case .budgetRunningCost: Self.budgetSpecs.runningCost
        case .budgetProcurement: Self.budgetSpecs.procurement
        }
    }

    private static let specs = Specs()
    private static let budgetSpecs = BudgetSpecs()
}

/// 决算 (final accounts) or 预算 (budget): the two reports a department publishes a year.
public enum ReportKind: String, Sendable, Hashable, CaseIterable {
    case finalAccounts = "决算"
    case budget = "预算"

    /// The report's name on a cover: 部门决算, 部门预算.
    public var title: String { "部门\(rawValue)" }
}

/// Whose report: a department's (部门预算 / 部门决算, its units consolidated) or one unit's own
/// (单位预算 / 单位决算). Both load alike; the level is recorded (`fiscal.dim_document.report_level`).
public enum ReportLevel: String, Sendable, Hashable, CaseIterable {
    case department = "部门"
    case unit = "单位"
}

/// The specs themselves: titles and the header words that give each column its meaning.
private struct Specs: Sendable {
    let gk01 = TableSpec(
        .gk01, titles: ["收入支出决算总表", "部门收支决算总表", "收支决算总表", "部门收入支出决算总表", "高等学校收支决算总表"],
        layout: .twoSided(
            income: [ColumnSpec(Measure("actual"), ["决算数"], ["金额"])],
            expense: [ColumnSpec(Measure("actual"), ["决算数"], ["金额"])]))

    let gk02 = TableSpec(
        .gk02, titles: ["收入决算表", "部门收入决算表", "高等学校收入决算表"],
        layout: .codedRows(
            codes: .subject,
            columns: [
                ColumnSpec(Measure("income_total"), ["本年收入合计"], ["收入合计"], ["合计"]),
                ColumnSpec(Measure("fiscal_appropriation"), ["财政拨款"]),
                ColumnSpec(Measure("superior_subsidy"), ["上级补助"]),
                ColumnSpec(Measure("business_income"), ["事业收入"], excluding: ["其中"]),
                // Universities print 事业收入 as 金额 and 其中：教育收费 (tuition).
                ColumnSpec(Measure("business_income_tuition"), ["教育收费"]),
                ColumnSpec(Measure("operating_income"), ["经营收入"]),
                ColumnSpec(Measure("subsidiary_remittance"), ["附属单位上缴"]),
                ColumnSpec(Measure("other_income"), ["其他收入"]),
            ]))

    let gk03 = TableSpec(
        .gk03, titles: ["支出决算表", "部门支出决算表", "高等学校支出决算表"],
        layout: .codedRows(
            codes: .subject,
            columns: [
                ColumnSpec(Measure("expense_total"), ["本年支出合计"], ["支出合计"], ["合计"]),
                ColumnSpec(Measure("basic_expense"), ["基本支出"]),
                ColumnSpec(Measure("project_expense"), ["项目支出"]),
                ColumnSpec(Measure("remittance_to_superior"), ["上缴上级"]),
                ColumnSpec(Measure("operating_expense"), ["经营支出"]),
                ColumnSpec(Measure("subsidy_to_subsidiary"), ["附属单位补助"]),
            ]))

    let gk04 = TableSpec(
        .gk04, titles: ["财政拨款收入支出决算总表", "财政拨款收支决算总表"],
        layout: .twoSided(
            income: [ColumnSpec(Measure("actual"), ["决算数"], ["金额"])],
            expense: [
                ColumnSpec(Measure("actual"), ["合计"], ["小计"]),
                ColumnSpec(Measure("actual", .generalBudget), ["一般公共预算"]),
                ColumnSpec(Measure("actual", .govFund), ["政府性基金"]),
                ColumnSpec(Measure("actual", .soeCapital), ["国有资本经营"]),
            ]))

    let gk05 = TableSpec(
        .gk05, titles: ["一般公共预算财政拨款支出决算表"],
        layout: .codedRows(
            codes: .subject,
            columns: [
                ColumnSpec(
                    Measure("expense_total", .generalBudget), ["小计"], ["合计"], excluding: ["基本支出", "项目支出"]),
                ColumnSpec(Measure("basic_expense", .generalBudget), ["基本支出"]),
                ColumnSpec(Measure("personnel_expense", .generalBudget), ["人员经费"]),
                ColumnSpec(Measure("public_expense", .generalBudget), ["公用经费"]),
                ColumnSpec(Measure("project_expense", .generalBudget), ["项目支出"]),
            ]))

    let gk06 = TableSpec(
        .gk06, titles: ["一般公共预算财政拨款基本支出决算明细表", "一般公共预算财政拨款基本支出决算表"],
        layout: .groups(codes: .econ, amount: ColumnSpec(Measure("actual", .generalBudget), ["决算数"], ["金额"])))

    let gk07 = TableSpec(
        .gk07, titles: ["政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款支出决算表"],
        layout: .codedRows(codes: .subject, columns: fundFlowColumns(.govFund)))

    let gk08 = TableSpec(
        .gk08, titles: ["国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款收入支出决算表"],
        layout: .codedRows(codes: .subject, columns: fundFlowColumns(.soeCapital)))

    let fiscalExpense = TableSpec(
        .fiscalExpense, titles: ["财政拨款支出决算表", "高等学校财政拨款支出决算表"],
        layout: .codedRows(
            codes: .subject,
            columns: [
                ColumnSpec(Measure("expense_total"), ["合计"], excluding: ["基本支出", "项目支出"]),
                ColumnSpec(Measure("basic_expense"), ["基本支出"]),
                ColumnSpec(Measure("project_expense"), ["项目支出", "小计"], ["小计"], ["项目支出"], excluding: ["基本建设", "基本支出"]),
                ColumnSpec(Measure("capital_construction_expense"), ["基本建设"]),
            ]))

    let gk09 = TableSpec(
        .gk09,
        titles: [
            "财政拨款三公经费支出决算表", "三公经费支出决算表", "财政拨款三公经费支出预决算表", "一般公共预算财政拨款三公经费支出决算表",
            "财政拨款三公经费及会议费培训费支出决算表", "三公经费、会议费、培训费支出决算表", "财政拨款三公经费、会议费、培训费支出决算表",
        ],
        layout: .codedRows(codes: .none, columns: sangongColumns("budget", "预算数") + sangongColumns("actual", "决算数"), oneRow: true))
}

/// 公开07 and 公开08: carry-over, income and expense of one fund.
private func fundFlowColumns(_ fund: Fund) -> [ColumnSpec] {
    [
        ColumnSpec(Measure("opening_balance", fund), ["年初结转"]),
        ColumnSpec(Measure("income", fund), ["本年收入"]),
        // 小计 stands only under 本年支出; a PDF prints 本年支出 over the middle column alone.
        ColumnSpec(
            Measure("expense_total", fund), ["本年支出", "小计"], ["本年支出", "合计"], ["合计"], ["小计"],
            excluding: ["基本支出", "项目支出", "结转"]),
        ColumnSpec(Measure("basic_expense", fund), ["基本支出"]),
        ColumnSpec(Measure("project_expense", fund), ["项目支出"]),
        ColumnSpec(Measure("closing_balance", fund), ["年末结转"]),
    ]
}

/// 公开09: six 三公 items under one of 预算数 / 决算数.
private func sangongColumns(_ kind: String, _ header: String) -> [ColumnSpec] {
    [
        ColumnSpec(Measure("\(kind)_sangong_total"), [header, "合计"]),
        ColumnSpec(Measure("\(kind)_sangong_abroad"), [header, "出国"]),
        // 小计 appears only under 公务用车; 运行费 is 运行维护费 in some provinces' wording.
        ColumnSpec(Measure("\(kind)_sangong_vehicle_subtotal"), [header, "公务用车", "小计"], [header, "小计"]),
        ColumnSpec(Measure("\(kind)_sangong_vehicle_purchase"), [header, "购置费"], excluding: ["小计"]),
        ColumnSpec(Measure("\(kind)_sangong_vehicle_operation"), [header, "运行"], excluding: ["小计", "购置费"]),
        ColumnSpec(Measure("\(kind)_sangong_reception"), [header, "接待"]),
        // Some provinces print 会议费 and 培训费 in the same table.
        ColumnSpec(Measure("\(kind)_sangong_meeting"), [header, "会议费"]),
        ColumnSpec(Measure("\(kind)_sangong_training"), [header, "培训费"]),
    ]
}
