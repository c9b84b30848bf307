-- 第三部分 五(三): each item's direction word agrees with its two amounts — 决算数大于预算数
-- when 支出决算 > 年初预算, 小于 when it is less, 等于 / 一致 / 持平 when they are equal (基本持平:
-- within 5% of 年初预算) — and no completion rate is stated where 年初预算 is 0 (a rate of a
-- budget of 0 is undefined). A word that contradicts its two numbers is an error.
with items as (
    select
        *,
        substring(
            closing_text
            from '决算数?(大于|多于|超过|高于|小于|少于|低于|等于|与(?:年初)?预算数?(?:基本)?(?:持平|一致|相等))'
        ) as word
    from fiscal.fact_budget_execution
    where document_id = $1
),

final as (
    select
        'narrative' as table_codes,
        item_name || ' ' || word as row_key,
        1 as expected,
        case when (
            case
                when word in ('大于', '多于', '超过', '高于') then actual > initial_budget
                when word in ('小于', '少于', '低于') then actual < initial_budget
                when word like '%基本%' then abs(actual - initial_budget) <= 0.05 * abs(initial_budget)
                else actual = initial_budget
            end
        ) then 1 else 0 end as actual,
        0 as terms,
        true as is_total,
        '=' as relation,
        array[source_line] as source_lines,
        '五(三) 决算数' || word || '预算数: the word agrees with 年初预算 ' || initial_budget || ' and 支出决算 ' || actual as message
    from items
    where word is not null
    union all
    select 'narrative', item_name || ' 完成率', 0, case when completion_rate is null then 0 else 1 end, 0, true, '=',
        array[source_line], '五(三) no completion rate is stated where 年初预算 is 0'
    from items
    where initial_budget = 0
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'the report states no 年初预算 of an item (第三部分 五(三))'
where not exists (select 1 from fiscal.document_line where document_id = $1 and line_text like '%年初预算%' and line_text not like E'%\t%'
    and line_text ~ '年初预算(数)?[为是]?\s*[0-9]')
