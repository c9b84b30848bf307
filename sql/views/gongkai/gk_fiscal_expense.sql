-- 财政拨款支出决算表 (高等学校财政拨款支出决算表): spending of all three appropriation funds by
-- 功能分类 subject, as the universities' four-table layout prints it. No other view has its
-- meaning: gk05 holds 一般公共预算 alone, gk03 every source of funds.
-- depends: fiscal.gongkai_cell
create view gongkai.gk_fiscal_expense as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'gk_fiscal_expense'
),

final as (
    select
        document_id,
        ord,
        subject_code,
        line_label as subject_name,
        max(amount) filter (where measure_code = 'expense_total' and fund_code = 'all') as expense_total,
        max(amount) filter (where measure_code = 'basic_expense' and fund_code = 'all') as basic_expense,
        max(amount) filter (where measure_code = 'project_expense' and fund_code = 'all') as project_expense,
        max(amount) filter (where measure_code = 'capital_construction_expense' and fund_code = 'all') as capital_construction_expense
    from cells
    group by document_id, ord, subject_code, line_label
)

select * from final;

comment on view gongkai.gk_fiscal_expense is '财政拨款支出决算表 — expenditure from all appropriations (一般公共预算, 政府性基金, 国有资本经营) by 功能分类 subject, as universities print it; one row a printed line';
comment on column gongkai.gk_fiscal_expense.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk_fiscal_expense.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.gk_fiscal_expense.subject_code is '科目代码 — functional classification code (功能分类: 类 201, 款 20103, 项 2010301); null on the 合计 row';
comment on column gongkai.gk_fiscal_expense.subject_name is '科目名称 — the subject''s name as printed';
comment on column gongkai.gk_fiscal_expense.expense_total is '本年支出 合计 — total expenditure from appropriations, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk_fiscal_expense.basic_expense is '基本支出 — basic expenditure (staff and running costs), in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 基本支出：指单位为保障其机构正常运转、完成日常工作任务而发生的人员支出和公用支出。';
comment on column gongkai.gk_fiscal_expense.project_expense is '项目支出 小计 — project expenditure, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 项目支出：指单位为完成特定行政任务和事业发展目标在基本支出之外所发生的支出。';
comment on column gongkai.gk_fiscal_expense.capital_construction_expense is '项目支出 其中：基本建设资金支出 — capital construction within project expenditure, in the document''s unit (fiscal.dim_document.amount_unit)';
