-- The 绩效目标表 a report draws (项目支出绩效目标表, 部门整体支出绩效目标表, a project's own
-- …项目绩效目标表), one row an indicator: the targets a budget sets, with the project's printed name,
-- funds and goal beside them. Read from the drawn grid (TargetTableReader); the table's cells
-- stay in fiscal.printed_cell too.
-- grain: one row per document × indicator row of a target table.
create table fiscal.fact_project_target (
    document_id bigint not null references fiscal.dim_document (document_id),
    target_ord integer not null check (target_ord > 0),
    table_ord integer not null,
    page integer not null,
    title text not null,
    project_name text not null,
    fund_total numeric,
    goal text not null,
    level1 text not null,
    level2 text not null,
    level3 text not null,
    target_text text not null,
    target_comparison text check (target_comparison in ('≥', '≤', '=', '>', '<')),
    target_value numeric,
    target_unit text,
    x0 numeric not null,
    top numeric not null,
    x1 numeric not null,
    bottom numeric not null,
    source_line integer not null,
    primary key (document_id, target_ord),
    -- Its rows go with the printed table's (fiscal.clear_document deletes those when a document is replaced).
    foreign key (document_id, table_ord) references fiscal.printed_table (document_id, table_ord) on delete cascade
);

comment on table fiscal.fact_project_target is '绩效目标 — one row an indicator of a 绩效目标表 the report prints (the targets a budget sets), with the project it belongs to';
comment on column fiscal.fact_project_target.document_id is '文档 — the document (fiscal.dim_document)';
comment on column fiscal.fact_project_target.target_ord is '序 — printed order among the document''s targets, from 1';
comment on column fiscal.fact_project_target.table_ord is '表序 — the printed table the row stands in (fiscal.printed_table)';
comment on column fiscal.fact_project_target.page is '页 — the page it is printed on, from 1';
comment on column fiscal.fact_project_target.title is '标题 — the table''s title as printed';
comment on column fiscal.fact_project_target.project_name is '项目名称 — the project (单位（项目）名称; in a 部门整体 table the unit) as printed';
comment on column fiscal.fact_project_target.fund_total is '资金总额 — the project''s funds, in the report''s unit';
comment on column fiscal.fact_project_target.goal is '绩效目标 — the project''s goal (年度目标, 总体目标) as printed';
comment on column fiscal.fact_project_target.level1 is '一级指标 — first-level indicator (产出指标, 效益指标 …)';
comment on column fiscal.fact_project_target.level2 is '二级指标 — second-level indicator (数量指标, 质量指标 …)';
comment on column fiscal.fact_project_target.level3 is '三级指标 — the indicator itself (三级指标, 指标内容) as printed';
comment on column fiscal.fact_project_target.target_text is '指标值 — the target as printed';
comment on column fiscal.fact_project_target.target_comparison is '比较 — ≥, ≤, =, >, < as printed (in the value, or in a 指标值类型 column)';
comment on column fiscal.fact_project_target.target_value is '目标数值 — the target''s number';
comment on column fiscal.fact_project_target.target_unit is '单位 — the target''s unit (%, 个, 万元), in the value or a 度量单位 column';
comment on column fiscal.fact_project_target.x0 is '左 — the indicator cell''s left side, in points from the page''s left edge';
comment on column fiscal.fact_project_target.top is '上 — the indicator cell''s top side, in points from the page''s top edge';
comment on column fiscal.fact_project_target.x1 is '右 — the indicator cell''s right side, in points from the page''s left edge';
comment on column fiscal.fact_project_target.bottom is '下 — the indicator cell''s bottom side, in points from the page''s top edge';
comment on column fiscal.fact_project_target.source_line is '行 — the first stored line of its page (fiscal.document_line)';
