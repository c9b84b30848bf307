-- 功能分类 codes printed with a name other than the one dim_subject keeps (the first
-- loaded): reports disagree with themselves, and the checks report these.
-- depends: fiscal.gongkai_cell
create view fiscal.subject_name_variant as

with cells as (
    select distinct document_id, table_code, subject_code, line_label, min(source_line) over (
        partition by document_id, table_code, subject_code, line_label) as source_line
    from fiscal.gongkai_cell
    where subject_code is not null
),

subjects as (
    select * from fiscal.dim_subject
),

final as (
    select
        cells.document_id,
        cells.table_code,
        cells.subject_code,
        subjects.subject_name as kept_name,
        cells.line_label as printed_name,
        cells.source_line
    from cells
    inner join subjects on subjects.subject_code = cells.subject_code
    where cells.line_label is distinct from subjects.subject_name
)

select * from final;

comment on view fiscal.subject_name_variant is '科目名称不一致 — a 功能分类 code printed with another name than the kept one';
comment on column fiscal.subject_name_variant.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column fiscal.subject_name_variant.table_code is '公开表 — the 公开 table that prints the other name';
comment on column fiscal.subject_name_variant.subject_code is '科目代码 — the functional classification code';
comment on column fiscal.subject_name_variant.kept_name is '保留名称 — the name fiscal.dim_subject keeps (the first loaded)';
comment on column fiscal.subject_name_variant.printed_name is '印刷名称 — the other name, as printed';
comment on column fiscal.subject_name_variant.source_line is '源文件行号 — the first source-file line that prints the other name';
