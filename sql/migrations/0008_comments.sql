-- Comments for analysts and BI tools (Metabase, Superset, DBeaver and psql's \d+ show them):
-- every table and column of the fiscal schema gets its Chinese label and a one-line English
-- meaning, and the columns a term of 第四部分 名词解释 explains get that definition, quoted
-- as the 部门决算 template prints it. The views carry their comments in their own files
-- (sql/views/), because they are rebuilt from them.

-- Bookkeeping of the Migrator (created by its bootstrap, before any migration).

comment on table fiscal.schema_migration is '已执行的迁移 — the migrations of sql/migrations/ applied to this database, one row each (forward-only)';
comment on column fiscal.schema_migration.version is '版本号 — the migration''s number, from its file name (0001 …)';
comment on column fiscal.schema_migration.name is '文件名 — the migration''s file name';
comment on column fiscal.schema_migration.checksum is '校验和 — SHA-256 of the file as applied; an edited migration is refused';
comment on column fiscal.schema_migration.applied_at is '执行时间 — when the migration was applied';

comment on table fiscal.view_definition is '视图定义 — the views of sql/views/ as last built, with the checksum of their file; views are rebuilt only when one changed';
comment on column fiscal.view_definition.view_name is '视图名 — schema-qualified view name (gongkai.gk01 …)';
comment on column fiscal.view_definition.checksum is '校验和 — SHA-256 of the view''s file as built';
comment on column fiscal.view_definition.applied_at is '创建时间 — when the view was last built';

-- Dimensions.

comment on table fiscal.dim_document is '决算文档 — one row a document (department × fiscal year × report kind); a newer file for the same document replaces the older one';
comment on column fiscal.dim_document.document_id is '文档编号 — surrogate key of the document';
comment on column fiscal.dim_document.department is '部门 — the department that published the report, as printed (吉林省人民政府办公厅)';
comment on column fiscal.dim_document.fiscal_year is '年度 — the fiscal year the report accounts for';
comment on column fiscal.dim_document.report_kind is '报告类型 — the kind of report (决算 = final accounts)';
comment on column fiscal.dim_document.published_on is '发布日期 — the date printed on the report, null when none is printed';
comment on column fiscal.dim_document.amount_unit is '金额单位 — the unit of every amount of the document, 万元 (10,000 yuan) or 元 (yuan)';
comment on column fiscal.dim_document.reporting_entity is '编报单位 — the reporting entity printed above the tables (部门：…（汇总）)';
comment on column fiscal.dim_document.source_file is '源文件 — the path of the file the document was loaded from';
comment on column fiscal.dim_document.sha256 is '文件哈希 — SHA-256 of the source file; an unchanged file is not loaded again';
comment on column fiscal.dim_document.loaded_at is '载入时间 — when this version of the document was loaded';
comment on column fiscal.dim_document.parser_version is '解析器版本 — the version of the parser that read the file; a newer parser re-reads unchanged files';

comment on table fiscal.dim_unit is '单位 — one row a reporting unit by printed name: the department''s 汇总 entity and each unit of 部门决算单位构成 (unit 0 is "none")';
comment on column fiscal.dim_unit.unit_id is '单位编号 — surrogate key of the unit (0 = none)';
comment on column fiscal.dim_unit.unit_name is '单位名称 — the unit''s name as printed';
comment on column fiscal.dim_unit.department is '部门 — the department the unit belongs to';
comment on column fiscal.dim_unit.is_consolidated is '是否汇总 — true for the department''s consolidated (汇总) entity, false for a single unit';

comment on table fiscal.document_unit is '部门决算单位构成 — the units a document covers, as listed in 机构设置及部门决算单位构成';
comment on column fiscal.document_unit.document_id is '文档编号 — the document (fiscal.dim_document)';
comment on column fiscal.document_unit.unit_id is '单位编号 — the unit (fiscal.dim_unit)';
comment on column fiscal.document_unit.ord is '序号 — the unit''s position in the printed list';
comment on column fiscal.document_unit.source_line is '源文件行号 — the line of the source file that lists the unit';

comment on table fiscal.dim_subject is '功能分类科目 — the functional classification of expenditure: 类 (3 digits), 款 (5) and 项 (7), with parent (subject 0 is "none")';
comment on column fiscal.dim_subject.subject_id is '科目编号 — surrogate key of the subject (0 = none)';
comment on column fiscal.dim_subject.subject_code is '科目代码 — the functional classification code (201, 20103, 2010301); empty for the none row';
comment on column fiscal.dim_subject.subject_name is '科目名称 — the subject''s name, as first loaded (fiscal.subject_name_variant lists other printed names)';
comment on column fiscal.dim_subject.subject_level is '科目级次 — 1 = 类 (class), 2 = 款 (section), 3 = 项 (item); 0 for the none row';
comment on column fiscal.dim_subject.parent_subject_id is '上级科目 — the 类 of a 款, the 款 of a 项; null for a 类';

comment on table fiscal.econ_expense_group is '人员经费与公用经费 — which 经济分类 类 count as 人员经费 (personnel: 301, 303) and which as 公用经费 (public: 302, 307, 310, 399)';
comment on column fiscal.econ_expense_group.econ_class_code is '经济分类类级代码 — a 3-digit economic classification code (301 …)';
comment on column fiscal.econ_expense_group.expense_group is '经费类别 — personnel = 人员经费 (staff costs), public = 公用经费 (running costs)';

comment on table fiscal.dim_econ is '部门预算支出经济分类 — the economic classification of expenditure: 类 (301) and 款 (30101), with parent (econ 0 is "none")';
comment on column fiscal.dim_econ.econ_id is '经济分类编号 — surrogate key of the economic classification (0 = none)';
comment on column fiscal.dim_econ.econ_code is '经济分类代码 — the economic classification code (301, 30101); empty for the none row';
comment on column fiscal.dim_econ.econ_name is '经济分类名称 — the classification''s name as printed (工资福利支出 …)';
comment on column fiscal.dim_econ.econ_level is '级次 — 1 = 类 (class), 2 = 款 (section); 0 for the none row';
comment on column fiscal.dim_econ.parent_econ_id is '上级分类 — the 类 of a 款; null for a 类';
comment on column fiscal.dim_econ.expense_group is '经费类别 — personnel = 人员经费 (staff costs), public = 公用经费 (running costs), from fiscal.econ_expense_group; null when neither';

comment on table fiscal.dim_measure is '度量 — what a printed amount column means (决算数, 财政拨款收入, 基本支出 …)';
comment on column fiscal.dim_measure.measure_id is '度量编号 — key of the measure';
comment on column fiscal.dim_measure.measure_code is '度量代码 — the measure''s English code (most gongkai view columns are named after it). 名词解释: '
    'fiscal_appropriation 财政拨款收入：指单位从同级财政部门取得的财政预算资金。'
    'other_income 其他收入：指除上述收入以外的各项收入。'
    'opening_balance 年初结转和结余：指单位以前年度尚未完成、结转到本年按有关规定继续使用的资金。'
    'closing_balance 年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金。'
    'basic_expense 基本支出：指单位为保障其机构正常运转、完成日常工作任务而发生的人员支出和公用支出。'
    'project_expense 项目支出：指单位为完成特定行政任务和事业发展目标在基本支出之外所发生的支出。'
    'budget_sangong_*, actual_sangong_* “三公”经费：纳入省级财政预决算管理的“三公”经费，是指省级部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。';
comment on column fiscal.dim_measure.label_zh is '中文名称 — the measure''s printed column header';

comment on table fiscal.dim_fund is '资金来源 — which fund an amount column is restricted to (合计, 一般公共预算, 政府性基金预算, 国有资本经营预算 财政拨款)';
comment on column fiscal.dim_fund.fund_id is '资金编号 — key of the fund';
comment on column fiscal.dim_fund.fund_code is '资金代码 — all (合计), general_budget, gov_fund or soe_capital';
comment on column fiscal.dim_fund.label_zh is '中文名称 — the fund as printed';

-- The printed cells of the 公开 tables.

comment on table fiscal.fact_gongkai_amount is '公开表金额 — one row a printed cell of a 公开 table (gk01 … gk09), blank cells too with a null amount, with the printed text and source line';
comment on column fiscal.fact_gongkai_amount.document_id is '文档编号 — the document (fiscal.dim_document)';
comment on column fiscal.fact_gongkai_amount.table_code is '公开表 — the 公开 table: gk01 … gk09';
comment on column fiscal.fact_gongkai_amount.ord is '印刷顺序 — the printed row order within the table (1, 2 …)';
comment on column fiscal.fact_gongkai_amount.part is '栏 — which side of a two-sided table: 0 one-sided, 1 收入 (income) side, 2 支出 (expenditure) side';
comment on column fiscal.fact_gongkai_amount.unit_id is '单位编号 — the unit the table reports (fiscal.dim_unit)';
comment on column fiscal.fact_gongkai_amount.subject_id is '功能分类科目 — the functional classification of the row (fiscal.dim_subject; 0 = none)';
comment on column fiscal.fact_gongkai_amount.econ_id is '经济分类 — the economic classification of the row (fiscal.dim_econ; 0 = none)';
comment on column fiscal.fact_gongkai_amount.measure_id is '度量 — what the column means (fiscal.dim_measure, whose measure_code comment quotes the 名词解释 definitions)';
comment on column fiscal.fact_gongkai_amount.fund_id is '资金来源 — which fund the column is restricted to (fiscal.dim_fund)';
comment on column fiscal.fact_gongkai_amount.line_label is '项目/科目名称 — the printed row label; null when blank';
comment on column fiscal.fact_gongkai_amount.line_no is '行次 — the printed line number (gk01, gk04); null when none';
comment on column fiscal.fact_gongkai_amount.amount is '金额 — the amount as printed, in the document''s unit (dim_document.amount_unit); null when the cell is blank';
comment on column fiscal.fact_gongkai_amount.amount_text is '印刷文本 — the cell exactly as printed (2,940.05)';
comment on column fiscal.fact_gongkai_amount.source_line is '源文件行号 — the line of the source file the cell was printed on (fiscal.document_line)';

comment on table fiscal.load_run is '载入记录 — one row a run of the loader on one file (history; never read by the views)';
comment on column fiscal.load_run.load_run_id is '载入编号 — surrogate key of the run';
comment on column fiscal.load_run.source_file is '源文件 — the path of the file given to the loader';
comment on column fiscal.load_run.sha256 is '文件哈希 — SHA-256 of the file; null when it could not be read';
comment on column fiscal.load_run.document_id is '文档编号 — the document the file loaded into; null when it failed';
comment on column fiscal.load_run.started_at is '开始时间 — when the run started';
comment on column fiscal.load_run.finished_at is '结束时间 — when the run finished';
comment on column fiscal.load_run.outcome is '结果 — loaded, replaced (a newer file of the same document), unchanged or failed';
comment on column fiscal.load_run.fact_rows is '事实行数 — how many fact rows the run wrote';
comment on column fiscal.load_run.message is '信息 — the error message of a failed run';

-- 项目支出绩效自评表.

comment on table fiscal.dim_project is '项目 — one row a 项目支出绩效自评表 (project performance self-evaluation form) of a document';
comment on column fiscal.dim_project.project_id is '项目编号 — surrogate key of the project form';
comment on column fiscal.dim_project.document_id is '文档编号 — the document (fiscal.dim_document)';
comment on column fiscal.dim_project.ord is '印刷顺序 — the form''s printed position among the document''s forms';
comment on column fiscal.dim_project.project_name is '项目名称 — the project''s name as printed';
comment on column fiscal.dim_project.supervising_department is '主管部门 — the supervising department as printed';
comment on column fiscal.dim_project.implementing_unit_printed is '实施单位 — the implementing unit as printed';
comment on column fiscal.dim_project.unit_id is '实施单位编号 — the listed unit the 实施单位 names (fiscal.dim_unit); 0 when none matches';
comment on column fiscal.dim_project.goal_expected is '年度总体目标 预期目标 — the annual goal as planned, one paragraph a line';
comment on column fiscal.dim_project.goal_achieved is '年度总体目标 实际完成情况 — what was achieved, one paragraph a line';
comment on column fiscal.dim_project.source_line is '源文件行号 — the line of the source file where the form starts';

comment on table fiscal.fact_project_fund is '项目资金情况 — one row a project × funding line (年度资金总额, 当年财政拨款, 上年结转资金, 其他资金)';
comment on column fiscal.fact_project_fund.document_id is '文档编号 — the document (fiscal.dim_document)';
comment on column fiscal.fact_project_fund.project_id is '项目编号 — the project (fiscal.dim_project)';
comment on column fiscal.fact_project_fund.fund_ord is '序号 — the funding line''s printed position within the form';
comment on column fiscal.fact_project_fund.fund_source is '资金来源 — the funding line as printed: 年度资金总额 (total), 当年财政拨款, 上年结转资金 or 其他资金';
comment on column fiscal.fact_project_fund.initial_budget is '年初预算数 — the budget at the start of the year, in the document''s unit';
comment on column fiscal.fact_project_fund.full_year_budget is '全年预算数 — the budget after adjustments during the year, in the document''s unit';
comment on column fiscal.fact_project_fund.executed is '全年执行数 — the amount spent in the year, in the document''s unit';
comment on column fiscal.fact_project_fund.execution_rate is '执行率(%) — 全年执行数 / 全年预算数 in percent, as printed';
comment on column fiscal.fact_project_fund.score is '得分 — the score for budget execution; null where printed as —— or —';
comment on column fiscal.fact_project_fund.source_line is '源文件行号 — the line of the source file the funding line was printed on';

comment on table fiscal.fact_project_indicator is '项目绩效指标 — one row a project × performance indicator (一级/二级/三级指标)';
comment on column fiscal.fact_project_indicator.document_id is '文档编号 — the document (fiscal.dim_document)';
comment on column fiscal.fact_project_indicator.project_id is '项目编号 — the project (fiscal.dim_project)';
comment on column fiscal.fact_project_indicator.indicator_ord is '序号 — the indicator''s printed position within the form';
comment on column fiscal.fact_project_indicator.level1 is '一级指标 — the first-level indicator (产出指标, 效益指标, 满意度指标 …)';
comment on column fiscal.fact_project_indicator.level2 is '二级指标 — the second-level indicator (数量指标, 质量指标 …)';
comment on column fiscal.fact_project_indicator.level3 is '三级指标 — the indicator itself, as printed';
comment on column fiscal.fact_project_indicator.target_text is '年度指标值 — the annual target as printed (≥90%, 85场次, 有所提高)';
comment on column fiscal.fact_project_indicator.actual_text is '实际完成值 — the achieved value as printed';
comment on column fiscal.fact_project_indicator.target_comparison is '目标比较符 — ≥, ≤, =, > or < read from the target; null when it has none';
comment on column fiscal.fact_project_indicator.target_value is '目标数值 — the number read from the target (90 of ≥90%); null when it has none';
comment on column fiscal.fact_project_indicator.target_unit is '目标单位 — the unit read from the target (%, 场次); null when it has none';
comment on column fiscal.fact_project_indicator.weight is '权重 — the indicator''s weight (points available)';
comment on column fiscal.fact_project_indicator.score is '自评得分 — the self-assessed score';
comment on column fiscal.fact_project_indicator.deviation is '偏差原因分析及改进措施 — the stated reason for a deviation and the remedy; empty when none';
comment on column fiscal.fact_project_indicator.source_line is '源文件行号 — the line of the source file the indicator was printed on';

comment on table fiscal.fact_project_score is '项目总分 — one row a project: the form''s 总分 (total self-evaluation score)';
comment on column fiscal.fact_project_score.document_id is '文档编号 — the document (fiscal.dim_document)';
comment on column fiscal.fact_project_score.project_id is '项目编号 — the project (fiscal.dim_project)';
comment on column fiscal.fact_project_score.total_score is '总分 — the form''s total score as printed; null when blank or not a number';

-- Data quality.

comment on table fiscal.dq_finding is '数据质量问题 — one row a data-quality finding of a document: a printed total that does not match its parts, or what the loader could not resolve';
comment on column fiscal.dq_finding.finding_id is '问题编号 — surrogate key of the finding';
comment on column fiscal.dq_finding.document_id is '文档编号 — the document (fiscal.dim_document)';
comment on column fiscal.dq_finding.check_id is '检查项 — the check that found it (the file name in sql/checks/, or a loader check)';
comment on column fiscal.dq_finding.severity is '严重程度 — error (a 合计/总计 that does not balance), warn (a part that does not), info (within the 尾数误差 of rounding)';
comment on column fiscal.dq_finding.table_codes is '公开表 — the table(s) compared, e.g. gk05 or gk01,gk02';
comment on column fiscal.dq_finding.row_key is '行 — the code or printed line the comparison is about';
comment on column fiscal.dq_finding.expected is '应为 — the printed total, as text';
comment on column fiscal.dq_finding.actual is '实为 — what the parts add up to, as text';
comment on column fiscal.dq_finding.difference is '差额 — actual minus expected, in the document''s unit';
comment on column fiscal.dq_finding.source_lines is '源文件行号 — the source-file lines of every number involved';
comment on column fiscal.dq_finding.message is '说明 — the rule, in words (合计 = Σ 类)';

comment on table fiscal.dq_check_run is '数据质量检查记录 — one row a document × check: whether it passed, failed or had nothing to compare, so that no finding never silently means not checked';
comment on column fiscal.dq_check_run.document_id is '文档编号 — the document (fiscal.dim_document)';
comment on column fiscal.dq_check_run.check_id is '检查项 — the check (the file name in sql/checks/)';
comment on column fiscal.dq_check_run.outcome is '结果 — pass, fail (a warn or error finding), not_applicable (nothing to compare) or insufficient_data';
comment on column fiscal.dq_check_run.comparisons is '比较次数 — how many comparisons the check made';
comment on column fiscal.dq_check_run.findings is '问题数 — how many of them became findings';
comment on column fiscal.dq_check_run.checked_at is '检查时间 — when the check ran';

-- 第三部分 五(三) and the source text.

comment on table fiscal.fact_budget_execution is '一般公共预算财政拨款支出决算具体情况 — one row a 功能分类 项 of the narrative (第三部分 五(三)): 年初预算, 支出决算, 完成率 and the stated reason';
comment on column fiscal.fact_budget_execution.document_id is '文档编号 — the document (fiscal.dim_document)';
comment on column fiscal.fact_budget_execution.ord is '序号 — the item''s printed number';
comment on column fiscal.fact_budget_execution.subject_id is '功能分类科目 — the 项 the names resolve to (fiscal.dim_subject); 0 when they match no code of the tables';
comment on column fiscal.fact_budget_execution.printed_subject is '科目 — 类（类）款（款）项（项） as printed';
comment on column fiscal.fact_budget_execution.item_name is '项名称 — the 项 name as printed';
comment on column fiscal.fact_budget_execution.initial_budget is '年初预算 — the budget at the start of the year, in amount_unit';
comment on column fiscal.fact_budget_execution.actual is '支出决算 — the final-accounts expenditure, in amount_unit';
comment on column fiscal.fact_budget_execution.amount_unit is '金额单位 — the unit the narrative states the amounts in, 万元 or 元';
comment on column fiscal.fact_budget_execution.completion_rate is '完成率(%) — 完成年初预算的百分比, actual against initial budget in percent; null when not stated';
comment on column fiscal.fact_budget_execution.reason is '原因 — the stated reason for the difference from the budget';
comment on column fiscal.fact_budget_execution.source_line is '源文件行号 — the line of the source file the item was printed on';

comment on table fiscal.document_line is '源文件文本 — one row a line of a document''s source file: the printed text every source_line points at';
comment on column fiscal.document_line.document_id is '文档编号 — the document (fiscal.dim_document)';
comment on column fiscal.document_line.line_no is '行号 — the line number in the source file (1, 2 …)';
comment on column fiscal.document_line.line_text is '文本 — the line exactly as in the file';
