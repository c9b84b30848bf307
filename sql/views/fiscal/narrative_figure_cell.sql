-- Each figure the narrative states, matched to the table cell that prints the same number:
-- (section, subject, context) → (table, side, row, measure, fund). The narrative_vs_tables and
-- year_over_year checks and the gongkai.year_over_year view read it, so that one list of rules
-- says where a stated figure is printed. `value_in_table_unit` is the stated value in the
-- document's unit (万元 = 10000 元); a count keeps its value.
-- depends: fiscal.gongkai_cell
create view fiscal.narrative_figure_cell as

with figures as (
    select * from fiscal.fact_narrative_figure
),

cells as (
    select * from fiscal.gongkai_cell
),

-- Where each stated figure is printed: (section, subject, context) → (table, side, row, measure, fund).
-- Sections are found by their titles (收入支出决算总体情况, “三公”, 绩效 …), never by their ordinal:
-- provinces number them differently (Shanghai's 三公 is 七、, the seed's 九、).
rules (section_pattern, subject, context, table_code, part, row_label, measure_code, fund_code) as (
    values
        ('、(\d{4} ?年度)?收入支出决算总体情况', '收入总计', null, 'gk01', 1, '总计', 'actual', 'all'),
        ('、(\d{4} ?年度)?收入支出决算总体情况', '支出总计', null, 'gk01', 2, '总计', 'actual', 'all'),
        ('、(\d{4} ?年度)?(本年)?收入决算情况', '本年收入合计', null, 'gk01', 1, '本年收入合计', 'actual', 'all'),
        ('、(\d{4} ?年度)?(本年)?收入决算情况', '财政拨款收入', null, 'gk02', 0, '合计', 'fiscal_appropriation', 'all'),
        ('、(\d{4} ?年度)?(本年)?收入决算情况', '上级补助收入', null, 'gk02', 0, '合计', 'superior_subsidy', 'all'),
        ('、(\d{4} ?年度)?(本年)?收入决算情况', '事业收入', null, 'gk02', 0, '合计', 'business_income', 'all'),
        ('、(\d{4} ?年度)?(本年)?收入决算情况', '经营收入', null, 'gk02', 0, '合计', 'operating_income', 'all'),
        ('、(\d{4} ?年度)?(本年)?收入决算情况', '附属单位上缴收入', null, 'gk02', 0, '合计', 'subsidiary_remittance', 'all'),
        ('、(\d{4} ?年度)?(本年)?收入决算情况', '其他收入', null, 'gk02', 0, '合计', 'other_income', 'all'),
        ('、(\d{4} ?年度)?(本年)?支出决算情况', '本年支出合计', null, 'gk03', 0, '合计', 'expense_total', 'all'),
        ('、(\d{4} ?年度)?(本年)?支出决算情况', '基本支出', null, 'gk03', 0, '合计', 'basic_expense', 'all'),
        ('、(\d{4} ?年度)?(本年)?支出决算情况', '项目支出', null, 'gk03', 0, '合计', 'project_expense', 'all'),
        ('、(\d{4} ?年度)?(本年)?支出决算情况', '上缴上级支出', null, 'gk03', 0, '合计', 'remittance_to_superior', 'all'),
        ('、(\d{4} ?年度)?(本年)?支出决算情况', '经营支出', null, 'gk03', 0, '合计', 'operating_expense', 'all'),
        ('、(\d{4} ?年度)?(本年)?支出决算情况', '对附属单位补助支出', null, 'gk03', 0, '合计', 'subsidy_to_subsidiary', 'all'),
        ('、(\d{4} ?年度)?财政拨款收入支出决算总体情况', '财政拨款收入', null, 'gk04', 1, '本年收入合计', 'actual', 'all'),
        ('、(\d{4} ?年度)?财政拨款收入支出决算总体情况', '支出总计', null, 'gk04', 2, '总计', 'actual', 'all'),
        ('、(\d{4} ?年度)?一般公共预算财政拨款支出决算情况', '一般公共预算财政拨款支出', null, 'gk05', 0, '合计', 'expense_total', 'general_budget'),
        ('、(\d{4} ?年度)?一般公共预算财政拨款基本支出决算情况', '一般公共预算财政拨款基本支出', null, 'gk05', 0, '合计', 'basic_expense', 'general_budget'),
        ('、(\d{4} ?年度)?一般公共预算财政拨款基本支出决算情况', '人员经费', null, 'gk05', 0, '合计', 'personnel_expense', 'general_budget'),
        ('、(\d{4} ?年度)?一般公共预算财政拨款基本支出决算情况', '公用经费', null, 'gk05', 0, '合计', 'public_expense', 'general_budget'),
        ('三公', '“三公”经费财政拨款支出预算', null, 'gk09', 0, null, 'budget_sangong_total', 'all'),
        ('三公', '支出决算', '“三公”经费财政拨款支出预算', 'gk09', 0, null, 'actual_sangong_total', 'all'),
        ('三公', '因公出国（境）费预算', null, 'gk09', 0, null, 'budget_sangong_abroad', 'all'),
        ('三公', '支出决算', '因公出国（境）费预算', 'gk09', 0, null, 'actual_sangong_abroad', 'all'),
        ('三公', '公务用车购置及运行费预算', null, 'gk09', 0, null, 'budget_sangong_vehicle_subtotal', 'all'),
        ('三公', '支出决算', '公务用车购置及运行费预算', 'gk09', 0, null, 'actual_sangong_vehicle_subtotal', 'all'),
        ('三公', '公务用车购置费支出', null, 'gk09', 0, null, 'actual_sangong_vehicle_purchase', 'all'),
        ('三公', '公务用车运行维护费支出', null, 'gk09', 0, null, 'actual_sangong_vehicle_operation', 'all'),
        ('三公', '公务接待费预算', null, 'gk09', 0, null, 'budget_sangong_reception', 'all'),
        ('三公', '支出决算', '公务接待费预算', 'gk09', 0, null, 'actual_sangong_reception', 'all'),
        -- Shanghai's phrasing: 年初预算 for 预算, and each item's 决算 named on its own.
        ('三公', '“三公”经费财政拨款支出年初预算', null, 'gk09', 0, null, 'budget_sangong_total', 'all'),
        ('三公', '支出决算', '“三公”经费财政拨款支出年初预算', 'gk09', 0, null, 'actual_sangong_total', 'all'),
        ('三公', '因公出国（境）费决算', null, 'gk09', 0, null, 'actual_sangong_abroad', 'all'),
        ('三公', '公务用车购置及运行维护费支出决算', null, 'gk09', 0, null, 'actual_sangong_vehicle_subtotal', 'all'),
        ('三公', '公务接待费支出决算', null, 'gk09', 0, null, 'actual_sangong_reception', 'all'),
        -- The fund sections: their totals against the 合计 row of 公开07 / 公开08.
        ('、(\d{4} ?年度)?政府性基金', '政府性基金预算财政拨款收入', null, 'gk07', 0, '合计', 'income', 'gov_fund'),
        ('、(\d{4} ?年度)?政府性基金', '政府性基金预算财政拨款支出', null, 'gk07', 0, '合计', 'expense_total', 'gov_fund'),
        ('、(\d{4} ?年度)?国有资本经营', '国有资本经营预算财政拨款收入', null, 'gk08', 0, '合计', 'income', 'soe_capital'),
        ('、(\d{4} ?年度)?国有资本经营', '国有资本经营预算财政拨款支出', null, 'gk08', 0, '合计', 'expense_total', 'soe_capital')
),

final as (
    select
        figures.document_id,
        figures.ord,
        figures.section,
        figures.subject,
        figures.context,
        figures.value,
        figures.unit,
        figures.change_word,
        figures.change,
        figures.rate_word,
        figures.rate,
        figures.is_flat,
        figures.share,
        figures.completion,
        figures.source_line,
        rules.table_code,
        rules.part,
        rules.row_label,
        rules.measure_code,
        rules.fund_code,
        cells.amount as printed,
        cells.source_line as cell_line,
        figures.value * fiscal.unit_factor(figures.unit, documents.amount_unit) as value_in_table_unit
    from figures
    inner join fiscal.dim_document as documents on documents.document_id = figures.document_id
    inner join rules
        on figures.section ~ rules.section_pattern and figures.subject = rules.subject
        and figures.context is not distinct from coalesce(rules.context, figures.context)
        and (rules.context is not null or rules.subject <> '支出决算'
            or coalesce(figures.context, '') <> all (array['“三公”经费财政拨款支出预算', '“三公”经费财政拨款支出年初预算']))
    inner join cells
        on cells.document_id = figures.document_id and cells.table_code = rules.table_code and cells.part = rules.part
        and cells.measure_code = rules.measure_code and cells.fund_code = rules.fund_code
        and cells.line_label is not distinct from rules.row_label
)

select * from final;

comment on view fiscal.narrative_figure_cell is '情况说明数字对应表格 — each figure the narrative states, with the table cell that prints the same number (value_in_table_unit: the stated value in the document''s unit)';
comment on column fiscal.narrative_figure_cell.document_id is '文档 — the document (fiscal.dim_document)';
comment on column fiscal.narrative_figure_cell.ord is '顺序 — the order of the figure in the narrative (fiscal.fact_narrative_figure.ord)';
comment on column fiscal.narrative_figure_cell.section is '章节 — the section heading the figure stands under';
comment on column fiscal.narrative_figure_cell.subject is '项目 — what the figure is of, as printed';
comment on column fiscal.narrative_figure_cell.context is '上文 — the figure stated just before it in the sentence, when the subject alone is ambiguous (支出决算 of which 预算)';
comment on column fiscal.narrative_figure_cell.value is '数值 — the stated value, in unit';
comment on column fiscal.narrative_figure_cell.unit is '单位 — the stated unit (万元, 元, 个 …)';
comment on column fiscal.narrative_figure_cell.change_word is '增减 — 增加 or 减少, as stated against last year';
comment on column fiscal.narrative_figure_cell.change is '增减额 — the stated change against last year, unsigned (change_word gives the direction)';
comment on column fiscal.narrative_figure_cell.rate_word is '增减幅度方向 — the direction of the stated rate: 增长 (up) or 下降 (down)';
comment on column fiscal.narrative_figure_cell.rate is '幅度 — the stated rate of change, in %';
comment on column fiscal.narrative_figure_cell.is_flat is '持平 — whether the narrative states no change (与上年持平)';
comment on column fiscal.narrative_figure_cell.share is '占比 — the stated share, in %';
comment on column fiscal.narrative_figure_cell.completion is '完成率 — the stated completion of the budget, in %';
comment on column fiscal.narrative_figure_cell.source_line is '行号 — the line of the statement in the source file';
comment on column fiscal.narrative_figure_cell.table_code is '表 — the table that prints the same figure';
comment on column fiscal.narrative_figure_cell.part is '侧 — the side of a two-sided table (1 收入, 2 支出; 0 one-sided)';
comment on column fiscal.narrative_figure_cell.row_label is '行 — the printed row label of the cell (null: the only row of the table)';
comment on column fiscal.narrative_figure_cell.measure_code is '指标 — the cells measure (fiscal.dim_measure)';
comment on column fiscal.narrative_figure_cell.fund_code is '资金 — the cells fund (fiscal.dim_fund)';
comment on column fiscal.narrative_figure_cell.printed is '表中数 — the amount the table prints, in the documents unit';
comment on column fiscal.narrative_figure_cell.cell_line is '表中行号 — the line of the cell in the source file';
comment on column fiscal.narrative_figure_cell.value_in_table_unit is '折算数 — the stated value converted to the document''s unit (万元 = 10000 元); a count as stated';
