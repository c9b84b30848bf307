-- “三公”经费支出预算表 部门预算: one row a printed line.
-- depends: fiscal.gongkai_cell
create view gongkai.ys09 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'ys09'
),

final as (
    select
        document_id,
        ord,
        line_label as item,
        max(amount) filter (where measure_code = 'budget_sangong_grand_total' and fund_code = 'all') as grand_total,
        max(amount) filter (where measure_code = 'budget_sangong_total' and fund_code = 'all') as total,
        max(amount) filter (where measure_code = 'budget_sangong_abroad' and fund_code = 'all') as abroad,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_subtotal' and fund_code = 'all') as vehicle_subtotal,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_purchase' and fund_code = 'all') as vehicle_purchase,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_operation' and fund_code = 'all') as vehicle_operation,
        max(amount) filter (where measure_code = 'budget_sangong_reception' and fund_code = 'all') as reception,
        max(amount) filter (where measure_code = 'budget_sangong_meeting' and fund_code = 'all') as meeting,
        max(amount) filter (where measure_code = 'budget_sangong_training' and fund_code = 'all') as training,
        max(amount) filter (where measure_code = 'budget_sangong_grand_total' and fund_code = 'general_budget') as grand_total_general_budget,
        max(amount) filter (where measure_code = 'budget_sangong_total' and fund_code = 'general_budget') as total_general_budget,
        max(amount) filter (where measure_code = 'budget_sangong_abroad' and fund_code = 'general_budget') as abroad_general_budget,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_subtotal' and fund_code = 'general_budget') as vehicle_subtotal_general_budget,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_purchase' and fund_code = 'general_budget') as vehicle_purchase_general_budget,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_operation' and fund_code = 'general_budget') as vehicle_operation_general_budget,
        max(amount) filter (where measure_code = 'budget_sangong_reception' and fund_code = 'general_budget') as reception_general_budget,
        max(amount) filter (where measure_code = 'budget_sangong_meeting' and fund_code = 'general_budget') as meeting_general_budget,
        max(amount) filter (where measure_code = 'budget_sangong_training' and fund_code = 'general_budget') as training_general_budget,
        max(amount) filter (where measure_code = 'budget_sangong_grand_total' and fund_code = 'gov_fund') as grand_total_gov_fund,
        max(amount) filter (where measure_code = 'budget_sangong_total' and fund_code = 'gov_fund') as total_gov_fund,
        max(amount) filter (where measure_code = 'budget_sangong_abroad' and fund_code = 'gov_fund') as abroad_gov_fund,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_subtotal' and fund_code = 'gov_fund') as vehicle_subtotal_gov_fund,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_purchase' and fund_code = 'gov_fund') as vehicle_purchase_gov_fund,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_operation' and fund_code = 'gov_fund') as vehicle_operation_gov_fund,
        max(amount) filter (where measure_code = 'budget_sangong_reception' and fund_code = 'gov_fund') as reception_gov_fund,
        max(amount) filter (where measure_code = 'budget_sangong_meeting' and fund_code = 'gov_fund') as meeting_gov_fund,
        max(amount) filter (where measure_code = 'budget_sangong_training' and fund_code = 'gov_fund') as training_gov_fund,
        max(amount) filter (where measure_code = 'budget_sangong_grand_total' and fund_code = 'soe_capital') as grand_total_soe_capital,
        max(amount) filter (where measure_code = 'budget_sangong_total' and fund_code = 'soe_capital') as total_soe_capital,
        max(amount) filter (where measure_code = 'budget_sangong_abroad' and fund_code = 'soe_capital') as abroad_soe_capital,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_subtotal' and fund_code = 'soe_capital') as vehicle_subtotal_soe_capital,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_purchase' and fund_code = 'soe_capital') as vehicle_purchase_soe_capital,
        max(amount) filter (where measure_code = 'budget_sangong_vehicle_operation' and fund_code = 'soe_capital') as vehicle_operation_soe_capital,
        max(amount) filter (where measure_code = 'budget_sangong_reception' and fund_code = 'soe_capital') as reception_soe_capital,
        max(amount) filter (where measure_code = 'budget_sangong_meeting' and fund_code = 'soe_capital') as meeting_soe_capital,
        max(amount) filter (where measure_code = 'budget_sangong_training' and fund_code = 'soe_capital') as training_soe_capital
    from cells
    group by document_id, ord, line_label
)

select * from final;

comment on view gongkai.ys09 is '“三公”经费支出预算表 部门预算 — the three public expenses (and, where printed, meetings and training) planned from appropriations; a row a printed line (some provinces print the previous year, this year and the change as rows, each item split by fund)';
comment on column gongkai.ys09.document_id is '文档编号 — the document the row comes from (fiscal.dim_document, report_kind 预算)';
comment on column gongkai.ys09.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.ys09.item is '项目 — the printed label of the row (预算单位, 年度, 项目名称 …, cells joined by a space)';
comment on column gongkai.ys09.grand_total is '合计（三公经费、会议费、培训费） — total of the three public expenses, meetings and training, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.total is '“三公”经费 合计 — the three public expenses, total, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.abroad is '因公出国(境)费 — official trips abroad, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.vehicle_subtotal is '公务用车购置及运行维护费 小计 — official vehicles, purchase and operation, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.vehicle_purchase is '公务用车购置费 — buying official vehicles, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.vehicle_operation is '公务用车运行维护费 — running official vehicles, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.reception is '公务接待费 — official reception, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.meeting is '会议费 — meetings, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.training is '培训费 — training, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.grand_total_general_budget is '合计（三公经费、会议费、培训费） 一般公共预算 — total of the three public expenses, meetings and training — general budget only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.total_general_budget is '“三公”经费 合计 一般公共预算 — the three public expenses, total — general budget only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.abroad_general_budget is '因公出国(境)费 一般公共预算 — official trips abroad — general budget only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.vehicle_subtotal_general_budget is '公务用车购置及运行维护费 小计 一般公共预算 — official vehicles, purchase and operation — general budget only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.vehicle_purchase_general_budget is '公务用车购置费 一般公共预算 — buying official vehicles — general budget only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.vehicle_operation_general_budget is '公务用车运行维护费 一般公共预算 — running official vehicles — general budget only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.reception_general_budget is '公务接待费 一般公共预算 — official reception — general budget only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.meeting_general_budget is '会议费 一般公共预算 — meetings — general budget only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.training_general_budget is '培训费 一般公共预算 — training — general budget only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.grand_total_gov_fund is '合计（三公经费、会议费、培训费） 政府性基金预算 — total of the three public expenses, meetings and training — gov fund only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.total_gov_fund is '“三公”经费 合计 政府性基金预算 — the three public expenses, total — gov fund only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.abroad_gov_fund is '因公出国(境)费 政府性基金预算 — official trips abroad — gov fund only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.vehicle_subtotal_gov_fund is '公务用车购置及运行维护费 小计 政府性基金预算 — official vehicles, purchase and operation — gov fund only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.vehicle_purchase_gov_fund is '公务用车购置费 政府性基金预算 — buying official vehicles — gov fund only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.vehicle_operation_gov_fund is '公务用车运行维护费 政府性基金预算 — running official vehicles — gov fund only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.reception_gov_fund is '公务接待费 政府性基金预算 — official reception — gov fund only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.meeting_gov_fund is '会议费 政府性基金预算 — meetings — gov fund only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.training_gov_fund is '培训费 政府性基金预算 — training — gov fund only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.grand_total_soe_capital is '合计（三公经费、会议费、培训费） 国有资本经营预算 — total of the three public expenses, meetings and training — soe capital only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.total_soe_capital is '“三公”经费 合计 国有资本经营预算 — the three public expenses, total — soe capital only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.abroad_soe_capital is '因公出国(境)费 国有资本经营预算 — official trips abroad — soe capital only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.vehicle_subtotal_soe_capital is '公务用车购置及运行维护费 小计 国有资本经营预算 — official vehicles, purchase and operation — soe capital only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.vehicle_purchase_soe_capital is '公务用车购置费 国有资本经营预算 — buying official vehicles — soe capital only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.vehicle_operation_soe_capital is '公务用车运行维护费 国有资本经营预算 — running official vehicles — soe capital only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.reception_soe_capital is '公务接待费 国有资本经营预算 — official reception — soe capital only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.meeting_soe_capital is '会议费 国有资本经营预算 — meetings — soe capital only, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.ys09.training_soe_capital is '培训费 国有资本经营预算 — training — soe capital only, in the document''s unit (fiscal.dim_document.amount_unit)';
