-- 部门预算 (budgets) beside 部门决算: the same documents table (report_kind 预算), the same facts
-- (table codes ys01 … ys09 and ys_… for the budget's tables, a second 支出 side for 收支总表s that
-- print 支出 by 功能分类 and by use), and measures that say which phase they are.
alter table fiscal.dim_document add constraint dim_document_report_kind_check check (report_kind in ('决算', '预算'));

alter table fiscal.fact_gongkai_amount drop constraint fact_gongkai_amount_table_code_check;
alter table fiscal.fact_gongkai_amount add constraint fact_gongkai_amount_table_code_check
    check (table_code ~ '^gk0[1-9]$' or table_code = 'gk_fiscal_expense' or table_code ~ '^ys(0[1-9]|_[a-z_]+)$');
alter table fiscal.fact_gongkai_amount drop constraint fact_gongkai_amount_part_check;
alter table fiscal.fact_gongkai_amount add constraint fact_gongkai_amount_part_check check (part in (0, 1, 2, 3));

-- The phase of a measure: 预算 (planned: a budget's amounts, and the 决算's own 预算数 columns of
-- 三公 and of the 项目支出绩效自评表) or 决算 (spent).
alter table fiscal.dim_measure add column phase text;
update fiscal.dim_measure set phase = case when measure_code like 'budget%' then '预算' else '决算' end;
alter table fiscal.dim_measure alter column phase set not null;
alter table fiscal.dim_measure add constraint dim_measure_phase_check check (phase in ('预算', '决算'));
comment on column fiscal.dim_measure.phase is '阶段 — 预算 for a planned amount (a budget''s, or the 决算''s own 预算数 / 年初预算 columns), 决算 for an amount spent';

insert into fiscal.dim_measure (measure_id, measure_code, label_zh, phase) values
    (38, 'budget', '预算数', '预算'),
    (39, 'budget_income_total', '预算 收入总计', '预算'),
    (40, 'budget_fiscal_appropriation', '预算 财政拨款', '预算'),
    (41, 'budget_special_account', '预算 财政专户管理资金', '预算'),
    (42, 'budget_business_income', '预算 事业收入', '预算'),
    (43, 'budget_operating_income', '预算 事业单位经营收入', '预算'),
    (44, 'budget_superior_subsidy', '预算 上级补助收入', '预算'),
    (45, 'budget_subsidiary_remittance', '预算 附属单位上缴收入', '预算'),
    (46, 'budget_other_income', '预算 其他收入', '预算'),
    (47, 'budget_carryover', '预算 上年结转（结余）', '预算'),
    (48, 'budget_expense_total', '预算 支出合计', '预算'),
    (49, 'budget_basic_expense', '预算 基本支出', '预算'),
    (50, 'budget_personnel_expense', '预算 人员经费', '预算'),
    (51, 'budget_public_expense', '预算 公用经费', '预算'),
    (52, 'budget_project_expense', '预算 项目支出', '预算'),
    (53, 'budget_operating_expense', '预算 事业单位经营支出', '预算'),
    (54, 'budget_subsidy_to_subsidiary', '预算 对附属单位补助支出', '预算'),
    (55, 'budget_remittance_to_superior', '预算 上缴上级支出', '预算'),
    (56, 'budget_reserve', '预算 单位预留机动经费', '预算'),
    (57, 'budget_carry_forward', '预算 结转下年', '预算'),
    (58, 'budget_procurement', '预算 政府采购', '预算'),
    (59, 'budget_procurement_sme', '预算 政府采购 其中：预留给中小企业', '预算'),
    (60, 'budget_procurement_micro', '预算 政府采购 其中：预留给小型、微型企业', '预算'),
    (61, 'budget_running_cost', '预算 机关运行经费', '预算'),
    (62, 'budget_sangong_grand_total', '预算 “三公”经费、会议费、培训费 合计', '预算');
