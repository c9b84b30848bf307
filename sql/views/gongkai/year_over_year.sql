-- 与上年相比 across two loaded reports: for a department whose 决算 of this year and of last year
-- are both loaded, each total printed in both — 公开01 / 04 本年收入合计, 本年支出合计 and 总计, the
-- 合计 row of 02 / 03 for each column, 公开05 by 类, each 三公 item of 公开09 — with last year's and
-- this year's amounts from the tables (last year's in this year's unit), the change computed,
-- and the change this year's narrative states for it.
-- depends: fiscal.gongkai_cell, fiscal.narrative_figure_cell
create view gongkai.year_over_year as

with documents as (
    select document_id, department, fiscal_year, report_kind, amount_unit from fiscal.dim_document
),

pairs as (
    select
        current.document_id,
        previous.document_id as previous_document_id,
        current.department,
        current.fiscal_year,
        fiscal.unit_factor(previous.amount_unit, current.amount_unit) as factor
    from documents as current
    inner join documents as previous
        on previous.department = current.department and previous.report_kind = current.report_kind
        and previous.fiscal_year = current.fiscal_year - 1
),

items as not materialized (
    select *
    from fiscal.gongkai_cell
    where (table_code in ('gk01', 'gk04') and measure_code = 'actual' and fund_code = 'all'
            and line_label in ('本年收入合计', '本年支出合计', '总计'))
        or (table_code in ('gk02', 'gk03') and line_label = '合计')
        or (table_code = 'gk05' and (length(subject_code) = 3 or line_label = '合计'))
        or table_code = 'gk09'
),

final as (
    select
        pairs.document_id,
        row_number() over (
            partition by pairs.document_id order by current.table_code, current.ord, current.part, measures.measure_id, current.fund_code
        )::integer as ord,
        pairs.department,
        pairs.fiscal_year,
        current.table_code,
        current.part,
        current.subject_code,
        coalesce(current.line_label, '') as line_label,
        current.measure_code,
        measures.label_zh as measure_label,
        current.fund_code,
        previous.amount * pairs.factor as last_year,
        current.amount as this_year,
        current.amount - previous.amount * pairs.factor as change,
        stated.subject as stated_subject,
        stated.change as stated_change,
        stated.source_line as stated_line,
        current.source_line
    from pairs
    inner join items as current on current.document_id = pairs.document_id
    -- Lateral and fenced (offset 0), so that last year's cells are read by their document: the
    -- planner would otherwise join this year's cells with every document's, a scan that grows
    -- with the warehouse, before it knows which document is last year's.
    inner join lateral (select * from items where items.document_id = pairs.previous_document_id offset 0) as previous
        on previous.table_code = current.table_code
        and previous.part = current.part and previous.measure_code = current.measure_code
        and previous.fund_code = current.fund_code
        and coalesce(previous.subject_code, previous.line_label, '') = coalesce(current.subject_code, current.line_label, '')
    inner join fiscal.dim_measure as measures on measures.measure_code = current.measure_code
    left join lateral (
        -- The first statement of a change (or of 与上年持平) the narrative makes about this cell.
        select
            figures.subject,
            case when figures.change_word = '减少' then -figures.change when figures.change_word = '增加' then figures.change else 0 end
                * fiscal.unit_factor(figures.unit, documents.amount_unit) as change,
            figures.source_line
        from fiscal.narrative_figure_cell as figures
        inner join documents on documents.document_id = figures.document_id
        where figures.document_id = pairs.document_id and figures.table_code = current.table_code
            and figures.part = current.part and figures.measure_code = current.measure_code
            and figures.fund_code = current.fund_code and figures.row_label is not distinct from current.line_label
            and (figures.change is not null or figures.is_flat)
        order by figures.ord
        limit 1
    ) as stated on true
)

select * from final;

comment on view gongkai.year_over_year is '年度对比 — for a department with this year''s and last year''s 决算 loaded, each total, 类 and 三公 item from both reports'' tables, the change computed and the change the narrative states';
comment on column gongkai.year_over_year.document_id is '文档编号 — this year''s document (fiscal.dim_document)';
comment on column gongkai.year_over_year.ord is '顺序 — order by document_id, ord: by table, then printed row';
comment on column gongkai.year_over_year.department is '部门 — the department of both reports';
comment on column gongkai.year_over_year.fiscal_year is '年度 — this year; last year is fiscal_year - 1';
comment on column gongkai.year_over_year.table_code is '表 — the table the amounts come from (gk01 …)';
comment on column gongkai.year_over_year.part is '侧 — the side of a two-sided table (1 收入, 2 支出; 0 one-sided)';
comment on column gongkai.year_over_year.subject_code is '科目代码 — the 功能分类 类 of a 公开05 row; null for totals';
comment on column gongkai.year_over_year.line_label is '项目 — the printed row label (总计, 合计, the 类 name); empty for the 三公 row';
comment on column gongkai.year_over_year.measure_code is '指标 — the amount column (fiscal.dim_measure)';
comment on column gongkai.year_over_year.measure_label is '指标名称 — the amount column as printed (决算数, 财政拨款收入 …)';
comment on column gongkai.year_over_year.fund_code is '资金 — the fund the column is restricted to (fiscal.dim_fund)';
comment on column gongkai.year_over_year.last_year is '上年数 — last year''s amount from last year''s report, in this year''s unit';
comment on column gongkai.year_over_year.this_year is '本年数 — this year''s amount, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.year_over_year.change is '增减额 — this year minus last year, from the two tables';
comment on column gongkai.year_over_year.stated_change is '说明增减额 — the change this year''s narrative states for the same figure (negative for 减少, 0 for 与上年持平), in the document''s unit; null when it states none';
comment on column gongkai.year_over_year.stated_subject is '说明项目 — what the narrative calls the figure whose change it states';
comment on column gongkai.year_over_year.stated_line is '说明行号 — the line of the narrative''s statement of the change';
comment on column gongkai.year_over_year.source_line is '行号 — the line of this year''s amount in the source file';
