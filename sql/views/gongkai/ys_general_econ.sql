-- 一般公共预算支出表（按经济分类） 部门预算: one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.ys_general_econ as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'ys_general_econ'
),

final as (
    select
        document_id,
        ord,
        econ_code,
        line_label as econ_name,
        max(amount) filter (where measure_code = 'budget_expense_total' and fund_code = 'general_budget') as expense_total,
        max(amount) filter (where measure_code = 'budget_basic_expense' and fund_code = 'general_budget') as basic_expense,
        max(amount) filter (where measure_code = 'budget_personnel_expense' and fund_code = 'general_budget') as personnel_expense,
        max(amount) filter (where measure_code = 'budget_public_expense' and fund_code = 'general_budget') as public_expense,
        max(amount) filter (where measure_code = 'budget_project_expense' and fund_code = 'general_budget') as project_expense
    from cells
    group by document_id, ord, econ_code, line_label
)

select * from final;

comment on view gongkai.ys_general_econ is '一般公共预算支出表（按经济分类） 部门预算 — general public budget expenditure (basic and project) planned by 经济分类, one row a printed line';
comment on column gongkai.ys_general_econ.document_id is '文档编号 — the document the row comes from (fiscal.dim_document, report_kind 预算)';
comment on column gongkai.ys_general_econ.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.ys_general_econ.econ_code is '经济分类代码 — economic classification code (经济分类: 类 301, 款 30101); null on a 合计 or unit row';
comment on column gongkai.ys_general_econ.econ_name is '科目名称 / 支出项目类别 — the printed name of the row (an economic class, or the budget unit where a row totals a unit)';
comment on column gongkai.ys_general_econ.expense_total is '一般公共预算支出 合计 — planned expenditure, total, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_general_econ.basic_expense is '基本支出 — planned basic expenditure (staff and running costs), in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_general_econ.personnel_expense is '基本支出 人员经费 — planned staff costs within basic expenditure, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_general_econ.public_expense is '基本支出 公用经费 — planned running costs within basic expenditure, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys_general_econ.project_expense is '项目支出 — planned project expenditure, in the document''s unit (fiscal.dim_document.amount_unit)';
