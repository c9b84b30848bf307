-- 项目支出绩效自评表 资金情况: one row a project and funding line.
create view gongkai.gk10_funds as

with projects as (
    select * from fiscal.dim_project
),

funds as (
    select * from fiscal.fact_project_fund
),

final as (
    select
        funds.document_id,
        (row_number() over (partition by funds.document_id order by projects.ord, funds.fund_ord))::integer as ord,
        projects.project_name,
        funds.fund_source,
        funds.initial_budget,
        funds.full_year_budget,
        funds.executed,
        funds.execution_rate,
        funds.score
    from funds
    inner join projects on projects.document_id = funds.document_id and projects.project_id = funds.project_id
)

select * from final;

comment on view gongkai.gk10_funds is '项目支出绩效自评表 资金情况 — project funding from the performance self-evaluation forms, one row a project and funding line';
comment on column gongkai.gk10_funds.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk10_funds.ord is '印刷顺序 — printed order (project, then funding line)';
comment on column gongkai.gk10_funds.project_name is '项目名称 — the project''s name as printed';
comment on column gongkai.gk10_funds.fund_source is '资金来源 — the funding line: 年度资金总额 (total), 当年财政拨款, 上年结转资金 or 其他资金';
comment on column gongkai.gk10_funds.initial_budget is '年初预算数 — the budget at the start of the year, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk10_funds.full_year_budget is '全年预算数 — the budget after adjustments during the year, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk10_funds.executed is '全年执行数 — the amount spent in the year, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk10_funds.execution_rate is '执行率(%) — 全年执行数 / 全年预算数 in percent, as printed';
comment on column gongkai.gk10_funds.score is '得分 — the score for budget execution; null where printed as —— or —';
