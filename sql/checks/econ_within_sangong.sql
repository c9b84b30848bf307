-- 06 vs 09: the basic-expenditure lines 30212 因公出国（境）费用, 30217 公务接待费, 30231
-- 公务用车运行维护费 and 31013 公务用车购置 may not exceed the matching 三公 决算数 (三公 also counts
-- project spending, so only "greater than" is a finding).
with econ as (
    select * from fiscal.gongkai_cell where document_id = $1 and table_code = 'gk06'
),

sangong as (
    select * from fiscal.gongkai_cell where document_id = $1 and table_code = 'gk09'
),

pairs (econ_code, measure_code) as (
    values
        ('30212', 'actual_sangong_abroad'),
        ('30217', 'actual_sangong_reception'),
        ('30231', 'actual_sangong_vehicle_operation'),
        ('31013', 'actual_sangong_vehicle_purchase')
),

final as (
    select 'gk06,gk09', pairs.econ_code, coalesce(sangong.amount, 0), econ.amount, 1, false, '<=',
        array[econ.source_line, sangong.source_line], econ.econ_code || ' ' || econ.line_label || ' ≤ 三公 决算数'
    from pairs
    inner join econ on econ.econ_code = pairs.econ_code
    inner join sangong on sangong.measure_code = pairs.measure_code
    where econ.amount is not null
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', '公开06 prints no amount for 30212, 30217, 30231 or 31013'
where not exists (select 1 from fiscal.gongkai_cell where document_id = $1 and table_code = 'gk06' and econ_code in ('30212', '30217', '30231', '31013') and amount is not null)
