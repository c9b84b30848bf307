-- A share is printed with its %: 占本年支出合计的 98.7% — not 占 76.23, which reads as an amount.
-- One comparison a text line (not a table row) that states a number after 占 and ends the
-- clause there without a unit (占地约 8380 亩 is an area, not a share); the share without its %
-- is a warn (at the end of a line the % may stand on the next one: not judged). A report whose
-- every share has its % passes with one comparison.
with lines as (
    select line_no, line_text from fiscal.document_line where document_id = $1 and line_text !~ '\t'
),

shares as (
    select lines.line_no, match[1] as printed
    from lines
    cross join lateral regexp_matches(lines.line_text, '占[^，。；：:%％0-9]{0,20}?([0-9]+(?:\.[0-9]+)?)\s*(?=[，。；、）)])', 'g') as match
),

stated as (
    select count(*) as shares from lines where line_text ~ '占[^，。；]{0,20}[0-9]'
)

select 'narrative' as table_codes, '占 ' || printed || ' line ' || line_no as row_key, 1 as expected, 0 as actual, 0 as terms,
    false as is_total, '=' as relation, array[line_no] as source_lines, 'a share is printed with its %' as message
from shares
union all
select 'narrative', 'shares', 0, 0, 0, false, '=', '{}'::integer[], 'a share is printed with its %'
from stated
where stated.shares > 0 and not exists (select 1 from shares)
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'the report states no share'
where (select shares from stated) = 0
