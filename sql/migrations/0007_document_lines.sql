-- grain: one row per document × line of its source file: the printed text every fact's
-- source_line points at, so that any number can be traced to what was printed without
-- the file at hand.
create table fiscal.document_line (
    document_id bigint not null references fiscal.dim_document on delete cascade,
    line_no integer not null check (line_no > 0),
    line_text text not null,
    primary key (document_id, line_no)
);
