-- A budget's narrative against its own tables: each amount the text states for a total the tables
-- print — 收入 and 支出 预算 as a whole, 一般公共预算拨款支出, 基本支出 and 项目支出, the “三公”经费
-- and each of its items, 机关运行经费, and in its 一般公共预算 section each 类 named as the 一般公共
-- 预算支出表 prints it (its total, or its 基本 or 项目 part, 其中：一般公共服务支出 417.41 万元 under
-- 项目支出) with the share stated beside it (占 100.00%, of the table's 合计) — equals the table's. Figures are told by what they are
-- called, wherever the budget places them (budgets number and name their parts differently), and
-- a name may mean more than one printed total (收入预算: 总计, or 本年收入 where a 上年结转 is
-- added): the figure is compared with the nearest of them, so that one matching any passes and a
-- wrong one is shown against the total it comes closest to. A figure stated in 万元 in a budget
-- whose tables are in 元 is compared after conversion, with the rounding of 0.01 万元 (50 元) as
-- the tolerance. With last year's budget of the department loaded, the change stated beside such a
-- total (比上年增加 608.71 万元, 与上年持平) = this year's total − last year's same total, unless the
-- sentence compares with last year's 执行数 or 决算. A warn.
with document as (
    select department, fiscal_year, amount_unit from fiscal.dim_document where document_id = $1 and report_kind = '预算'
),

figures as (
    select figures.ord, figures.section, figures.source_line, figures.share,
        regexp_replace(figures.subject, '\s', '', 'g') as subject,
        figures.value * fiscal.unit_factor(figures.unit, document.amount_unit) as amount,
        -- Half the last printed place, in the table's unit: what rounding the stated figure explains.
        0.5 * power(10::numeric, -scale(figures.value)) * fiscal.unit_factor(figures.unit, document.amount_unit) as rounding,
        -- The change stated from last year, signed and in the table's unit (0 for 与上年持平), with its rounding;
        -- none where the sentence compares with last year's execution rather than its budget.
        case
            when figures.statement ~ '(执行数|决算数|实际支出)' then null
            when figures.change_word = '减少' then -figures.change
            when figures.change_word = '增加' then figures.change
            when figures.is_flat then 0
        end * fiscal.unit_factor(figures.unit, document.amount_unit) as change,
        0.5 * power(10::numeric, -scale(coalesce(figures.change, 0))) * fiscal.unit_factor(figures.unit, document.amount_unit)
            as change_rounding
    from fiscal.fact_narrative_figure as figures
    cross join document
    where figures.document_id = $1 and figures.value is not null and figures.unit in ('万元', '元')
        -- Last year's budget, stated for the comparison, is not this budget's figure.
        and figures.subject !~ '(上年|上一年|去年|[0-9]{4}年)'
),

cells as (
    select *, regexp_replace(coalesce(line_label, ''), '\s', '', 'g') as label
    from fiscal.gongkai_cell
    where document_id = $1 and amount is not null
),

-- Last year's budget of the department, if loaded: its cells in this year's unit.
last_year_cells as (
    select cells.table_code, cells.part, cells.measure_code, cells.fund_code, cells.subject_code, cells.source_line,
        regexp_replace(coalesce(cells.line_label, ''), '\s', '', 'g') as label,
        cells.amount * fiscal.unit_factor(previous.amount_unit, document.amount_unit) as amount
    from document
    inner join fiscal.dim_document as previous
        on previous.department = document.department and previous.report_kind = '预算' and previous.fiscal_year = document.fiscal_year - 1
    inner join fiscal.gongkai_cell as cells on cells.document_id = previous.document_id
    where cells.amount is not null
),

-- What a figure is called → the printed totals it may mean: (table, measure, fund, row label
-- pattern; null: any row). The subject is the figure's phrase with spaces removed; a name
-- qualified by a source, fund or use (一般公共预算…, 基本…) is another rule's.
rules (name, subject_pattern, excluded, table_code, part, measure_code, fund_code, row_pattern) as (
    values
        ('收入预算', '(收入预算|收入总计|收入总额|收入合计|预算收入)(总计|总额|合计)?数?$',
            '(财政|一般公共|政府性基金|国有资本|上级|事业|经营|其他|附属|专户)', 'ys01', 1, 'budget', 'all', '(总计|合计|本年收入)'),
        ('支出预算', '(支出预算|支出总计|支出总额|支出合计|预算支出)(总计|总额|合计)?数?$',
            '(财政|一般公共|政府性基金|国有资本|基本|项目|经营|附属|上缴|三公|事业)', 'ys01', 2, 'budget', 'all', '(总计|合计|本年支出)'),
        ('一般公共预算拨款支出', '一般公共预算(财政)?拨款支出(预算)?(总额)?数?$', null, 'ys05', 0, 'budget_expense_total', 'general_budget',
            '(合计|总计)'),
        ('基本支出', '基本支出(预算)?数?$', '(人员|公用)', 'ys03', 0, 'budget_basic_expense', 'all', '(合计|总计)'),
        ('基本支出', '基本支出(预算)?数?$', '(人员|公用)', 'ys05', 0, 'budget_basic_expense', 'general_budget', '(合计|总计)'),
        ('项目支出', '项目支出(预算)?数?$', null, 'ys03', 0, 'budget_project_expense', 'all', '(合计|总计)'),
        ('项目支出', '项目支出(预算)?数?$', null, 'ys05', 0, 'budget_project_expense', 'general_budget', '(合计|总计)'),
        ('“三公”经费', '三公”?经费(财政拨款)?(支出)?(预算)?(总额)?数?$', null, 'ys09', 0, 'budget_sangong_total', 'all', null),
        ('因公出国（境）费', '因公出国（境）费(用)?(预算)?数?$', null, 'ys09', 0, 'budget_sangong_abroad', 'all', null),
        ('公务用车购置及运行费', '公务用车购置及运行(维护)?费(预算)?数?$', null, 'ys09', 0, 'budget_sangong_vehicle_subtotal', 'all', null),
        ('公务用车购置费', '公务用车购置费(预算)?数?$', null, 'ys09', 0, 'budget_sangong_vehicle_purchase', 'all', null),
        ('公务用车运行费', '公务用车运行(维护|维修)?费(预算)?数?$', null, 'ys09', 0, 'budget_sangong_vehicle_operation', 'all', null),
        ('公务接待费', '公务接待费(预算)?数?$', null, 'ys09', 0, 'budget_sangong_reception', 'all', null),
        ('机关运行经费', '机关运行经费(预算)?(总额)?数?$', null, 'ys_running_cost', 0, 'budget_running_cost', 'all', null)
),

-- The 一般公共预算支出表's 类 rows (its total, 基本 and 项目 columns) and its 合计.
classes as (
    select * from cells
    where table_code = 'ys05' and fund_code = 'general_budget' and length(subject_code) = 3
        and measure_code in ('budget_expense_total', 'budget_basic_expense', 'budget_project_expense')
),

class_total as (
    select amount from cells
    where table_code = 'ys05' and fund_code = 'general_budget' and measure_code = 'budget_expense_total' and label ~ '^(合计|总计)$'
    limit 1
),

-- Each figure with every printed total its name may mean: by the rules, or in the 一般公共预算
-- section by a 类's printed name.
candidates as (
    select figures.ord, figures.source_line, figures.amount, figures.rounding, figures.share, figures.change, figures.change_rounding, rules.name,
        cells.amount as printed, cells.source_line as cell_line, cells.table_code, cells.part, cells.measure_code, cells.fund_code,
        cells.subject_code, cells.label
    from figures
    inner join rules on figures.subject ~ rules.subject_pattern and (rules.excluded is null or figures.subject !~ rules.excluded)
    inner join cells
        on cells.table_code = rules.table_code and cells.part = rules.part and cells.measure_code = rules.measure_code
        and cells.fund_code = rules.fund_code and (rules.row_pattern is null or cells.label ~ rules.row_pattern)
    union all
    select figures.ord, figures.source_line, figures.amount, figures.rounding, figures.share, figures.change, figures.change_rounding,
        figures.subject, classes.amount, classes.source_line, classes.table_code, classes.part, classes.measure_code, classes.fund_code,
        classes.subject_code, classes.label
    from figures
    inner join classes on classes.label = figures.subject
    where figures.section ~ '一般公共预算'
),

nearest as (
    select distinct on (ord) *
    from candidates
    order by ord, abs(printed - amount), cell_line
),

final as (
    select 'narrative,' || table_code as table_codes, name || ' ' || ord as row_key, printed as expected, amount as actual,
        -- The judge's rounding tolerance is 0.01 a term: the figure's own rounding, in those terms.
        greatest(1, ceil(rounding / 0.01))::integer as terms, false as is_total, '=' as relation, array[source_line, cell_line] as source_lines,
        'the budget''s narrative states ' || name || ' as its table prints it' as message
    from nearest
    union all
    -- A 类's share, stated beside its total: of the table's 合计, at the places stated.
    select 'narrative,ys05', name || ' share ' || ord, share, round(printed / class_total.amount * 100, scale(share)), 1, false, '=',
        array[source_line, cell_line], 'the share stated of a 类 = its total / the 一般公共预算支出表''s 合计'
    from nearest
    cross join class_total
    where share is not null and measure_code = 'budget_expense_total' and class_total.amount <> 0
    union all
    -- The change stated from last year: this year's total − the same total of last year's budget
    -- (two printed numbers, and the change's own rounding).
    select 'narrative,' || nearest.table_code, name || ' change ' || ord, nearest.printed - last_year.amount, nearest.change,
        2 + greatest(1, ceil(nearest.change_rounding / 0.01))::integer, false, '=', array[nearest.source_line, nearest.cell_line, last_year.source_line],
        'the change the budget states from last year = this year''s total − last year''s budget''s'
    from nearest
    inner join last_year_cells as last_year
        on last_year.table_code = nearest.table_code and last_year.part = nearest.part and last_year.measure_code = nearest.measure_code
        and last_year.fund_code = nearest.fund_code
        and coalesce(last_year.subject_code, last_year.label) = coalesce(nearest.subject_code, nearest.label)
    where nearest.change is not null
)

select * from final
union all
select null, null, null, null, 0, false, 'basis', '{}', 'not a 部门预算'
where not exists (select from document)
union all
select null, null, null, null, 0, false, 'basis', '{}', 'the budget''s text states none of the totals its tables print'
where exists (select from document) and not exists (select from final)
