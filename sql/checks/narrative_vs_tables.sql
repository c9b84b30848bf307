-- Table vs narrative: each figure 第三部分 states that a table also holds equals the table
-- (收入总计 and 支出总计, 本年收入合计 and each source, 本年支出合计 and each kind, 财政拨款
-- 收支, 一般公共预算财政拨款支出 and each 类 with its share, 基本支出 / 人员经费 / 公用经费, each
-- 三公 预算数 and 决算数 with its completion, the 政府性基金 / 国有资本经营 totals and items); and,
-- in the 绩效 section, the number of self-evaluated 二级项目 and their funds against the
-- 项目支出绩效自评表 — or, where the report says it publishes the results of only some of them
-- (公开…4个项目绩效自评结果), that number against the forms printed. A figure stated in 元 in a report in 万元 (or the other way round) is
-- compared after conversion, so that 住房公积金 3.58元 for a table's 3.58 万元 is found.
with figures as (
    select figures.*, figures.value * fiscal.unit_factor(figures.unit, documents.amount_unit) as value_in_table_unit
    from fiscal.fact_narrative_figure as figures
    inner join fiscal.dim_document as documents on documents.document_id = figures.document_id
    where figures.document_id = $1 and figures.value is not null
),

-- The cells of the tables compared below only: a document's other tables are most of its cells.
cells as (
    select * from fiscal.gongkai_cell where document_id = $1 and table_code in ('gk05', 'gk07', 'gk08', 'gk09')
),

-- Each figure matched to the cell that prints it (the rules are in fiscal.narrative_figure_cell),
-- compared in the table's unit.
matched as (
    select * from fiscal.narrative_figure_cell where document_id = $1 and value is not null
),

-- 公开05's 类 rows and its 合计, apart: joined to the figures, the scan of every cell of the
-- document was repeated for each figure.
class_cells as materialized (
    select * from cells where table_code = 'gk05' and measure_code = 'expense_total' and (length(subject_code) = 3 or line_label = '合计')
),

-- 五(二): each 类 named with its amount and share of the total.
classes as (
    select figures.*, cells.amount as printed, cells.source_line as cell_line, total.amount as total
    from figures
    inner join class_cells as cells on length(cells.subject_code) = 3 and cells.line_label = figures.subject
    inner join class_cells as total on total.line_label = '合计'
    -- The plain test first, here and below: a regular expression on every figure's section cost 0.5 ms.
    where figures.section like '%一般公共预算财政拨款支出决算情况%' and figures.section ~ '、(\d{4} ?年度)?一般公共预算财政拨款支出决算情况'
),

-- The fund sections (政府性基金, 国有资本经营): each item named with its amount against its row —
-- named as the table prints it, or by its levels (城乡社区支出（类）国有土地使用权出让收入安排的支出
-- （款）征地和拆迁补偿支出（项）…): then the last level named is the row, at that level's code.
fund_figures as (
    select figures.*,
        coalesce(substring(figures.subject from '([^（）]+)（(?:类|款|项)）(?:支出)?$'), figures.subject) as row_name,
        case substring(figures.subject from '（(类|款|项)）(?:支出)?$') when '类' then 3 when '款' then 5 when '项' then 7 end as code_length,
        case when figures.section ~ '、(\d{4} ?年度)?政府性基金' then 'gk07' else 'gk08' end as fund_table
    from figures
    where (figures.section like '%政府性基金%' or figures.section like '%国有资本经营%')
        and figures.section ~ '、(\d{4} ?年度)?(政府性基金|国有资本经营)'
),

fund_items as (
    select figures.*, cells.amount as printed, cells.source_line as cell_line, cells.table_code
    from fund_figures as figures
    inner join cells
        on cells.table_code = figures.fund_table
        and cells.subject_code is not null and cells.line_label = figures.row_name and cells.measure_code = 'expense_total'
        and (figures.code_length is null or length(cells.subject_code) = figures.code_length)
),

-- 三公 completion: 决算 / 预算.
completions as (
    select stated.*, budget.amount as budget_amount, actual.amount as actual_amount
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

-- The number of projects whose results the report says it publishes, if it says so.
published as (
    select line_no, substring(line_text from '([0-9]+)\s*个项目的?绩效自评结果')::numeric as count
    from fiscal.document_line
    -- The plain test first: the regular expression on every line of the document cost 2 ms.
    where document_id = $1 and line_text like '%绩效自评结果%' and line_text ~ '[0-9]+\s*个项目的?绩效自评结果'
    order by line_no
    limit 1
),

final as (
    select table_codes, row_key, expected, actual, terms, is_total, relation, source_lines, message
    from (
        select 'narrative,' || split_part(measure_code, '_', 1) as table_codes, subject || ' ' || ord as row_key, printed as expected,
            value_in_table_unit as actual, 1 as terms, false as is_total, '=' as relation, array[source_line, cell_line] as source_lines,
            '第三部分 ' || subject || ' = the table' as message
        from matched
        union all
        select 'narrative,gk05', subject || ' ' || ord, printed, value_in_table_unit, 1, false, '=', array[source_line, cell_line],
            '五(二) 类 amount = 公开05'
        from classes
        union all
        select 'narrative,' || table_code, subject || ' ' || ord, printed, value_in_table_unit, 1, false, '=', array[source_line, cell_line],
            'fund section: an item''s amount = its row of the fund''s table'
        from fund_items
        union all
        select 'narrative,gk05', subject || ' share ' || ord, share, round(printed / total * 100, scale(share)), 1, false, '=',
            array[source_line, cell_line], '五(二) 类 share = 类 / 合计'
        from classes
        where share is not null and total <> 0
        union all
        select 'narrative,gk09', subject || ' completion ' || ord, completion, round(actual_amount / budget_amount * 100, scale(completion)), 1,
            false, '=', array[source_line], '三公 完成预算 % = 决算数 / 预算数'
        from completions
        where budget_amount <> 0
        union all
        select 'narrative,gk10', '二级项目 ' || figures.ord, projects.forms, figures.value, 1, false, '=', array[figures.source_line],
            '绩效 section: 二级项目 count = the 项目支出绩效自评表 printed'
        from figures cross join projects
        -- Only where forms were read: a PDF's forms are not read yet, and 0 forms would be a false alarm.
        where figures.section like '%绩效%' and figures.subject = '二级项目' and figures.unit = '个' and projects.forms > 0
            and not exists (select 1 from published)
        union all
        select 'narrative,gk10', '公开项目 ' || published.line_no, published.count, projects.forms, 1, false, '=', array[published.line_no],
            '绩效 section: the projects whose results it publishes = the 项目支出绩效自评表 printed'
        from published cross join projects
        where projects.forms > 0
        union all
        select 'narrative,gk10', '共涉及资金 ' || figures.ord, projects.funds, figures.value, 1, false, '=', array[figures.source_line],
            '绩效 section: funds of the self-evaluated projects = Σ 年度资金总额 全年预算数 of the forms'
        from figures cross join projects
        where figures.section like '%绩效%' and figures.subject = '共涉及资金' and projects.forms > 0 and not exists (select 1 from published)
    ) as comparisons
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'a budget''s text is compared with its tables by budget_narrative'
where exists (select 1 from fiscal.dim_document where document_id = $1 and report_kind = '预算')
union all
select null, null, null, null, 0, false, 'basis', '{}', 'the report states no amount outside its tables'
where not exists (select 1 from fiscal.document_line where document_id = $1 and line_text like '%元%' and line_text not like E'%\t%'
    and line_text ~ '[0-9]\s*万?元')
