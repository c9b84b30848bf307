-- 第三部分 五(三): budget against actual per 功能分类 项, as the narrative states it.
create view gongkai.budget_execution as

with facts as (
    select * from fiscal.fact_budget_execution
),

subjects as (
    select * from fiscal.dim_subject
),

final as (
    select
        facts.document_id,
        facts.ord,
        nullif(subjects.subject_code, '') as subject_code,
        facts.item_name as subject_name,
        facts.initial_budget,
        facts.actual,
        facts.completion_rate,
        facts.reason
    from facts
    inner join subjects on subjects.subject_id = facts.subject_id
)

select * from final;

comment on view gongkai.budget_execution is '一般公共预算财政拨款支出决算具体情况 — budget against actual per 功能分类 项, as the narrative (第三部分 五(三)) states it';
comment on column gongkai.budget_execution.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.budget_execution.ord is '印刷顺序 — the printed item number';
comment on column gongkai.budget_execution.subject_code is '科目代码 — functional classification code, resolved from the names through the report''s tables; null when none matched';
comment on column gongkai.budget_execution.subject_name is '项名称 — the 项 name as printed (fiscal.fact_budget_execution.printed_subject has 类 and 款 too)';
comment on column gongkai.budget_execution.initial_budget is '年初预算 — the budget at the start of the year, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.budget_execution.actual is '支出决算 — the final-accounts expenditure, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.budget_execution.completion_rate is '完成率(%) — 完成年初预算的百分比: actual against initial budget in percent; null when not stated';
comment on column gongkai.budget_execution.reason is '原因 — the stated reason for the difference from the budget';
