-- A check that fails to run (a broken SQL file, a server error) is recorded as such, and the
-- load and the other checks go on; every outcome names the version of the check file it came
-- from, so that an outcome can be told from one of an older check. A check that compared
-- nothing is not_applicable only with a stated basis (the table is not printed, last year's
-- report is not loaded); without one it is no_comparison: never counted as passed.
alter table fiscal.dq_check_run drop constraint dq_check_run_outcome_check;
alter table fiscal.dq_check_run add constraint dq_check_run_outcome_check
    check (outcome in ('pass', 'fail', 'not_applicable', 'no_comparison', 'insufficient_data', 'execution_error'));
alter table fiscal.dq_check_run add column check_sha256 text;
alter table fiscal.dq_check_run add column basis text;
alter table fiscal.dq_check_run add column error_message text;

comment on column fiscal.dq_check_run.outcome is
    '检查结果: pass, fail (a warn or error finding), not_applicable (nothing to compare, for the reason in basis), no_comparison (nothing compared, with no reason: the report may hold data the check could not match), insufficient_data (most comparisons break: suspect the parse), execution_error (the check did not run: error_message says why)';
comment on column fiscal.dq_check_run.basis is '依据 — why a not_applicable check had nothing to compare (公开09 is not printed …)';
comment on column fiscal.dq_check_run.check_sha256 is '检查版本 — SHA-256 of the check file (sql/checks/<check_id>.sql) that gave this outcome';
comment on column fiscal.dq_check_run.error_message is '执行错误 — why the check did not run (execution_error only): the server''s message and SQLSTATE';

-- 目录 entries as the parser read them: which table each entry lists, on which line, so that
-- the missing_table check can judge a table listed and not printed.
create table fiscal.document_toc_entry (
    document_id bigint not null references fiscal.dim_document on delete cascade,
    line_no integer not null,
    table_code text not null,
    entry_text text not null,
    primary key (document_id, line_no)
);
comment on table fiscal.document_toc_entry is '目录条目 — each 目录 line that lists a 公开 table, with the table it names';
comment on column fiscal.document_toc_entry.document_id is '文档 — the document (fiscal.dim_document)';
comment on column fiscal.document_toc_entry.line_no is '行号 — the line of the entry in the source file (fiscal.document_line)';
comment on column fiscal.document_toc_entry.table_code is '表 — the table the entry names (gk01 …)';
comment on column fiscal.document_toc_entry.entry_text is '条目 — the entry as printed';

-- The tables a document prints, where their titles stand (an empty table, printed with a
-- no-data note, is printed too), so that checks can tell an omitted table from an empty one.
create table fiscal.document_table (
    document_id bigint not null references fiscal.dim_document on delete cascade,
    table_code text not null,
    title_line integer not null,
    primary key (document_id, table_code)
);
comment on table fiscal.document_table is '已印表 — each 公开 table the document prints, with the line of its title';
comment on column fiscal.document_table.document_id is '文档 — the document (fiscal.dim_document)';
comment on column fiscal.document_table.table_code is '表 — the table (gk01 …, gk_fiscal_expense)';
comment on column fiscal.document_table.title_line is '标题行 — the line of the table''s title in the source file (fiscal.document_line)';

-- 五(三): everything the narrative prints after an item's figures (决算数小于预算数的主要原因是：…),
-- so that the budget_direction check can hold the direction word against the two amounts.
alter table fiscal.fact_budget_execution add column closing_text text;
comment on column fiscal.fact_budget_execution.closing_text is '说明 — the text after the figures as printed: the direction sentence (决算数大于/小于/等于预算数) and the reason';
