-- 九、“三公”经费 in the narrative: budget, actual, completion, changes, and the counts
-- behind them (出国团组 and 人次, 公务用车保有量 and 购置数, 接待团组 and 来宾人次).
-- depends: gongkai.narrative_figures
create view gongkai.sangong_details as

with figures as (
    select * from gongkai.narrative_figures where section like '九、%'
),

final as (
    select document_id, ord, subject, context, value, unit, change, rate, completion, statement, source_line
    from figures
)

select * from final;

comment on view gongkai.sangong_details is '“三公”经费情况说明 (the 三公 figures stated in the narrative)';
comment on column gongkai.sangong_details.document_id is '文档 (the document)';
comment on column gongkai.sangong_details.ord is '顺序 (order in the narrative)';
comment on column gongkai.sangong_details.subject is '项目 (as printed: 公务用车保有量, 来宾 …)';
comment on column gongkai.sangong_details.context is '上文 (the figure before it in the sentence)';
comment on column gongkai.sangong_details.value is '数值 — the stated amount or count';
comment on column gongkai.sangong_details.unit is '单位 — the stated unit (万元, 个, 人次, 辆)';
comment on column gongkai.sangong_details.change is '比上年增减 (signed)';
comment on column gongkai.sangong_details.rate is '增减幅度 % (signed)';
comment on column gongkai.sangong_details.completion is '完成预算的 % — the stated completion of the budget in percent';
comment on column gongkai.sangong_details.statement is '原文 (the sentence)';
comment on column gongkai.sangong_details.source_line is '行号 (line of the report)';
