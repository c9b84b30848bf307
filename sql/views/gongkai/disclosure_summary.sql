-- depends: gongkai.disclosure_scorecard
-- The scorecard in one line a document: how many of the required items it discloses.
create view gongkai.disclosure_summary as

select
    s.document_id,
    1 as ord,
    d.department,
    d.fiscal_year,
    d.report_kind,
    count(*) filter (where s.present)::integer as present,
    count(*) filter (where s.required)::integer as required
from gongkai.disclosure_scorecard as s
inner join fiscal.dim_document as d on d.document_id = s.document_id
group by s.document_id, d.department, d.fiscal_year, d.report_kind;

comment on view gongkai.disclosure_summary is '公开评分汇总 — a document''s disclosure scorecard in one line: the required items it discloses';
comment on column gongkai.disclosure_summary.document_id is '文档 (the document)';
comment on column gongkai.disclosure_summary.ord is '序 — 1: one line a document';
comment on column gongkai.disclosure_summary.department is '部门 — the department (fiscal.dim_document)';
comment on column gongkai.disclosure_summary.fiscal_year is '年度 — the fiscal year';
comment on column gongkai.disclosure_summary.report_kind is '类型 — the kind of report: 决算 (final accounts) or 预算 (budget)';
comment on column gongkai.disclosure_summary.present is '已公开 — the required items disclosed';
comment on column gongkai.disclosure_summary.required is '必须 — the items the report''s kind requires';
