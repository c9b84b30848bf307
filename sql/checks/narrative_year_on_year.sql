-- Within the narrative: a stated rate agrees with its change (rate = change / (this year -
-- change), at the printed precision; a rate from a base of 0 is undefined, so stating one is
-- a finding); the direction words agree (增加 with 增长, 减少 with 下降); 与上年持平 carries
-- no change (a figure read with both: 减少 3.05 万元，与上年持平), nor is it said of the amount a
-- change came to (减少为0.00万元，与上年持平, which the figures do not read as a change: one
-- comparison a text line that says both); and the 政府采购 total = 货物 + 工程 + 服务.
with changes as (
    select * from gongkai.year_on_year where document_id = $1
),

figures as (
    select * from fiscal.fact_narrative_figure where document_id = $1
),

-- 政府采购: the total and its three kinds, stated together in one section, in any of their
-- wordings (政府采购支出总额 / 政府采购预算总额 / 政府采购安排 / 政府采购金额（以合同签订为准）;
-- 政府采购货物支出, 货物类采购预算, 货物采购金额 …). The first total a section states is compared.
procurement_figures as (
    select section, ord, subject, value, source_line,
        subject ~ '政府采购(支出|预算)?(总额|安排|金额)?(（[^）]*）)?$' as is_total,
        subject ~ '(货物|工程|服务)类?(采购)?(支出|预算|金额)$' as is_part
    from figures
    where subject like '%采购%' and value is not null
),

procurement as (
    select
        (array_agg(subject order by ord) filter (where is_total))[1] as subject,
        (array_agg(value order by ord) filter (where is_total))[1] as total,
        sum(value) filter (where is_part) as parts,
        count(value) filter (where is_part)::integer as terms,
        array_agg(source_line order by source_line) filter (where is_total or is_part) as lines
    from procurement_figures
    group by section
),

final as (
    select 'narrative', subject || ' ' || ord, abs(rate),
        case when last_year = 0 then null else round(abs(change) / last_year * 100, scale(rate)) end,
        1, false, '=', array[source_line], '增减幅度 = 增减额 / 上年数'
    from changes
    where rate is not null and this_year is not null
    union all
    select 'narrative', subject || ' ' || ord, 1, case when (change_word = '增加') = (rate_word = '增长') then 1 else 0 end,
        1, false, '=', array[source_line], '增加 goes with 增长, 减少 with 下降'
    from figures
    where change_word is not null and rate_word is not null
    union all
    select 'narrative', subject || ' ' || ord, 0, change, 1, false, '=', array[source_line], '与上年持平 states no change'
    from figures
    where is_flat
    union all
    select 'narrative', '持平 line ' || line_no, 0, 1, 1, false, '=', array[line_no], 'a change (增加为 / 减少为 X 万元) is not 与上年持平'
    from fiscal.document_line
    where document_id = $1 and line_text like '%持平%' and line_text not like E'%\t%'
        and line_text ~ '(增加|减少|增长|下降)(为|到)\s*[0-9][0-9.,]*\s*万?元\s*[，,]?\s*(与|和|较)上年(度)?(基本)?持平'
    union all
    select 'narrative', subject, total, parts, terms, false, '=', lines, '政府采购 total = 货物 + 工程 + 服务'
    from procurement
    where total is not null and terms > 0
)

select * from final
union all
-- Nothing to compare, and why (see sql/checks/README.md): the outcome is not_applicable.
select null, null, null, null, 0, false, 'basis', '{}', 'the report states no change against last year'
-- (each wording holds 年: the plain test first)
where not exists (select 1 from fiscal.document_line where document_id = $1 and line_text like '%年%' and line_text not like E'%\t%' and line_text ~ '(上年|上一年|20[0-9]{2}\s*年度?相比|较\s*20[0-9]{2}\s*年)')
