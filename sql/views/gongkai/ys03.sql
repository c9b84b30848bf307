-- 支出总表 部门预算: one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.ys03 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'ys03'
),

final as (
    select
        document_id,
        ord,
        subject_code,
        line_label as subject_name,
        max(amount) filter (where measure_code = 'budget_expense_total' and fund_code = 'all') as expense_total,
        max(amount) filter (where measure_code = 'budget_basic_expense' and fund_code = 'all') as basic_expense,
        max(amount) filter (where measure_code = 'budget_project_expense' and fund_code = 'all') as project_expense,
        max(amount) filter (where measure_code = 'budget_operating_expense' and fund_code = 'all') as operating_expense,
        max(amount) filter (where measure_code = 'budget_subsidy_to_subsidiary' and fund_code = 'all') as subsidy_to_subsidiary,
        max(amount) filter (where measure_code = 'budget_remittance_to_superior' and fund_code = 'all') as remittance_to_superior,
        max(amount) filter (where measure_code = 'budget_reserve' and fund_code = 'all') as reserve,
        max(amount) filter (where measure_code = 'budget_carry_forward' and fund_code = 'all') as carry_forward,
        max(amount) filter (where measure_code = 'budget_procurement' and fund_code = 'all') as procurement,
        max(amount) filter (where measure_code = 'budget_procurement_sme' and fund_code = 'all') as procurement_sme,
        max(amount) filter (where measure_code = 'budget_procurement_micro' and fund_code = 'all') as procurement_micro
    from cells
    group by document_id, ord, subject_code, line_label
)

select * from final;

comment on view gongkai.ys03 is '支出总表 部门预算 — budgeted expenditure by kind, one row a printed line (a unit or a 功能分类 subject)';
comment on column gongkai.ys03.document_id is '文档编号 — the document the row comes from (fiscal.dim_document, report_kind 预算)';
comment on column gongkai.ys03.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.ys03.subject_code is '科目代码 — functional classification code (功能分类: 类 201, 款 20103, 项 2010301); null on a 合计 or unit row';
comment on column gongkai.ys03.subject_name is '科目名称 / 预算单位 — the printed name of the row (a subject, or the budget unit where a row totals a unit)';
comment on column gongkai.ys03.expense_total is '支出总计 — planned expenditure, total, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys03.basic_expense is '基本支出 — planned basic expenditure, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys03.project_expense is '项目支出 — planned project expenditure, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys03.operating_expense is '事业单位经营支出 — operating expenditure of public institutions, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys03.subsidy_to_subsidiary is '对附属单位补助支出 — subsidies to subsidiary units, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys03.remittance_to_superior is '上缴上级支出 — remittances to the superior unit, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys03.reserve is '单位预留机动经费 — the unit''s reserve for contingencies, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys03.carry_forward is '结转下年 — carried forward to next year, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys03.procurement is '政府采购项目 小计 — government procurement planned within the expenditure, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys03.procurement_sme is '其中：预留给中小企业 — procurement reserved for small and medium enterprises, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys03.procurement_micro is '其中：预留给小型、微型企业 — procurement reserved for small and micro enterprises, in the document''s unit (fiscal.dim_document.amount_unit)';
