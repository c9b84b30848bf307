-- A row's total equals the sum of its columns: 02 本年收入合计 = Σ 收入来源;
-- 03 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助; 05 小计 = 基本支出 + 项目支出
-- and 基本支出 = 人员经费 + 公用经费; 07/08 本年支出 = 基本支出 + 项目支出; the universities'
-- 财政拨款支出决算表 合计 = 基本支出 + 项目支出 (其中 columns are parts of a part, not terms).
with cells as (
    select * from fiscal.gongkai_cell
    where document_id = $1 and table_code in ('gk02', 'gk03', 'gk05', 'gk07', 'gk08', 'gk_fiscal_expense')
),

rules (table_code, total_measure, part_measures, message) as (
    values
        ('gk02', 'income_total', array['fiscal_appropriation', 'superior_subsidy', 'business_income', 'operating_income',
            'subsidiary_remittance', 'other_income'], '本年收入合计 = Σ 收入来源'),
        ('gk03', 'expense_total', array['basic_expense', 'project_expense', 'remittance_to_superior', 'operating_expense',
            'subsidy_to_subsidiary'], '本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出'),
        ('gk05', 'expense_total', array['basic_expense', 'project_expense'], '小计 = 基本支出 + 项目支出'),
        ('gk05', 'basic_expense', array['personnel_expense', 'public_expense'], '基本支出 = 人员经费 + 公用经费'),
        ('gk07', 'expense_total', array['basic_expense', 'project_expense'], '本年支出小计 = 基本支出 + 项目支出'),
        ('gk08', 'expense_total', array['basic_expense', 'project_expense'], '本年支出合计 = 基本支出 + 项目支出'),
        ('gk_fiscal_expense', 'expense_total', array['basic_expense', 'project_expense'], '合计 = 基本支出 + 项目支出')
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
where not exists (select 1 from fiscal.gongkai_cell where document_id = $1 and table_code in ('gk02', 'gk03', 'gk05', 'gk07', 'gk08', 'gk_fiscal_expense') and amount is not null)
