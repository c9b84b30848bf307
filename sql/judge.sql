-- The judge of the data-quality checks (sql/checks/*.sql), one statement a check for a batch of
-- documents: $1 the documents (bigint[]), $2 the check id (its file name), $3 the SHA-256 of its
-- file. Each check's query is put in place of the placeholder in braces below, its $1 (one
-- document) written as juesuan_batch.document_id: the check runs once for each document of the
-- batch (a lateral subquery), in the one statement. The judge keeps every comparison in
-- fiscal.dq_measurement, makes a broken one a fiscal.dq_finding (error for an unbalanced total,
-- warn otherwise; those within the rounding tolerance of 0.01 a term one info finding a document
-- and table: "N sums differ by rounding, at most 0.0X"), and records each document's outcome of
-- the check in fiscal.dq_check_run (see sql/checks/README.md). It changes no number of the report.
with juesuan_batch as (
    select document_id from fiscal.dim_document where document_id = any($1::bigint[])
),
evaluated (document_id, table_codes, row_key, expected, actual, terms, is_total, relation, source_lines, message) as (
    select juesuan_batch.document_id, checked.*
    from juesuan_batch
    cross join lateral (
        {check}
    ) as checked
),
judged as (
    select
        *,
        case when relation = '<=' then coalesce(actual, 0) > coalesce(expected, 0)
            else coalesce(actual, 0) <> coalesce(expected, 0) end as broken,
        abs(coalesce(actual, 0) - coalesce(expected, 0)) as gap,
        -- Within what rounding each printed term to the unit can explain: 0.01 a term summed.
        abs(coalesce(actual, 0) - coalesce(expected, 0)) <= 0.01 * greatest(terms, 1) as rounding
    from evaluated
    where relation <> 'basis'
),
-- The sums of a document's table that differ by rounding alone: one finding a document and table,
-- naming how many and the largest difference (each stays in dq_measurement).
rounded as (
    select grouped.document_id, grouped.table_codes, grouped.sums, grouped.largest, lines.source_lines
    from (
        select document_id, table_codes, count(*) as sums, max(gap) as largest
        from judged
        where broken and rounding
        group by document_id, table_codes
    ) as grouped
    left join (
        select document_id, table_codes, array_agg(distinct line order by line) as source_lines
        from judged, unnest(judged.source_lines) as line
        where broken and rounding
        group by document_id, table_codes
    ) as lines on lines.document_id = grouped.document_id and lines.table_codes = grouped.table_codes
),
measured as (
    insert into fiscal.dq_measurement
        (document_id, check_id, table_codes, row_key, expected, actual, relation, passed, source_lines)
    select document_id, $2, table_codes, row_key, expected, actual, relation, not broken, source_lines
    from judged
),
inserted as (
    insert into fiscal.dq_finding
        (document_id, check_id, severity, table_codes, row_key, expected, actual, difference, source_lines, message)
    select
        document_id, $2, case when is_total then 'error' else 'warn' end,
        table_codes, row_key, expected::text, actual::text, coalesce(actual, 0) - coalesce(expected, 0),
        source_lines, message
    from judged
    where broken and not rounding
    union all
    select
        document_id, $2, 'info', table_codes, 'rounding', null, null, largest, coalesce(source_lines, '{}'),
        sums || case when sums = 1 then ' sum differs' else ' sums differ' end || ' by rounding, at most ' || largest
    from rounded
    returning document_id, severity
),
-- Each document's tally: comparisons made, findings (and those not info), and the basis rows.
tally as (
    select
        juesuan_batch.document_id,
        coalesce(compared.comparisons, 0) as comparisons,
        coalesce(found.findings, 0) as findings,
        coalesce(found.broken, 0) as broken,
        stated.basis,
        stated.document_id is not null as has_basis
    from juesuan_batch
    left join (select document_id, count(*) as comparisons from judged group by document_id) as compared
        on compared.document_id = juesuan_batch.document_id
    left join (
        select document_id, count(*) as findings, count(*) filter (where severity <> 'info') as broken
        from inserted group by document_id
    ) as found on found.document_id = juesuan_batch.document_id
    left join (
        select document_id, string_agg(distinct message, '; ') as basis
        from evaluated where relation = 'basis' group by document_id
    ) as stated on stated.document_id = juesuan_batch.document_id
)
insert into fiscal.dq_check_run (document_id, check_id, outcome, comparisons, findings, check_sha256, basis)
select
    document_id, $2,
    case when comparisons = 0 and has_basis then 'not_applicable'
        when comparisons = 0 then 'no_comparison'
        when comparisons >= 4 and broken * 2 > comparisons then 'insufficient_data'
        when broken > 0 then 'fail'
        else 'pass' end,
    comparisons, findings, $3,
    case when comparisons = 0 then basis end
from tally
on conflict (document_id, check_id) do update set
    outcome = excluded.outcome, comparisons = excluded.comparisons, findings = excluded.findings,
    check_sha256 = excluded.check_sha256, basis = excluded.basis, error_message = null, checked_at = now()
