-- Every table the 目录 lists is printed (an empty table with its no-data note counts as
-- printed, and so does a drawn table under its title whose rows could not be read: its cells are
-- in fiscal.printed_cell and a table_not_read finding names it). A listed table the report omits is the publisher's error: the rest of the report
-- is loaded, and the finding names the table and the 目录 line.
select
    toc.table_code as table_codes,
    toc.entry_text as row_key,
    1 as expected,
    count(printed.table_code) as actual,
    0 as terms,
    true as is_total,
    '=' as relation,
    array[toc.line_no] as source_lines,
    '目录 lists the table: it is printed' as message
from fiscal.document_toc_entry as toc
left join (
    select document_id, table_code from fiscal.document_table
    union
    select document_id, table_code from fiscal.printed_table where table_code is not null
) as printed on printed.document_id = toc.document_id and printed.table_code = toc.table_code
where toc.document_id = $1
group by toc.table_code, toc.entry_text, toc.line_no
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'the report has no 目录 that lists its tables'
where not exists (select 1 from fiscal.document_toc_entry where document_id = $1)
