-- A change the narrative states for a total whose change the template asks to explain — the
-- report's 收支 as a whole and its 财政拨款 收支 (…总体情况), 一般公共预算财政拨款支出, the “三公”经费
-- and each of its items, 机关运行经费 — is explained in its part of the text: between the heading
-- above it and the next (一、, （二）, 第三部分), its lines read as one text (a reason wrapped over two
-- lines, 主要 / 是厉行节约, is whole). A reason may come in the same sentence, the next, or once after
-- a run of changes; a total whose items follow as sub-headings (…减少 23.10 万元。其中：（一）…) is
-- explained by its items' reasons, up to the next heading of its own level. The words that give a
-- reason are the data below; a change of 0 needs none. One comparison a change; a reason missing
-- is a warn.
with reason_words (pattern) as (
    values ('原因|主要是|主要系|主要为|主要因|是因|系因|由于|因为|变动情况')
),

figures as (
    select ord, subject, context, source_line
    from fiscal.fact_narrative_figure
    where document_id = $1 and change_word is not null and change <> 0
        and (section ~ '总体情况|一般公共预算财政拨款支出|三公|机关运行经费' or subject ~ '机关运行经费')
),

-- The lines that open a part of the text (一、, （二）, 第三部分); a （…） one is a sub-heading.
headings as materialized (
    select line_no, line_text ~ '^\s*（' as is_sub
    from fiscal.document_line
    where document_id = $1 and line_text ~ '^\s*([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+部分)'
),

-- Each change's part of the text: from the heading above it to the next heading, and on to the
-- next heading that is not a sub-heading (where its items may follow).
parts as (
    select figures.*,
        coalesce((select max(line_no) from headings where line_no <= figures.source_line), figures.source_line) as first_line,
        coalesce((select min(line_no) from headings where line_no > figures.source_line), figures.source_line + 20) as next_heading,
        coalesce((select min(line_no) from headings where line_no > figures.source_line and not is_sub), figures.source_line + 40) as next_part
    from figures
),

-- Its part's text and its items' text, each read as one (spaces dropped), in one pass over the lines.
texts as (
    select parts.*, read.own_text, read.items_text
    from parts
    cross join lateral (
        select
            regexp_replace(string_agg(lines.line_text, '' order by lines.line_no) filter (where lines.line_no < parts.next_heading), '\s', '', 'g')
                as own_text,
            regexp_replace(string_agg(lines.line_text, '' order by lines.line_no) filter (where lines.line_no >= parts.next_heading), '\s', '', 'g')
                as items_text
        from fiscal.document_line as lines
        where lines.document_id = $1 and lines.line_no >= parts.first_line and lines.line_no < greatest(parts.next_part, parts.next_heading)
            and lines.line_text !~ '\t'
    ) as read
),

judged as (
    select texts.*,
        coalesce(own_text ~ reason_words.pattern, false)
            or (coalesce(own_text, '') ~ '其中[:：]$' and coalesce(items_text ~ reason_words.pattern, false)) as explained
    from texts
    cross join reason_words
)

select 'narrative' as table_codes, coalesce(context || ' ', '') || subject || ' ' || ord as row_key, 1 as expected,
    case when explained then 1 else 0 end as actual, 0 as terms, false as is_total, '=' as relation, array[source_line] as source_lines,
    'a change the template explains is stated with its reason (主要原因是…)' as message
from judged
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'the narrative states no change of a total the template explains'
where not exists (select from figures)
