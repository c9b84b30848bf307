-- A figure the narrative states twice in one part (五、, with its （一） （二）) has one value:
-- 职业年金缴费 257.14 万元 in one paragraph and 245.53 in the next is a slip. Judged for the names the tables print with a
-- code (功能分类 类 / 款 / 项, 经济分类), stated as amounts (compared in the table's unit); the same
-- name in two parts may mean two funds (城乡社区支出 of 一般公共预算 and of 政府性基金), and
-- totals such as 基本支出 are not judged. A warn.
with coded_names as (
    select distinct line_label from fiscal.gongkai_cell
    where document_id = $1 and line_label is not null and (subject_code is not null or econ_code is not null)
),

figures as (
    -- The part (五、…) the figure stands in, its sub-sections (（一）, （二）) together; in a budget the
    -- sub-section alone, where （一）基本支出 and （二）项目支出 each break the part's total down
    -- again (一般公共服务支出 1935.36 万元 in the part, 417.41 of it under 项目支出).
    select
        case when documents.report_kind = '预算' then figures.section else split_part(figures.section, ' （', 1) end as part,
        figures.subject, figures.source_line,
        figures.value * fiscal.unit_factor(figures.unit, documents.amount_unit) as amount
    from fiscal.fact_narrative_figure as figures
    inner join fiscal.dim_document as documents on documents.document_id = figures.document_id
    inner join coded_names on coded_names.line_label = figures.subject
    where figures.document_id = $1 and figures.value is not null and figures.unit in ('万元', '元')
),

stated as (
    select subject, min(amount) as low, max(amount) as high, count(*)::integer as terms,
        array_agg(distinct source_line order by source_line) as lines
    from figures
    group by part, subject
    having count(*) > 1
)

select 'narrative' as table_codes, subject || ' stated ' || terms || ' times' as row_key, low as expected, high as actual,
    0 as terms, false as is_total, '=' as relation, lines as source_lines, 'a figure stated twice in the narrative has one value' as message
from stated
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'no name the tables print with a code is stated twice'
where not exists (select 1 from stated) and exists (select 1 from figures)
