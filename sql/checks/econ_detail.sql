-- 公开06: each 类 = Σ its 款; 人员经费合计 = Σ the 类 that count as 人员经费 and 公用经费合计 =
-- Σ the 类 that count as 公用经费, as fiscal.dim_econ classifies them (301 + 303; 302 + 307 +
-- 310 + 399).
with cells as (
    select * from fiscal.gongkai_cell where document_id = $1 and table_code = 'gk06'
),

coded as (
    select cells.*, econ.expense_group
    from cells
    inner join fiscal.dim_econ as econ on econ.econ_code = cells.econ_code
),

classes as (
    select
        parent.econ_code,
        parent.amount,
        parent.source_line,
        sum(child.amount) as total,
        count(child.amount)::integer as terms,
        array_agg(child.source_line order by child.source_line) as lines
    from coded as parent
    inner join coded as child on length(child.econ_code) = 5 and left(child.econ_code, 3) = parent.econ_code
    where length(parent.econ_code) = 3
    group by 1, 2, 3
),

groups as (
    select
        total_line.line_label,
        total_line.amount,
        total_line.source_line,
        sum(class.amount) as total,
        count(class.amount)::integer as terms,
        array_agg(class.source_line order by class.source_line) as lines
    from cells as total_line
    inner join coded as class
        on length(class.econ_code) = 3
        and class.expense_group = case total_line.line_label when '人员经费合计' then 'personnel' when '公用经费合计' then 'public' end
    where total_line.econ_code is null
    group by 1, 2, 3
),

final as (
    select 'gk06', econ_code, amount, total, terms, false, '=', source_line || lines, '类 = Σ 款'
    from classes
    union all
    select 'gk06', line_label, amount, total, terms, false, '=', source_line || lines, line_label || ' = Σ 类 of that group'
    from groups
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', '公开06 prints no amount'
where not exists (select 1 from fiscal.gongkai_cell where document_id = $1 and table_code = 'gk06' and amount is not null)
