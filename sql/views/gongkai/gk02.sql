-- 公开02 收入决算表: one row a printed line.
create view gongkai.gk02 as

with cells as (
    select * from fiscal.gongkai_cell where table_code = 'gk02'
),

final as (
    select
        document_id,
        ord,
        subject_code,
        line_label as subject_name,
        max(amount) filter (where measure_code = 'income_total' and fund_code = 'all') as income_total,
        max(amount) filter (where measure_code = 'fiscal_appropriation' and fund_code = 'all') as fiscal_appropriation,
        max(amount) filter (where measure_code = 'superior_subsidy' and fund_code = 'all') as superior_subsidy,
        max(amount) filter (where measure_code = 'business_income' and fund_code = 'all') as business_income,
        max(amount) filter (where measure_code = 'operating_income' and fund_code = 'all') as operating_income,
        max(amount) filter (where measure_code = 'subsidiary_remittance' and fund_code = 'all') as subsidiary_remittance,
        max(amount) filter (where measure_code = 'other_income' and fund_code = 'all') as other_income
    from cells
    group by document_id, ord, subject_code, line_label
)

select * from final;

comment on view gongkai.gk02 is '公开02 收入决算表 (income by 功能分类 subject)';
comment on column gongkai.gk02.ord is '印刷顺序 (printed row order)';
comment on column gongkai.gk02.subject_code is '科目代码 (功能分类)';
comment on column gongkai.gk02.subject_name is '科目名称 (as printed)';
comment on column gongkai.gk02.income_total is '本年收入合计';
comment on column gongkai.gk02.fiscal_appropriation is '财政拨款收入';
comment on column gongkai.gk02.superior_subsidy is '上级补助收入';
comment on column gongkai.gk02.business_income is '事业收入';
comment on column gongkai.gk02.operating_income is '经营收入';
comment on column gongkai.gk02.subsidiary_remittance is '附属单位上缴收入';
comment on column gongkai.gk02.other_income is '其他收入';
