-- Table vs narrative: each figure 第三部分 states that a table also holds equals the table
-- (收入总计 and 支出总计, 本年收入合计 and each source, 本年支出合计 and each kind, 财政拨款
-- 收支, 一般公共预算财政拨款支出 and each 类 with its share, 基本支出 / 人员经费 / 公用经费, each
-- 三公 预算数 and 决算数 with its completion); and, in the 绩效 section, the number of
-- self-evaluated 二级项目 and their funds against the 项目支出绩效自评表.
with figures as (
    select * from fiscal.fact_narrative_figure where document_id = $1 and value is not null
),

cells as (
    select * from fiscal.gongkai_cell where document_id = $1
),

-- Where each stated figure is printed: (section, subject, context) → (table, side, row, measure, fund).
-- Sections are found by their titles (收入支出决算总体情况, “三公”, 绩效 …), never by their ordinal:
-- provinces number them differently (Shanghai's 三公 is 七、, the seed's 九、).
rules (section_pattern, subject, context, table_code, part, row_label, measure_code, fund_code) as (
    values
        ('、(\d{4} ?年度)?收入支出决算总体情况', '收入总计', null, 'gk01', 1, '总计', 'actual', 'all'),
        ('、(\d{4} ?年度)?收入支出决算总体情况', '支出总计', null, 'gk01', 2, '总计', 'actual', 'all'),
        ('、(\d{4} ?年度)?(本年)?收入决算情况', '本年收入合计', null, 'gk01', 1, '本年收入合计', 'actual', 'all'),
        ('、(\d{4} ?年度)?(本年)?收入决算情况', '财政拨款收入', null, 'gk02', 0, '合计', 'fiscal_appropriation', 'all'),
        ('、(\d{4} ?年度)?(本年)?收入决算情况', '上级补助收入', null, 'gk02', 0, '合计', 'superior_subsidy', 'all'),
        ('、(\d{4} ?年度)?(本年)?收入决算情况', '事业收入', null, 'gk02', 0, '合计', 'business_income', 'all'),
        ('、(\d{4} ?年度)?(本年)?收入决算情况', '经营收入', null, 'gk02', 0, '合计', 'operating_income', 'all'),
        ('、(\d{4} ?年度)?(本年)?收入决算情况', '附属单位上缴收入', null, 'gk02', 0, '合计', 'subsidiary_remittance', 'all'),
        ('、(\d{4} ?年度)?(本年)?收入决算情况', '其他收入', null, 'gk02', 0, '合计', 'other_income', 'all'),
        ('、(\d{4} ?年度)?(本年)?支出决算情况', '本年支出合计', null, 'gk03', 0, '合计', 'expense_total', 'all'),
        ('、(\d{4} ?年度)?(本年)?支出决算情况', '基本支出', null, 'gk03', 0, '合计', 'basic_expense', 'all'),
        ('、(\d{4} ?年度)?(本年)?支出决算情况', '项目支出', null, 'gk03', 0, '合计', 'project_expense', 'all'),
        ('、(\d{4} ?年度)?(本年)?支出决算情况', '上缴上级支出', null, 'gk03', 0, '合计', 'remittance_to_superior', 'all'),
        ('、(\d{4} ?年度)?(本年)?支出决算情况', '经营支出', null, 'gk03', 0, '合计', 'operating_expense', 'all'),
        ('、(\d{4} ?年度)?(本年)?支出决算情况', '对附属单位补助支出', null, 'gk03', 0, '合计', 'subsidy_to_subsidiary', 'all'),
        ('、(\d{4} ?年度)?财政拨款收入支出决算总体情况', '财政拨款收入', null, 'gk04', 1, '本年收入合计', 'actual', 'all'),
        ('、(\d{4} ?年度)?财政拨款收入支出决算总体情况', '支出总计', null, 'gk04', 2, '总计', 'actual', 'all'),
        ('、(\d{4} ?年度)?一般公共预算财政拨款支出决算情况', '一般公共预算财政拨款支出', null, 'gk05', 0, '合计', 'expense_total', 'general_budget'),
        ('、(\d{4} ?年度)?一般公共预算财政拨款基本支出决算情况', '一般公共预算财政拨款基本支出', null, 'gk05', 0, '合计', 'basic_expense', 'general_budget'),
        ('、(\d{4} ?年度)?一般公共预算财政拨款基本支出决算情况', '人员经费', null, 'gk05', 0, '合计', 'personnel_expense', 'general_budget'),
        ('、(\d{4} ?年度)?一般公共预算财政拨款基本支出决算情况', '公用经费', null, 'gk05', 0, '合计', 'public_expense', 'general_budget'),
        ('三公', '“三公”经费财政拨款支出预算', null, 'gk09', 0, null, 'budget_sangong_total', 'all'),
        ('三公', '支出决算', '“三公”经费财政拨款支出预算', 'gk09', 0, null, 'actual_sangong_total', 'all'),
        ('三公', '因公出国（境）费预算', null, 'gk09', 0, null, 'budget_sangong_abroad', 'all'),
        ('三公', '支出决算', '因公出国（境）费预算', 'gk09', 0, null, 'actual_sangong_abroad', 'all'),
        ('三公', '公务用车购置及运行费预算', null, 'gk09', 0, null, 'budget_sangong_vehicle_subtotal', 'all'),
        ('三公', '支出决算', '公务用车购置及运行费预算', 'gk09', 0, null, 'actual_sangong_vehicle_subtotal', 'all'),
        ('三公', '公务用车购置费支出', null, 'gk09', 0, null, 'actual_sangong_vehicle_purchase', 'all'),
        ('三公', '公务用车运行维护费支出', null, 'gk09', 0, null, 'actual_sangong_vehicle_operation', 'all'),
        ('三公', '公务接待费预算', null, 'gk09', 0, null, 'budget_sangong_reception', 'all'),
        ('三公', '支出决算', '公务接待费预算', 'gk09', 0, null, 'actual_sangong_reception', 'all'),
        -- Shanghai's phrasing: 年初预算 for 预算, and each item's 决算 named on its own.
        ('三公', '“三公”经费财政拨款支出年初预算', null, 'gk09', 0, null, 'budget_sangong_total', 'all'),
        ('三公', '支出决算', '“三公”经费财政拨款支出年初预算', 'gk09', 0, null, 'actual_sangong_total', 'all'),
        ('三公', '因公出国（境）费决算', null, 'gk09', 0, null, 'actual_sangong_abroad', 'all'),
        ('三公', '公务用车购置及运行维护费支出决算', null, 'gk09', 0, null, 'actual_sangong_vehicle_subtotal', 'all'),
        ('三公', '公务接待费支出决算', null, 'gk09', 0, null, 'actual_sangong_reception', 'all')
),

matched as (
    select figures.*, cells.amount as printed, cells.source_line as cell_line, rules.measure_code
    from figures
    inner join rules
        on figures.section ~ rules.section_pattern and figures.subject = rules.subject
        and figures.context is not distinct from coalesce(rules.context, figures.context)
        and (rules.context is not null or rules.subject <> '支出决算'
            or coalesce(figures.context, '') <> all (array['“三公”经费财政拨款支出预算', '“三公”经费财政拨款支出年初预算']))
    inner join cells
        on cells.table_code = rules.table_code and cells.part = rules.part and cells.measure_code = rules.measure_code
        and cells.fund_code = rules.fund_code and cells.line_label is not distinct from rules.row_label
),

-- 五(二): each 类 named with its amount and share of the total.
classes as (
    select figures.*, cells.amount as printed, cells.source_line as cell_line, total.amount as total
    from figures
    inner join cells
        on cells.table_code = 'gk05' and length(cells.subject_code) = 3 and cells.line_label = figures.subject
        and cells.measure_code = 'expense_total'
    inner join cells as total on total.table_code = 'gk05' and total.line_label = '合计' and total.measure_code = 'expense_total'
    where figures.section ~ '、(\d{4} ?年度)?一般公共预算财政拨款支出决算情况'
),

-- 三公 completion: 决算 / 预算.
completions as (
    select stated.*, budget.amount as budget, actual.amount as actual
    from matched as stated
    inner join cells as actual on actual.table_code = 'gk09' and actual.measure_code = stated.measure_code
    inner join cells as budget on budget.table_code = 'gk09' and budget.measure_code = replace(stated.measure_code, 'actual_', 'budget_')
    where stated.completion is not null and stated.measure_code like 'actual_sangong_%'
),

projects as (
    select
        count(*)::numeric as forms,
        (select sum(full_year_budget) from fiscal.fact_project_fund where document_id = $1 and fund_source = '年度资金总额') as funds
    from fiscal.dim_project
    where document_id = $1
),

final as (
    select table_codes, row_key, expected, actual, terms, is_total, relation, source_lines, message
    from (
        select 'narrative,' || split_part(measure_code, '_', 1) as table_codes, subject || ' ' || ord as row_key, printed as expected,
            value as actual, 1 as terms, false as is_total, '=' as relation, array[source_line, cell_line] as source_lines,
            '第三部分 ' || subject || ' = the table' as message
        from matched
        union all
        select 'narrative,gk05', subject || ' ' || ord, printed, value, 1, false, '=', array[source_line, cell_line], '五(二) 类 amount = 公开05'
        from classes
        union all
        select 'narrative,gk05', subject || ' share ' || ord, share, round(printed / total * 100, scale(share)), 1, false, '=',
            array[source_line, cell_line], '五(二) 类 share = 类 / 合计'
        from classes
        where share is not null and total <> 0
        union all
        select 'narrative,gk09', subject || ' completion ' || ord, completion, round(actual / budget * 100, scale(completion)), 1,
            false, '=', array[source_line], '三公 完成预算 % = 决算数 / 预算数'
        from completions
        where budget <> 0
        union all
        select 'narrative,gk10', '二级项目 ' || figures.ord, projects.forms, figures.value, 1, false, '=', array[figures.source_line],
            '绩效 section: 二级项目 count = the 项目支出绩效自评表 printed'
        from figures cross join projects
        -- Only where forms were read: a PDF's forms are not read yet, and 0 forms would be a false alarm.
        where figures.section ~ '绩效' and figures.subject = '二级项目' and figures.unit = '个' and projects.forms > 0
        union all
        select 'narrative,gk10', '共涉及资金 ' || figures.ord, projects.funds, figures.value, 1, false, '=', array[figures.source_line],
            '绩效 section: funds of the self-evaluated projects = Σ 年度资金总额 全年预算数 of the forms'
        from figures cross join projects
        where figures.section ~ '绩效' and figures.subject = '共涉及资金' and projects.forms > 0
    ) as comparisons
)

select * from final
