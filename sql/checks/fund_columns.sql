-- 公开04, 支出 side: on each row the 合计 = 一般公共预算 + 政府性基金 + 国有资本经营 (the fund
-- columns the table prints); and the 政府性基金 / 国有资本经营 columns' 本年支出合计 = the 本年支出
-- 合计 of 公开07 / 公开08. A row whose 合计 is not the sum of its funds is an error. And each fund
-- closes its year: 年末财政拨款结转和结余 = 年初 + 本年收入 − 本年支出 — the 年初 and 收入 lines the 收入
-- side names after the fund (一、一般公共预算财政拨款 above 本年收入合计, 一般公共预算财政拨款 under
-- 年初财政拨款结转和结余), the 支出 and 年末 amounts of the fund's column (a warn: either side may be
-- what is misprinted).
-- The three tables compared only: each lookup below scans these cells again.
with cells as (
    select * from fiscal.gongkai_cell where document_id = $1 and table_code in ('gk04', 'gk07', 'gk08')
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

-- The 收入 side's lines by fund: the year's income above 本年收入合计, the opening balance below 年初….
income_side as (
    select
        regexp_replace(line_label, '^[一二三四五六七八九十]+、', '') as fund_label,
        ord < min(ord) filter (where line_label = '本年收入合计') over () as is_income,
        ord > min(ord) filter (where line_label ~ '^年初') over () as is_opening,
        amount, source_line
    from cells
    where table_code = 'gk04' and part = 1
),

closing as (
    select
        fund.fund_code,
        exists (select 1 from income_side where fund_label = fund.label and is_income) as names_income,
        (select sum(amount) from income_side where fund_label = fund.label and is_income) as income,
        (select sum(amount) from income_side where fund_label = fund.label and is_opening) as opening,
        (select max(amount) from cells where table_code = 'gk04' and part = 2 and fund_code = fund.fund_code and line_label = '本年支出合计') as spending,
        (select max(amount) from cells where table_code = 'gk04' and part = 2 and fund_code = fund.fund_code and line_label ~ '^年末') as closing,
        (select array_agg(distinct source_line order by source_line) from (
            select source_line from income_side where fund_label = fund.label and (is_income or is_opening)
            union all
            select source_line from cells where table_code = 'gk04' and part = 2 and fund_code = fund.fund_code
                and (line_label = '本年支出合计' or line_label ~ '^年末')
        ) as used) as lines
    from (values ('general_budget', '一般公共预算财政拨款'), ('gov_fund', '政府性基金预算财政拨款'), ('soe_capital', '国有资本经营预算财政拨款'))
        as fund (fund_code, label)
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
select 'gk04', '年末 ' || fund_code, closing, coalesce(opening, 0) + coalesce(income, 0) - coalesce(spending, 0), 3, false, '=', lines,
    '公开04 年末财政拨款结转和结余 = 年初 + 本年收入 − 本年支出, by fund'
from closing
-- Only where the 收入 side names the fund as the template does (a wording it does not know leaves it unjudged).
where names_income and coalesce(opening, income, spending, closing) is not null
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', '公开04 prints no fund column'
where not exists (select 1 from fiscal.gongkai_cell where document_id = $1 and table_code = 'gk04' and part = 2 and fund_code <> 'all')
