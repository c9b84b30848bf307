-- “三公”经费、会议费、培训费支出决算表: 会议费 and 培训费 where the 三公 table prints them beside the
-- 三公 items (the 三公 items themselves are in gongkai.gk09), one row a document that prints them.
-- depends: fiscal.gongkai_cell
create view gongkai.gk09_meeting_training as

with cells as (
    select * from fiscal.gongkai_cell
    where table_code = 'gk09'
        and measure_code in ('budget_sangong_meeting', 'budget_sangong_training', 'actual_sangong_meeting', 'actual_sangong_training')
),

final as (
    select
        document_id,
        ord,
        max(amount) filter (where measure_code = 'budget_sangong_meeting') as budget_meeting,
        max(amount) filter (where measure_code = 'budget_sangong_training') as budget_training,
        max(amount) filter (where measure_code = 'actual_sangong_meeting') as actual_meeting,
        max(amount) filter (where measure_code = 'actual_sangong_training') as actual_training
    from cells
    group by document_id, ord
)

select * from final;

comment on view gongkai.gk09_meeting_training is '会议费、培训费 — meeting and training costs printed beside the 三公 items, budget and actual; ord matches gongkai.gk09';
comment on column gongkai.gk09_meeting_training.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk09_meeting_training.ord is '印刷顺序 — the row of gongkai.gk09';
comment on column gongkai.gk09_meeting_training.budget_meeting is '预算数 会议费 — meeting costs budgeted, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk09_meeting_training.budget_training is '预算数 培训费 — training costs budgeted, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk09_meeting_training.actual_meeting is '决算数 会议费 — meeting costs spent, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk09_meeting_training.actual_training is '决算数 培训费 — training costs spent, in the document''s unit (fiscal.dim_document.amount_unit)';
