-- Layouts beyond the nine tables of the national template: the universities' 财政拨款支出决算表
-- (table code gk_fiscal_expense), 事业收入 其中：教育收费 in their 收入决算表, 项目支出 其中：基本建设资金支出,
-- and 会议费 / 培训费 printed beside the 三公 items.
alter table fiscal.fact_gongkai_amount drop constraint fact_gongkai_amount_table_code_check;
alter table fiscal.fact_gongkai_amount add constraint fact_gongkai_amount_table_code_check
    check (table_code ~ '^gk0[1-9]$' or table_code = 'gk_fiscal_expense');

insert into fiscal.dim_measure values
    (32, 'business_income_tuition', '事业收入 其中：教育收费'),
    (33, 'capital_construction_expense', '项目支出 其中：基本建设资金支出'),
    (34, 'budget_sangong_meeting', '预算数 会议费'),
    (35, 'budget_sangong_training', '预算数 培训费'),
    (36, 'actual_sangong_meeting', '决算数 会议费'),
    (37, 'actual_sangong_training', '决算数 培训费');
