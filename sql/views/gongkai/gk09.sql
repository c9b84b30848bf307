-- 公开09 财政拨款“三公”经费支出决算表: one row a printed line.
-- depends: fiscal.gongkai_cell
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

comment on view gongkai.gk09 is '公开09 财政拨款“三公”经费支出决算表 — the three public expenses (overseas trips, official vehicles, official reception) paid from appropriations: budget and actual. 名词解释 “三公”经费：纳入省级财政预决算管理的“三公”经费，是指省级部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。是党政机关维持运转或完成特定工作任务所开支的相关支出，是政府行政开支的一部分。';
comment on column gongkai.gk09.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk09.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.gk09.budget_total is '预算数 合计 — “三公”经费 budget, total, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 “三公”经费：纳入省级财政预决算管理的“三公”经费，是指省级部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。是党政机关维持运转或完成特定工作任务所开支的相关支出，是政府行政开支的一部分。';
comment on column gongkai.gk09.budget_abroad is '预算数 因公出国(境)费 — budget for official trips abroad (incl. Hong Kong, Macao, Taiwan), in the document''s unit (fiscal.dim_document.amount_unit). 名词解释：因公出国（境）费反映公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出。';
comment on column gongkai.gk09.budget_vehicle_subtotal is '预算数 公务用车购置及运行维护费 小计 — budget for official vehicles, purchase and operation, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释：公务用车购置及运行费反映单位公务用车车辆购置支出（含车辆购置税）及燃料费、维修费、过桥过路费、保险费、安全奖励费等支出。';
comment on column gongkai.gk09.budget_vehicle_purchase is '预算数 公务用车购置费 — budget for buying official vehicles, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk09.budget_vehicle_operation is '预算数 公务用车运行维护费 — budget for running and maintaining official vehicles, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk09.budget_reception is '预算数 公务接待费 — budget for official reception, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释：公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。';
comment on column gongkai.gk09.actual_total is '决算数 合计 — “三公”经费 actually spent, total, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 “三公”经费：纳入省级财政预决算管理的“三公”经费，是指省级部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。是党政机关维持运转或完成特定工作任务所开支的相关支出，是政府行政开支的一部分。';
comment on column gongkai.gk09.actual_abroad is '决算数 因公出国(境)费 — spent on official trips abroad (incl. Hong Kong, Macao, Taiwan), in the document''s unit (fiscal.dim_document.amount_unit). 名词解释：因公出国（境）费反映公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出。';
comment on column gongkai.gk09.actual_vehicle_subtotal is '决算数 公务用车购置及运行维护费 小计 — spent on official vehicles, purchase and operation, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释：公务用车购置及运行费反映单位公务用车车辆购置支出（含车辆购置税）及燃料费、维修费、过桥过路费、保险费、安全奖励费等支出。';
comment on column gongkai.gk09.actual_vehicle_purchase is '决算数 公务用车购置费 — spent on buying official vehicles, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk09.actual_vehicle_operation is '决算数 公务用车运行维护费 — spent on running and maintaining official vehicles, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk09.actual_reception is '决算数 公务接待费 — spent on official reception, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释：公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。';
