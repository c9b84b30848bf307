-- 与上年相比: the year-on-year changes the narrative states, with the prior-year value they imply.
-- depends: gongkai.narrative_figures
create view gongkai.year_on_year as

with figures as (
    select * from gongkai.narrative_figures where change is not null or is_flat
),

valued as (
    -- A change stated alone (收入总计减少 131.99 万元) takes the value stated for the same
    -- subject in the same section.
    select
        figures.*,
        coalesce(figures.value, (
            select stated.value from fiscal.fact_narrative_figure as stated
            where stated.document_id = figures.document_id and stated.section = figures.section
                and stated.subject = figures.subject and stated.value is not null
            order by stated.ord limit 1
        )) as this_year
    from figures
),

final as (
    select
        document_id,
        ord,
        section,
        subject,
        this_year,
        coalesce(change, 0) as change,
        this_year - coalesce(change, 0) as last_year,
        rate,
        unit,
        statement,
        source_line
    from valued
)

select * from final;

comment on view gongkai.year_on_year is '与上年对比 (year-on-year changes stated in the narrative)';
comment on column gongkai.year_on_year.document_id is '文档 (the document)';
comment on column gongkai.year_on_year.ord is '顺序 (order in the narrative)';
comment on column gongkai.year_on_year.section is '所在章节 (the section heading)';
comment on column gongkai.year_on_year.subject is '项目 (what changed)';
comment on column gongkai.year_on_year.this_year is '本年数 (the value stated for this year)';
comment on column gongkai.year_on_year.change is '比上年增减 (signed; 0 when 与上年持平)';
comment on column gongkai.year_on_year.last_year is '上年数 (implied: this year minus the change)';
comment on column gongkai.year_on_year.rate is '增减幅度 % (signed)';
comment on column gongkai.year_on_year.unit is '单位 — the stated unit';
comment on column gongkai.year_on_year.statement is '原文 (the sentence)';
comment on column gongkai.year_on_year.source_line is '行号 (line of the report)';
