-- 公开06 一般公共预算财政拨款基本支出决算明细表: one row a printed line.
create view gongkai.gk06 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'gk06'
),

final as (
    select
        document_id,
        ord,
        econ_code,
        line_label as econ_name,
        max(amount) filter (where measure_code = 'actual' and fund_code = 'general_budget') as actual
    from cells
    group by document_id, ord, econ_code, line_label
)

select * from final;

comment on view gongkai.gk06 is '公开06 一般公共预算财政拨款基本支出决算明细表 (basic expenditure by 经济分类), read down the left group, then the middle, then the right; the 合计 lines last';
comment on column gongkai.gk06.ord is '印刷顺序 (printed row order)';
comment on column gongkai.gk06.econ_code is '科目代码 (经济分类; empty on the 合计 lines)';
comment on column gongkai.gk06.econ_name is '科目名称 (as printed)';
comment on column gongkai.gk06.actual is '决算数';
