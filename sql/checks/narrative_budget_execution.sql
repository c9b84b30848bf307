-- 第三部分 五(三) against the tables: each 项's stated 支出决算 = its 公开05 本年支出 小计, and the
-- stated 完成率 = 支出决算 / 年初预算 at the printed precision; each 项's names resolve to a code
-- the tables print; an item that opens with its amount (…（项）支出 102.94 万元，年初预算为…) states
-- the same amount as its 支出决算. Amounts stated in another unit than the tables are compared
-- after conversion (万元 = 10000 元).
with facts as (
    select facts.*, subjects.subject_code, documents.amount_unit as table_unit
    from fiscal.fact_budget_execution as facts
    inner join fiscal.dim_subject as subjects on subjects.subject_id = facts.subject_id
    inner join fiscal.dim_document as documents on documents.document_id = facts.document_id
    where facts.document_id = $1
),

gk05 as (
    select * from fiscal.gongkai_cell
    where document_id = $1 and table_code = 'gk05' and measure_code = 'expense_total'
),

final as (
    select 'gk05,narrative', facts.subject_code, gk05.amount,
        facts.actual * fiscal.unit_factor(facts.amount_unit, facts.table_unit),
        1, false, '=', array[facts.source_line, gk05.source_line], '五(三) 支出决算 = 公开05 小计'
    from facts
    inner join gk05 on gk05.subject_code = facts.subject_code
    union all
    select 'narrative', facts.ord::text || ' ' || facts.printed_subject, facts.completion_rate,
        round(facts.actual / facts.initial_budget * 100, scale(facts.completion_rate)), 1, false, '=', array[facts.source_line],
        '五(三) 完成率 = 支出决算 / 年初预算'
    from facts
    where facts.completion_rate is not null and facts.initial_budget <> 0
    union all
    -- A 项 named with a 类 / 款 / 项 that no table prints (文化体育与传媒支出 for the table's
    -- 文化旅游体育与传媒支出) is compared with nothing above: that is a finding of its own.
    select 'gk05,narrative', facts.ord::text || ' ' || facts.printed_subject, 1, case when facts.subject_code <> '' then 1 else 0 end,
        0, false, '=', array[facts.source_line], '五(三) 项 names a 功能分类 subject that the tables print'
    from facts
    union all
    select 'narrative', opening.item || ' opening ' || opening.subject, opening.value, stated.value, 1, false, '=',
        array[opening.source_line, stated.source_line], '五(三) an item''s opening amount = the 支出决算 it states'
    from fiscal.fact_narrative_figure as opening
    inner join fiscal.fact_narrative_figure as stated
        on stated.document_id = opening.document_id and stated.section = opening.section and stated.item = opening.item
        and stated.subject ~ '^支出决算数?$' and stated.unit = opening.unit and stated.value is not null
    where opening.document_id = $1 and opening.section ~ '支出决算具体情况' and opening.subject ~ '（项）(支出)?(决算)?数?$'
        and opening.value is not null
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'the report states no 年初预算 of an item (第三部分 五(三))'
where not exists (select 1 from fiscal.document_line where document_id = $1 and line_text like '%年初预算%' and line_text not like E'%\t%'
    and line_text ~ '年初预算(数)?[为是]?\s*[0-9]')
