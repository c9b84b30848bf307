-- 公开07 政府性基金预算财政拨款收入支出决算表: one row a printed line.
create view gongkai.gk07 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'gk07'
),

final as (
    select
        document_id,
        ord,
        subject_code,
        line_label as subject_name,
        max(amount) filter (where measure_code = 'opening_balance' and fund_code = 'gov_fund') as opening_balance,
        max(amount) filter (where measure_code = 'income' and fund_code = 'gov_fund') as income,
        max(amount) filter (where measure_code = 'expense_total' and fund_code = 'gov_fund') as expense_total,
        max(amount) filter (where measure_code = 'basic_expense' and fund_code = 'gov_fund') as basic_expense,
        max(amount) filter (where measure_code = 'project_expense' and fund_code = 'gov_fund') as project_expense,
        max(amount) filter (where measure_code = 'closing_balance' and fund_code = 'gov_fund') as closing_balance
    from cells
    group by document_id, ord, subject_code, line_label
)

select * from final;

comment on view gongkai.gk07 is '公开07 政府性基金预算财政拨款收入支出决算表 (government fund appropriation by subject)';
comment on column gongkai.gk07.ord is '印刷顺序 (printed row order)';
comment on column gongkai.gk07.subject_code is '科目代码 (功能分类)';
comment on column gongkai.gk07.subject_name is '科目名称 (as printed)';
comment on column gongkai.gk07.opening_balance is '年初结转和结余';
comment on column gongkai.gk07.income is '本年收入';
comment on column gongkai.gk07.expense_total is '本年支出 小计';
comment on column gongkai.gk07.basic_expense is '本年支出 基本支出';
comment on column gongkai.gk07.project_expense is '本年支出 项目支出';
comment on column gongkai.gk07.closing_balance is '年末结转和结余';
