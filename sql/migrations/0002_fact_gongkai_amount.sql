-- grain: one row per document × 公开 table × printed row (ord) × side × measure × fund.
-- Every printed cell of a 公开 table is one row, a blank cell with a null amount,
-- so the views reproduce even the rows that print only a 行次. A number printed
-- in two tables is stored once for each table: reports disagree with themselves,
-- and the checks compare them.
create table fiscal.fact_gongkai_amount (
    document_id bigint not null references fiscal.dim_document on delete cascade,
    table_code text not null check (table_code ~ '^gk0[1-9]$'),
    ord integer not null check (ord > 0),
    part smallint not null check (part in (0, 1, 2)),  -- 0 one-sided, 1 收入 side, 2 支出 side
    unit_id integer not null references fiscal.dim_unit,
    subject_id integer not null references fiscal.dim_subject,
    econ_id integer not null references fiscal.dim_econ,
    measure_id smallint not null references fiscal.dim_measure,
    fund_id smallint not null references fiscal.dim_fund,
    line_label text,  -- the printed 项目 / 科目名称, null when blank
    line_no integer,  -- the printed 行次
    amount numeric,  -- null when the printed cell is blank
    amount_text text,  -- the cell exactly as printed (2,940.05)
    source_line integer not null,
    primary key (document_id, table_code, ord, part, measure_id, fund_id)
);
create index fact_gongkai_amount_subject_idx on fiscal.fact_gongkai_amount (subject_id);
create index fact_gongkai_amount_econ_idx on fiscal.fact_gongkai_amount (econ_id);

-- grain: one row per run of the loader on one file (history; never read by the views).
create table fiscal.load_run (
    load_run_id bigint generated always as identity primary key,
    source_file text not null,
    sha256 text,
    document_id bigint,
    started_at timestamptz not null,
    finished_at timestamptz not null default now(),
    outcome text not null check (outcome in ('loaded', 'replaced', 'unchanged', 'failed')),
    fact_rows integer not null default 0,
    message text
);
