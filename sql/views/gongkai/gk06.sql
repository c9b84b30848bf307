-- 公开06 一般公共预算财政拨款基本支出决算明细表: one row a printed line.
-- depends: fiscal.gongkai_cell
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

comment on view gongkai.gk06 is '公开06 一般公共预算财政拨款基本支出决算明细表 — basic expenditure from general budget appropriations by 经济分类, read down the left group, then the middle, then the right; the 合计 lines (人员经费合计, 公用经费合计) last';
comment on column gongkai.gk06.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk06.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.gk06.econ_code is '科目代码 — economic classification code (经济分类: 类 301, 款 30101); null on the 合计 lines';
comment on column gongkai.gk06.econ_name is '科目名称 — the classification''s name as printed';
comment on column gongkai.gk06.actual is '决算数 — the final-accounts amount as printed, in the document''s unit (fiscal.dim_document.amount_unit)';
