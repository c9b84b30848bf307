-- The 三公 section of the narrative (found by its title) discloses each item — 因公出国（境）费,
-- 公务用车购置费 and 公务用车运行维护费 each on its own (not only the merged 购置及运行维护费), 公务接待费
-- — with an amount or a word that there was none; and, for each item the 三公 table prints an
-- amount for, the counts: 出国团组 and 人次, 车辆 (购置数 / 保有量), 接待批次 and 人次. A report that
-- states it has no 三公 spending at all (无“三公”经费, 未发生“三公”经费支出) discloses every item. A gap
-- is a warn.
with lines as (
    select line_no, line_text from fiscal.document_line where document_id = $1
),

heading as (
    -- The body's heading (the 目录's stands earlier, with its page number); 名词解释 entries hold a ：.
    select max(line_no) as line_no
    from lines
    where line_text ~ '^\s*[一二三四五六七八九十]+、[^。，：:]*三公[^。，：:]*$' and line_text !~ '(\.{3}|…|表\s*$|[0-9]\s*$)'
),

bounds as materialized (
    -- Where the section ends: the next heading of its level or a part heading (found once; as a
    -- join condition, or inlined into one, the planner ran this search for each line of the document).
    select
        heading.line_no,
        coalesce(
            (select min(next.line_no) from lines as next
                where next.line_no > heading.line_no
                and next.line_text ~ '^\s*([一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)'),
            2147483647) as end_no
    from heading
    where heading.line_no is not null
),

section as (
    select
        bounds.line_no,
        string_agg(lines.line_text, '' order by lines.line_no) as text
    from bounds
    inner join lines on lines.line_no > bounds.line_no and lines.line_no < bounds.end_no
    group by bounds.line_no
),

printed as (
    select measure_code, amount, source_line from fiscal.gongkai_cell where document_id = $1 and table_code = 'gk09'
),

items (measure_code, item, named, counted, counts) as (
    values
        ('actual_sangong_abroad', '因公出国（境）费', '因公出国', '团组[^。]*?人次', '出国团组 and 人次'),
        ('actual_sangong_vehicle_purchase', '公务用车购置费', '公务用车购置(费|支出|数)|(没有|未|无)购置|购置(车辆|公务用车)', '辆', '购置 车辆'),
        ('actual_sangong_vehicle_operation', '公务用车运行维护费', '公务用车运行|运行维护费支出[0-9]', '辆', '保有 车辆'),
        ('actual_sangong_reception', '公务接待费', '公务接待', '(批次|团组|次)[^。]*?人', '接待批次 and 人次')
),

final as (
    select 'gk09,narrative' as table_codes, items.item || ' disclosed' as row_key, 1 as expected,
        case when section.text ~ items.named or section.text ~ '(无|没有|未发生|未安排)[^。]{0,8}“?三公”?经费' then 1 else 0 end as actual, 0 as terms,
        false as is_total, '=' as relation, array[section.line_no] as source_lines,
        '三公 section: each item is disclosed on its own (an amount, or that there was none)' as message
    from section
    cross join items
    where exists (select 1 from printed)
    union all
    select 'gk09,narrative', items.item || ' counts', 1,
        case when section.text ~ items.counted then 1 else 0 end, 0, false, '=', array[section.line_no, printed.source_line],
        '三公 section: the counts of an item the table prints an amount for (' || items.counts || ')'
    from section
    cross join items
    inner join printed on printed.measure_code = items.measure_code and printed.amount > 0
    union all
    select 'gk09,narrative', '三公 section', 1, 0, 0, false, '=', '{}'::integer[],
        'the narrative has a 三公 section (情况说明) for the 三公 table it prints'
    where exists (select 1 from printed) and not exists (select 1 from section)
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', '公开09 is not printed'
where not exists (select 1 from printed)
