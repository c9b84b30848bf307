-- 财政拨款收支总表 部门预算: one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.ys04 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'ys04'
),

final as (
    select
        document_id,
        ord,
        max(line_label) filter (where part = 1) as income_item,
        max(amount) filter (where part = 1 and measure_code = 'budget' and fund_code = 'all') as income_budget,
        max(line_label) filter (where part = 2) as expense_item,
        max(amount) filter (where part = 2 and measure_code = 'budget' and fund_code = 'all') as expense_budget,
        max(amount) filter (where part = 2 and measure_code = 'budget' and fund_code = 'general_budget') as expense_general_budget,
        max(amount) filter (where part = 2 and measure_code = 'budget' and fund_code = 'gov_fund') as expense_gov_fund,
        max(amount) filter (where part = 2 and measure_code = 'budget' and fund_code = 'soe_capital') as expense_soe_capital,
        max(line_label) filter (where part = 3) as expense_use_item,
        max(amount) filter (where part = 3 and measure_code = 'budget' and fund_code = 'all') as expense_use_budget
    from cells
    group by document_id, ord
)

select * from final;

comment on view gongkai.ys04 is '财政拨款收支总表 部门预算 — budgeted appropriation income and expenditure: 收入 on the left, 支出 on the right, one row a printed line';
comment on column gongkai.ys04.document_id is '文档编号 — the document the row comes from (fiscal.dim_document, report_kind 预算)';
comment on column gongkai.ys04.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.ys04.income_item is '收入 项目 — the income line as printed';
comment on column gongkai.ys04.income_budget is '收入 预算数 — the budgeted amount of the income line, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys04.expense_item is '支出 项目 — the expenditure line as printed';
comment on column gongkai.ys04.expense_budget is '支出 预算数 合计 — the budgeted amount of the expenditure line, all funds, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys04.expense_general_budget is '支出 一般公共预算 — the part from the general public budget, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys04.expense_gov_fund is '支出 政府性基金预算 — the part from the government fund budget, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys04.expense_soe_capital is '支出 国有资本经营预算 — the part from the state capital operation budget, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys04.expense_use_item is '支出用途 项目 — the second 支出 side: expenditure by use as printed';
comment on column gongkai.ys04.expense_use_budget is '支出用途 预算数 — the budgeted amount of the use, in the document''s unit (fiscal.dim_document.amount_unit)';
