-- 项目支出绩效自评表 scores: each 自评得分 ≤ its 权重; 总分 = Σ 自评得分 + the 年度资金总额 得分
-- (the score for the execution rate).
with projects as (
    select * from fiscal.dim_project where document_id = $1
),

indicators as (
    select * from fiscal.fact_project_indicator where document_id = $1
),

totals as (
    select
        projects.project_name,
        projects.source_line,
        score.total_score,
        fund.score as rate_score,
        fund.source_line as fund_line,
        sum(indicators.score) as indicator_scores,
        count(indicators.score)::integer as terms,
        array_agg(indicators.source_line order by indicators.source_line) as lines
    from projects
    inner join fiscal.fact_project_score as score on score.document_id = $1 and score.project_id = projects.project_id
    left join fiscal.fact_project_fund as fund
        on fund.document_id = $1 and fund.project_id = projects.project_id and fund.fund_source = '年度资金总额'
    left join indicators on indicators.document_id = projects.document_id and indicators.project_id = projects.project_id
    group by 1, 2, 3, 4, 5
),

final as (
    select 'gk10', projects.project_name || ' ' || indicators.level3, indicators.weight, indicators.score, 1, false, '<=',
        array[indicators.source_line], '自评得分 ≤ 权重'
    from indicators
    inner join projects on projects.document_id = indicators.document_id and projects.project_id = indicators.project_id
    where indicators.score is not null and indicators.weight is not null
    union all
    select 'gk10', project_name || ' 总分', total_score, coalesce(indicator_scores, 0) + coalesce(rate_score, 0), terms + 1,
        false, '=', array[source_line, fund_line] || lines, '总分 = Σ 自评得分 + 执行率得分'
    from totals
    where total_score is not null
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'the report prints no 项目支出绩效自评表 and states no 自评'
where not exists (select 1 from fiscal.document_line where document_id = $1 and line_text like '%自评%' and line_text ~ '绩效自评表|自评得分|自评情况')
