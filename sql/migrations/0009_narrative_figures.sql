-- grain: one row per document × figure stated in the narrative (第三部分): an amount or
-- count, with the year-on-year change, rate, share or completion stated with it.
create table fiscal.fact_narrative_figure (
    document_id bigint not null references fiscal.dim_document on delete cascade,
    ord integer not null check (ord > 0),
    section text not null,
    item integer,  -- the number of the numbered paragraph (1. … 自评情况)
    subject text not null,
    context text,
    value numeric,
    unit text not null,
    change_word text check (change_word in ('增加', '减少')),
    change numeric,
    rate_word text check (rate_word in ('增长', '下降')),
    rate numeric,
    is_flat boolean not null,
    share numeric,
    share_of text,
    completion numeric,
    statement text not null,
    source_line integer not null,
    primary key (document_id, ord)
);

comment on table fiscal.fact_narrative_figure is '情况说明数字 — every figure the narrative (第三部分) states, with its change, rate, share or completion';
comment on column fiscal.fact_narrative_figure.document_id is '文档 — the document (fiscal.dim_document)';
comment on column fiscal.fact_narrative_figure.ord is '顺序 — order of the figure in the narrative, from 1';
comment on column fiscal.fact_narrative_figure.section is '章节 — the section heading the figure stands under';
comment on column fiscal.fact_narrative_figure.item is '条目号 — the number of the numbered paragraph (1. … 自评情况), if any';
comment on column fiscal.fact_narrative_figure.subject is '项目 — what the figure is of, as printed (item numbers, years and 其中 removed)';
comment on column fiscal.fact_narrative_figure.context is '上文 — the subject of the figure before it in the same sentence';
comment on column fiscal.fact_narrative_figure.value is '数值 — the stated amount or count; null for a change stated alone';
comment on column fiscal.fact_narrative_figure.unit is '单位 — the stated unit (万元, 元, 个, 人次, 辆 …)';
comment on column fiscal.fact_narrative_figure.change_word is '增减 — 增加 or 减少 as stated';
comment on column fiscal.fact_narrative_figure.change is '增减额 — the stated change from last year, unsigned as printed';
comment on column fiscal.fact_narrative_figure.rate_word is '增减方向 — 增长 or 下降 as stated';
comment on column fiscal.fact_narrative_figure.rate is '增减幅度 — the stated rate of change in percent, unsigned as printed';
comment on column fiscal.fact_narrative_figure.is_flat is '与上年持平 — stated as unchanged from last year';
comment on column fiscal.fact_narrative_figure.share is '占比 — the stated share in percent (占 …%)';
comment on column fiscal.fact_narrative_figure.share_of is '占比基数 — what the share is of, as printed';
comment on column fiscal.fact_narrative_figure.completion is '完成预算 — the stated completion of the budget in percent';
comment on column fiscal.fact_narrative_figure.statement is '原文 — the sentence, normalised';
comment on column fiscal.fact_narrative_figure.source_line is '行号 — the line of the report the sentence starts on';
