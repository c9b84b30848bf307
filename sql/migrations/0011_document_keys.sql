-- Every table of a document's rows keyed by the document: the document key leads every
-- primary key, unique constraint and foreign key between them, so that the facts can be
-- distributed by document_id (sql/citus/) and a document's rows found by one index range.
-- Until now fiscal.dim_project (one row a project form of a document) and fiscal.dq_finding
-- had keys of their own (project_id, finding_id) without the document.

alter table fiscal.fact_project_fund drop constraint fact_project_fund_project_id_fkey;
alter table fiscal.fact_project_indicator drop constraint fact_project_indicator_project_id_fkey;
alter table fiscal.fact_project_score drop constraint fact_project_score_project_id_fkey;
alter table fiscal.dim_project drop constraint dim_project_pkey;
alter table fiscal.dim_project add primary key (document_id, project_id);
alter table fiscal.fact_project_fund add foreign key (document_id, project_id)
    references fiscal.dim_project (document_id, project_id) on delete cascade;
alter table fiscal.fact_project_indicator add foreign key (document_id, project_id)
    references fiscal.dim_project (document_id, project_id) on delete cascade;
alter table fiscal.fact_project_score add foreign key (document_id, project_id)
    references fiscal.dim_project (document_id, project_id) on delete cascade;

alter table fiscal.dq_finding drop constraint dq_finding_pkey;
alter table fiscal.dq_finding add primary key (document_id, finding_id);
