-- 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, for every amount column of the coded tables
-- (02, 03, 05, 07, 08, and the universities' 财政拨款支出决算表). A 合计 that does not add up is an error.
with cells as (
    select * from fiscal.gongkai_cell
    where document_id = $1 and table_code in ('gk02', 'gk03', 'gk05', 'gk07', 'gk08', 'gk_fiscal_expense')
),

-- Each coded row stands once as a parent (keyed by its own code, the 合计 row by '') and
-- once as a child (keyed by its parent's code); windows over the key give each parent its
-- children's sum without a join. The rows were written in the same transaction, before any
-- ANALYZE saw them, so the planner expects a handful: a join of parents and children then
-- ran as a nested loop that re-sorted the children for every parent (100+ ms a document).
keyed as (
    select table_code, measure_code, fund_code, coalesce(subject_code, '') as parent_code, true as is_parent, amount, source_line
    from cells
    where subject_code is not null or line_label = '合计'
    union all
    select
        table_code, measure_code, fund_code,
        case when length(subject_code) = 3 then '' else left(subject_code, length(subject_code) - 2) end as parent_code,
        false as is_parent, amount, source_line
    from cells
    where subject_code is not null
),

families as (
    select
        keyed.*,
        count(*) filter (where not is_parent) over family as children,
        sum(amount) filter (where not is_parent) over family as total,
        count(amount) filter (where not is_parent) over family as terms,
        array_agg(source_line) filter (where not is_parent) over family as lines
    from keyed
    window family as (
        partition by table_code, measure_code, fund_code, parent_code order by is_parent, source_line
        rows between unbounded preceding and unbounded following)
),

final as (
    select
        table_code as table_codes,
        coalesce(nullif(parent_code, ''), '合计') || ' ' || measure_code as row_key,
        amount as expected,
        total as actual,
        terms::integer as terms,
        parent_code = '' as is_total,
        '=' as relation,
        array[source_line] || lines as source_lines,
        case length(parent_code) when 0 then '合计 = Σ 类' when 3 then '类 = Σ 款' else '款 = Σ 项' end as message
    from families
    where is_parent and children > 0
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'the coded tables print no amount'
where not exists (select 1 from fiscal.gongkai_cell where document_id = $1 and table_code in ('gk02', 'gk03', 'gk05', 'gk07', 'gk08', 'gk_fiscal_expense') and amount is not null)
