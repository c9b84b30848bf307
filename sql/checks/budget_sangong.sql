-- A budget's 三公 table adds up, row by row and fund by fund: 合计 = 因公出国(境)费 + 公务用车购置及
-- 运行维护费 + 公务接待费, 公务用车 小计 = 购置费 + 运行维护费, and where 会议费 and 培训费 stand beside
-- them, the table's 合计 = 三公 + 会议费 + 培训费.
with cells as (
    select * from fiscal.gongkai_cell where document_id = $1 and table_code = 'ys09'
),

rules (row_key, total, parts, message) as (
    values
        ('三公 合计', 'budget_sangong_total', array['budget_sangong_abroad', 'budget_sangong_vehicle_subtotal', 'budget_sangong_reception'],
            '“三公”经费 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费'),
        ('公务用车 小计', 'budget_sangong_vehicle_subtotal', array['budget_sangong_vehicle_purchase', 'budget_sangong_vehicle_operation'],
            '公务用车购置及运行维护费 = 购置费 + 运行维护费'),
        ('合计', 'budget_sangong_grand_total', array['budget_sangong_total', 'budget_sangong_meeting', 'budget_sangong_training'],
            '合计 = “三公”经费 + 会议费 + 培训费')
),

final as (
    select
        'ys09' as table_codes,
        rules.row_key || coalesce(' ' || total.line_label, '') || case when total.fund_code = 'all' then '' else ' ' || total.fund_code end
            as row_key,
        total.amount as expected,
        sum(part.amount) as actual,
        count(part.amount)::integer as terms,
        true as is_total,
        '=' as relation,
        array[total.source_line] || array_agg(part.source_line order by part.source_line) as source_lines,
        rules.message
    from rules
    inner join cells as total on total.measure_code = rules.total
    inner join cells as part on part.ord = total.ord and part.fund_code = total.fund_code and part.measure_code = any(rules.parts)
    group by rules.row_key, rules.message, total.ord, total.line_label, total.fund_code, total.amount, total.source_line
)

select * from final
union all
select null, null, null, null, 0, false, 'basis', '{}', 'not a 部门预算'
where not exists (select from fiscal.dim_document where document_id = $1 and report_kind = '预算')
union all
select null, null, null, null, 0, false, 'basis', '{}', 'the budget prints no 三公 table'
where not exists (select from cells)
    and exists (select from fiscal.dim_document where document_id = $1 and report_kind = '预算')
