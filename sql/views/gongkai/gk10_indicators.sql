-- 项目支出绩效自评表 绩效指标: one row a performance indicator.
create view gongkai.gk10_indicators as

with projects as (
    select * from fiscal.dim_project
),

indicators as (
    select * from fiscal.fact_project_indicator
),

final as (
    select
        indicators.document_id,
        (row_number() over (partition by indicators.document_id order by projects.ord, indicators.indicator_ord))::integer as ord,
        projects.project_name,
        nullif(indicators.level1, '') as level1,
        nullif(indicators.level2, '') as level2,
        nullif(indicators.level3, '') as level3,
        nullif(indicators.target_text, '') as target,
        nullif(indicators.actual_text, '') as actual,
        indicators.weight,
        indicators.score,
        nullif(indicators.deviation, '') as deviation
    from indicators
    inner join projects on projects.document_id = indicators.document_id and projects.project_id = indicators.project_id
)

select * from final;

comment on view gongkai.gk10_indicators is '项目支出绩效自评表 绩效指标 — performance indicators of the project self-evaluation forms, one row an indicator';
comment on column gongkai.gk10_indicators.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk10_indicators.ord is '印刷顺序 — printed order (project, then indicator)';
comment on column gongkai.gk10_indicators.project_name is '项目名称 — the project''s name as printed';
comment on column gongkai.gk10_indicators.level1 is '一级指标 — first-level indicator (产出指标, 效益指标, 满意度指标 …)';
comment on column gongkai.gk10_indicators.level2 is '二级指标 — second-level indicator (数量指标, 质量指标 …)';
comment on column gongkai.gk10_indicators.level3 is '三级指标 — the indicator itself, as printed';
comment on column gongkai.gk10_indicators.target is '年度指标值 — the annual target as printed (≥90%, 85场次, 有所提高)';
comment on column gongkai.gk10_indicators.actual is '实际完成值 — the achieved value as printed';
comment on column gongkai.gk10_indicators.weight is '权重 — the indicator''s weight (points available)';
comment on column gongkai.gk10_indicators.score is '自评得分 — the self-assessed score';
comment on column gongkai.gk10_indicators.deviation is '偏差原因分析及改进措施 — the stated reason for a deviation and the remedy';
