-- A row's total equals the sum of its columns: 02 本年收入合计 = Σ 收入来源;
-- 03 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助; 05 小计 = 基本支出 + 项目支出
-- and 基本支出 = 人员经费 + 公用经费; 07/08 本年支出 = 基本支出 + 项目支出; the universities'
-- 财政拨款支出决算表 合计 = 基本支出 + 项目支出 (其中 columns are parts of a part, not terms).
-- A budget's the same: 支出总表 合计 = 基本 + 项目 + 经营 + 对附属单位补助 + 上缴上级 + 预留机动 +
-- 结转下年; 一般公共预算支出表 (by 功能 and by 经济分类), 政府性基金 and 国有资本经营 合计 = 基本支出 +
-- 项目支出, 基本支出 = 人员经费 + 公用经费, and where a table prints no 基本支出 column (西安: 合计 |
-- 人员经费支出 | 公用经费支出 | 专项业务经费支出) 合计 = 人员经费 + 公用经费 + 项目支出.
with cells as (
    select * from fiscal.gongkai_cell
    where document_id = $1
        and table_code in ('gk02', 'gk03', 'gk05', 'gk07', 'gk08', 'gk_fiscal_expense', 'ys03', 'ys05', 'ys06', 'ys07', 'ys08', 'ys_general_econ', 'ys_fiscal_expense')
),

-- The measures each table prints (a column, blank or not).
printed as (
    select distinct table_code, measure_code from cells
),

-- A rule with `needs` applies only to a table that prints that measure, one with `unless` only to one that does not.
rules (table_code, total_measure, part_measures, needs, unless, message) as (
    values
        ('gk02', 'income_total', array['fiscal_appropriation', 'superior_subsidy', 'business_income', 'operating_income',
            'subsidiary_remittance', 'other_income'], null, null, '本年收入合计 = Σ 收入来源'),
        ('gk03', 'expense_total', array['basic_expense', 'project_expense', 'remittance_to_superior', 'operating_expense',
            'subsidy_to_subsidiary'], null, null, '本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出'),
        ('gk05', 'expense_total', array['basic_expense', 'project_expense'], null, null, '小计 = 基本支出 + 项目支出'),
        ('gk05', 'basic_expense', array['personnel_expense', 'public_expense'], null, null, '基本支出 = 人员经费 + 公用经费'),
        ('gk07', 'expense_total', array['basic_expense', 'project_expense'], null, null, '本年支出小计 = 基本支出 + 项目支出'),
        ('gk08', 'expense_total', array['basic_expense', 'project_expense'], null, null, '本年支出合计 = 基本支出 + 项目支出'),
        ('gk_fiscal_expense', 'expense_total', array['basic_expense', 'project_expense'], null, null, '合计 = 基本支出 + 项目支出'),
        ('ys03', 'budget_expense_total', array['budget_basic_expense', 'budget_project_expense', 'budget_operating_expense',
            'budget_subsidy_to_subsidiary', 'budget_remittance_to_superior', 'budget_reserve', 'budget_carry_forward'], null, null,
            '合计 = 基本支出 + 项目支出 + 经营支出 + 对附属单位补助支出 + 上缴上级支出 + 预留机动经费 + 结转下年'),
        ('ys05', 'budget_expense_total', array['budget_basic_expense', 'budget_project_expense'], 'budget_basic_expense', null,
            '合计 = 基本支出 + 项目支出'),
        ('ys05', 'budget_expense_total', array['budget_personnel_expense', 'budget_public_expense', 'budget_project_expense'],
            null, 'budget_basic_expense', '合计 = 人员经费 + 公用经费 + 项目支出 (no 基本支出 column)'),
        ('ys05', 'budget_basic_expense', array['budget_personnel_expense', 'budget_public_expense'], 'budget_basic_expense', null,
            '基本支出 = 人员经费 + 公用经费'),
        ('ys_general_econ', 'budget_expense_total', array['budget_basic_expense', 'budget_project_expense'], 'budget_basic_expense', null,
            '合计 = 基本支出 + 项目支出'),
        ('ys_general_econ', 'budget_expense_total', array['budget_personnel_expense', 'budget_public_expense', 'budget_project_expense'],
            null, 'budget_basic_expense', '合计 = 人员经费 + 公用经费 + 项目支出 (no 基本支出 column)'),
        ('ys_general_econ', 'budget_basic_expense', array['budget_personnel_expense', 'budget_public_expense'], 'budget_basic_expense', null,
            '基本支出 = 人员经费 + 公用经费'),
        ('ys06', 'budget_basic_expense', array['budget_personnel_expense', 'budget_public_expense'], 'budget_basic_expense', null,
            '基本支出 = 人员经费 + 公用经费'),
        ('ys07', 'budget_expense_total', array['budget_basic_expense', 'budget_project_expense'], null, null, '合计 = 基本支出 + 项目支出'),
        ('ys08', 'budget_expense_total', array['budget_basic_expense', 'budget_project_expense'], null, null, '合计 = 基本支出 + 项目支出'),
        ('ys_fiscal_expense', 'budget_expense_total', array['budget_basic_expense', 'budget_project_expense'], null, null, '合计 = 基本支出 + 项目支出')
),

evaluated as (
    select
        rules.table_code,
        cells.ord,
        rules.total_measure,
        rules.message,
        max(coalesce(cells.subject_code, cells.line_label)) as row_label,
        max(cells.amount) filter (where cells.measure_code = rules.total_measure) as expected,
        sum(cells.amount) filter (where cells.measure_code = any(rules.part_measures)) as actual,
        count(cells.amount) filter (where cells.measure_code = any(rules.part_measures)) as terms,
        count(*) filter (where cells.measure_code = any(rules.part_measures)) as printed_parts,
        array_agg(distinct cells.source_line) as source_lines
    from rules
    inner join cells on cells.table_code = rules.table_code
    where (rules.needs is null or exists (select 1 from printed where printed.table_code = rules.table_code and printed.measure_code = rules.needs))
        and not exists (select 1 from printed where printed.table_code = rules.table_code and printed.measure_code = rules.unless)
    group by 1, 2, 3, 4
),

final as (
    select
        table_code as table_codes,
        row_label || ' ' || total_measure as row_key,
        expected,
        actual,
        terms::integer as terms,
        false as is_total,
        '=' as relation,
        source_lines,
        message
    from evaluated
    where (expected is not null or actual is not null) and printed_parts > 0  -- a table that prints no part columns (05 without 人员经费 / 公用经费) is not compared
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'the coded tables print no amount'
where not exists (select 1 from cells where amount is not null)
