-- depends: fiscal.gongkai_cell
-- What a document discloses, item by item, as the Ministry of Finance's yearly inspection of
-- 预决算公开 scores it (完整性, 细化程度, the mandatory 三公 disclosures, 机关运行经费, 政府采购,
-- 国有资产, 绩效). An item of the text is present when a line of the narrative (outside the 目录)
-- states it in the template's words; a table when the report prints it (a table stated empty with
-- its note counts); 细化 when the table prints codes of that level. source_line is the line that
-- shows it (the last such heading for a part of the report, the first such statement otherwise).
-- The rules are data: one row of `rules` an item, with the report kinds it applies to.
create view gongkai.disclosure_scorecard as

with rules (ord, dimension, item, kinds, pattern, heading) as (
    values
        (1, '完整性', '部门概况', '决算,预算', '部门概况|单位概况|^\s*第一部分\S*概况', true),
        (2, '完整性', '收支情况说明', '决算,预算', '(决算|预算)情况说明|收支(决算|预算)?总体情况', true),
        (3, '完整性', '名词解释', '决算,预算', '名词解释', true),
        (4, '三公', '因公出国 团组数和人次', '决算', '出国[^。]*团组\s*(数\s*)?[0-9]+\s*个[^。]*[0-9]+\s*人次', false),
        (5, '三公', '公务用车 购置数', '决算', '购置(数|车辆)\s*(为)?\s*[0-9]+\s*辆', false),
        (6, '三公', '公务用车 保有量', '决算', '保有量\s*(为)?\s*[0-9]+\s*辆', false),
        (7, '三公', '国内公务接待 批次和人次', '决算', '国内[^。]*(团组|批次)\s*(数\s*)?[0-9]+\s*(个|批)?[^。]*[0-9]+\s*人次', false),
        (8, '三公', '变动原因', '决算,预算', '(出国|公务用车|接待|三公)[^。]*(增加|减少|增长|下降|持平)[^。]*原因', false),
        (9, '机关运行经费', '机关运行经费', '决算,预算', '机关运行经费[^。：:]*[0-9]+(\.[0-9]+)?\s*万?元', false),
        (10, '政府采购', '政府采购总额', '决算,预算', '政府采购[^。]*(总额|合计|金额)[^。]*[0-9]', false),
        (11, '政府采购', '货物、工程、服务', '决算,预算', '货物[^。]*工程[^。]*服务', false),
        (12, '政府采购', '授予中小企业的份额', '决算,预算', '中小企业[^。]*[0-9.]+\s*(%|万元)', false),
        (13, '国有资产', '车辆', '决算,预算', '车辆\s*[0-9]+\s*辆', false),
        (14, '国有资产', '大型设备', '决算,预算', '万元\s*[（(]?\s*含\s*[）)]?\s*以上[^。]*设备', false),
        (15, '绩效', '绩效自评、评价或目标', '决算,预算', '绩效(自评|评价|目标)', false)
),

-- The nine standard tables of the report's kind.
required_tables (report_kind, ord, table_code, title) as (
    values
        ('决算', 1, 'gk01', '收入支出决算总表'), ('决算', 2, 'gk02', '收入决算表'), ('决算', 3, 'gk03', '支出决算表'),
        ('决算', 4, 'gk04', '财政拨款收入支出决算总表'), ('决算', 5, 'gk05', '一般公共预算财政拨款支出决算表'),
        ('决算', 6, 'gk06', '一般公共预算财政拨款基本支出决算表'), ('决算', 7, 'gk07', '政府性基金预算财政拨款收入支出决算表'),
        ('决算', 8, 'gk08', '国有资本经营预算财政拨款支出决算表'), ('决算', 9, 'gk09', '财政拨款“三公”经费支出决算表'),
        ('预算', 1, 'ys01', '收支总表'), ('预算', 2, 'ys02', '收入总表'), ('预算', 3, 'ys03', '支出总表'),
        ('预算', 4, 'ys04', '财政拨款收支总表'), ('预算', 5, 'ys05', '一般公共预算支出表'), ('预算', 6, 'ys06', '一般公共预算基本支出表'),
        ('预算', 7, 'ys07', '政府性基金预算支出表'), ('预算', 8, 'ys08', '国有资本经营预算支出表'), ('预算', 9, 'ys09', '“三公”经费支出表')
),

-- One document at a time (a lateral per document): a filter on document_id reaches the documents
-- before their lines are read, rather than every line of the warehouse being read and then
-- filtered (47 ms with 1,000 reports loaded). document_id comes from dim_document for that reason.
scorecards as (
    select d.document_id, one.ord, one.dimension, one.item, one.required, one.present, one.detail, one.source_line
    from fiscal.dim_document as d
    cross join lateral (
        with documents as (
            select d.document_id, d.report_kind
        ),

        -- The 目录 runs from its heading to the body's 第一部分: the second line that starts with it when
        -- the 目录 lists the parts too, else the first. Its entries state nothing.
        contents as (
            select heading.document_id, heading.line_no as first_line,
                coalesce(
                    (select b.line_no from fiscal.document_line as b
                     where b.document_id = heading.document_id and b.line_no > heading.line_no and b.line_text ~ '^\s*第一部分'
                     order by b.line_no offset 1 limit 1),
                    (select b.line_no from fiscal.document_line as b
                     where b.document_id = heading.document_id and b.line_no > heading.line_no and b.line_text ~ '^\s*第一部分'
                     order by b.line_no limit 1)
                ) as body_line
            from (
                select distinct on (document_id) document_id, line_no from fiscal.document_line
                where document_id = d.document_id and line_text ~ '^\s*目\s*录\s*$' order by document_id, line_no
            ) as heading
        ),

        -- The narrative's lines (no table cells, no blank lines, not the 目录), each with the next one: a
        -- statement a PDF wraps onto the next line is read whole, and shown by its first line.
        narrative as (
            select document_id, line_no, line_text as single, line_text || coalesce(next_text, '') as line_text, coalesce(next_text, '') as next_text
            from (
                select l.document_id, l.line_no, l.line_text,
                    lead(l.line_text) over (partition by l.document_id order by l.line_no) as next_text
                from fiscal.document_line as l
                left join contents as c on c.document_id = l.document_id
                where l.document_id = d.document_id and l.line_text !~ '\t' and l.line_text ~ '\S'
                    and (c.document_id is null or l.line_no < c.first_line or l.line_no >= coalesce(c.body_line, 0))
            ) as lines
        ),

        -- In order: dimension, item, the kinds it applies to, the pattern of a line (with the next) that
        -- states it, and whether it is the heading of a part (the last line that matches) rather than a
        -- statement (the first).
        stated as (
            select d.document_id, r.dimension, r.ord, r.item,
                (case when r.heading then max(n.line_no) else min(n.line_no) end) as source_line
            from documents as d
            inner join rules as r on d.report_kind = any(string_to_array(r.kinds, ','))
            -- A pair that matches by its second line alone is that line's: found as the first of the next pair.
            left join narrative as n on n.document_id = d.document_id
                and (n.single ~ r.pattern or (n.line_text ~ r.pattern and n.next_text !~ r.pattern))
            group by d.document_id, r.ord, r.dimension, r.item, r.heading
        ),

        tables as (
            select d.document_id, t.ord, t.table_code || ' ' || t.title as item,
                (select min(p.title_line) from fiscal.document_table as p where p.document_id = d.document_id and p.table_code = t.table_code) as source_line,
                exists (
                    select 1 from fiscal.document_table as p where p.document_id = d.document_id and p.table_code = t.table_code
                    union all
                    select 1 from fiscal.printed_table as p where p.document_id = d.document_id and p.table_code = t.table_code
                ) as present
            from documents as d
            inner join required_tables as t on t.report_kind = d.report_kind
        ),

        -- 细化程度: 功能分类 to 项 (7 digits) in the 一般公共预算 table, 经济分类 to 款 (5 digits) in the 基本支出 table.
        detail_levels as (
            select d.document_id, 1 as ord, '功能分类到项 (一般公共预算支出表)' as item,
                (select min(c.source_line) from fiscal.gongkai_cell as c
                 where c.document_id = d.document_id and c.table_code in ('gk05', 'ys05') and length(c.subject_code) = 7) as source_line
            from documents as d
            union all
            select d.document_id, 2, '经济分类到款 (基本支出表)',
                (select min(c.source_line) from fiscal.gongkai_cell as c
                 where c.document_id = d.document_id and c.table_code in ('gk06', 'ys06') and length(c.econ_code) = 5)
            from documents as d
        ),

        final as (
            select s.document_id, s.dimension, s.item, true as required, s.source_line is not null as present,
                (select left(n.line_text, 80) from fiscal.document_line as n where n.document_id = s.document_id and n.line_no = s.source_line) as detail,
                s.source_line, 2 as section, s.ord
            from stated as s
            union all
            select document_id, '完整性', item, true, present, case when present then '印制' end, source_line, 1, ord
            from tables
            union all
            select document_id, '细化程度', item, true, source_line is not null, null, source_line, 3, ord
            from detail_levels
        )

        select
            document_id,
            (row_number() over (partition by document_id order by section, ord))::integer as ord,
            dimension, item, required, present, detail, source_line
        from final
    ) as one
)

select * from scorecards;

comment on view gongkai.disclosure_scorecard is '公开评分表 — what a document discloses, item by item, as the yearly inspection of 预决算公开 scores it: 完整性, 细化程度, 三公, 机关运行经费, 政府采购, 国有资产, 绩效';
comment on column gongkai.disclosure_scorecard.document_id is '文档 (the document)';
comment on column gongkai.disclosure_scorecard.ord is '序 — the item''s place: the tables, then the text''s items, then 细化程度';
comment on column gongkai.disclosure_scorecard.dimension is '维度 — 完整性 (completeness), 细化程度 (detail), 三公, 机关运行经费, 政府采购, 国有资产 or 绩效';
comment on column gongkai.disclosure_scorecard.item is '项目 — what must be disclosed (a table, a part of the report, a figure stated)';
comment on column gongkai.disclosure_scorecard.required is '必须 — whether the report''s kind requires it (every row listed is)';
comment on column gongkai.disclosure_scorecard.present is '已公开 — whether the report discloses it';
comment on column gongkai.disclosure_scorecard.detail is '内容 — the line that discloses it (its first 80 characters), or 印制 for a printed table';
comment on column gongkai.disclosure_scorecard.source_line is '源文件行号 — the line that shows it (a table''s title); null when absent';
