-- gongkai.year_on_year (and the check narrative_year_on_year) finds, for a change stated
-- alone, the value stated for the same subject in the same section: one index probe instead
-- of a scan of the document's figures, which also keeps the view's estimated cost under
-- jit_above_cost (it was JIT-compiled for 10–40 ms to read a few rows).
create index fact_narrative_figure_subject_idx on fiscal.fact_narrative_figure (document_id, section, subject);
