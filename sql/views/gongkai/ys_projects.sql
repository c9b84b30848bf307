-- 项目支出总表 部门预算: one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.ys_projects as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'ys_projects'
),

final as (
    select
        document_id,
        ord,
        line_label as item,
        max(amount) filter (where measure_code = 'budget_project_expense' and fund_code = 'all') as project_expense,
        max(amount) filter (where measure_code = 'budget_fiscal_appropriation' and fund_code = 'all') as fiscal_appropriation,
        max(amount) filter (where measure_code = 'budget_fiscal_appropriation' and fund_code = 'general_budget') as general_budget,
        max(amount) filter (where measure_code = 'budget_fiscal_appropriation' and fund_code = 'gov_fund') as gov_fund,
        max(amount) filter (where measure_code = 'budget_fiscal_appropriation' and fund_code = 'soe_capital') as soe_capital,
        max(amount) filter (where measure_code = 'budget_special_account' and fund_code = 'all') as special_account,
        max(amount) filter (where measure_code = 'budget_business_income' and fund_code = 'all') as business_income,
        max(amount) filter (where measure_code = 'budget_operating_income' and fund_code = 'all') as operating_income,
        max(amount) filter (where measure_code = 'budget_superior_subsidy' and fund_code = 'all') as superior_subsidy,
        max(amount) filter (where measure_code = 'budget_subsidiary_remittance' and fund_code = 'all') as subsidiary_remittance,
        max(amount) filter (where measure_code = 'budget_other_income' and fund_code = 'all') as other_income,
        max(amount) filter (where measure_code = 'budget_carryover' and fund_code = 'all') as carryover
    from cells
    group by document_id, ord, line_label
)

select * from final;

comment on view gongkai.ys_projects is '项目支出总表 部门预算 — project expenditure planned by project and source of funds, one row a printed line';
comment on column gongkai.ys_projects.document_id is '文档编号 — the document the row comes from (fiscal.dim_document, report_kind 预算)';
comment on column gongkai.ys_projects.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.ys_projects.item is '项目 — the printed label of the row (预算单位, 年度, 项目名称 …, cells joined by a space)';
comment on column gongkai.ys_projects.project_expense is '项目支出 总计 — planned project expenditure, total, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_projects.fiscal_appropriation is '财政拨款 小计 — appropriations from the government budget, all funds, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_projects.general_budget is '一般公共预算拨款 — appropriation from the general public budget, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_projects.gov_fund is '政府性基金预算拨款 — appropriation from the government fund budget, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_projects.soe_capital is '国有资本经营预算拨款 — appropriation from the state capital operation budget, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_projects.special_account is '财政专户管理资金 — funds managed in special fiscal accounts, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_projects.business_income is '事业收入 — income from the unit''s own public-service activities, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_projects.operating_income is '事业单位经营收入 — operating income of public institutions, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_projects.superior_subsidy is '上级补助收入 — subsidies from the superior unit, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_projects.subsidiary_remittance is '附属单位上缴收入 — remittances from subsidiary units, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_projects.other_income is '其他收入 — other income, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_projects.carryover is '上年结转（结余） — balances carried over from the previous year, in the document''s unit (fiscal.dim_document.amount_unit)';
