-- The same 功能分类 code printed with two names (across the tables of a document, or against
-- the name the warehouse keeps from an earlier document): one comparison a code and table,
-- expected 0 variants.
with variants as (
    select * from fiscal.subject_name_variant where document_id = $1
),

printed as (
    select distinct table_code, subject_code from fiscal.gongkai_cell where document_id = $1 and subject_code is not null
),

final as (
    select printed.table_code, printed.subject_code || coalesce(' ' || variants.printed_name || ' ≠ ' || variants.kept_name, ''),
        0, case when variants.subject_code is null then 0 else 1 end, 1, false, '=',
        coalesce(array[variants.source_line], '{}'), '科目名称 as printed = the name kept for the code'
    from printed
    left join variants on variants.table_code = printed.table_code and variants.subject_code = printed.subject_code
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'no row with a 功能分类 code is printed'
where not exists (select 1 from printed)
