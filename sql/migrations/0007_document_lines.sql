-- grain: one row per document × line of its source file: the printed text every fact's
-- source_line points at, so that any number can be traced to what was printed without
-- the file at hand. For a PDF the text is the one rebuilt from its words, with the
-- page and line it was printed on.
create table fiscal.document_line (
    document_id bigint not null references fiscal.dim_document on delete cascade,
    line_no integer not null check (line_no > 0),
    line_text text not null,
    page integer,  -- for a PDF: the printed page and the line on it (the text is rebuilt from word positions)
    page_line integer,
    primary key (document_id, line_no)
);

comment on column fiscal.document_line.page is '页码 — for a PDF, the printed page of the line; null for a text report';
comment on column fiscal.document_line.page_line is '页内行号 — for a PDF, the line''s number on its printed page; null for a text report';
