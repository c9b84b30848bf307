-- 项目支出绩效自评表, one row a project: the 年度资金总额 line and the 总分.
create view gongkai.gk10_projects as

with projects as (
    select * from fiscal.dim_project
),

totals as (
    select * from fiscal.fact_project_fund where fund_source = '年度资金总额'
),

scores as (
    select * from fiscal.fact_project_score
),

final as (
    select
        projects.document_id,
        projects.ord,
        projects.project_name,
        nullif(projects.supervising_department, '') as supervising_department,
        nullif(projects.implementing_unit_printed, '') as implementing_unit,
        totals.initial_budget,
        totals.full_year_budget,
        totals.executed,
        totals.execution_rate,
        totals.score,
        scores.total_score
    from projects
    left join totals on totals.document_id = projects.document_id and totals.project_id = projects.project_id
    left join scores on scores.document_id = projects.document_id and scores.project_id = projects.project_id
)

select * from final;

comment on view gongkai.gk10_projects is '项目支出绩效自评表 — project performance self-evaluation, one row a project: the 年度资金总额 line and the 总分';
comment on column gongkai.gk10_projects.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk10_projects.ord is '印刷顺序 — printed order of the project';
comment on column gongkai.gk10_projects.project_name is '项目名称 — the project''s name as printed';
comment on column gongkai.gk10_projects.supervising_department is '主管部门 — the supervising department as printed';
comment on column gongkai.gk10_projects.implementing_unit is '实施单位 — the implementing unit as printed';
comment on column gongkai.gk10_projects.initial_budget is '年度资金总额 年初预算数 — total funding budgeted at the start of the year, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk10_projects.full_year_budget is '年度资金总额 全年预算数 — total funding budgeted after adjustments during the year, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk10_projects.executed is '年度资金总额 全年执行数 — total funding spent in the year, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk10_projects.execution_rate is '年度资金总额 执行率(%) — 全年执行数 / 全年预算数 in percent, as printed';
comment on column gongkai.gk10_projects.score is '年度资金总额 得分 — the score for budget execution; null where printed as —— or —';
comment on column gongkai.gk10_projects.total_score is '总分 — the form''s total self-evaluation score as printed';
