-- 公开02 收入决算表: one row a printed line.
-- depends: fiscal.gongkai_cell
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

comment on view gongkai.gk02 is '公开02 收入决算表 — income by source and 功能分类 subject, one row a printed line';
comment on column gongkai.gk02.document_id is '文档编号 — the document the row comes from (fiscal.dim_document)';
comment on column gongkai.gk02.ord is '印刷顺序 — printed row order: order by document_id, ord gives the printed table';
comment on column gongkai.gk02.subject_code is '科目代码 — functional classification code (功能分类: 类 201, 款 20103, 项 2010301); null on the 合计 row';
comment on column gongkai.gk02.subject_name is '科目名称 — the subject''s name as printed';
comment on column gongkai.gk02.income_total is '本年收入合计 — total income of the year, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk02.fiscal_appropriation is '财政拨款收入 — income appropriated by the finance department, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 财政拨款收入：指单位从同级财政部门取得的财政预算资金。';
comment on column gongkai.gk02.superior_subsidy is '上级补助收入 — subsidies from the superior unit (non-appropriation), in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk02.business_income is '事业收入 — income from the units'' public-service activities, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk02.operating_income is '经营收入 — income from business operations outside the core activities, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk02.subsidiary_remittance is '附属单位上缴收入 — remittances from subsidiary units, in the document''s unit (fiscal.dim_document.amount_unit)';
comment on column gongkai.gk02.other_income is '其他收入 — other income, in the document''s unit (fiscal.dim_document.amount_unit). 名词解释 其他收入：指除上述收入以外的各项收入。';
