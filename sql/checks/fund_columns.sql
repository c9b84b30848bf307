-- 公开04, 支出 side: on each row the 合计 = 一般公共预算 + 政府性基金 + 国有资本经营 (the fund
-- columns the table prints); and the 政府性基金 / 国有资本经营 columns' 本年支出合计 = the 本年支出
-- 合计 of 公开07 / 公开08. A row whose 合计 is not the sum of its funds is an error.
with cells as (
    select * from fiscal.gongkai_cell where document_id = $1
),

rows as (
    select
        ord,
        max(line_label) as label,
        max(amount) filter (where fund_code = 'all') as total,
        sum(amount) filter (where fund_code <> 'all') as funds,
        count(amount) filter (where fund_code <> 'all')::integer as terms,
        count(amount) as printed,
        bool_or(fund_code <> 'all') as prints_funds,
        array_agg(distinct source_line) as lines
    from cells
    where table_code = 'gk04' and part = 2 and measure_code = 'actual'
    group by ord
),

fund_totals as (
    select
        fund.fund_code,
        fund.table_code,
        (select max(amount) from cells
            where table_code = 'gk04' and part = 2 and measure_code = 'actual' and fund_code = fund.fund_code
                and line_label = '本年支出合计') as in_gk04,
        (select min(source_line) from cells
            where table_code = 'gk04' and part = 2 and line_label = '本年支出合计') as gk04_line,
        (select max(amount) from cells
            where table_code = fund.table_code and line_label = '合计' and measure_code = 'expense_total'
                and fund_code = fund.fund_code) as in_table,
        (select min(source_line) from cells where table_code = fund.table_code and line_label = '合计') as table_line
    from (values ('gov_fund', 'gk07'), ('soe_capital', 'gk08')) as fund (fund_code, table_code)
    where exists (select 1 from cells where table_code = fund.table_code)
        and exists (select 1 from cells where table_code = 'gk04' and fund_code = fund.fund_code)
)

select 'gk04' as table_codes, label || ' 合计 = Σ 资金' as row_key, total as expected, funds as actual, terms,
    true as is_total, '=' as relation, lines as source_lines, '公开04 支出 合计 = 一般公共预算 + 政府性基金 + 国有资本经营' as message
from rows
where prints_funds and printed > 0
union all
select 'gk04,' || table_code, '本年支出合计 ' || fund_code, in_table, in_gk04, 1, false, '=',
    array_remove(array[gk04_line, table_line], null), '公开04 fund column 本年支出合计 = its fund table''s 本年支出 合计'
from fund_totals
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', '公开04 prints no fund column'
where not exists (select 1 from fiscal.gongkai_cell where document_id = $1 and table_code = 'gk04' and part = 2 and fund_code <> 'all')
