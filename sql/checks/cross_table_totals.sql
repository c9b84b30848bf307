-- The same figure in two tables: 01 本年收入合计 = 02 合计; 01 本年支出合计 = 03 合计, and
-- each 类 line of 01 = its 类 row in 03; 04 本年收入合计 = 01's three 财政拨款 income lines, and
-- = 02 合计 财政拨款收入;
-- 04 一般公共预算 本年支出合计 = 05 合计, and per 类; 05 人员经费 / 公用经费 合计 = 06 人员经费合计 /
-- 公用经费合计; 04 年初 / 年末财政拨款结转和结余 ≤ 01 年初 / 年末结转和结余 (财政拨款 is part of all
-- funds). 类 lines of 01/04 are matched to 类 rows by name, without the 一、 numbering.
with cells as (
    select * from fiscal.gongkai_cell where document_id = $1
),

summary as (
    select
        cells.*,
        regexp_replace(line_label, '^[一二三四五六七八九十]+、', '') as bare_label,
        ord < min(ord) filter (where line_label in ('本年收入合计', '本年支出合计')) over (partition by table_code, part)
            as is_above_subtotal
    from cells
    where table_code in ('gk01', 'gk04')
),

coded as (
    select * from cells where table_code in ('gk02', 'gk03', 'gk05', 'gk06')
),

pairs (table_codes, row_key, expected, actual, terms, is_total, relation, source_lines, message) as (
    select 'gk01,gk02', '本年收入合计', s.amount, c.amount, 1, false, '=', array[s.source_line, c.source_line],
        '01 本年收入合计 = 02 合计 本年收入合计'
    from summary as s
    inner join coded as c on c.table_code = 'gk02' and c.line_label = '合计' and c.measure_code = 'income_total'
    where s.table_code = 'gk01' and s.part = 1 and s.line_label = '本年收入合计'
    union all
    select 'gk01,gk03', '本年支出合计', s.amount, c.amount, 1, false, '=', array[s.source_line, c.source_line],
        '01 本年支出合计 = 03 合计 本年支出合计'
    from summary as s
    inner join coded as c on c.table_code = 'gk03' and c.line_label = '合计' and c.measure_code = 'expense_total'
    where s.table_code = 'gk01' and s.part = 2 and s.line_label = '本年支出合计'
    union all
    select 'gk01,gk03', c.subject_code, s.amount, c.amount, 1, false, '=', array[s.source_line, c.source_line],
        '01 支出 类 line = 03 类 本年支出合计'
    from summary as s
    inner join coded as c
        on c.table_code = 'gk03' and length(c.subject_code) = 3 and c.line_label = s.bare_label and c.measure_code = 'expense_total'
    where s.table_code = 'gk01' and s.part = 2 and s.is_above_subtotal
    union all
    select 'gk01,gk04', '本年收入合计', s.amount, parts.total, parts.terms, false, '=', s.source_line || parts.lines,
        '04 本年收入合计 = 01 财政拨款收入 lines'
    from summary as s
    cross join lateral (
        select sum(amount) as total, count(amount)::integer as terms, array_agg(source_line order by source_line) as lines
        from summary as income
        where income.table_code = 'gk01' and income.part = 1 and income.is_above_subtotal
            and income.line_label like '%财政拨款收入'
    ) as parts
    where s.table_code = 'gk04' and s.part = 1 and s.line_label = '本年收入合计'
    union all
    select 'gk02,gk04', '财政拨款收入', s.amount, c.amount, 1, false, '=', array[s.source_line, c.source_line],
        '02 合计 财政拨款收入 = 04 本年收入合计'
    from summary as s
    inner join coded as c on c.table_code = 'gk02' and c.line_label = '合计' and c.measure_code = 'fiscal_appropriation'
    where s.table_code = 'gk04' and s.part = 1 and s.line_label = '本年收入合计'
    union all
    select 'gk04,gk05', coalesce(c.subject_code, '合计'), s.amount, c.amount, 1, false, '=', array[s.source_line, c.source_line],
        '04 一般公共预算财政拨款 支出 = 05 本年支出小计'
    from summary as s
    inner join coded as c
        on c.table_code = 'gk05' and c.measure_code = 'expense_total'
        and ((s.line_label = '本年支出合计' and c.line_label = '合计')
            or (s.is_above_subtotal and length(c.subject_code) = 3 and c.line_label = s.bare_label))
    where s.table_code = 'gk04' and s.part = 2 and s.fund_code = 'general_budget'
    union all
    select 'gk05,gk06', c5.measure_code, c5.amount, c6.amount, 1, false, '=', array[c5.source_line, c6.source_line],
        '05 合计 ' || c6.line_label || ' = 06 ' || c6.line_label
    from coded as c5
    inner join coded as c6
        on c6.table_code = 'gk06' and c6.econ_code is null
        and ((c5.measure_code = 'personnel_expense' and c6.line_label = '人员经费合计')
            or (c5.measure_code = 'public_expense' and c6.line_label = '公用经费合计'))
    where c5.table_code = 'gk05' and c5.line_label = '合计'
    union all
    select 'gk01,gk04', s1.line_label, s1.amount, s4.amount, 1, false, '<=', array[s1.source_line, s4.source_line],
        '04 ' || s4.line_label || ' ≤ 01 ' || s1.line_label
    from summary as s4
    inner join summary as s1
        on s1.table_code = 'gk01' and s1.part = s4.part and s1.measure_code = 'actual'
        and s1.line_label = case s4.line_label when '年初财政拨款结转和结余' then '年初结转和结余' else '年末结转和结余' end
    where s4.table_code = 'gk04' and s4.fund_code = 'all' and s4.line_label in ('年初财政拨款结转和结余', '年末财政拨款结转和结余')
)

select * from pairs
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', '公开01 and 公开04 print no amount'
where not exists (select 1 from fiscal.gongkai_cell where document_id = $1 and table_code in ('gk01', 'gk04') and amount is not null)
