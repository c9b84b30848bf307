-- Every finding with its key and its review: the review's decision while the finding keeps the
-- values it was reviewed on, reopened when they changed, open when never reviewed.
create view fiscal.dq_finding_review as

select
    f.finding_id,
    f.document_id,
    fiscal.finding_key(f.check_id, d.department, d.fiscal_year, d.report_kind, f.table_codes, f.row_key) as finding_key,
    f.check_id,
    f.severity,
    f.table_codes,
    f.row_key,
    f.expected,
    f.actual,
    f.difference,
    f.source_lines,
    f.message,
    case
        when r.finding_key is null or r.decision = 'open' then 'open'
        when r.expected is not distinct from f.expected and r.actual is not distinct from f.actual then r.decision
        else 'reopened'
    end as review,
    case
        when r.finding_key is not null and r.decision <> 'open'
            and (r.expected is distinct from f.expected or r.actual is distinct from f.actual)
            then 'reviewed as ' || r.decision || ' with expected ' || coalesce(r.expected, '—') || ', actual ' || coalesce(r.actual, '—')
                || '; the values changed' || coalesce(': ' || r.note, '')
        else r.note
    end as note,
    r.reviewer,
    r.reviewed_at
from fiscal.dq_finding as f
inner join fiscal.dim_document as d on d.document_id = f.document_id
left join fiscal.dq_review as r
    on r.finding_key = fiscal.finding_key(f.check_id, d.department, d.fiscal_year, d.report_kind, f.table_codes, f.row_key);

comment on view fiscal.dq_finding_review is '发现与复核 — every finding with its stable key and its review (open, accepted, dismissed, or reopened when its values changed since)';
comment on column fiscal.dq_finding_review.finding_id is '发现编号 — the finding (fiscal.dq_finding), renumbered by a reload';
comment on column fiscal.dq_finding_review.document_id is '文档 (the document)';
comment on column fiscal.dq_finding_review.finding_key is '发现键 — the key that stays across reloads (fiscal.finding_key)';
comment on column fiscal.dq_finding_review.check_id is '检查 — the check (sql/checks/ file name, or the loader''s)';
comment on column fiscal.dq_finding_review.severity is '级别 — error, warn or info';
comment on column fiscal.dq_finding_review.table_codes is '表 — the tables compared';
comment on column fiscal.dq_finding_review.row_key is '行 — the row and measure compared';
comment on column fiscal.dq_finding_review.expected is '应为 — the printed total or stated figure';
comment on column fiscal.dq_finding_review.actual is '实为 — what the parts add up to';
comment on column fiscal.dq_finding_review.difference is '差额 — actual minus expected';
comment on column fiscal.dq_finding_review.source_lines is '源文件行号 — the source lines of every number involved';
comment on column fiscal.dq_finding_review.message is '规则 — the rule, in words';
comment on column fiscal.dq_finding_review.review is '复核 — open, accepted, dismissed, or reopened (reviewed on other values)';
comment on column fiscal.dq_finding_review.note is '备注 — the reviewer''s note; for a reopened finding, what was reviewed and that the values changed';
comment on column fiscal.dq_finding_review.reviewer is '复核人 — who reviewed, if anyone';
comment on column fiscal.dq_finding_review.reviewed_at is '复核时间 — when';
