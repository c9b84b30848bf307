-- grain: one row per document × item of 第三部分 五(三) 一般公共预算财政拨款支出决算具体情况:
-- a 功能分类 项 with its 年初预算, 支出决算, 完成率 and stated reason, as the narrative states them.
create table fiscal.fact_budget_execution (
    document_id bigint not null references fiscal.dim_document on delete cascade,
    ord integer not null check (ord > 0),
    subject_id integer not null references fiscal.dim_subject,  -- 0 when the names match no code of the tables
    printed_subject text not null,  -- 类（类）款（款）项（项） as printed
    item_name text not null,  -- the 项 name as printed
    initial_budget numeric not null,
    actual numeric not null,
    amount_unit text not null check (amount_unit in ('万元', '元')),
    completion_rate numeric,  -- 完成年初预算的 …%, null when not stated
    reason text not null,
    source_line integer not null,
    primary key (document_id, ord)
);

-- Which version of the parser read a document: a file is skipped as unchanged only when
-- both its sha256 and this version match, so a loader that reads more re-reads old files.
alter table fiscal.dim_document add column parser_version integer not null default 0;
