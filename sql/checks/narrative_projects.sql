-- The 绩效 section's 项目绩效自评结果 (found by its title, not its ordinal) against the 项目支出绩效自评表: item N of the narrative is
-- form N, unless its heading names another form alone (1.信访研究宣传立法专项项目综述：…: the narrative may list the projects in
-- another order);
-- its stated 项目全年预算数 and 执行数 equal the form's 年度资金总额 全年预算数 and 全年执行数, and
-- its 完成预算的 …% = 执行数 / 全年预算数 at the printed precision.
with figures as (
    select * from fiscal.fact_narrative_figure
    where document_id = $1 and section ~ '绩效' and item is not null and value is not null
),

-- The lines that start with a number (1. 2、 3．), read once: the candidates for an item's heading.
-- (materialized: inlined into the lookup below, the server would match every line again for each figure)
numbered as materialized (
    select line_no, line_text, substring(line_text from '^\s*([0-9]{1,4})\s*[.．、]')::integer as number
    from fiscal.document_line
    where document_id = $1 and line_text ~ '^\s*[0-9]{1,4}\s*[.．、]'
),

-- The heading of each figure's item: the nearest line at or above it that starts with the item's number.
-- (materialized: inlined, the lookup ran again in each of the three tests below)
headed as materialized (
    select figures.*, (
        select numbered.line_text from numbered
        where numbered.number = figures.item and numbered.line_no <= figures.source_line
        order by numbered.line_no desc
        limit 1
    ) as heading
    from figures
),

forms as (
    select projects.ord, projects.project_name, funds.full_year_budget, funds.executed, funds.source_line
    from fiscal.dim_project as projects
    inner join fiscal.fact_project_fund as funds
        on funds.document_id = projects.document_id and funds.project_id = projects.project_id and funds.fund_source = '年度资金总额'
    where projects.document_id = $1
),

-- Form N where its project is named in the item's heading (or nothing names one), else the one form
-- the heading names; several forms of one name (员额人员经费 of three offices) leave form N.
paired as (
    select headed.*, case
        when exists (select 1 from forms where forms.ord = headed.item and strpos(headed.heading, forms.project_name) > 0) then headed.item
        when (select count(*) from forms where strpos(headed.heading, forms.project_name) > 0) = 1
            then (select forms.ord from forms where strpos(headed.heading, forms.project_name) > 0)
        else headed.item
    end as form_ord
    from headed
),

final as (
    select 'narrative,gk10', forms.ord || ' ' || forms.project_name || ' 全年预算数', forms.full_year_budget, figures.value, 1, false, '=',
        array[figures.source_line, forms.source_line], '十、(二) 项目全年预算数 = the form'
    from paired as figures
    inner join forms on forms.ord = figures.form_ord
    where figures.subject = '项目全年预算数'
    union all
    select 'narrative,gk10', forms.ord || ' ' || forms.project_name || ' 执行数', forms.executed, figures.value, 1, false, '=',
        array[figures.source_line, forms.source_line], '十、(二) 执行数 = the form''s 全年执行数'
    from paired as figures
    inner join forms on forms.ord = figures.form_ord
    where figures.subject = '执行数'
    union all
    select 'narrative,gk10', forms.ord || ' ' || forms.project_name || ' 完成预算', figures.completion,
        round(figures.value / budget.value * 100, scale(figures.completion)), 1, false, '=', array[figures.source_line],
        '十、(二) 完成预算的 % = 执行数 / 全年预算数'
    from paired as figures
    inner join forms on forms.ord = figures.form_ord
    inner join paired as budget on budget.item = figures.item and budget.subject = '项目全年预算数'
    where figures.subject = '执行数' and figures.completion is not null and budget.value <> 0
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'the report prints no 项目支出绩效自评表 and states no 自评'
where not exists (select 1 from fiscal.document_line where document_id = $1 and line_text like '%自评%' and line_text ~ '绩效自评表|自评得分|自评情况')
