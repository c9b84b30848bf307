-- Whose report a document is: a department's (部门预算 / 部门决算, its units consolidated) or one
-- unit's own (单位预算 / 单位决算, e.g. 上海市2026年市级单位预算 of one college). Both load alike and
-- are keyed alike (the unit's name stands as the department); the level tells them apart.
alter table fiscal.dim_document add column report_level text not null default '部门';
alter table fiscal.dim_document add constraint dim_document_report_level_check check (report_level in ('部门', '单位'));
comment on column fiscal.dim_document.report_level is '报告层级 — 部门 for a department''s report (部门预算 / 部门决算), 单位 for one unit''s own (单位预算 / 单位决算)';
