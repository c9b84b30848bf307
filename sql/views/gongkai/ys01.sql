-- 收支总表 部门预算: one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.ys01 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'ys01'
),

final as (
    select
        document_id,
        ord,
        max(line_label) filter (where part = 1) as income_item,
        max(amount) filter (where part = 1 and measure_code = 'budget' and fund_code = 'all') as income_budget,
        max(line_label) filter (where part = 2) as expense_item,
        max(amount) filter (where part = 2 and measure_code = 'budget' and fund_code = 'all') as expense_budget,
        max(line_label) filter (where part = 3) as expense_use_item,
        max(amount) filter (where part = 3 and measure_code = 'budget' and fund_code = 'all') as expense_use_budget
    from cells
    group by document_id, ord
)

select * from final;

comment on view gongkai.ys01 is '收支总表 部门预算 — budgeted income and expenditure summary: 收入 on the left, 支出 on the right (and, where printed, 支出 by use beside 支出 by 功能分类), one row a printed line';
comment on column gongkai.ys01.document_id is '文档编号 — the document the row comes from (fiscal.dim_document, report_kind 预算)';
comment on column gongkai.ys01.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.ys01.income_item is '收入 项目 — the income line as printed';
comment on column gongkai.ys01.income_budget is '收入 预算数 — the budgeted amount of the income line, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys01.expense_item is '支出 项目 — the expenditure line as printed (by 功能分类, or by use where only one 支出 side is printed)';
comment on column gongkai.ys01.expense_budget is '支出 预算数 — the budgeted amount of the expenditure line, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys01.expense_use_item is '支出用途 项目 — the second 支出 side: expenditure by use (基本支出, 项目支出 …) as printed';
comment on column gongkai.ys01.expense_use_budget is '支出用途 预算数 — the budgeted amount of the use, in the document''s unit (fiscal.dim_document.amount_unit)';
