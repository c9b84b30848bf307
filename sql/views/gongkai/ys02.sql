-- 收入总表 部门预算: one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.ys02 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'ys02'
),

final as (
    select
        document_id,
        ord,
        subject_code,
        line_label as subject_name,
        max(amount) filter (where measure_code = 'budget_income_total' and fund_code = 'all') as income_total,
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
    group by document_id, ord, subject_code, line_label
)

select * from final;

comment on view gongkai.ys02 is '收入总表 部门预算 — budgeted income by source, one row a printed line (a unit, a 功能分类 subject or an income line)';
comment on column gongkai.ys02.document_id is '文档编号 — the document the row comes from (fiscal.dim_document, report_kind 预算)';
comment on column gongkai.ys02.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.ys02.subject_code is '科目代码 — functional classification code (功能分类: 类 201, 款 20103, 项 2010301); null on a 合计 or unit row';
comment on column gongkai.ys02.subject_name is '科目名称 / 预算单位 — the printed name of the row (a subject, or the budget unit where a row totals a unit)';
comment on column gongkai.ys02.income_total is '收入总计 — budgeted income, total, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys02.fiscal_appropriation is '财政拨款 小计 — appropriations from the government budget, all funds, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys02.general_budget is '一般公共预算拨款 — appropriation from the general public budget, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys02.gov_fund is '政府性基金预算拨款 — appropriation from the government fund budget, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys02.soe_capital is '国有资本经营预算拨款 — appropriation from the state capital operation budget, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys02.special_account is '财政专户管理资金 — funds managed in special fiscal accounts, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys02.business_income is '事业收入 — income from the unit''s own public-service activities, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys02.operating_income is '事业单位经营收入 — operating income of public institutions, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys02.superior_subsidy is '上级补助收入 — subsidies from the superior unit, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys02.subsidiary_remittance is '附属单位上缴收入 — remittances from subsidiary units, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys02.other_income is '其他收入 — other income, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys02.carryover is '上年结转（结余） — balances carried over from the previous year, in the document''s unit (fiscal.dim_document.amount_unit)';
