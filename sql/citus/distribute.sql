-- Citus: the warehouse spread over worker nodes by document.
--
-- Applied by hand (the Migrator reads only sql/migrations/ and sql/views/), once, on the
-- Citus coordinator, after `juesuan` has migrated the database there (the first
-- `juesuan load --database-url …`) and preferably before the first load of many (on a loaded database Citus moves
-- the existing rows to the shards while it runs):
--
--     psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f sql/citus/distribute.sql
--
-- Every table holding a document's rows is distributed by document_id and co-located with
-- the others, so that one document's facts, projects, narrative, lines and findings live on
-- one shard: the loader's statements (all filtered by one document_id) and the checks route
-- to a single worker, and the foreign keys between these tables (all leading with
-- document_id since migration 0011) are enforced on the shard. The document registry and the
-- conformed dimensions are small and read by every shard: they become reference tables,
-- copied to every node. Views (gongkai.*) stay on the coordinator and work unchanged.
--
-- Written against Citus 12 (PostgreSQL 15); not exercised in this repository's tests, which
-- run on plain PostgreSQL.

create extension if not exists citus;

-- Reference tables first: the distributed tables' foreign keys point at them.
select create_reference_table('fiscal.dim_document');
select create_reference_table('fiscal.dim_unit');
select create_reference_table('fiscal.dim_subject');
select create_reference_table('fiscal.econ_expense_group');
select create_reference_table('fiscal.dim_econ');
select create_reference_table('fiscal.dim_measure');
select create_reference_table('fiscal.dim_fund');
-- Load history: one row a file and run, written by the coordinator, read by operators.
select create_reference_table('fiscal.load_run');

-- The facts of a document, co-located by document_id.
select create_distributed_table('fiscal.fact_gongkai_amount', 'document_id');
select create_distributed_table('fiscal.document_unit', 'document_id', colocate_with => 'fiscal.fact_gongkai_amount');
select create_distributed_table('fiscal.document_line', 'document_id', colocate_with => 'fiscal.fact_gongkai_amount');
select create_distributed_table('fiscal.dim_project', 'document_id', colocate_with => 'fiscal.fact_gongkai_amount');
select create_distributed_table('fiscal.fact_project_fund', 'document_id', colocate_with => 'fiscal.fact_gongkai_amount');
select create_distributed_table('fiscal.fact_project_indicator', 'document_id', colocate_with => 'fiscal.fact_gongkai_amount');
select create_distributed_table('fiscal.fact_project_score', 'document_id', colocate_with => 'fiscal.fact_gongkai_amount');
select create_distributed_table('fiscal.fact_budget_execution', 'document_id', colocate_with => 'fiscal.fact_gongkai_amount');
select create_distributed_table('fiscal.fact_narrative_figure', 'document_id', colocate_with => 'fiscal.fact_gongkai_amount');
select create_distributed_table('fiscal.dq_finding', 'document_id', colocate_with => 'fiscal.fact_gongkai_amount');
select create_distributed_table('fiscal.dq_measurement', 'document_id', colocate_with => 'fiscal.fact_gongkai_amount');
select create_distributed_table('fiscal.dq_check_run', 'document_id', colocate_with => 'fiscal.fact_gongkai_amount');
select create_distributed_table('fiscal.document_table', 'document_id', colocate_with => 'fiscal.fact_gongkai_amount');
select create_distributed_table('fiscal.document_toc_entry', 'document_id', colocate_with => 'fiscal.fact_gongkai_amount');
