-- 机关运行经费支出预算表 部门预算: one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.ys_running_cost as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'ys_running_cost'
),

final as (
    select
        document_id,
        ord,
        econ_code,
        line_label as econ_name,
        max(amount) filter (where measure_code = 'budget_running_cost' and fund_code = 'all') as running_cost
    from cells
    group by document_id, ord, econ_code, line_label
)

select * from final;

comment on view gongkai.ys_running_cost is '机关运行经费支出预算表 部门预算 — running costs of the administration planned by 经济分类, one row a printed line';
comment on column gongkai.ys_running_cost.document_id is '文档编号 — the document the row comes from (fiscal.dim_document, report_kind 预算)';
comment on column gongkai.ys_running_cost.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.ys_running_cost.econ_code is '经济分类代码 — economic classification code (经济分类: 类 301, 款 30101); null on a 合计 or unit row';
comment on column gongkai.ys_running_cost.econ_name is '科目名称 / 支出项目类别 — the printed name of the row (an economic class, or the budget unit where a row totals a unit)';
comment on column gongkai.ys_running_cost.running_cost is '机关运行经费支出 — planned running costs of the administration (机关运行经费), in the document''s unit (fiscal.dim_document.amount_unit)';
