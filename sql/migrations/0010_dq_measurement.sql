-- grain: one row per document × data-quality check × comparison it made, passing or not:
-- the measured values behind every outcome, so that a pass can be inspected too.
create table fiscal.dq_measurement (
    document_id bigint not null references fiscal.dim_document on delete cascade,
    check_id text not null,
    table_codes text not null,
    row_key text,
    expected numeric,
    actual numeric,
    relation text not null check (relation in ('=', '<=')),
    passed boolean not null,
    source_lines integer[] not null default '{}'
);
create index dq_measurement_document_idx on fiscal.dq_measurement (document_id, check_id);

-- insufficient_data: most comparisons of a check break, which points at the parser rather
-- than the report (see sql/checks/README.md).
comment on column fiscal.dq_check_run.outcome is
    '检查结果: pass, fail (a warn or error finding), not_applicable (nothing to compare), insufficient_data (most comparisons break: suspect the parse)';
