-- The tables every report of its kind must publish are named in it: a 部门决算 the nine 公开 tables
-- (收入支出决算总表 … “三公”经费支出决算表), a 部门预算 the eight of the 预决算公开操作规程 (收支总表,
-- 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表, 一般公共预算基本支出表, 政府性基金预算
-- 支出表, “三公”经费支出表; 国有资本经营预算支出表 only where the province asks for it). A department
-- with no 政府性基金 or 三公 spending still publishes the table, empty, with a note. A table the 目录
-- lists but the body omits is missing_table's; this check finds the table named nowhere — neither in
-- the 目录 nor as a title — which a reader cannot even tell is missing. A warn.
--
-- A table is named when the loader read it or its title as that table (its code in document_table,
-- printed_table or document_toc_entry), or else when a line shaped like a title (short, no sentence
-- punctuation, ending in 表 or 表（…）, leader dots and a page number allowed) matches the table's
-- pattern below: the patterns know a table by the words of its meaning, so that wordings the loader
-- cannot read as the table (政府性基金收支表, 财政拨款安排的行政经费及“三公”经费预算表) still name
-- it. The rules are data: a new required table or wording is a row.
with rules (report_kind, table_code, title, pattern) as (
    values
        ('决算', 'gk01', '收入支出决算总表', '(?<!拨款)(收入支出|收支)决算总表'),
        ('决算', 'gk02', '收入决算表', '收入决算表'),
        ('决算', 'gk03', '支出决算表', '(?<!收入|基本|项目|三公|拨款|经费)支出决算表'),
        ('决算', 'gk04', '财政拨款收入支出决算总表', '财政拨款(收入支出|收支)决算总表'),
        ('决算', 'gk05', '一般公共预算财政拨款支出决算表', '一般公共预算[^表]*(?<!基本|项目)支出决算表'),
        ('决算', 'gk06', '一般公共预算财政拨款基本支出决算表', '一般公共预算[^表]*基本支出决算表'),
        ('决算', 'gk07', '政府性基金预算财政拨款收入支出决算表', '政府性基金[^表]*决算表'),
        ('决算', 'gk08', '国有资本经营预算财政拨款支出决算表', '国有资本经营[^表]*决算表'),
        ('决算', 'gk09', '“三公”经费支出决算表', '三公[^表]*决算表'),
        ('预算', 'ys01', '收支总表', '(?<!拨款)收支(预算)?总(体情况)?表'),
        ('预算', 'ys02', '收入总表', '收入(预算)?总(体情况)?表'),
        ('预算', 'ys03', '支出总表', '(?<!基本|项目)支出(预算)?总(体情况)?表'),
        ('预算', 'ys04', '财政拨款收支总表', '财政拨款收支'),
        ('预算', 'ys05', '一般公共预算支出表', '一般公共预算[^表基项三]*支出[^表]*表'),
        ('预算', 'ys06', '一般公共预算基本支出表', '一般公共预算[^表]*基本支出[^表]*表'),
        ('预算', 'ys07', '政府性基金预算支出表', '政府性基金[^表]*表'),
        ('预算', 'ys09', '“三公”经费支出表', '三公[^表]*表')
),

document as (
    select report_kind from fiscal.dim_document where document_id = $1
),

-- The tables the loader read, or read the title of, as that table (with the line of its title and
-- of its 目录 entry).
coded as (
    select table_code, title_line as line_no from fiscal.document_table where document_id = $1
    union all
    select table_code, null from fiscal.printed_table where document_id = $1 and table_code is not null
    union all
    select table_code, line_no from fiscal.document_toc_entry where document_id = $1
),

-- Lines shaped like a title or a 目录 entry, without quotes and spaces (“三公” → 三公): looked for
-- only when a required table is not coded (most reports code all of them), and found once.
titles as materialized (
    select line_no, regexp_replace(line_text, '[\s“”"‘’]', '', 'g') as title
    from fiscal.document_line
    where document_id = $1
        and line_text like '%表%'
        and length(line_text) <= 120
        and line_text !~ '[。，；,;]'
        and line_text ~ '表\s*([（(][^）)]*[）)])?\s*[.…·．\s]*[0-9]*\s*$'
),

-- The required tables not coded: only these are looked for among the titles.
uncoded as materialized (
    select rules.table_code, rules.pattern
    from rules
    inner join document using (report_kind)
    where not exists (select 1 from coded where coded.table_code = rules.table_code)
),

named as (
    select table_code, line_no from coded
    union all
    select uncoded.table_code, titles.line_no
    from uncoded
    inner join titles on titles.title ~ uncoded.pattern
)

select rules.table_code as table_codes, rules.title as row_key, 1 as expected,
    -- 1 when it is named at all, however often.
    (select least(count(*), 1) from named where named.table_code = rules.table_code)::numeric as actual, 0 as terms,
    false as is_total, '=' as relation,
    coalesce((select array_agg(distinct line_no order by line_no) from named
        where named.table_code = rules.table_code and line_no is not null), '{}') as source_lines,
    'a ' || rules.report_kind || ' publishes its ' || rules.title
        || ' (empty, with a note, when it has nothing to show): the report names it, in its 目录 or as a title' as message
from rules
inner join document using (report_kind)
union all
select null, null, null, null, 0, false, 'basis', '{}', 'no table is required of a ' || report_kind
from document
where report_kind not in (select report_kind from rules)
