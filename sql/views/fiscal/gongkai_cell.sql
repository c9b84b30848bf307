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
        facts.source_line,
        facts.x0,
        facts.top,
        facts.x1,
        facts.bottom
    from facts
    inner join fiscal.dim_subject as subject on subject.subject_id = facts.subject_id
    inner join fiscal.dim_econ as econ on econ.econ_id = facts.econ_id
    inner join fiscal.dim_measure as measure on measure.measure_id = facts.measure_id
    inner join fiscal.dim_fund as fund on fund.fund_id = facts.fund_id
)

select * from final;

comment on view fiscal.gongkai_cell is '公开表单元格 — every printed cell of the 公开 tables, with codes, measure and source line';
comment on column fiscal.gongkai_cell.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column fiscal.gongkai_cell.table_code is '公开表 — the 公开 table: gk01 … gk09';
comment on column fiscal.gongkai_cell.ord is '印刷顺序 — printed row order within the table';
comment on column fiscal.gongkai_cell.part is '栏 — side of a two-sided table: 0 one-sided, 1 收入 (income) side, 2 支出 (expenditure) side';
comment on column fiscal.gongkai_cell.subject_code is '科目代码 — functional classification code (功能分类) of the row; null when none';
comment on column fiscal.gongkai_cell.econ_code is '经济分类代码 — economic classification code (经济分类, gk06) of the row; null when none';
comment on column fiscal.gongkai_cell.line_label is '项目/科目名称 — the printed row label; null when blank';
comment on column fiscal.gongkai_cell.line_no is '行次 — the printed line number (gk01, gk04); null when none';
comment on column fiscal.gongkai_cell.measure_code is '度量 — what the column means (fiscal.dim_measure.measure_code: actual, basic_expense …)';
comment on column fiscal.gongkai_cell.fund_code is '资金来源 — the fund the column is restricted to: all, general_budget, gov_fund or soe_capital';
comment on column fiscal.gongkai_cell.amount is '金额 — the amount as printed, in the document''s unit (fiscal.dim_document.amount_unit); null when the cell is blank';
comment on column fiscal.gongkai_cell.amount_text is '印刷文本 — the cell exactly as printed (2,940.05)';
comment on column fiscal.gongkai_cell.source_line is '源文件行号 — the line of the source file the cell was printed on (fiscal.document_line)';
comment on column fiscal.gongkai_cell.x0 is '左 — the printed amount''s left side, in points from its page''s left edge; null for a text report';
comment on column fiscal.gongkai_cell.top is '上 — the printed amount''s top side, in points from its page''s top edge; null for a text report';
comment on column fiscal.gongkai_cell.x1 is '右 — the printed amount''s right side, in points from its page''s left edge; null for a text report';
comment on column fiscal.gongkai_cell.bottom is '下 — the printed amount''s bottom side, in points from its page''s top edge; null for a text report';
