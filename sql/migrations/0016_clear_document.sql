-- fiscal.clear_document(document_id): removes every row a document's load wrote — its facts,
-- lines, structure, findings, measurements and check outcomes — keeping the document row itself
-- (the loader writes the new version into it) and the shared dimensions. The loader calls it
-- once when a changed file replaces a document; a table added for a document's rows is added
-- here, beside the others, in the migration that creates it.
create function fiscal.clear_document(target bigint) returns void
language sql
as $$
    delete from fiscal.fact_gongkai_amount where document_id = target;
    delete from fiscal.document_unit where document_id = target;
    -- Project facts go with their dim_project rows (on delete cascade).
    delete from fiscal.dim_project where document_id = target;
    delete from fiscal.fact_budget_execution where document_id = target;
    delete from fiscal.fact_narrative_figure where document_id = target;
    delete from fiscal.document_line where document_id = target;
    delete from fiscal.document_table where document_id = target;
    delete from fiscal.document_toc_entry where document_id = target;
    delete from fiscal.dq_finding where document_id = target;
    delete from fiscal.dq_measurement where document_id = target;
    delete from fiscal.dq_check_run where document_id = target;
$$;

comment on function fiscal.clear_document(bigint) is '清除文档 — removes every row a load of the document wrote (facts, lines, structure, findings, check outcomes), for its replacement';
