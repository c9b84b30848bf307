-- 公开07 政府性基金预算财政拨款收入支出决算表: one row a printed line.
-- depends: fiscal.gongkai_cell
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

comment on view gongkai.gk07 is '公开07 政府性基金预算财政拨款收入支出决算表 — government fund budget appropriations by 功能分类 subject: carry-over, income, expenditure; one row a printed line';
comment on column gongkai.gk07.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk07.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.gk07.subject_code is '科目代码 — functional classification code (功能分类: 类 201, 款 20103, 项 2010301); null on the 合计 row';
comment on column gongkai.gk07.subject_name is '科目名称 — the subject''s name as printed';
comment on column gongkai.gk07.opening_balance is '年初结转和结余 — balance carried over from earlier years, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 年初结转和结余：指单位以前年度尚未完成、结转到本年按有关规定继续使用的资金。';
comment on column gongkai.gk07.income is '本年收入 — income of the year, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk07.expense_total is '本年支出 小计 — total expenditure of the year, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk07.basic_expense is '本年支出 基本支出 — basic expenditure, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 基本支出：指单位为保障其机构正常运转、完成日常工作任务而发生的人员支出和公用支出。';
comment on column gongkai.gk07.project_expense is '本年支出 项目支出 — project expenditure, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 项目支出：指单位为完成特定行政任务和事业发展目标在基本支出之外所发生的支出。';
comment on column gongkai.gk07.closing_balance is '年末结转和结余 — balance carried over to later years, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金。';
