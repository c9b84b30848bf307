-- 基本支出总表 部门预算: one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.ys_basic as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'ys_basic'
),

final as (
    select
        document_id,
        ord,
        econ_code,
        line_label as econ_name,
        max(amount) filter (where measure_code = 'budget_basic_expense' and fund_code = 'all') as basic_expense,
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
    group by document_id, ord, econ_code, line_label
)

select * from final;

comment on view gongkai.ys_basic is '基本支出总表 部门预算 — basic expenditure planned by 经济分类 and source of funds, one row a printed line';
comment on column gongkai.ys_basic.document_id is '文档编号 — the document the row comes from (fiscal.dim_document, report_kind 预算)';
comment on column gongkai.ys_basic.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.ys_basic.econ_code is '经济分类代码 — economic classification code (经济分类: 类 301, 款 30101); null on a 合计 or unit row';
comment on column gongkai.ys_basic.econ_name is '科目名称 / 支出项目类别 — the printed name of the row (an economic class, or the budget unit where a row totals a unit)';
comment on column gongkai.ys_basic.basic_expense is '基本支出 总计 — planned basic expenditure, total, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_basic.fiscal_appropriation is '财政拨款 小计 — appropriations from the government budget, all funds, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_basic.general_budget is '一般公共预算拨款 — appropriation from the general public budget, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_basic.gov_fund is '政府性基金预算拨款 — appropriation from the government fund budget, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_basic.soe_capital is '国有资本经营预算拨款 — appropriation from the state capital operation budget, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_basic.special_account is '财政专户管理资金 — funds managed in special fiscal accounts, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_basic.business_income is '事业收入 — income from the unit''s own public-service activities, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_basic.operating_income is '事业单位经营收入 — operating income of public institutions, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_basic.superior_subsidy is '上级补助收入 — subsidies from the superior unit, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_basic.subsidiary_remittance is '附属单位上缴收入 — remittances from subsidiary units, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_basic.other_income is '其他收入 — other income, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_basic.carryover is '上年结转（结余） — balances carried over from the previous year, in the document''s unit (fiscal.dim_document.amount_unit)';
