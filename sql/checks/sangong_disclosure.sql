-- The 三公 section of the narrative (found by its title) discloses each item — 因公出国（境）费,
-- 公务用车购置费 and 公务用车运行维护费 each on its own (not only the merged 购置及运行维护费), 公务接待费
-- — with an amount or a word that there was none; and, in a 决算, for each item the 三公 table prints
-- an amount for, the counts: 出国团组 and 人次, 车辆 (购置数 / 保有量), 接待批次 and 人次. A report that
-- states it has no 三公 spending at all (无“三公”经费, 未发生“三公”经费支出) discloses every item. A gap
-- is a warn.
--
-- A 决算's section is a part of the report (九、“三公”经费支出情况说明, to the next 十、). A budget's
-- may be a part (六、, 第五部分) or a sub-section ((二)“三公”经费预算：2026年…, its text going on
-- after the colon), and runs to the next heading of its level or above; a budget that prints its
-- tables without a narrative has no section to judge.
with document as (
    select report_kind, case report_kind when '决算' then 'gk09' else 'ys09' end as table_code
    from fiscal.dim_document
    where document_id = $1
),

lines as (
    select line_no, line_text from fiscal.document_line where document_id = $1
),

-- Where a heading stands in the report's outline: 0 a part (第五部分), 1 一、, 2 （二）. A table's row
-- (its cells tab-separated) is no heading. Its first character tested first, and fenced (offset 0),
-- far cheaper than the pattern over every line.
headings as (
    select line_no, line_text,
        case when line_text ~ '^\s*第[一二三四五六七八九十]+部分' then 0 when line_text ~ '^\s*[一二三四五六七八九十]+、' then 1 else 2 end as level
    from (
        select line_no, line_text from lines
        where left(ltrim(line_text, ' 　'), 1) = any ('{第,一,二,三,四,五,六,七,八,九,十,（,(}') and strpos(line_text, E'\t') = 0
        offset 0
    ) as opening
    where line_text ~ '^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])'
),

-- The headings that name the 三公: not the 目录's (its page numbers, its leader dots) nor a table's
-- title; a 决算's is a part whose title holds no colon (名词解释 entries hold one).
candidates as (
    select headings.line_no, headings.level
    from headings
    cross join document
    where headings.line_text !~ '(\.{3}|…)' and (headings.line_text ~ '[：:]' or headings.line_text !~ '(表\s*$|[0-9]\s*$)')
        and case document.report_kind
            when '决算' then headings.level = 1 and headings.line_text ~ '^\s*[一二三四五六七八九十]+、[^。，：:]*三公[^。，：:]*$'
            else headings.line_text ~ '^[^。，：:]*三公[^。，：:]*([：:]|$)'
        end
),

bounds as materialized (
    -- Where each ends: the next heading of its level or above (found once; as a join condition,
    -- or inlined into one, the planner ran this search for each line of the document).
    select
        candidates.line_no,
        coalesce(
            (select min(next.line_no) from headings as next
                where next.line_no > candidates.line_no and next.level <= candidates.level),
            2147483647) as end_no
    from candidates
),

sections as (
    select
        bounds.line_no,
        string_agg(lines.line_text, '' order by lines.line_no) as text
    from bounds
    inner join document on true
    -- A budget's heading may open its text (（二）“三公”经费预算：2026年…).
    inner join lines on lines.line_no >= bounds.line_no + (case document.report_kind when '决算' then 1 else 0 end) and lines.line_no < bounds.end_no
    group by bounds.line_no
),

-- The section: a 决算's last candidate (the 目录 stands before the body); a budget's first that
-- states an amount (its 名词解释, “三公”经费：是指…, comes after the body and states none).
section as (
    select sections.*
    from sections
    cross join document
    order by document.report_kind = '预算' and sections.text !~ '[0-9]\s*万?元',
        case document.report_kind when '决算' then -sections.line_no else sections.line_no end
    limit 1
),

-- A budget printed as tables alone (北京's 预算01–14表) has no narrative to hold a 三公 section.
narrative as (
    select exists (select 1 from headings where line_text ~ '(情况|说明)') as printed
),

printed as (
    select cells.measure_code, cells.amount, cells.source_line
    from fiscal.gongkai_cell as cells
    inner join document using (table_code)
    where cells.document_id = $1
),

items (report_kind, measure_code, item, named, counted, counts) as (
    values
        ('决算', 'actual_sangong_abroad', '因公出国（境）费', '因公出国', '团组[^。]*?人次', '出国团组 and 人次'),
        ('决算', 'actual_sangong_vehicle_purchase', '公务用车购置费', '公务用车购置(费|支出|数)|(没有|未|无)购置|购置(车辆|公务用车)', '辆', '购置 车辆'),
        ('决算', 'actual_sangong_vehicle_operation', '公务用车运行维护费', '公务用车运行|运行维护费支出[0-9]', '辆', '保有 车辆'),
        ('决算', 'actual_sangong_reception', '公务接待费', '公务接待', '(批次|团组|次)[^。]*?人', '接待批次 and 人次'),
        -- A budget states the amounts (the vehicle's two on their own, 公务用车运行费 or 运行维护费, not
        -- only the merged 购置及运行费); the counts are the 决算's.
        ('预算', 'budget_sangong_abroad', '因公出国（境）费', '因公出国', null, null),
        ('预算', 'budget_sangong_vehicle_purchase', '公务用车购置费', '购置费|(没有|未|无)购置|购置(车辆|公务用车)', null, null),
        ('预算', 'budget_sangong_vehicle_operation', '公务用车运行维护费', '(?<!及)运行(维护|维修)?费', null, null),
        ('预算', 'budget_sangong_reception', '公务接待费', '公务接待', null, null)
),

final as (
    select document.table_code || ',narrative' as table_codes, items.item || ' disclosed' as row_key, 1 as expected,
        case when section.text ~ items.named or section.text ~ '(无|没有|未发生|未安排)[^。]{0,8}“?三公”?经费' then 1 else 0 end as actual, 0 as terms,
        false as is_total, '=' as relation, array[section.line_no] as source_lines,
        '三公 section: each item is disclosed on its own (an amount, or that there was none)' as message
    from section
    cross join document
    inner join items using (report_kind)
    -- A budget's section is judged even where its 三公 table is one the loader does not read.
    where exists (select 1 from printed) or document.report_kind = '预算'
    union all
    select document.table_code || ',narrative', items.item || ' counts', 1,
        case when section.text ~ items.counted then 1 else 0 end, 0, false, '=', array[section.line_no, printed.source_line],
        '三公 section: the counts of an item the table prints an amount for (' || items.counts || ')'
    from section
    cross join document
    inner join items using (report_kind)
    inner join printed on printed.measure_code = items.measure_code and printed.amount > 0
    where items.counted is not null
    union all
    select document.table_code || ',narrative', '三公 section', 1, 0, 0, false, '=', '{}'::integer[],
        'the narrative has a 三公 section (情况说明) for the 三公 table it prints'
    from document
    where exists (select 1 from printed) and not exists (select 1 from section)
        and (document.report_kind = '决算' or (select printed from narrative))
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}',
    case report_kind when '决算' then '公开09 is not printed' else 'the budget prints no 三公 table and has no 三公 section' end
from document
where not exists (select 1 from printed) and (report_kind = '决算' or not exists (select 1 from section))
union all
select null, null, null, null, 0, false, 'basis', '{}', 'the budget prints its tables without a narrative'
from document
where report_kind = '预算' and not (select printed from narrative)
