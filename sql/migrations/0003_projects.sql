-- 项目支出绩效自评表: projects, their funding lines and performance indicators.

-- grain: one row per project form of a document (a name may repeat across units,
-- so the printed order is part of the key).
create table fiscal.dim_project (
    project_id bigint generated always as identity primary key,
    document_id bigint not null references fiscal.dim_document on delete cascade,
    ord integer not null check (ord > 0),
    project_name text not null,
    supervising_department text not null,
    implementing_unit_printed text not null,  -- 实施单位 as printed
    unit_id integer not null references fiscal.dim_unit,  -- the listed unit it names; 0 when none matches
    goal_expected text not null,  -- 年度总体目标 预期目标, one paragraph a line
    goal_achieved text not null,  -- 年度总体目标 实际完成情况
    source_line integer not null,
    unique (document_id, ord)
);

-- grain: one row per document × project × funding line (年度资金总额, 当年财政拨款, 上年结转资金, 其他资金).
create table fiscal.fact_project_fund (
    document_id bigint not null references fiscal.dim_document on delete cascade,
    project_id bigint not null references fiscal.dim_project on delete cascade,
    fund_ord smallint not null check (fund_ord > 0),
    fund_source text not null,
    initial_budget numeric,
    full_year_budget numeric,
    executed numeric,
    execution_rate numeric,  -- 执行率 in percent, as printed
    score numeric,  -- null where printed as —— or —
    source_line integer not null,
    primary key (document_id, project_id, fund_ord)
);

-- grain: one row per document × project × performance indicator.
create table fiscal.fact_project_indicator (
    document_id bigint not null references fiscal.dim_document on delete cascade,
    project_id bigint not null references fiscal.dim_project on delete cascade,
    indicator_ord smallint not null check (indicator_ord > 0),
    level1 text not null,  -- 一级指标
    level2 text not null,  -- 二级指标
    level3 text not null,  -- 三级指标
    target_text text not null,  -- 年度指标值 as printed
    actual_text text not null,  -- 实际完成值 as printed
    target_comparison text check (target_comparison in ('≥', '≤', '=', '>', '<')),
    target_value numeric,
    target_unit text,
    weight numeric,  -- 权重
    score numeric,  -- 自评得分
    deviation text not null,  -- 偏差原因分析及改进措施
    source_line integer not null,
    primary key (document_id, project_id, indicator_ord)
);

-- grain: one row per document × project: the form's 总分.
create table fiscal.fact_project_score (
    document_id bigint not null references fiscal.dim_document on delete cascade,
    project_id bigint not null references fiscal.dim_project on delete cascade,
    total_score numeric,
    primary key (document_id, project_id)
);

-- grain: one row per data-quality finding of a document (checks write here; the
-- loader records what it cannot resolve, such as a 实施单位 that names no listed unit).
create table fiscal.dq_finding (
    finding_id bigint generated always as identity primary key,
    document_id bigint not null references fiscal.dim_document on delete cascade,
    check_id text not null,
    severity text not null check (severity in ('error', 'warn', 'info')),
    table_codes text not null,
    row_key text,
    expected text,
    actual text,
    difference numeric,
    source_lines integer[] not null default '{}',
    message text not null
);
create index dq_finding_document_idx on fiscal.dq_finding (document_id);
