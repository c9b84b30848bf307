-- A share is printed with its %: 占本年支出合计的 98.7% — not 占 76.23, which reads as an amount.
-- One comparison a text line (not a table row) that states a number after 占 and ends the
-- clause there without a unit (占地约 8380 亩 is an area, not a share); the share without its %
-- is a warn (at the end of a line the % may stand on the next one: not judged). A report whose
-- every share has its % passes with one comparison.
-- And the shares of 收入决算情况说明 and 支出决算情况说明 are recomputed: a figure's share = the
-- figure / 公开01's 本年收入合计 (本年支出合计), at the printed precision (a figure stated in
-- another unit than the tables is not judged; the 财政拨款 sections' shares are narrative_vs_tables').
with lines as (
    -- Only a line that holds 占 can state a share: a plain substring test first, far cheaper than
    -- the patterns below over every line.
    select line_no, line_text from fiscal.document_line where document_id = $1 and line_text like '%占%' and line_text not like E'%\t%'
),

shares as (
    select lines.line_no, match[1] as printed
    from lines
    cross join lateral regexp_matches(lines.line_text, '占[^，。；：:%％0-9]{0,20}?([0-9]+(?:\.[0-9]+)?)\s*(?=[，。；、）)])', 'g') as match
),

-- 二、收入决算情况说明: 财政拨款收入 2940.05 万元，占 99.79%, of 本年收入合计 2946.25.
recomputed as (
    select figures.subject, figures.ord, figures.share, round(figures.value / base.amount * 100, scale(figures.share)) as computed,
        figures.source_line, base.source_line as base_line, base.line_label as base_label
    from fiscal.fact_narrative_figure as figures
    inner join fiscal.dim_document as documents on documents.document_id = figures.document_id
    inner join fiscal.gongkai_cell as base
        on base.document_id = figures.document_id and base.table_code = 'gk01'
        and ((figures.section ~ '收入决算情况' and base.part = 1 and base.line_label = '本年收入合计')
            or (figures.section ~ '支出决算情况' and figures.section !~ '财政拨款' and base.part = 2 and base.line_label = '本年支出合计'))
    where figures.document_id = $1 and figures.share is not null and figures.value is not null
        and figures.unit = documents.amount_unit and base.amount <> 0
        -- A share of something else (占政府采购支出总额的) is not one of these.
        and (coalesce(figures.share_of, '') in ('', '比') or figures.share_of = base.line_label)
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
select 'narrative,gk01', subject || ' share ' || ord, share, computed, 1, false, '=', array[source_line, base_line],
    'a share = the figure / 01 ' || base_label
from recomputed
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'the report states no share'
where (select shares from stated) = 0
