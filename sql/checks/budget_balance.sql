-- A budget balances and its tables agree: 收入总计 = 支出总计 in 收支总表 and 财政拨款收支总表; the
-- 收入总表's total is the 收支总表's 收入, the 支出总表's its 支出; the 一般公共预算支出表 by 功能分类
-- and by 经济分类 plan the same total, and its 基本支出 is the 基本支出表's. Totals are errors.
with cells as (
    select *, replace(line_label, ' ', '') as label
    from fiscal.gongkai_cell
    where document_id = $1 and table_code like 'ys%'
),

-- The side's grand total: 收入总计 (支出总计) where printed, else 收入合计 (支出合计).
side_totals as (
    select distinct on (table_code, part) table_code, part, amount, source_line
    from cells
    where measure_code = 'budget' and fund_code = 'all' and part in (1, 2)
        and label ~ (case part when 1 then '^收入(总计|合计)$' else '^支出(总计|合计)$' end)
    order by table_code, part, label ~ '总计' desc, ord desc
),

-- A table's total of a measure: its 合计 (总计) row wherever it is printed (first or last), else
-- its first printed row (the unit's row above the codes).
first_totals as (
    select distinct on (table_code, measure_code, fund_code) table_code, measure_code, fund_code, amount, source_line
    from cells
    where part = 0 and amount is not null
    order by table_code, measure_code, fund_code, label in ('合计', '总计') desc, ord
),

pairs (table_codes, row_key, left_table, left_side, left_measure, right_table, right_side, right_measure, message) as (
    values
        ('ys01', '收入总计 = 支出总计', 'ys01', 1, 'budget', 'ys01', 2, 'budget', '收支总表: 收入总计 = 支出总计'),
        ('ys04', '收入总计 = 支出总计', 'ys04', 1, 'budget', 'ys04', 2, 'budget', '财政拨款收支总表: 收入总计 = 支出总计'),
        ('ys01,ys02', '收入总计', 'ys01', 1, 'budget', 'ys02', 0, 'budget_income_total', '收入总表 合计 = 收支总表 收入总计'),
        ('ys01,ys03', '支出总计', 'ys01', 2, 'budget', 'ys03', 0, 'budget_expense_total', '支出总表 合计 = 收支总表 支出总计'),
        ('ys05,ys_general_econ', '一般公共预算支出 合计', 'ys05', 0, 'budget_expense_total', 'ys_general_econ', 0, 'budget_expense_total',
            '一般公共预算支出 by 功能分类 = by 经济分类'),
        ('ys05,ys06', '一般公共预算基本支出 合计', 'ys05', 0, 'budget_basic_expense', 'ys06', 0, 'budget_basic_expense',
            '一般公共预算支出表 基本支出 = 基本支出表 合计')
),

amounts as (
    select table_code, part, 'budget' as measure_code, 'all' as fund_code, amount, source_line from side_totals
    union all
    select table_code, 0, measure_code, fund_code, amount, source_line from first_totals
),

final as (
    select
        pairs.table_codes,
        pairs.row_key,
        left_amount.amount as expected,
        right_amount.amount as actual,
        1 as terms,
        true as is_total,
        '=' as relation,
        array[left_amount.source_line, right_amount.source_line] as source_lines,
        pairs.message
    from pairs
    inner join amounts as left_amount
        on left_amount.table_code = pairs.left_table and left_amount.part = pairs.left_side and left_amount.measure_code = pairs.left_measure
    inner join amounts as right_amount
        on right_amount.table_code = pairs.right_table and right_amount.part = pairs.right_side
        and right_amount.measure_code = pairs.right_measure and right_amount.fund_code = left_amount.fund_code
)

select * from final
union all
select null, null, null, null, 0, false, 'basis', '{}', 'not a 部门预算'
where not exists (select from fiscal.dim_document where document_id = $1 and report_kind = '预算')
union all
select null, null, null, null, 0, false, 'basis', '{}', 'the budget prints no two tables that state the same total'
where not exists (select from final) and exists (select from fiscal.dim_document where document_id = $1 and report_kind = '预算')
