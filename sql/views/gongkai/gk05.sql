-- 公开05 一般公共预算财政拨款支出决算表: one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.gk05 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'gk05'
),

final as (
    select
        document_id,
        ord,
        subject_code,
        line_label as subject_name,
        max(amount) filter (where measure_code = 'expense_total' and fund_code = 'general_budget') as expense_total,
        max(amount) filter (where measure_code = 'basic_expense' and fund_code = 'general_budget') as basic_expense,
        max(amount) filter (where measure_code = 'personnel_expense' and fund_code = 'general_budget') as personnel_expense,
        max(amount) filter (where measure_code = 'public_expense' and fund_code = 'general_budget') as public_expense,
        max(amount) filter (where measure_code = 'project_expense' and fund_code = 'general_budget') as project_expense
    from cells
    group by document_id, ord, subject_code, line_label
)

select * from final;

comment on view gongkai.gk05 is '公开05 一般公共预算财政拨款支出决算表 — general public budget appropriation expenditure by 功能分类 subject, one row a printed line';
comment on column gongkai.gk05.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk05.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.gk05.subject_code is '科目代码 — functional classification code (功能分类: 类 201, 款 20103, 项 2010301); null on the 合计 row';
comment on column gongkai.gk05.subject_name is '科目名称 — the subject''s name as printed';
comment on column gongkai.gk05.expense_total is '本年支出 小计 — total expenditure from general budget appropriations, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk05.basic_expense is '基本支出 小计 — basic expenditure (staff and running costs), in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 基本支出：指单位为保障其机构正常运转、完成日常工作任务而发生的人员支出和公用支出。';
comment on column gongkai.gk05.personnel_expense is '基本支出 人员经费 — staff costs within basic expenditure (经济分类 301, 303), in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk05.public_expense is '基本支出 公用经费 — running costs within basic expenditure (经济分类 302, 307, 310, 399), in the document''s unit (fiscal.dim_document.amount_unit). Not the same as 机关运行经费, which counts only 行政单位 and 参公 units and is stated in the narrative: 名词解释 机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。';
comment on column gongkai.gk05.project_expense is '项目支出 — project expenditure, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 项目支出：指单位为完成特定行政任务和事业发展目标在基本支出之外所发生的支出。';
