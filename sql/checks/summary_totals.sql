-- 公开01 and 公开04, each side: 本年收入合计 / 本年支出合计 = Σ the lines above it;
-- 总计 = the 本年 合计 + the 结余 / 结转 lines between it and 总计 (not their breakdown
-- lines, such as 04's 一般公共预算财政拨款 under 年初财政拨款结转和结余); and 收入总计 =
-- 支出总计 (a 总计 printed as 合计 too). A 总计 that does not balance is an error.
with cells as (
    select * from fiscal.gongkai_cell
    where document_id = $1 and table_code in ('gk01', 'gk04') and measure_code = 'actual' and fund_code = 'all'
),

marks as (
    select
        table_code,
        part,
        min(ord) filter (where line_label in ('本年收入合计', '本年支出合计')) as subtotal_ord,
        -- Universities print the grand total as 合计 (where a table prints both, 总计 is it).
        coalesce(min(ord) filter (where line_label = '总计'), min(ord) filter (where line_label = '合计')) as total_ord
    from cells
    group by 1, 2
),

marked as (
    select
        cells.*,
        cells.ord = marks.subtotal_ord as is_subtotal,
        -- 其中： lines break down the line above them and are not terms of the sum.
        cells.ord < marks.subtotal_ord and cells.line_label not like '其中%' as is_above_subtotal,
        cells.ord = marks.total_ord as is_total_line,
        cells.ord > marks.subtotal_ord and cells.ord < marks.total_ord
            and (cells.line_label like '%结余%' or cells.line_label like '%结转%') as is_balance_line
    from cells
    inner join marks using (table_code, part)
),

sides as (
    select
        table_code,
        part,
        max(line_label) filter (where is_subtotal) as subtotal_label,
        max(amount) filter (where is_subtotal) as subtotal,
        sum(amount) filter (where is_above_subtotal) as above,
        count(amount) filter (where is_above_subtotal) as above_terms,
        array_agg(source_line order by source_line) filter (where is_above_subtotal or is_subtotal) as above_lines,
        max(amount) filter (where is_total_line) as total,
        sum(amount) filter (where is_subtotal or is_balance_line) as total_parts,
        count(amount) filter (where is_subtotal or is_balance_line) as total_terms,
        array_agg(source_line order by source_line) filter (where is_subtotal or is_balance_line or is_total_line) as total_lines
    from marked
    group by 1, 2
),

final as (
    select table_code, subtotal_label, subtotal, above, above_terms::integer, false, '=', above_lines,
        subtotal_label || ' = Σ 以上各行'
    from sides
    where subtotal_label is not null
    union all
    select table_code, '总计 ' || case part when 1 then '收入' else '支出' end, total, total_parts, total_terms::integer, true, '=',
        total_lines, '总计 = 本年合计 + 结余/结转'
    from sides
    where total is not null or total_parts is not null
    union all
    select income.table_code, '总计 收入 = 支出', income.total, expense.total, 1, true, '=',
        income.total_lines || expense.total_lines, '收入总计 = 支出总计'
    from sides as income
    inner join sides as expense on expense.table_code = income.table_code and expense.part = 2
    where income.part = 1
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', '公开01 and 公开04 are not printed'
where not exists (select 1 from cells)
