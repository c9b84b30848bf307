-- 公开01 收入支出决算总表: 收入 on the left, 支出 on the right, one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.gk01 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'gk01'
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
        max(amount) filter (where part = 2 and measure_code = 'actual') as expense_actual
    from cells
    group by document_id, ord
)

select * from final;

comment on view gongkai.gk01 is '公开01 收入支出决算总表 — income and expenditure summary: 收入 on the left, 支出 on the right, one row a printed line';
comment on column gongkai.gk01.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk01.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.gk01.income_item is '收入 项目 — the income line as printed (一、一般公共预算财政拨款收入 …)';
comment on column gongkai.gk01.income_line_no is '收入 行次 — the printed line number of the income line';
comment on column gongkai.gk01.income_actual is '收入 决算数 — the final-accounts amount of the income line, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk01.expense_item is '支出 项目 — the expenditure line as printed (一、一般公共服务支出 …)';
comment on column gongkai.gk01.expense_line_no is '支出 行次 — the printed line number of the expenditure line';
comment on column gongkai.gk01.expense_actual is '支出 决算数 — the final-accounts amount of the expenditure line, in the document''s unit (fiscal.dim_document.amount_unit)';
