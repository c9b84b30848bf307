-- 公开03 支出决算表: one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.gk03 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'gk03'
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
        max(amount) filter (where measure_code = 'remittance_to_superior' and fund_code = 'all') as remittance_to_superior,
        max(amount) filter (where measure_code = 'operating_expense' and fund_code = 'all') as operating_expense,
        max(amount) filter (where measure_code = 'subsidy_to_subsidiary' and fund_code = 'all') as subsidy_to_subsidiary
    from cells
    group by document_id, ord, subject_code, line_label
)

select * from final;

comment on view gongkai.gk03 is '公开03 支出决算表 — expenditure by type and 功能分类 subject, one row a printed line';
comment on column gongkai.gk03.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk03.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.gk03.subject_code is '科目代码 — functional classification code (功能分类: 类 201, 款 20103, 项 2010301); null on the 合计 row';
comment on column gongkai.gk03.subject_name is '科目名称 — the subject''s name as printed';
comment on column gongkai.gk03.expense_total is '本年支出合计 — total expenditure of the year, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk03.basic_expense is '基本支出 — basic expenditure (staff and running costs), in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 基本支出：指单位为保障其机构正常运转、完成日常工作任务而发生的人员支出和公用支出。';
comment on column gongkai.gk03.project_expense is '项目支出 — project expenditure, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 项目支出：指单位为完成特定行政任务和事业发展目标在基本支出之外所发生的支出。';
comment on column gongkai.gk03.remittance_to_superior is '上缴上级支出 — remittances to the superior unit, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk03.operating_expense is '经营支出 — expenditure of business operations, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk03.subsidy_to_subsidiary is '对附属单位补助支出 — subsidies to subsidiary units, in the document''s unit (fiscal.dim_document.amount_unit)';
