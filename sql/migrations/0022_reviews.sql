-- Reviews of findings that outlast reloads: an analyst accepts or dismisses a finding, with a
-- note, and the review stays when the document is loaded again. A finding is known across loads by
-- its key (fiscal.finding_key: check, department, fiscal year, report kind, tables, row key — the
-- row key names the measure — never the document id, which a reload of a changed file keeps but a
-- reload into another warehouse does not). A review keeps the values it was made on: the view
-- fiscal.dq_finding_review shows it while the finding still has them, and says reopened when they
-- changed.
--
-- juesuan_reviewer may read what analysts read and write reviews, nothing else.

create function fiscal.finding_key(
    check_id text, department text, fiscal_year integer, report_kind text, table_codes text, row_key text
) returns text
language sql immutable parallel safe
return md5(concat_ws(chr(31), check_id, department, fiscal_year::text, report_kind, table_codes, coalesce(row_key, '')));

comment on function fiscal.finding_key(text, text, integer, text, text, text) is
    '发现键 — the stable key of a finding across reloads: md5 of check, department, fiscal year, report kind, tables and row key';

-- grain: one row per reviewed finding key (the latest review wins).
create table fiscal.dq_review (
    finding_key text primary key,
    decision text not null check (decision in ('accepted', 'dismissed', 'open')),
    note text,
    reviewer text not null default current_user,
    reviewed_at timestamptz not null default now(),
    expected text,
    actual text
);

comment on table fiscal.dq_review is '复核 — the latest review of each finding key; never removed by a reload';
comment on column fiscal.dq_review.finding_key is '发现键 — the finding''s key (fiscal.finding_key)';
comment on column fiscal.dq_review.decision is '结论 — accepted (the finding stands), dismissed (not a problem) or open (reopened by hand)';
comment on column fiscal.dq_review.note is '备注 — the reviewer''s note';
comment on column fiscal.dq_review.reviewer is '复核人 — the database role that reviewed';
comment on column fiscal.dq_review.reviewed_at is '复核时间 — when it was reviewed';
comment on column fiscal.dq_review.expected is '应为 — the finding''s expected value when it was reviewed';
comment on column fiscal.dq_review.actual is '实为 — the finding''s actual value when it was reviewed';

do $$
begin
    if not exists (select from pg_catalog.pg_roles where rolname = 'juesuan_reviewer') then
        create role juesuan_reviewer nologin;
    end if;
exception
    when duplicate_object or unique_violation then
        null;
end
$$;

grant juesuan_analyst to juesuan_reviewer;
grant insert, update on fiscal.dq_review to juesuan_reviewer;
