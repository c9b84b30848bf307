-- With last year's 决算 of the same department loaded too: each change this year's narrative
-- states against last year (与2023年度相比，增加 / 减少 X 万元, 与上年持平) = this year's table
-- minus last year's (gongkai.year_over_year). The loader re-runs this year's checks when last
-- year's report is loaded after it, so the order of loading does not matter. Two printed
-- numbers make each computed change: rounding within 0.02 is info.
select
    table_code || ',narrative' as table_codes,
    stated_subject || ' ' || coalesce(nullif(line_label, ''), measure_label) as row_key,
    change as expected,
    stated_change as actual,
    2 as terms,
    false as is_total,
    '=' as relation,
    array[stated_line, source_line] as source_lines,
    '与上年相比: the stated change = this year''s table − last year''s' as message
from gongkai.year_over_year
where document_id = $1 and stated_change is not null
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'last year''s 决算 of the department is not loaded'
where not exists (
    select 1 from fiscal.dim_document as current
    inner join fiscal.dim_document as previous
        on previous.department = current.department and previous.report_kind = current.report_kind
        and previous.fiscal_year = current.fiscal_year - 1
    where current.document_id = $1)
