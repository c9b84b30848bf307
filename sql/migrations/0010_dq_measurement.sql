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

comment on table fiscal.dq_measurement is '检查明细 — every comparison a data-quality check made on a document, passing or not';
comment on column fiscal.dq_measurement.document_id is '文档 — the document (fiscal.dim_document)';
comment on column fiscal.dq_measurement.check_id is '检查 — the check (the file name in sql/checks)';
comment on column fiscal.dq_measurement.table_codes is '表 — the table(s) compared, e.g. gk05 or gk01,gk02';
comment on column fiscal.dq_measurement.row_key is '行 — the code or printed line the comparison is about';
comment on column fiscal.dq_measurement.expected is '应为 — the printed total or stated figure';
comment on column fiscal.dq_measurement.actual is '实为 — what the parts add up to, or the table''s figure';
comment on column fiscal.dq_measurement.relation is '关系 — = (must equal) or <= (must not exceed)';
comment on column fiscal.dq_measurement.passed is '通过 — whether the comparison holds';
comment on column fiscal.dq_measurement.source_lines is '行号 — the report lines of every number involved';
