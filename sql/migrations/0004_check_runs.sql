-- grain: one row per document × data-quality check: whether the check passed, failed
-- or had nothing to compare, and how many comparisons it made, so that "no finding"
-- never silently means "not checked".
create table fiscal.dq_check_run (
    document_id bigint not null references fiscal.dim_document on delete cascade,
    check_id text not null,
    outcome text not null check (outcome in ('pass', 'fail', 'not_applicable', 'insufficient_data')),
    comparisons integer not null,
    findings integer not null,
    checked_at timestamptz not null default now(),
    primary key (document_id, check_id)
);
