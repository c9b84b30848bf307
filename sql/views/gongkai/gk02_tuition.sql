-- 收入决算表, 事业收入 其中：教育收费: the part of 事业收入 that universities print as tuition and
-- fees (高等学校收入决算表), one row a printed line of 公开02 that prints the column.
-- depends: fiscal.gongkai_cell
create view gongkai.gk02_tuition as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'gk02' and measure_code = 'business_income_tuition'
),

final as (
    select
        document_id,
        ord,
        subject_code,
        line_label as subject_name,
        max(amount) as business_income_tuition
    from cells
    group by document_id, ord, subject_code, line_label
)

select * from final;

comment on view gongkai.gk02_tuition is '收入决算表 事业收入 其中：教育收费 — tuition within 事业收入, for the reports that print it (universities); ord matches gongkai.gk02';
comment on column gongkai.gk02_tuition.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk02_tuition.ord is '印刷顺序 — the row of gongkai.gk02 (order by document_id, ord gives the printed table)';
comment on column gongkai.gk02_tuition.subject_code is '科目代码 — functional classification code (功能分类); null on the 合计 row';
comment on column gongkai.gk02_tuition.subject_name is '科目名称 — the subject''s name as printed';
comment on column gongkai.gk02_tuition.business_income_tuition is '事业收入 其中：教育收费 — tuition and fees within 事业收入, in the document''s unit (fiscal.dim_document.amount_unit)';
