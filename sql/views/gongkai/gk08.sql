-- 公开08 国有资本经营预算财政拨款支出决算表: one row a printed line.
create view gongkai.gk08 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'gk08'
),

final as (
    select
        document_id,
        ord,
        subject_code,
        line_label as subject_name,
        max(amount) filter (where measure_code = 'opening_balance' and fund_code = 'soe_capital') as opening_balance,
        max(amount) filter (where measure_code = 'income' and fund_code = 'soe_capital') as income,
        max(amount) filter (where measure_code = 'expense_total' and fund_code = 'soe_capital') as expense_total,
        max(amount) filter (where measure_code = 'basic_expense' and fund_code = 'soe_capital') as basic_expense,
        max(amount) filter (where measure_code = 'project_expense' and fund_code = 'soe_capital') as project_expense,
        max(amount) filter (where measure_code = 'closing_balance' and fund_code = 'soe_capital') as closing_balance
    from cells
    group by document_id, ord, subject_code, line_label
)

select * from final;

comment on view gongkai.gk08 is '公开08 国有资本经营预算财政拨款支出决算表 (state capital operation appropriation by subject)';
comment on column gongkai.gk08.ord is '印刷顺序 (printed row order)';
comment on column gongkai.gk08.subject_code is '科目代码 (功能分类)';
comment on column gongkai.gk08.subject_name is '科目名称 (as printed)';
comment on column gongkai.gk08.opening_balance is '年初结转和结余';
comment on column gongkai.gk08.income is '本年收入';
comment on column gongkai.gk08.expense_total is '本年支出 合计';
comment on column gongkai.gk08.basic_expense is '本年支出 基本支出';
comment on column gongkai.gk08.project_expense is '本年支出 项目支出';
comment on column gongkai.gk08.closing_balance is '年末结转和结余';
