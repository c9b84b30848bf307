-- 政府采购预算表 部门预算: one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.ys_procurement as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'ys_procurement'
),

final as (
    select
        document_id,
        ord,
        line_label as item,
        max(amount) filter (where measure_code = 'budget_procurement' and fund_code = 'all') as procurement
    from cells
    group by document_id, ord, line_label
)

select * from final;

comment on view gongkai.ys_procurement is '政府采购预算表 部门预算 — planned government procurement, one row a printed line (category, project, economic class, item and method joined in the label)';
comment on column gongkai.ys_procurement.document_id is '文档编号 — the document the row comes from (fiscal.dim_document, report_kind 预算)';
comment on column gongkai.ys_procurement.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.ys_procurement.item is '项目 — the printed label of the row (预算单位, 年度, 项目名称 …, cells joined by a space)';
comment on column gongkai.ys_procurement.procurement is '总计 — planned procurement, in the document''s unit (fiscal.dim_document.amount_unit)';
