-- 公开08 国有资本经营预算财政拨款支出决算表: one row a printed line.
-- depends: fiscal.gongkai_cell
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

comment on view gongkai.gk08 is '公开08 国有资本经营预算财政拨款支出决算表 — state capital operation budget appropriations by 功能分类 subject; one row a printed line';
comment on column gongkai.gk08.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk08.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.gk08.subject_code is '科目代码 — functional classification code (功能分类: 类 201, 款 20103, 项 2010301); null on the 合计 row';
comment on column gongkai.gk08.subject_name is '科目名称 — the subject''s name as printed';
comment on column gongkai.gk08.opening_balance is '年初结转和结余 — balance carried over from earlier years, in the document''s unit (fiscal.dim_document.amount_unit); null where not printed. 名词解释 年初结转和结余：指单位以前年度尚未完成、结转到本年按有关规定继续使用的资金。';
comment on column gongkai.gk08.income is '本年收入 — income of the year, in the document''s unit (fiscal.dim_document.amount_unit); null where not printed';
comment on column gongkai.gk08.expense_total is '本年支出 合计 — total expenditure of the year, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk08.basic_expense is '本年支出 基本支出 — basic expenditure, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 基本支出：指单位为保障其机构正常运转、完成日常工作任务而发生的人员支出和公用支出。';
comment on column gongkai.gk08.project_expense is '本年支出 项目支出 — project expenditure, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 项目支出：指单位为完成特定行政任务和事业发展目标在基本支出之外所发生的支出。';
comment on column gongkai.gk08.closing_balance is '年末结转和结余 — balance carried over to later years, in the document''s unit (fiscal.dim_document.amount_unit); null where not printed. 名词解释 年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金。';
