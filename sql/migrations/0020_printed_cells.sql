-- Every table a PDF prints, cell by cell, whether or not a table spec reads it: no printed number
-- is lost. A document's rows go with it (fiscal.clear_document, redefined below with them).
create table fiscal.printed_table (
    document_id bigint not null references fiscal.dim_document (document_id),
    table_ord integer not null,
    page integer not null,
    title text,
    table_code text,
    x0 numeric not null,
    top numeric not null,
    x1 numeric not null,
    bottom numeric not null,
    primary key (document_id, table_ord)
);

comment on table fiscal.printed_table is '印制的表 — each table a PDF document draws, recognised or not, with where it is printed';
comment on column fiscal.printed_table.document_id is '文档 — the document (fiscal.dim_document)';
comment on column fiscal.printed_table.table_ord is '表序 — the table''s place among the document''s drawn tables, from 1';
comment on column fiscal.printed_table.page is '页 — the page it is printed on, from 1';
comment on column fiscal.printed_table.title is '标题 — the title printed above it, if one is';
comment on column fiscal.printed_table.table_code is '表 — the table its title names (gk01 …, ys01 …; a table_not_read finding when its rows could not be read as such); null when it names none';
comment on column fiscal.printed_table.x0 is '左 — the table''s left side, in points from the page''s left edge';
comment on column fiscal.printed_table.top is '上 — the table''s top side, in points from the page''s top edge';
comment on column fiscal.printed_table.x1 is '右 — the table''s right side, in points from the page''s left edge';
comment on column fiscal.printed_table.bottom is '下 — the table''s bottom side, in points from the page''s top edge';

create table fiscal.printed_cell (
    document_id bigint not null,
    table_ord integer not null,
    row_index integer not null,
    column_index integer not null,
    row_span integer not null,
    column_span integer not null,
    header_path text not null,
    cell_text text not null,
    amount numeric,
    x0 numeric not null,
    top numeric not null,
    x1 numeric not null,
    bottom numeric not null,
    primary key (document_id, table_ord, row_index, column_index),
    foreign key (document_id, table_ord) references fiscal.printed_table (document_id, table_ord)
);

comment on table fiscal.printed_cell is '印制的单元格 — every drawn cell of every table a PDF document prints, its text as printed';
comment on column fiscal.printed_cell.document_id is '文档 — the document (fiscal.dim_document)';
comment on column fiscal.printed_cell.table_ord is '表序 — the table (fiscal.printed_table)';
comment on column fiscal.printed_cell.row_index is '行 — the cell''s row in the drawn grid, from 0 (a merged cell: its top row)';
comment on column fiscal.printed_cell.column_index is '列 — the cell''s column in the drawn grid, from 0 (a merged cell: its left column)';
comment on column fiscal.printed_cell.row_span is '跨行 — how many rows the drawn cell covers';
comment on column fiscal.printed_cell.column_span is '跨列 — how many columns the drawn cell covers';
comment on column fiscal.printed_cell.header_path is '表头 — the header cells over it, top to bottom, joined by " / "';
comment on column fiscal.printed_cell.cell_text is '文字 — the cell''s text as printed (its lines joined)';
comment on column fiscal.printed_cell.amount is '金额 — the number the cell prints, in the table''s unit; null for text, codes, ordinals and header cells';
comment on column fiscal.printed_cell.x0 is '左 — the cell''s left side, in points from the page''s left edge';
comment on column fiscal.printed_cell.top is '上 — the cell''s top side, in points from the page''s top edge';
comment on column fiscal.printed_cell.x1 is '右 — the cell''s right side, in points from the page''s left edge';
comment on column fiscal.printed_cell.bottom is '下 — the cell''s bottom side, in points from the page''s top edge';

create or replace function fiscal.clear_document(target bigint) returns void
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
    delete from fiscal.printed_cell where document_id = target;
    delete from fiscal.printed_table where document_id = target;
    delete from fiscal.dq_finding where document_id = target;
    delete from fiscal.dq_measurement where document_id = target;
    delete from fiscal.dq_check_run where document_id = target;
$$;
