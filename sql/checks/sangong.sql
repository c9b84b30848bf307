-- 公开09, for 预算数 and 决算数: 合计 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费,
-- and 公务用车 小计 = 购置费 + 运行维护费.
with cells as (
    select * from fiscal.gongkai_cell where document_id = $1 and table_code = 'gk09'
),

kinds as (
    select
        kind,
        max(amount) filter (where measure_code = kind || '_sangong_total') as total,
        max(amount) filter (where measure_code = kind || '_sangong_abroad') as abroad,
        max(amount) filter (where measure_code = kind || '_sangong_vehicle_subtotal') as vehicle,
        max(amount) filter (where measure_code = kind || '_sangong_vehicle_purchase') as purchase,
        max(amount) filter (where measure_code = kind || '_sangong_vehicle_operation') as operation,
        max(amount) filter (where measure_code = kind || '_sangong_reception') as reception,
        array_agg(distinct source_line) as lines
    from cells
    cross join (values ('budget'), ('actual')) as k (kind)
    group by kind
),

final as (
    select 'gk09', kind || ' 合计', total, coalesce(abroad, 0) + coalesce(vehicle, 0) + coalesce(reception, 0),
        3, false, '=', lines, '合计 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费'
    from kinds
    where total is not null or abroad is not null or vehicle is not null or reception is not null
    union all
    select 'gk09', kind || ' 公务用车小计', vehicle, coalesce(purchase, 0) + coalesce(operation, 0),
        2, false, '=', lines, '公务用车购置及运行维护费 小计 = 购置费 + 运行维护费'
    from kinds
    where vehicle is not null or purchase is not null or operation is not null
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', '公开09 prints no amount'
where not exists (select 1 from fiscal.gongkai_cell where document_id = $1 and table_code = 'gk09' and amount is not null)
