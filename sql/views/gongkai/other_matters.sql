-- 十一、其他重要事项: 机关运行经费, 政府采购 (货物 / 工程 / 服务, 中小企业 and 小微企业 amounts
-- and shares) and 国有资产占用 (车辆 by kind, 单位价值100万元以上设备), as the narrative states them.
-- depends: gongkai.narrative_figures
create view gongkai.other_matters as

with figures as (
    select * from gongkai.narrative_figures where section like '十一、%'
),

final as (
    select document_id, ord, section, subject, value, unit, change, rate, share, statement, source_line
    from figures
)

select * from final;

comment on view gongkai.other_matters is '其他重要事项 (机关运行经费, 政府采购, 国有资产 figures stated in the narrative)';
comment on column gongkai.other_matters.document_id is '文档 (the document)';
comment on column gongkai.other_matters.ord is '顺序 (order in the narrative)';
comment on column gongkai.other_matters.section is '所在章节 — the section heading: （一）机关运行经费, （二）政府采购 or （三）国有资产';
comment on column gongkai.other_matters.subject is '项目 (as printed)';
comment on column gongkai.other_matters.value is '数值 — the stated amount or count';
comment on column gongkai.other_matters.unit is '单位 — the stated unit (万元, 辆, 台（套） …)';
comment on column gongkai.other_matters.change is '比上年增减 (signed)';
comment on column gongkai.other_matters.rate is '增减幅度 % (signed)';
comment on column gongkai.other_matters.share is '占比 % — the stated share in percent';
comment on column gongkai.other_matters.statement is '原文 (the sentence)';
comment on column gongkai.other_matters.source_line is '行号 (line of the report)';
