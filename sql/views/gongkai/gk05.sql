-- 公开05 一般公共预算财政拨款支出决算表: one row a printed line.
create view gongkai.gk05 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'gk05'
),

final as (
    select
        document_id,
        ord,
        subject_code,
        line_label as subject_name,
        max(amount) filter (where measure_code = 'expense_total' and fund_code = 'general_budget') as expense_total,
        max(amount) filter (where measure_code = 'basic_expense' and fund_code = 'general_budget') as basic_expense,
        max(amount) filter (where measure_code = 'personnel_expense' and fund_code = 'general_budget') as personnel_expense,
        max(amount) filter (where measure_code = 'public_expense' and fund_code = 'general_budget') as public_expense,
        max(amount) filter (where measure_code = 'project_expense' and fund_code = 'general_budget') as project_expense
    from cells
    group by document_id, ord, subject_code, line_label
)

select * from final;

comment on view gongkai.gk05 is '公开05 一般公共预算财政拨款支出决算表 (general budget appropriation expenditure by subject)';
comment on column gongkai.gk05.ord is '印刷顺序 (printed row order)';
comment on column gongkai.gk05.subject_code is '科目代码 (功能分类)';
comment on column gongkai.gk05.subject_name is '科目名称 (as printed)';
comment on column gongkai.gk05.expense_total is '本年支出 小计';
comment on column gongkai.gk05.basic_expense is '基本支出 小计';
comment on column gongkai.gk05.personnel_expense is '基本支出 人员经费';
comment on column gongkai.gk05.public_expense is '基本支出 公用经费';
comment on column gongkai.gk05.project_expense is '项目支出';
