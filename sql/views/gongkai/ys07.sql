-- 政府性基金预算支出表 部门预算: one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.ys07 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'ys07'
),

final as (
    select
        document_id,
        ord,
        subject_code,
        line_label as subject_name,
        max(amount) filter (where measure_code = 'budget_expense_total' and fund_code = 'gov_fund') as expense_total,
        max(amount) filter (where measure_code = 'budget_basic_expense' and fund_code = 'gov_fund') as basic_expense,
        max(amount) filter (where measure_code = 'budget_personnel_expense' and fund_code = 'gov_fund') as personnel_expense,
        max(amount) filter (where measure_code = 'budget_public_expense' and fund_code = 'gov_fund') as public_expense,
        max(amount) filter (where measure_code = 'budget_project_expense' and fund_code = 'gov_fund') as project_expense
    from cells
    group by document_id, ord, subject_code, line_label
)

select * from final;

comment on view gongkai.ys07 is '政府性基金预算支出表 部门预算 — government fund budget expenditure planned by 功能分类 subject, one row a printed line';
comment on column gongkai.ys07.document_id is '文档编号 — the document the row comes from (fiscal.dim_document, report_kind 预算)';
comment on column gongkai.ys07.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.ys07.subject_code is '科目代码 — functional classification code (功能分类: 类 201, 款 20103, 项 2010301); null on a 合计 or unit row';
comment on column gongkai.ys07.subject_name is '科目名称 / 预算单位 — the printed name of the row (a subject, or the budget unit where a row totals a unit)';
comment on column gongkai.ys07.expense_total is '政府性基金预算支出 合计 — planned expenditure, total, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys07.basic_expense is '基本支出 — planned basic expenditure (staff and running costs), in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys07.personnel_expense is '基本支出 人员经费 — planned staff costs within basic expenditure, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys07.public_expense is '基本支出 公用经费 — planned running costs within basic expenditure, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys07.project_expense is '项目支出 — planned project expenditure, in the document''s unit (fiscal.dim_document.amount_unit)';
