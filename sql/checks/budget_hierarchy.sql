-- A budget's coded tables add up: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 (功能分类), 类 = Σ 款 (经济分类), for
-- every amount column. The total is the row printed 合计 above the codes, or the unit's row
-- (深圳市民政局（本级）) where a budget prints that instead: only when the table has one such row,
-- since a budget of several units prints each unit's codes under its own row.
with cells as (
    select *, coalesce(subject_code, econ_code) as code
    from fiscal.gongkai_cell
    where document_id = $1 and table_code like 'ys%' and part = 0
),

coded_tables as (
    select table_code, min(ord) as first_coded from cells where code is not null group by table_code
),

uncoded as (
    select table_code, ord from cells where code is null and amount is not null group by table_code, ord
),

totals as (
    select uncoded.table_code, min(uncoded.ord) as ord
    from uncoded
    inner join coded_tables on coded_tables.table_code = uncoded.table_code
    group by uncoded.table_code, coded_tables.first_coded
    having count(*) = 1 and min(uncoded.ord) < coded_tables.first_coded
),

parents as (
    select cells.table_code, cells.measure_code, cells.fund_code, '' as key, cells.amount, cells.source_line
    from cells
    inner join totals on totals.table_code = cells.table_code and totals.ord = cells.ord
    union all
    select table_code, measure_code, fund_code, code, amount, source_line from cells where code is not null
),

children as (
    select
        table_code, measure_code, fund_code,
        case when length(code) = 3 then '' else left(code, length(code) - 2) end as key,
        amount, source_line
    from cells
    where code is not null
),

final as (
    select
        parents.table_code as table_codes,
        coalesce(nullif(parents.key, ''), '合计') || ' ' || parents.measure_code
            || case when parents.fund_code = 'all' then '' else '/' || parents.fund_code end as row_key,
        parents.amount as expected,
        sum(children.amount) as actual,
        count(children.amount)::integer as terms,
        parents.key = '' as is_total,
        '=' as relation,
        array[parents.source_line] || array_agg(children.source_line order by children.source_line) as source_lines,
        case length(parents.key) when 0 then '合计 = Σ 类' when 3 then '类 = Σ 款' else '款 = Σ 项' end as message
    from parents
    inner join children
        on children.table_code = parents.table_code and children.measure_code = parents.measure_code
        and children.fund_code = parents.fund_code and children.key = parents.key
    group by parents.table_code, parents.measure_code, parents.fund_code, parents.key, parents.amount, parents.source_line
)

select * from final
union all
select null, null, null, null, 0, false, 'basis', '{}', 'not a 部门预算'
where not exists (select from fiscal.dim_document where document_id = $1 and report_kind = '预算')
