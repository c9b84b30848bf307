-- 第三部分 情况说明: every figure the narrative states, with its change, rate, share or completion.
create view gongkai.narrative_figures as

with figures as (
    select * from fiscal.fact_narrative_figure
),

final as (
    select
        document_id,
        ord,
        section,
        subject,
        context,
        value,
        unit,
        case change_word when '减少' then -change else change end as change,
        case rate_word when '下降' then -rate else rate end as rate,
        is_flat,
        share,
        completion,
        statement,
        source_line
    from figures
)

select * from final;

comment on view gongkai.narrative_figures is '情况说明中的数字 (figures stated in 第三部分), one row a figure';
comment on column gongkai.narrative_figures.document_id is '文档 (the document)';
comment on column gongkai.narrative_figures.ord is '顺序 (order in the narrative)';
comment on column gongkai.narrative_figures.section is '所在章节 (the section heading)';
comment on column gongkai.narrative_figures.subject is '项目 (what the figure is of, as printed)';
comment on column gongkai.narrative_figures.context is '上文 (the figure before it in the sentence, for subjects such as 支出决算)';
comment on column gongkai.narrative_figures.value is '数值 (the stated amount or count)';
comment on column gongkai.narrative_figures.unit is '单位 — the stated unit (万元, 元, 个, 人次, 辆 …)';
comment on column gongkai.narrative_figures.change is '比上年增减 (signed: 减少 negative)';
comment on column gongkai.narrative_figures.rate is '增减幅度 % (signed: 下降 negative)';
comment on column gongkai.narrative_figures.is_flat is '与上年持平 (stated as unchanged from last year)';
comment on column gongkai.narrative_figures.share is '占比 % — the stated share in percent (占 …%)';
comment on column gongkai.narrative_figures.completion is '完成预算的 % — the stated completion of the budget in percent';
comment on column gongkai.narrative_figures.statement is '原文 (the sentence, normalised)';
comment on column gongkai.narrative_figures.source_line is '行号 (line of the report)';
