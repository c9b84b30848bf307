-- 财政拨款基本支出预算表（经济科目） 部门预算: one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.ys_fiscal_basic as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'ys_fiscal_basic'
),

final as (
    select
        document_id,
        ord,
        econ_code,
        line_label as econ_name,
        max(amount) filter (where measure_code = 'budget_basic_expense' and fund_code = 'all') as basic_expense,
        max(amount) filter (where measure_code = 'budget_personnel_expense' and fund_code = 'all') as personnel_expense,
        max(amount) filter (where measure_code = 'budget_public_expense' and fund_code = 'all') as public_expense
    from cells
    group by document_id, ord, econ_code, line_label
)

select * from final;

comment on view gongkai.ys_fiscal_basic is '财政拨款基本支出预算表（经济科目） 部门预算 — basic expenditure planned from all appropriation funds by 经济分类, one row a printed line';
comment on column gongkai.ys_fiscal_basic.document_id is '文档编号 — the document the row comes from (fiscal.dim_document, report_kind 预算)';
comment on column gongkai.ys_fiscal_basic.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.ys_fiscal_basic.econ_code is '经济分类代码 — economic classification code (经济分类: 类 301, 款 30101); null on a 合计 or unit row';
comment on column gongkai.ys_fiscal_basic.econ_name is '科目名称 / 支出项目类别 — the printed name of the row (an economic class, or the budget unit where a row totals a unit)';
comment on column gongkai.ys_fiscal_basic.basic_expense is '基本支出 合计 — planned basic expenditure, total, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_fiscal_basic.personnel_expense is '人员经费 — planned staff costs, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_fiscal_basic.public_expense is '公用经费 — planned running costs, in the document''s unit (fiscal.dim_document.amount_unit)';
