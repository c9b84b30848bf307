-- 政府性基金 and 国有资本经营: a statement that the department has none (本单位无政府性基金预算情况,
-- 没有使用国有资本经营预算安排的支出), in the narrative or in the note under the table, is held
-- against the table: a table that prints amounts other than 0 contradicts it (an error). The
-- amounts the fund's section states are compared with the table by narrative_vs_tables.
with statements as (
    select line_no, line_text from fiscal.document_line
    where document_id = $1 and line_text like any (array['%政府性基金%', '%国有资本经营%'])
        and line_text ~ '(没有|无(?!论))[^。，；;]{0,16}(政府性基金|国有资本经营)'
),

funds (table_code, fund_name) as (
    values ('gk07', '政府性基金'), ('gk08', '国有资本经营')
),

printed as (
    select table_code, count(*) filter (where amount <> 0) as amounts, array_agg(distinct source_line) filter (where amount <> 0) as lines
    from fiscal.gongkai_cell
    where document_id = $1 and table_code in ('gk07', 'gk08')
    group by table_code
)

select funds.table_code as table_codes, '无' || funds.fund_name || ' line ' || statements.line_no as row_key, 0 as expected,
    coalesce(printed.amounts, 0) as actual, 0 as terms, true as is_total, '=' as relation,
    array[statements.line_no] || coalesce(printed.lines[1:3], '{}') as source_lines,
    'a statement that there is no ' || funds.fund_name || ' agrees with its table (no amount but 0)' as message
from funds
inner join statements on statements.line_text ~ ('(没有|无(?!论))[^。，；;]{0,16}' || funds.fund_name)
left join printed on printed.table_code = funds.table_code
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'the report states nowhere that it has no 政府性基金 or 国有资本经营'
where not exists (select 1 from statements)
