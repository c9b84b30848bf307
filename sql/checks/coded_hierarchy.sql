-- 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, for every amount column of the coded tables
-- (02, 03, 05, 07, 08). A 合计 that does not add up is an error.
with cells as (
    select * from fiscal.gongkai_cell
    where document_id = $1 and table_code in ('gk02', 'gk03', 'gk05', 'gk07', 'gk08')
),

parents as (
    select table_code, measure_code, fund_code, coalesce(subject_code, '') as parent_code, amount, source_line
    from cells
    where subject_code is not null or line_label = '合计'
),

children as (
    select
        table_code, measure_code, fund_code,
        case when length(subject_code) = 3 then '' else left(subject_code, length(subject_code) - 2) end as parent_code,
        sum(amount) as total,
        count(amount) as terms,
        array_agg(source_line order by source_line) as lines
    from cells
    where subject_code is not null
    group by 1, 2, 3, 4
),

final as (
    select
        parents.table_code as table_codes,
        coalesce(nullif(parents.parent_code, ''), '合计') || ' ' || parents.measure_code as row_key,
        parents.amount as expected,
        children.total as actual,
        children.terms::integer as terms,
        parents.parent_code = '' as is_total,
        '=' as relation,
        array[parents.source_line] || children.lines as source_lines,
        case length(parents.parent_code) when 0 then '合计 = Σ 类' when 3 then '类 = Σ 款' else '款 = Σ 项' end as message
    from parents
    inner join children using (table_code, measure_code, fund_code, parent_code)
)

select * from final
