-- Checks once a run: a file's transaction writes its rows; the data-quality checks run after the
-- run's files, over all of them at once (DataQualityChecks.runPending). Until then a document's
-- checks are pending: checked_at is null, set again when the document is loaded or replaced and
-- when last year's report of it is (year_over_year judges it against that one). A run killed
-- between its loads and its checks leaves them pending; the next `juesuan load` or
-- `juesuan check --rerun` runs them.
alter table fiscal.dim_document add column checked_at timestamptz;
-- Until now every document was checked in its own load's transaction.
update fiscal.dim_document set checked_at = loaded_at;
comment on column fiscal.dim_document.checked_at is '检查时间 — when the data-quality checks last ran on this version of the document; null while they are pending';
-- The next run finds the pending documents by this index, not by a scan of every document.
create index dim_document_checks_pending on fiscal.dim_document (document_id) where checked_at is null;
