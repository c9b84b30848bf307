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
