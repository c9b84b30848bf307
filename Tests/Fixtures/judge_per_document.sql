-- The reference for CheckRunTests: the judge as it was when the checks ran one document at a time,
-- in each file's load (sql/judge.sql at c5e537a, unchanged below). The batch judge must give what
-- this one gives for each document alone.
-- The judge of the data-quality checks (sql/checks/*.sql): every check's query is put in place of
-- the placeholder in braces below and the statement run once for a document, with $1 the document id, $2 the check id
-- (its file name) and $3 the SHA-256 of its file. It keeps every comparison in fiscal.dq_measurement,
-- makes a broken one a fiscal.dq_finding (error for an unbalanced total, warn otherwise; those within
-- the rounding tolerance of 0.01 a term one info finding a table: "N sums differ by rounding, at most
-- 0.0X"), and records the check's outcome in fiscal.dq_check_run
-- (see sql/checks/README.md). It changes no number of the report.
with evaluated (table_codes, row_key, expected, actual, terms, is_total, relation, source_lines, message) as (
    {check}
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
-- The sums of a table that differ by rounding alone: one finding a table, naming how many and the
-- largest difference (each stays in dq_measurement).
rounded as (
    select
        grouped.table_codes, grouped.sums, grouped.largest,
        (
            select array_agg(distinct line order by line)
            from judged as one, unnest(one.source_lines) as line
            where one.broken and one.rounding and one.table_codes = grouped.table_codes
        ) as source_lines
    from (
        select table_codes, count(*) as sums, max(gap) as largest
        from judged
        where broken and rounding
        group by table_codes
    ) as grouped
),
measured as (
    insert into fiscal.dq_measurement
        (document_id, check_id, table_codes, row_key, expected, actual, relation, passed, source_lines)
    select $1, $2, table_codes, row_key, expected, actual, relation, not broken, source_lines
    from judged
),
inserted as (
    insert into fiscal.dq_finding
        (document_id, check_id, severity, table_codes, row_key, expected, actual, difference, source_lines, message)
    select
        $1, $2, case when is_total then 'error' else 'warn' end,
        table_codes, row_key, expected::text, actual::text, coalesce(actual, 0) - coalesce(expected, 0),
        source_lines, message
    from judged
    where broken and not rounding
    union all
    select
        $1, $2, 'info', table_codes, 'rounding', null, null, largest, coalesce(source_lines, '{}'),
        sums || case when sums = 1 then ' sum differs' else ' sums differ' end || ' by rounding, at most ' || largest
    from rounded
    returning severity
)
insert into fiscal.dq_check_run (document_id, check_id, outcome, comparisons, findings, check_sha256, basis)
select
    $1, $2,
    case when (select count(*) from judged) = 0 and exists (select 1 from evaluated where relation = 'basis') then 'not_applicable'
        when (select count(*) from judged) = 0 then 'no_comparison'
        when (select count(*) from judged) >= 4
            and (select count(*) from inserted where severity <> 'info') * 2 > (select count(*) from judged)
            then 'insufficient_data'
        when exists (select 1 from inserted where severity <> 'info') then 'fail'
        else 'pass' end,
    (select count(*) from judged),
    (select count(*) from inserted),
    $3,
    case when (select count(*) from judged) = 0 then (select string_agg(distinct message, '; ') from evaluated where relation = 'basis') end
on conflict (document_id, check_id) do update set
    outcome = excluded.outcome, comparisons = excluded.comparisons, findings = excluded.findings,
    check_sha256 = excluded.check_sha256, basis = excluded.basis, error_message = null, checked_at = now()
