-- Every printed cell of every table a PDF document draws, recognised or not, with the header over it.
-- Its first columns are the contract's (document_id, table_ord, page, row_index, column_index,
-- header_path, cell_text, amount), not the document_id, ord of the views of one printed table.
create view gongkai.printed_cell as

select
    c.document_id,
    c.table_ord,
    t.page,
    c.row_index,
    c.column_index,
    c.header_path,
    c.cell_text,
    c.amount,
    t.title,
    t.table_code
from fiscal.printed_cell as c
inner join fiscal.printed_table as t on t.document_id = c.document_id and t.table_ord = c.table_ord;

comment on view gongkai.printed_cell is '印制的单元格 — every cell of every table a PDF document prints, one row a drawn cell (a merged cell once)';
comment on column gongkai.printed_cell.document_id is '文档 (the document)';
comment on column gongkai.printed_cell.table_ord is '表序 — the table''s place among the document''s drawn tables, from 1';
comment on column gongkai.printed_cell.page is '页 — the page the table is printed on, from 1';
comment on column gongkai.printed_cell.title is '标题 — the title printed above the table, if one is';
comment on column gongkai.printed_cell.table_code is '表 — the table its title names (gk01 …, ys01 …; the view it is read into unless a table_not_read finding says otherwise); null when it names none';
comment on column gongkai.printed_cell.row_index is '行 — the cell''s row in the drawn grid, from 0';
comment on column gongkai.printed_cell.column_index is '列 — the cell''s column in the drawn grid, from 0';
comment on column gongkai.printed_cell.header_path is '表头 — the header cells over it, top to bottom, joined by " / " (e.g. 财政拨款“三公”经费 / 公务用车购置及运行费 / 预算数)';
comment on column gongkai.printed_cell.cell_text is '文字 — the cell''s text as printed';
comment on column gongkai.printed_cell.amount is '金额 — the number the cell prints, in the table''s unit; null for text, codes, ordinals and headers';
