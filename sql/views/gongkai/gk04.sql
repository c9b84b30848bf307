-- 公开04 财政拨款收入支出决算总表: 收入 left, 支出 right with one column a fund.
-- depends: fiscal.gongkai_cell
create view gongkai.gk04 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'gk04'
),

final as (
    select
        document_id,
        ord,
        max(line_label) filter (where part = 1) as income_item,
        max(line_no) filter (where part = 1) as income_line_no,
        max(amount) filter (where part = 1 and measure_code = 'actual') as income_actual,
        max(line_label) filter (where part = 2) as expense_item,
        max(line_no) filter (where part = 2) as expense_line_no,
        max(amount) filter (where part = 2 and fund_code = 'all') as expense_total,
        max(amount) filter (where part = 2 and fund_code = 'general_budget') as expense_general_budget,
        max(amount) filter (where part = 2 and fund_code = 'gov_fund') as expense_gov_fund,
        max(amount) filter (where part = 2 and fund_code = 'soe_capital') as expense_soe_capital
    from cells
    group by document_id, ord
)

select * from final;

comment on view gongkai.gk04 is '公开04 财政拨款收入支出决算总表 — fiscal appropriation income and expenditure summary: 收入 left, 支出 right with one column a fund. 名词解释 财政拨款收入：指单位从同级财政部门取得的财政预算资金。';
comment on column gongkai.gk04.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk04.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.gk04.income_item is '收入 项目 — the income line as printed';
comment on column gongkai.gk04.income_line_no is '收入 行次 — the printed line number of the income line';
comment on column gongkai.gk04.income_actual is '收入 决算数 — the final-accounts amount of the income line, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk04.expense_item is '支出 项目 — the expenditure line as printed';
comment on column gongkai.gk04.expense_line_no is '支出 行次 — the printed line number of the expenditure line';
comment on column gongkai.gk04.expense_total is '支出 合计 — the expenditure line over all appropriation funds, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk04.expense_general_budget is '一般公共预算财政拨款 — the expenditure line from general public budget appropriations, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk04.expense_gov_fund is '政府性基金预算财政拨款 — the expenditure line from government fund budget appropriations, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk04.expense_soe_capital is '国有资本经营预算财政拨款 — the expenditure line from state capital operation budget appropriations, in the document''s unit (fiscal.dim_document.amount_unit)';
