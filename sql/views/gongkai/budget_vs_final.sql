-- 预算 against 决算: for a department and year with both reports loaded, what was planned and
-- what was spent, per 功能分类 subject (一般公共预算, the budget's 一般公共预算支出表 against 公开05),
-- per 经济分类 类 of basic spending (一般公共预算基本支出表 against 公开06) and per 三公 item (the
-- budget's 三公 table against 公开09), in the 决算's unit. Beside them, the 决算's own statement of
-- the budget: its 五(三) 年初预算 per 项, its 三公 预算数.
-- depends: fiscal.gongkai_cell, gongkai.budget_execution
create view gongkai.budget_vs_final as

-- The sums are read per pair of reports (a lateral over CTEs that are not materialized), so that
-- a query for one document reads that document's cells by index: materialized, those CTEs
-- computed every document's sums first, a scan of the whole warehouse for each query. The
-- documents and their pairs are small and stay materialized, which halves the planning.
with documents as materialized (
    select * from fiscal.dim_document
),

pairs as materialized (
    select
        final.document_id,
        budget.document_id as budget_document_id,
        final.department,
        final.fiscal_year,
        final.amount_unit,
        fiscal.unit_factor(budget.amount_unit, final.amount_unit) as budget_factor
    from documents as final
    inner join documents as budget
        on budget.department = final.department and budget.fiscal_year = final.fiscal_year and budget.report_kind = '预算'
    where final.report_kind = '决算'
),

cells as not materialized (
    select * from fiscal.gongkai_cell
),

-- 三公 items, one code each; the budget's 三公 rows of other years (2025年, 增减变化金额) are not its plan.
sangong_items (item, name, sort) as (
    values ('total', '“三公”经费合计', 1), ('abroad', '因公出国(境)费', 2), ('vehicle_subtotal', '公务用车购置及运行维护费', 3),
        ('vehicle_purchase', '公务用车购置费', 4), ('vehicle_operation', '公务用车运行维护费', 5), ('reception', '公务接待费', 6)
),

-- A code printed under several units of one budget counts once for each.
planned as not materialized (
    select document_id, '功能分类' as dimension, subject_code as code, min(line_label) as name, sum(amount) as amount
    from cells
    where table_code = 'ys05' and measure_code = 'budget_expense_total' and fund_code = 'general_budget' and subject_code is not null
    group by document_id, subject_code
    union all
    -- 一般公共预算基本支出表, or where a province prints none, the 基本支出 column of its 按经济分类 table.
    select document_id, '经济分类', econ_code, min(line_label), sum(amount)
    from cells as cell
    where measure_code = 'budget_basic_expense' and fund_code = 'general_budget' and length(econ_code) = 3
        and (table_code = 'ys06' or (table_code = 'ys_general_econ'
            and not exists (select from cells as other where other.document_id = cell.document_id and other.table_code = 'ys06')))
    group by document_id, econ_code
    union all
    -- All funds where printed, else the sum of the fund columns.
    select cell.document_id, '三公', items.item, min(items.name), sum(cell.amount)
    from cells as cell
    inner join documents on documents.document_id = cell.document_id
    inner join sangong_items as items on cell.measure_code = 'budget_sangong_' || items.item
    where cell.table_code = 'ys09'
        and (cell.line_label is null or cell.line_label like '%' || documents.fiscal_year || '年%')
        and (cell.fund_code = 'all' or not exists (
            select from cells as other
            where other.document_id = cell.document_id and other.table_code = 'ys09'
                and other.measure_code = cell.measure_code and other.fund_code = 'all' and other.amount is not null))
    group by cell.document_id, items.item
),

spent as not materialized (
    select document_id, '功能分类' as dimension, subject_code as code, min(line_label) as name, sum(amount) as amount
    from cells
    where table_code = 'gk05' and measure_code = 'expense_total' and fund_code = 'general_budget' and subject_code is not null
    group by document_id, subject_code
    union all
    select document_id, '经济分类', econ_code, min(line_label), sum(amount)
    from cells
    where table_code = 'gk06' and measure_code = 'actual' and fund_code = 'general_budget' and length(econ_code) = 3
    group by document_id, econ_code
    union all
    select cell.document_id, '三公', items.item, min(items.name), sum(cell.amount)
    from cells as cell
    inner join sangong_items as items on cell.measure_code = 'actual_sangong_' || items.item
    where cell.table_code = 'gk09' and cell.fund_code = 'all'
    group by cell.document_id, items.item
),

-- The 决算's own word on the budget: 五(三) 年初预算 per 项, the 三公 table's 预算数.
stated as not materialized (
    select execution.document_id, '功能分类' as dimension, execution.subject_code as code,
        trim_scale(sum(execution.initial_budget * fiscal.unit_factor(facts.amount_unit, documents.amount_unit))) as amount
    from gongkai.budget_execution as execution
    inner join fiscal.fact_budget_execution as facts on facts.document_id = execution.document_id and facts.ord = execution.ord
    inner join documents on documents.document_id = execution.document_id
    where execution.subject_code is not null
    group by execution.document_id, execution.subject_code
    union all
    select cell.document_id, '三公', items.item, sum(cell.amount)
    from cells as cell
    inner join sangong_items as items on cell.measure_code = 'budget_sangong_' || items.item
    where cell.table_code = 'gk09' and cell.fund_code = 'all'
    group by cell.document_id, items.item
),

-- Every code either report prints, for each pair of reports: the two reports' sums side by side.
compared as (
    select
        pairs.document_id,
        pairs.budget_document_id,
        pairs.department,
        pairs.fiscal_year,
        printed.dimension,
        printed.code,
        printed.name,
        -- 元 to 万元 keeps every printed digit; trim_scale drops the zeros the factor adds.
        trim_scale(printed.planned * pairs.budget_factor) as budget,
        printed.spent as final,
        printed.stated,
        pairs.amount_unit
    from pairs
    cross join lateral (
        select
            coalesce(spent.dimension, planned.dimension) as dimension,
            coalesce(spent.code, planned.code) as code,
            coalesce(spent.name, planned.name) as name,
            planned.amount as planned,
            spent.amount as spent,
            stated.amount as stated
        from (select * from planned where planned.document_id = pairs.budget_document_id) as planned
        full join (select * from spent where spent.document_id = pairs.document_id) as spent
            on spent.dimension = planned.dimension and spent.code = planned.code
        left join (select * from stated where stated.document_id = pairs.document_id) as stated
            on stated.dimension = coalesce(spent.dimension, planned.dimension) and stated.code = coalesce(spent.code, planned.code)
    ) as printed
),

final as (
    select
        compared.document_id,
        row_number() over (
            partition by compared.document_id, compared.budget_document_id
            order by case compared.dimension when '功能分类' then 1 when '经济分类' then 2 else 3 end,
                coalesce(items.sort, 0), compared.code
        )::integer as ord,
        compared.budget_document_id,
        compared.department,
        compared.fiscal_year,
        compared.dimension,
        compared.code,
        compared.name,
        compared.budget,
        compared.final,
        compared.final - compared.budget as difference,
        round(compared.final / nullif(compared.budget, 0) * 100, 2) as rate,
        compared.stated as stated_budget,
        compared.amount_unit
    from compared
    left join sangong_items as items on compared.dimension = '三公' and items.item = compared.code
)

select * from final;

comment on view gongkai.budget_vs_final is '预算与决算对比 — for a department and year with both its 部门预算 and its 部门决算 loaded: planned against spent per 功能分类 subject (一般公共预算), per 经济分类 类 of basic spending and per “三公” item, in the 决算''s unit';
comment on column gongkai.budget_vs_final.document_id is '文档编号 — the 决算 document (fiscal.dim_document, report_kind 决算)';
comment on column gongkai.budget_vs_final.ord is '顺序 — 功能分类 subjects by code, then 经济分类 类, then the 三公 items in the table''s order';
comment on column gongkai.budget_vs_final.budget_document_id is '预算文档 — the 预算 document of the same department and year (fiscal.dim_document, report_kind 预算)';
comment on column gongkai.budget_vs_final.department is '部门 — the department, as both documents name it';
comment on column gongkai.budget_vs_final.fiscal_year is '年度 — the fiscal year both documents are for';
comment on column gongkai.budget_vs_final.dimension is '对比口径 — 功能分类 (一般公共预算支出 by subject: 预算 一般公共预算支出表 against 公开05 合计), 经济分类 (一般公共预算基本支出 by 类: against 公开06) or 三公 (against 公开09 决算数)';
comment on column gongkai.budget_vs_final.code is '代码 — the 功能分类 code (201, 20103, 2010301), the 经济分类 类 (301 …) or the 三公 item (total, abroad, vehicle_subtotal, vehicle_purchase, vehicle_operation, reception)';
comment on column gongkai.budget_vs_final.name is '名称 — the name the 决算 prints (the budget''s where the 决算 does not print the code)';
comment on column gongkai.budget_vs_final.budget is '预算数 — the amount the budget planned, converted to the 决算''s unit (fiscal.unit_factor); null when the budget does not print the code';
comment on column gongkai.budget_vs_final.final is '决算数 — the amount the 决算 reports spent, in its unit; null when the 决算 does not print the code';
comment on column gongkai.budget_vs_final.difference is '差额 — 决算数 minus 预算数';
comment on column gongkai.budget_vs_final.rate is '执行率(%) — 决算数 / 预算数 × 100, rounded to 2 places; null when nothing was planned';
comment on column gongkai.budget_vs_final.stated_budget is '决算所述预算 — the budget as the 决算 itself states it: 第三部分 五(三) 年初预算 of a 项 (summed where several items name it), or the 预算数 of its 三公 table; null where it states none';
comment on column gongkai.budget_vs_final.amount_unit is '单位 — the 决算''s amount unit (万元 or 元), which every amount of the row is in';
