-- Where the report names its own year in its text (not its tables) — 20XX年度部门决算…, 20XX年部门预算,
-- 截至20XX年12月31日, the first year of a table's title (2026年部门收支总表) — it is the document's fiscal year (a budget states its assets at the end of the
-- year before: a 2026 budget 截至2025年12月31日), and no year is printed with three digits
-- (202 年度, 19x or 20x: other numbers before 年度 are counts). The years of comparisons (与2023年度部门决算相比, 较2023年) are last year's and are not
-- judged. A wrong year is the publisher's slip: warn.
with document as (
    select fiscal_year, report_kind from fiscal.dim_document where document_id = $1
),

lines as (
    -- Every pattern below holds 年: the plain test spares the regular expressions most lines.
    select line_no, line_text from fiscal.document_line where document_id = $1 and line_text like '%年%' and line_text not like E'%\t%'
),

stated as (
    select line_no, match[1] as printed, match[1]::integer as year, false as year_end
    from lines
    cross join lateral regexp_matches(line_text, '(?:^|[^与较比同\s])\s*([0-9]{4})\s*年(?:度)?\s*部门(?:决算|预算)', 'g') as match
    -- Here and below, a word the pattern holds tested first: the patterns cost most on lines without it.
    where line_text like '%部门%'
    union all
    select line_no, match[1], match[1]::integer, true
    from lines
    cross join lateral regexp_matches(line_text, '截至\s*([0-9]{4})\s*年\s*12\s*月\s*31\s*日', 'g') as match
    where line_text like '%截至%'
    union all
    select line_no, match[1], match[1]::integer, false
    from lines
    -- A year short of a digit (202 年度), not a count before 年度 in a form's cell (150年度接待…).
    cross join lateral regexp_matches(line_text, '(?:^|[^0-9])((?:19|20)[0-9])\s*年度', 'g') as match
    where line_text like '%年度%'
    union all
    -- A table's title: its first year (a title the lines above already judge, 20XX年度部门决算…, is not judged twice).
    select lines.line_no, substring(lines.line_text from '([0-9]{4})\s*年'), substring(lines.line_text from '([0-9]{4})\s*年')::integer, false
    from fiscal.document_table as tables
    inner join lines on lines.line_no = tables.title_line
    where tables.document_id = $1 and lines.line_text ~ '(?:19|20)[0-9]{2}\s*年'
        and lines.line_text !~ '[0-9]{4}\s*年(?:度)?\s*部门(?:决算|预算)'
)

select 'document' as table_codes, stated.printed || '年 line ' || stated.line_no as row_key,
    case when stated.year_end and document.report_kind = '预算' then document.fiscal_year - 1 else document.fiscal_year end as expected,
    stated.year as actual, 0 as terms, false as is_total, '=' as relation, array[stated.line_no] as source_lines,
    'the year the report names as its own is its fiscal year' as message
from stated
cross join document
