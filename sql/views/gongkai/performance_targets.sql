-- 绩效目标表: one row an indicator of the targets a report sets (a budget's 项目支出绩效目标表 and
-- 部门整体支出绩效目标表), with the project it belongs to.
create view gongkai.performance_targets as

with targets as (
    select * from fiscal.fact_project_target
),

final as (
    select
        document_id,
        target_ord as ord,
        project_name,
        fund_total,
        nullif(goal, '') as goal,
        nullif(level1, '') as level1,
        nullif(level2, '') as level2,
        level3,
        nullif(target_text, '') as target,
        target_comparison,
        target_value,
        target_unit,
        page,
        title
    from targets
)

select * from final;

comment on view gongkai.performance_targets is '绩效目标表 — the performance targets a report sets (项目支出绩效目标表, 部门整体支出绩效目标表), one row an indicator';
comment on column gongkai.performance_targets.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.performance_targets.ord is '印刷顺序 — printed order';
comment on column gongkai.performance_targets.project_name is '项目名称 — the project (in a 部门整体 table the unit) as printed';
comment on column gongkai.performance_targets.fund_total is '资金总额 — the project''s funds, in the report''s unit';
comment on column gongkai.performance_targets.goal is '绩效目标 — the project''s goal (年度目标, 总体目标) as printed';
comment on column gongkai.performance_targets.level1 is '一级指标 — first-level indicator (产出指标, 效益指标, 满意度指标 …)';
comment on column gongkai.performance_targets.level2 is '二级指标 — second-level indicator (数量指标, 质量指标 …)';
comment on column gongkai.performance_targets.level3 is '三级指标 — the indicator itself, as printed';
comment on column gongkai.performance_targets.target is '指标值 — the target as printed (≥90%, 10, 有所提高)';
comment on column gongkai.performance_targets.target_comparison is '比较 — ≥, ≤, =, >, < (printed in the value or in a 指标值类型 column)';
comment on column gongkai.performance_targets.target_value is '目标数值 — the target''s number, where it states one';
comment on column gongkai.performance_targets.target_unit is '单位 — the target''s unit (%, 个, 万元), in the value or a 度量单位 column';
comment on column gongkai.performance_targets.page is '页 — the page the indicator is printed on';
comment on column gongkai.performance_targets.title is '标题 — the title of the table it is printed in';
