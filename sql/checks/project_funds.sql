-- 项目支出绩效自评表 资金情况: 执行率 = 全年执行数 / 全年预算数 at the printed precision (lines
-- with a 全年预算数 of 0 are not compared); and 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金
-- for 年初预算数, 全年预算数 and 全年执行数.
with funds as (
    select funds.*, projects.project_name
    from fiscal.fact_project_fund as funds
    inner join fiscal.dim_project as projects on projects.document_id = funds.document_id and projects.project_id = funds.project_id
    where funds.document_id = $1
),

rates as (
    select 'gk10', project_name || ' ' || fund_source, execution_rate,
        round(executed / full_year_budget * 100, scale(execution_rate)), 1, false, '=', array[source_line],
        '执行率 = 全年执行数 / 全年预算数'
    from funds
    where execution_rate is not null and executed is not null and full_year_budget <> 0
),

sums as (
    select
        total.project_name,
        column_name,
        case column_name when 'initial_budget' then total.initial_budget when 'full_year_budget' then total.full_year_budget
            else total.executed end as expected,
        sum(case column_name when 'initial_budget' then part.initial_budget when 'full_year_budget' then part.full_year_budget
            else part.executed end) as actual,
        count(part.*)::integer as terms,
        total.source_line || array_agg(part.source_line order by part.source_line) as lines
    from funds as total
    inner join funds as part on part.project_id = total.project_id and part.fund_source <> '年度资金总额'
    cross join (values ('initial_budget'), ('full_year_budget'), ('executed')) as c (column_name)
    where total.fund_source = '年度资金总额'
    group by total.project_id, total.project_name, total.source_line, column_name, expected
),

final as (
    select * from rates
    union all
    select 'gk10', project_name || ' ' || column_name, expected, actual, terms, false, '=', lines,
        '年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金'
    from sums
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'the report prints no 项目支出绩效自评表 and states no 自评'
where not exists (select 1 from fiscal.document_line where document_id = $1 and line_text like '%自评%' and line_text ~ '绩效自评表|自评得分|自评情况')
