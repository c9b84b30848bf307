-- depends: fiscal.gongkai_cell, gongkai.gk10_projects
-- The figures of the charts `juesuan report` draws, one row a bar of a series, so that a BI tool
-- draws the same charts from the same numbers:
--   1. 支出 by 功能分类 类, from the first of the document's tables that prints them: the 支出 table
--      of all funds (公开03 / ys03), else the 一般公共预算 one (公开05 / ys05), else the 财政拨款支出 one;
--   2. that table's 合计 of 基本支出 and 项目支出;
--   3. “三公”经费 by item: 预算数, and for a 决算 决算数 (a budget's ys09 counts its own year's row);
--   4. the 15 projects with the lowest 执行率 (项目支出绩效自评表).
-- Amounts are the printed ones (sums of printed cells for 1 and 3), in the document's unit.
create view gongkai.report_charts as

with sources (report_kind, preference, table_code, fund_code, prefix) as (
    values
        ('决算', 1, 'gk03', 'all', ''),
        ('决算', 2, 'gk05', 'general_budget', ''),
        ('决算', 3, 'gk_fiscal_expense', 'all', ''),
        ('预算', 1, 'ys03', 'all', 'budget_'),
        ('预算', 2, 'ys05', 'general_budget', 'budget_'),
        ('预算', 3, 'ys_fiscal_expense', 'all', 'budget_')
),

-- One document at a time (a lateral per document): a BI tool's filter on document_id reaches the
-- documents before the charts are computed, rather than the charts of the whole warehouse being
-- computed and then filtered (281 ms with 1,000 reports loaded, for one document's 29 bars).
charts as (
    -- document_id from dim_document, not from the lateral, so that a filter on it is a filter on d.
    select d.document_id, one.ord, one.chart, one.table_code, one.bar, one.series, one.amount, one.unit
    from fiscal.dim_document as d
    cross join lateral (
        with classes as (
            select
                c.document_id,
                s.preference,
                s.table_code,
                s.fund_code,
                s.prefix,
                d.report_kind,
                c.subject_code,
                min(c.line_label) as label,
                sum(c.amount) as amount
            from fiscal.gongkai_cell as c
            inner join sources as s
                on s.report_kind = d.report_kind and s.table_code = c.table_code and s.fund_code = c.fund_code
                and c.measure_code = s.prefix || 'expense_total'
            where c.document_id = d.document_id and length(c.subject_code) = 3
            group by c.document_id, s.preference, s.table_code, s.fund_code, s.prefix, d.report_kind, c.subject_code
        ),

        chosen as (
            select distinct on (document_id) document_id, table_code, fund_code, prefix, report_kind
            from classes
            order by document_id, preference
        ),

        kinds as (
            select
                h.document_id,
                h.table_code,
                m.bar_no,
                m.bar,
                case when h.report_kind = '预算' then '预算数' else '决算数' end as series,
                (
                    select c.amount from fiscal.gongkai_cell as c
                    where c.document_id = h.document_id and c.table_code = h.table_code and c.fund_code = h.fund_code
                        and c.subject_code is null and c.amount is not null and c.measure_code = h.prefix || m.measure
                    order by c.ord
                    limit 1
                ) as amount
            from chosen as h
            cross join (values (1, '基本支出', 'basic_expense'), (2, '项目支出', 'project_expense')) as m (bar_no, bar, measure)
        ),

        sangong as (
            select c.document_id, d.report_kind, c.table_code, c.measure_code, sum(c.amount) as amount
            from fiscal.gongkai_cell as c
            where c.document_id = d.document_id and c.table_code in ('gk09', 'ys09')
                and (c.table_code = 'gk09' or c.line_label is null or c.line_label like '%' || d.fiscal_year || '年%')
            group by c.document_id, d.report_kind, c.table_code, c.measure_code
        ),

        sangong_documents as (
            select distinct document_id, report_kind, table_code from sangong
        ),

        bars as (
            select
                k.document_id,
                1 as chart_no,
                '支出 by 功能分类 类 (' || k.table_code || ')' as chart,
                k.table_code,
                row_number() over (partition by k.document_id order by k.subject_code) as bar_no,
                k.subject_code || ' ' || k.label as bar,
                1 as series_no,
                case when k.report_kind = '预算' then '预算数' else '决算数' end as series,
                k.amount
            from classes as k
            inner join chosen as h on h.document_id = k.document_id and h.table_code = k.table_code

            union all

            select document_id, 2, '基本支出 and 项目支出 (' || table_code || ' 合计)', table_code, bar_no, bar, 1, series, amount
            from kinds
            where document_id in (select document_id from kinds where amount is not null)

            union all

            select
                s.document_id,
                3,
                case when s.report_kind = '预算' then '“三公”经费 预算数' else '“三公”经费: 预算数 and 决算数' end,
                s.table_code,
                i.bar_no,
                i.bar,
                p.series_no,
                p.series,
                (select g.amount from sangong as g where g.document_id = s.document_id and g.measure_code = p.prefix || i.item)
            from sangong_documents as s
            cross join (
                values (1, '合计', 'total'), (2, '因公出国(境)', 'abroad'), (3, '公务用车', 'vehicle_subtotal'), (4, '公务接待', 'reception')
            ) as i (bar_no, bar, item)
            cross join (values (1, '预算数', 'budget_sangong_'), (2, '决算数', 'actual_sangong_')) as p (series_no, series, prefix)
            where p.series_no = 1 or s.report_kind = '决算'

            union all

            select document_id, 4, '项目 by 执行率 (the 15 lowest)', 'gk10', bar_no, project_name, 1, '执行率', execution_rate
            from (
                select document_id, project_name, execution_rate, row_number() over (partition by document_id order by execution_rate, ord) as bar_no
                from gongkai.gk10_projects
                where gk10_projects.document_id = d.document_id
            ) as ranked
            where bar_no <= 15
        ),

        final as (
            select
                b.document_id,
                row_number() over (order by b.chart_no, b.bar_no, b.series_no)::integer as ord,
                b.chart,
                b.table_code,
                b.bar,
                b.series,
                b.amount,
                case when b.chart_no = 4 then '%' else d.amount_unit end as unit
            from bars as b
        )

        select * from final
    ) as one
)

select * from charts;

comment on view gongkai.report_charts is '报告图表 — the figures of the charts `juesuan report` draws, one row a bar of a series: spending by 功能分类 类, 基本支出 and 项目支出, “三公”经费 by item, the projects with the lowest 执行率';
comment on column gongkai.report_charts.document_id is '文档 (the document)';
comment on column gongkai.report_charts.ord is '序 — the bar''s place: chart, then bar, then series';
comment on column gongkai.report_charts.chart is '图 — the chart''s title, as the report page prints it';
comment on column gongkai.report_charts.table_code is '表 — the table the figures are read from (gk03, ys05, gk09 …)';
comment on column gongkai.report_charts.bar is '项 — the bar''s label: a 类 code and name, 基本支出/项目支出, a 三公 item, a project';
comment on column gongkai.report_charts.series is '系列 — the series: 决算数 (final accounts), 预算数 (budget) or 执行率 (execution rate)';
comment on column gongkai.report_charts.amount is '数 — the printed amount (a sum of printed cells for a 类 or a 三公 item), or the printed 执行率; null where the report prints none';
comment on column gongkai.report_charts.unit is '单位 — the document''s amount unit (fiscal.dim_document.amount_unit), % for 执行率';
