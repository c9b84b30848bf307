-- Every printed cell of the 公开 tables with its codes and measure spelled out:
-- the one place the gongkai views join facts to dimensions.
create view fiscal.gongkai_cell as

with facts as (
    select * from fiscal.fact_gongkai_amount
),

final as (
    select
        facts.document_id,
        facts.table_code,
        facts.ord,
        facts.part,
        nullif(subject.subject_code, '') as subject_code,
        nullif(econ.econ_code, '') as econ_code,
        facts.line_label,
        facts.line_no,
        measure.measure_code,
        fund.fund_code,
        facts.amount,
        facts.amount_text,
        facts.source_line
    from facts
    inner join fiscal.dim_subject as subject on subject.subject_id = facts.subject_id
    inner join fiscal.dim_econ as econ on econ.econ_id = facts.econ_id
    inner join fiscal.dim_measure as measure on measure.measure_id = facts.measure_id
    inner join fiscal.dim_fund as fund on fund.fund_id = facts.fund_id
)

select * from final;

comment on view fiscal.gongkai_cell is '公开表单元格: every printed cell of the 公开 tables, with codes, measure and source line';
