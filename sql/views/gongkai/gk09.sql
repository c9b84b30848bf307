-- 公开09 财政拨款“三公”经费支出决算表: one row a printed line.
create view gongkai.gk09 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'gk09'
),

final as (
    select
        document_id,
        ord,
        max(amount) filter (where measure_code = 'budget_sangong_total' and fund_code = 'all') as budget_total,
        max(amount) filter (where measure_code = 'budget_sangong_abroad' and fund_code = 'all') as budget_abroad,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_subtotal' and fund_code = 'all') as budget_vehicle_subtotal,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_purchase' and fund_code = 'all') as budget_vehicle_purchase,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_operation' and fund_code = 'all') as budget_vehicle_operation,
        max(amount) filter (where measure_code = 'budget_sangong_reception' and fund_code = 'all') as budget_reception,
        max(amount) filter (where measure_code = 'actual_sangong_total' and fund_code = 'all') as actual_total,
        max(amount) filter (where measure_code = 'actual_sangong_abroad' and fund_code = 'all') as actual_abroad,
        max(amount) filter (where measure_code = 'actual_sangong_vehicle_subtotal' and fund_code = 'all') as actual_vehicle_subtotal,
        max(amount) filter (where measure_code = 'actual_sangong_vehicle_purchase' and fund_code = 'all') as actual_vehicle_purchase,
        max(amount) filter (where measure_code = 'actual_sangong_vehicle_operation' and fund_code = 'all') as actual_vehicle_operation,
        max(amount) filter (where measure_code = 'actual_sangong_reception' and fund_code = 'all') as actual_reception
    from cells
    group by document_id, ord
)

select * from final;

comment on view gongkai.gk09 is '公开09 财政拨款“三公”经费支出决算表 (the three public expenses: budget and actual)';
comment on column gongkai.gk09.ord is '印刷顺序 (printed row order)';
comment on column gongkai.gk09.budget_total is '预算数 合计';
comment on column gongkai.gk09.budget_abroad is '预算数 因公出国(境)费';
comment on column gongkai.gk09.budget_vehicle_subtotal is '预算数 公务用车购置及运行维护费 小计';
comment on column gongkai.gk09.budget_vehicle_purchase is '预算数 公务用车购置费';
comment on column gongkai.gk09.budget_vehicle_operation is '预算数 公务用车运行维护费';
comment on column gongkai.gk09.budget_reception is '预算数 公务接待费';
comment on column gongkai.gk09.actual_total is '决算数 合计';
comment on column gongkai.gk09.actual_abroad is '决算数 因公出国(境)费';
comment on column gongkai.gk09.actual_vehicle_subtotal is '决算数 公务用车购置及运行维护费 小计';
comment on column gongkai.gk09.actual_vehicle_purchase is '决算数 公务用车购置费';
comment on column gongkai.gk09.actual_vehicle_operation is '决算数 公务用车运行维护费';
comment on column gongkai.gk09.actual_reception is '决算数 公务接待费';
