#!/usr/bin/env python3
"""Writes N realistic 部门决算 reports derived from the seed, for the benchmarks.

Each report is the seed's text with another department and fiscal year, and with its
numbers varied consistently: the 项 (leaf) rows of the coded tables (公开02, 03, 05, 07)
are scaled by a factor for the report times a jitter for the row, some 项 rows are
removed and others added, and every total is then recomputed from its parts (款 = Σ 项,
类 = Σ 款, 合计 = Σ 类, and each row's 合计 column = Σ its columns). The summaries 公开01
and 公开04, 公开06's 人员经费 / 公用经费 and 公开09's 合计 are derived from those tables, so
that the identities the data-quality checks test at error severity hold. About a third of
the reports get a non-empty 政府性基金 table (公开07) with matching rows in 02, 03, 01 and 04.
Project forms (项目支出绩效自评表) are removed from the end or copied with a new name. The
narrative's amounts follow the tables where it states a table's number, and are scaled
otherwise; its completion rates and shares are recomputed.

The output is deterministic for a given --random-seed: report i depends only on the seed
file, the random seed and i, so a corpus can be regenerated or extended.

    python3 Benchmarks/generate_corpus.py --count 1000 --random-seed 7 --out /tmp/corpus

This is a benchmark helper, not part of `juesuan load`.
"""

import argparse
import os
import random
import re
import sys
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
SEED_DEPARTMENT = "吉林省人民政府办公厅"
SEED_YEAR = 2024

PREFIXES = ["吉林省", "长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市", "延边朝鲜族自治州"]
STEMS = [
    "财政厅", "教育厅", "科学技术厅", "工业和信息化厅", "民政厅", "司法厅", "人力资源和社会保障厅", "自然资源厅",
    "生态环境厅", "住房和城乡建设厅", "交通运输厅", "水利厅", "农业农村厅", "商务厅", "文化和旅游厅",
    "卫生健康委员会", "退役军人事务厅", "应急管理厅", "审计厅", "市场监督管理厅", "体育局", "统计局",
    "医疗保障局", "林业和草原局", "粮食和物资储备局", "能源局", "机关事务管理局", "信访局", "发展和改革委员会",
    "民族宗教事务委员会", "人民政府国有资产监督管理委员会", "广播电视局", "知识产权局", "药品监督管理局",
    "人民政府办公厅", "人民政府研究室", "地方志编纂委员会办公室", "档案局", "供销合作社联合社", "人民防空办公室",
]
YEARS = list(range(2018, 2025))
PROJECT_NAMES = [
    "专项业务工作经费", "信息化建设运维经费", "档案数字化建设经费", "业务培训经费", "政务服务保障经费",
    "安全生产监督检查经费", "课题研究经费", "宣传工作经费", "网络安全保障经费", "办公用房维修改造经费",
    "统计调查经费", "执法装备购置经费", "第三方评估经费", "会议保障经费", "督查检查工作经费",
]
# 项 codes that may be added under a 款 the seed prints, with their names.
EXTRA_LEAVES = {
    "20103": [("2010304", "专项服务"), ("2010305", "专项业务活动"), ("2010306", "政务公开审批"), ("2010308", "信访事务"),
              ("2010309", "参事事务")],
    "20805": [("2080503", "离退休人员管理机构"), ("2080599", "其他行政事业单位养老支出")],
    "21011": [("2101103", "公务员医疗补助"), ("2101199", "其他行政事业单位医疗支出")],
    "22102": [("2210202", "提租补贴"), ("2210203", "购房补贴")],
}
# 政府性基金 subjects: (类, 款, 项 choices).
GOV_FUND_SUBJECTS = [
    (("229", "其他支出"), ("22960", "彩票公益金安排的支出"),
     [("2296002", "用于社会福利的彩票公益金支出"), ("2296003", "用于体育事业的彩票公益金支出"),
      ("2296004", "用于教育事业的彩票公益金支出")]),
    (("212", "城乡社区支出"), ("21208", "国有土地使用权出让收入安排的支出"),
     [("2120801", "征地和拆迁补偿支出"), ("2120803", "城市建设支出"), ("2120804", "农村基础设施建设支出")]),
]
NUMERALS = "一二三四五六七八九十"


def cents(value):
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(value):
    """A table cell: blank for none, else two decimals as the seed prints them."""
    return "" if value is None else str(cents(value))


def parse_amount(text):
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        return Decimal(text)
    except Exception:
        return None


def add(values):
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


class Seed:
    """The seed's lines and where its tables are."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as handle:
            self.lines = handle.read().split("\n")
        self.tables = {}
        for code in ("01", "02", "03", "04", "05", "06", "07", "08", "09"):
            title = next(i for i, line in enumerate(self.lines) if re.fullmatch(r"公开\s*%s\s*表" % code, line.strip()))
            start = next(i for i in range(title, len(self.lines))
                         if self.lines[i].startswith("栏次") or self.lines[i].startswith("栏 次")
                         or (code in ("06", "09") and re.match(r"^(科目代码|1\t2\t3)", self.lines[i])))
            end = next(i for i in range(start + 1, len(self.lines)) if self.lines[i].startswith("注"))
            self.tables[code] = (start + 1, end)  # data lines, blank lines included
        self.forms_start = next(i for i, line in enumerate(self.lines) if line.startswith("十、部门预算项目支出绩效自评表")) + 1
        self.narrative_start = max(i for i, line in enumerate(self.lines) if line.startswith("第三部分"))
        self.forms_end = self.narrative_start
        self.coded = {code: self.coded_rows(code) for code in ("02", "03", "05", "07")}
        self.names = {}
        for rows in self.coded.values():
            for row in rows["rows"]:
                self.names.setdefault(row[0], row[1])

    def data_lines(self, code):
        start, end = self.tables[code]
        return self.lines[start:end]

    def coded_rows(self, code):
        """The 合计 and coded rows of a coded table, and after which row a page break (blank line) falls."""
        rows, breaks, total = [], [], None
        for line in self.data_lines(code):
            if not line.strip():
                breaks.append(len(rows))
                continue
            cells = line.split("\t")
            if cells[0] == "合计":
                total = len(cells) - 2
                continue
            if re.fullmatch(r"[0-9]{3}([0-9]{2}){0,2}", cells[0]):
                rows.append((cells[0], cells[1], [parse_amount(c) for c in cells[2:]]))
        return {"rows": rows, "breaks": [b for b in breaks if 0 < b < len(rows)], "width": total}

    def forms(self):
        """The project forms: blocks of lines from one 项目支出绩效自评表 title to the next."""
        lines = self.lines[self.forms_start:self.forms_end]
        starts = [i for i, line in enumerate(lines) if line.startswith("项目支出绩效自评表")]
        blocks = []
        for index, start in enumerate(starts):
            end = starts[index + 1] if index + 1 < len(starts) else len(lines)
            block = lines[start:end]
            if not any(line.startswith("项目名称") for line in block):
                continue  # a repeated title over a page break, kept with the next form
            blocks.append(block)
        return lines[:starts[0]], blocks


class Report:
    """One generated report: its coded tables as 项 rows by table, and everything derived from them."""

    def __init__(self, seed, index, random_seed, department, year):
        self.seed = seed
        self.rng = random.Random(f"{random_seed}:{index}")
        self.department = department
        self.year = year
        self.factor = Decimal(str(round(self.rng.uniform(0.2, 4.0), 3)))
        self.jitter = {}
        self.mapping = {}  # table code -> {old amount: new amount}

    def row_jitter(self, code):
        if code not in self.jitter:
            self.jitter[code] = Decimal(str(round(self.rng.uniform(0.85, 1.15), 3)))
        return self.jitter[code]

    def scaled(self, value, code):
        return None if value is None else cents(value * self.factor * self.row_jitter(code))

    # --- coded tables -------------------------------------------------------------------

    def leaves(self, table):
        return [(c, n, v) for c, n, v in self.seed.coded[table]["rows"] if len(c) == 7]

    def build(self):
        rng = self.rng
        seed_leaves = {t: self.leaves(t) for t in ("02", "03", "05")}
        # Remove up to two 项 that have a sibling in 公开03 (from every table that prints them).
        codes03 = [c for c, _, _ in seed_leaves["03"]]
        removable = [c for c in codes03 if sum(1 for o in codes03 if o[:5] == c[:5]) > 1]
        removed = set(rng.sample(removable, k=min(len(removable), rng.choice([0, 0, 1, 2]))))
        # A removed 项 takes its siblings' place only once: keep at least one a 款.
        for c in codes03:
            if c in removed and sum(1 for o in codes03 if o[:5] == c[:5] and o not in removed) == 0:
                removed.discard(c)
        self.names = dict(self.seed.names)
        tables = {}
        for table in ("02", "03", "05"):
            rows = []
            for code, name, values in seed_leaves[table]:
                if code in removed:
                    continue
                rows.append((code, name, [self.scaled(v, code) for v in values]))
            tables[table] = rows
        # Add up to three 项 under 款 the report prints.
        added = []
        for parent, pool in EXTRA_LEAVES.items():
            for code, name in pool:
                if rng.random() < 0.12 and any(c[:5] == parent for c, _, _ in tables["03"]):
                    added.append((code, name))
        for code, name in added[:3]:
            self.names[code] = name
            expense = cents(Decimal(str(rng.uniform(10, 600))) * self.factor)
            basic_share = rng.choice([Decimal(0), Decimal(1), Decimal(str(round(rng.uniform(0.3, 0.9), 2)))])
            basic = cents(expense * basic_share)
            project = expense - basic
            personnel = cents(basic * Decimal(str(round(rng.uniform(0.7, 0.95), 2))))
            public = basic - personnel
            income = cents(expense * Decimal(str(round(rng.uniform(0.9, 1.05), 3))))
            nz = lambda v: v if v else None
            tables["03"].append((code, name, [expense, nz(basic), nz(project), None, None, None]))
            tables["05"].append((code, name, [expense, nz(basic), nz(personnel), nz(public), nz(project)]))
            tables["02"].append((code, name, [income, income, None, None, None, None, None]))
        # 政府性基金 for about a third of the reports.
        tables["07"] = []
        if rng.random() < 0.35:
            (class_code, class_name), (section_code, section_name), pool = rng.choice(GOV_FUND_SUBJECTS)
            self.names[class_code], self.names[section_code] = class_name, section_name
            for code, name in rng.sample(pool, k=rng.choice([1, 2])):
                self.names[code] = name
                opening = cents(Decimal(str(rng.uniform(0, 60))) * self.factor) if rng.random() < 0.5 else None
                income = cents(Decimal(str(rng.uniform(20, 500))) * self.factor)
                project = cents(income * Decimal(str(round(rng.uniform(0.6, 1.0), 3))))
                closing = (opening or Decimal(0)) + income - project
                tables["07"].append((code, name, [opening, income, project, None, project, closing or None]))
                tables["03"].append((code, name, [project, None, project, None, None, None]))
                tables["02"].append((code, name, [income, income, None, None, None, None, None]))
        for table in ("02", "03", "05", "07"):
            tables[table].sort(key=lambda row: row[0])
            for code, _, values in tables[table]:
                self.balance_row(table, values)
        self.tables = {table: self.rollup(table, rows) for table, rows in tables.items()}

    @staticmethod
    def balance_row(table, values):
        """Makes a 项 row's total columns the sum of its parts."""
        if table == "02":
            values[0] = add(values[1:])
        elif table == "03":
            values[0] = add(values[1:])
        elif table == "05":
            personnel, public = values[2], values[3]
            if values[1] is None:
                personnel = public = None
            elif personnel is None and public is None:
                personnel = values[1]
            elif values[1] is not None and personnel is not None and public is None and values[1] > personnel:
                public = values[1] - personnel
            values[2], values[3] = personnel, public
            values[1] = add([personnel, public])
            values[0] = add([values[1], values[4]])
        elif table == "07":
            values[2] = add([values[3], values[4]])
            values[5] = add([values[0], values[1]]) - (values[2] or 0) if values[0] or values[1] else None
            if values[5] is not None and values[5] == 0:
                values[5] = None

    def rollup(self, table, leaves):
        """合计, 类 and 款 rows above the 项 rows, in code order: [(code or '合计', name, values)]."""
        width = len(leaves[0][2]) if leaves else self.seed.coded[table]["width"]
        groups = {}
        for code, _, values in leaves:
            for key in (code[:3], code[:5]):
                groups.setdefault(key, []).append(values)
        rows = []
        for key in sorted(set(groups) | {c for c, _, _ in leaves}):
            if len(key) == 7:
                rows.append((key, self.names.get(key, key), next(v for c, _, v in leaves if c == key)))
            else:
                members = groups[key]
                rows.append((key, self.names.get(key, key), [add([m[i] for m in members]) for i in range(width)]))
        total = [add([v[i] for c, _, v in rows if len(c) == 3]) for i in range(width)]
        return [("合计", "", total)] + rows

    def row(self, table, code):
        return next((v for c, _, v in self.tables[table] if c == code), None)

    def classes(self, table):
        return [(c, n, v) for c, n, v in self.tables[table] if len(c) == 3]

    # --- rendering ----------------------------------------------------------------------

    def remember(self, table, old, new):
        if old is not None and new is not None and old != 0:
            self.mapping.setdefault(table, {}).setdefault(old, new)

    def render_coded(self, table):
        seed = self.seed.coded[table]
        old = {c: v for c, _, v in seed["rows"]}
        lines = []
        for index, (code, name, values) in enumerate(self.tables[table]):
            if code == "合计":
                old_total = None
                for line in self.seed.data_lines(table):
                    if line.startswith("合计"):
                        old_total = [parse_amount(c) for c in line.split("\t")[2:]]
                for o, n in zip(old_total or [], values):
                    self.remember(table, o, n)
                lines.append("\t".join(["合计", ""] + [fmt(v) for v in values]))
                continue
            for o, n in zip(old.get(code, []), values):
                self.remember(table, o, n)
            lines.append("\t".join([code, name] + [fmt(v) for v in values]))
            if index in seed["breaks"] or (index > 12 and self.rng.random() < 0.03):
                lines.append("")
        return lines + [""]

    def derive_summaries(self):
        """公开01, 04, 06 and 09 from the coded tables."""
        rng = self.rng
        gk02, gk03, gk05, gk07 = (self.tables[t][0][2] for t in ("02", "03", "05", "07"))
        gov_income = gk07[1] or Decimal(0)
        gov_opening = gk07[0] or Decimal(0)
        gov_expense = gk07[2] or Decimal(0)
        gov_closing = gov_opening + gov_income - gov_expense
        general_income = gk02[1] - gov_income
        general_expense = gk05[0]
        general_opening = max(cents(Decimal("1399.14") * self.factor),
                              general_expense - general_income + cents(Decimal(str(rng.uniform(50, 900))) * self.factor))
        general_closing = general_income + general_opening - general_expense
        self.gk04 = dict(general_income=general_income, gov_income=gov_income, general_opening=general_opening,
                         gov_opening=gov_opening, general_expense=general_expense, gov_expense=gov_expense,
                         general_closing=general_closing, gov_closing=gov_closing)
        income_total = gk02[0]
        non_fiscal = cents(Decimal("205.05") * self.factor)
        distribution = cents(Decimal("0.20") * self.factor)
        opening = max(cents(Decimal("1429.22") * self.factor),
                      cents((general_opening + gov_opening) * Decimal(str(round(rng.uniform(1.0, 1.05), 3)))))
        expense_total = gk03[0]
        closing = income_total + non_fiscal + opening - expense_total - distribution
        needed = general_closing + gov_closing
        if closing < needed:
            opening += needed - closing + cents(Decimal(str(rng.uniform(0, 50))) * self.factor)
            closing = income_total + non_fiscal + opening - expense_total - distribution
        self.gk01 = dict(general_income=general_income, gov_income=gov_income, other=gk02[6], income_total=income_total,
                         non_fiscal=non_fiscal, opening=opening, expense_total=expense_total, distribution=distribution,
                         closing=closing, total=income_total + non_fiscal + opening)

    def render_gk01(self):
        lines = [line.split("\t") for line in self.seed.data_lines("01") if line.strip()]
        classes = self.classes("03")
        for index, cells in enumerate(lines[:9]):
            if index < len(classes):
                code, name, values = classes[index]
                cells[3], cells[5] = f"{NUMERALS[index]}、{name}", fmt(values[0])
            else:
                cells[3], cells[5] = "", ""
        g = self.gk01
        old = {i: parse_amount(cells[2]) for i, cells in enumerate(lines)}
        lines[0][2], lines[1][2], lines[7][2] = fmt(g["general_income"]), fmt(g["gov_income"] or None), fmt(g["other"])
        lines[9][2], lines[9][5] = fmt(g["income_total"]), fmt(g["expense_total"])
        lines[10][2], lines[10][5] = fmt(g["non_fiscal"]), fmt(g["distribution"])
        lines[11][2], lines[11][5] = fmt(g["opening"]), fmt(g["closing"])
        lines[12][2], lines[12][5] = fmt(g["total"]), fmt(g["total"])
        for i, cells in enumerate(lines):
            self.remember("01", old[i], parse_amount(cells[2]))
        self.remember("01", Decimal("17946.59"), g["expense_total"])
        self.remember("01", Decimal("1022.12"), g["closing"])
        return ["\t".join(cells) for cells in lines] + [""]

    def render_gk04(self):
        lines = [line.split("\t") for line in self.seed.data_lines("04") if line.strip()]
        g = self.gk04
        general = {c: (n, v[0]) for c, n, v in self.classes("05")}
        gov = {c: (n, v[2]) for c, n, v in self.classes("07")}
        codes = sorted(set(general) | set(gov))
        for index, cells in enumerate(lines[:6]):
            if index < len(codes):
                code = codes[index]
                name = (general.get(code) or gov.get(code))[0]
                a, b = general.get(code, (None, None))[1], gov.get(code, (None, None))[1]
                cells[3], cells[5], cells[6], cells[7], cells[8] = f"{NUMERALS[index]}、{name}", fmt(add([a, b])), fmt(a), fmt(b), ""
            else:
                cells[3], cells[5], cells[6], cells[7], cells[8] = "", "", "", "", ""
        nz = lambda v: v if v else None
        income = g["general_income"] + g["gov_income"]
        opening = g["general_opening"] + g["gov_opening"]
        lines[0][2], lines[1][2] = fmt(g["general_income"]), fmt(nz(g["gov_income"]))
        lines[6][2] = fmt(income)
        lines[6][5:9] = [fmt(g["general_expense"] + g["gov_expense"]), fmt(g["general_expense"]), fmt(nz(g["gov_expense"])), ""]
        lines[7][2], lines[8][2], lines[9][2] = fmt(opening), fmt(g["general_opening"]), fmt(nz(g["gov_opening"]))
        lines[7][5:9] = [fmt(g["general_closing"] + g["gov_closing"]), fmt(g["general_closing"]), fmt(nz(g["gov_closing"])), ""]
        lines[11][2] = fmt(income + opening)
        lines[11][5:9] = [fmt(income + opening), fmt(g["general_income"] + g["general_opening"]),
                          fmt(nz(g["gov_income"] + g["gov_opening"])), ""]
        self.remember("04", Decimal("17714.80"), g["general_expense"])
        self.remember("04", Decimal("18721.05"), income + opening)
        return ["\t".join(cells) for cells in lines] + [""]

    def render_gk06(self):
        """Scales the 款 of 06 so that 人员经费 / 公用经费 add up to 公开05's 合计 columns."""
        rows = [line.split("\t") for line in self.seed.data_lines("06")]
        targets = {"personnel": self.tables["05"][0][2][2] or Decimal(0), "public": self.tables["05"][0][2][3] or Decimal(0)}
        group = lambda code: "personnel" if code[:3] in ("301", "303") else "public"
        cells = []  # (row, column, code, amount) of every 款 amount
        for r, row in enumerate(rows):
            for c in range(0, len(row) - 2, 3):
                if re.fullmatch(r"[0-9]{5}", row[c]) and parse_amount(row[c + 2]) is not None:
                    cells.append((r, c + 2, row[c], parse_amount(row[c + 2])))
        for kind in ("personnel", "public"):
            members = [cell for cell in cells if group(cell[2]) == kind]
            old_total = sum((cell[3] for cell in members), Decimal(0))
            new = {}
            for r, c, code, amount in members:
                weight = amount * Decimal(str(round(self.rng.uniform(0.8, 1.2), 3)))
                new[(r, c)] = weight
            weights = sum(new.values(), Decimal(0))
            target = targets[kind]
            for key in new:
                new[key] = cents(target * new[key] / weights) if weights else Decimal(0)
            if new:
                largest = max(new, key=lambda key: new[key])
                new[largest] += target - sum(new.values(), Decimal(0))
            for (r, c), value in new.items():
                self.remember("06", parse_amount(rows[r][c]), value)
                rows[r][c] = fmt(value) if value else ""
        # 类 = Σ 款.
        class_totals = {}
        for row in rows:
            for c in range(0, len(row) - 2, 3):
                if re.fullmatch(r"[0-9]{5}", row[c]):
                    class_totals[row[c][:3]] = add([class_totals.get(row[c][:3]), parse_amount(row[c + 2])])
        self.econ = {}
        for row in rows:
            for c in range(0, len(row) - 2, 3):
                if re.fullmatch(r"[0-9]{3}", row[c]):
                    self.remember("06", parse_amount(row[c + 2]), class_totals.get(row[c]))
                    row[c + 2] = fmt(class_totals.get(row[c]))
                if re.fullmatch(r"[0-9]{3,5}", row[c]):
                    self.econ[row[c]] = parse_amount(row[c + 2])
            if row and row[0] == "人员经费合计":
                row[2] = fmt(targets["personnel"] or None)
                last = max(i for i, cell in enumerate(row) if cell.strip()) if any(c.strip() for c in row[3:]) else len(row) - 1
                row[last] = fmt(targets["public"] or None)
        return ["\t".join(row) for row in rows]

    def render_gk09(self):
        lines = self.seed.data_lines("09")
        index = next(i for i, line in enumerate(lines) if line.strip() and re.match(r"^[0-9.]", line))
        old = [parse_amount(c) for c in lines[index].split("\t")]
        new = [None if v is None else cents(v * self.factor * Decimal(str(round(self.rng.uniform(0.9, 1.1), 3)))) for v in old]
        econ = getattr(self, "econ", {})
        # 06's basic-expense lines may not exceed the matching 三公 决算数.
        for position, code in ((7, "30212"), (11, "30217"), (10, "30231"), (9, "31013")):
            if econ.get(code) is not None and (new[position] or 0) < econ[code]:
                new[position] = econ[code]
        for base in (0, 6):
            new[base + 2] = add([new[base + 3], new[base + 4]])
            new[base] = add([new[base + 1], new[base + 2], new[base + 5]])
        for o, n in zip(old, new):
            self.remember("09", o, n)
        self.sangong = new
        out = list(lines)
        out[index] = "\t".join(fmt(v) for v in new)
        return out

    def render_gk07(self):
        lines = self.seed.data_lines("07")
        if not self.tables["07"][1:]:
            return lines
        return self.render_coded("07")

    def render_forms(self):
        head, forms = self.seed.forms()
        count = len(forms)
        keep = max(1, count - self.rng.choice([0, 0, 1, 3, 6]))
        out = list(head)
        for form in forms[:keep]:
            out.extend(form)
        # Copies go after the last form; only when none was removed, so that the narrative's
        # numbered project items still describe the forms of the same number.
        names = self.rng.sample(PROJECT_NAMES, k=self.rng.choice([0, 0, 1, 2, 4])) if keep == count else []
        for name in names:
            template = self.rng.choice(forms)
            out.extend(self.copy_form(template, name))
        return out

    def copy_form(self, form, name):
        """A copy of a project form with another name and its funding scaled (总额 = 当年财政拨款, rates recomputed)."""
        g = Decimal(str(round(self.rng.uniform(0.3, 3.0), 2)))
        out = []
        budget = executed = None
        for line in form:
            cells = line.split("\t")
            if cells and cells[0] == "项目名称":
                idx = next(i for i, c in enumerate(cells) if i > 0 and c.strip())
                cells[idx] = name
            stripped = [c for c in cells if c.strip()]
            label = next((c for c in cells if c.strip() in ("年度资金总额", "当年财政拨款")), None)
            if label:
                positions = [i for i, c in enumerate(cells) if c.strip() and c.strip() != label and parse_amount(c) is not None]
                values = [parse_amount(cells[i]) for i in positions]
                if len(values) >= 4:
                    new = [cents(values[0] * g), cents(values[1] * g), cents(values[2] * g)]
                    scale = max(0, -values[3].as_tuple().exponent)
                    rate = (new[2] / new[1] * 100).quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP) if new[1] else values[3]
                    for i, v in zip(positions[:4], new + [rate]):
                        cells[i] = str(v)
            out.append("\t".join(cells))
        return out

    # --- narrative ----------------------------------------------------------------------

    SECTION_TABLES = {
        "一": ["02", "03", "01"], "二": ["02", "01"], "三": ["03", "01"], "四": ["04", "01"], "五": ["05", "04"],
        "六": ["05", "06"], "七": ["07"], "八": [], "九": ["09", "06"], "十": None, "十一": [],
    }

    def render_narrative(self, lines):
        out = []
        section = None
        gov = bool(self.tables["07"][1:])
        for line in lines:
            match = re.match(r"^([一二三四五六七八九十]+)、", line)
            if match:
                section = match.group(1)
            if section == "七" and "本单位无政府性基金预算情况" in line and gov:
                total = self.tables["07"][0][2]
                line = (f"{self.year} 年度政府性基金预算财政拨款收入 {fmt(total[1])} 万元，"
                        f"支出 {fmt(total[2])} 万元，年末结转和结余 {fmt(total[5] or 0)} 万元。")
                out.append(line)
                continue
            tables = self.SECTION_TABLES.get(section, [])
            if tables is None or section is None:
                out.append(line)
                continue
            out.append(self.rewrite_amounts(line, tables))
        return out

    def lookup(self, value, tables):
        for table in tables + ["01", "02", "03", "04", "05", "06", "09"]:
            if value in self.mapping.get(table, {}):
                return self.mapping[table][value]
        return None

    def rewrite_amounts(self, line, tables):
        def amount(match):
            text = match.group(1)
            value = Decimal(text)
            if value == 0:
                return match.group(0)
            new = self.lookup(value, tables)
            if new is None:
                new = cents(value * self.factor)
            new_text = str(cents(new))
            if "." not in text or len(text.split(".")[1]) < 2:
                new_text = new_text.rstrip("0").rstrip(".") if "." in new_text else new_text
            return new_text + match.group(2)

        line = re.sub(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)(\s*万元)", amount, line)

        # Rates and shares the sentence states, recomputed from the amounts it states.
        def rate(part, whole, printed):
            scale = len(printed.split(".")[1]) if "." in printed else 0
            if whole == 0:
                return printed
            return str((part / whole * 100).quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP))

        def completion(match):
            budget, actual, printed = Decimal(match.group(2)), Decimal(match.group(4)), match.group(6)
            return match.group(1) + match.group(2) + match.group(3) + match.group(4) + match.group(5) + rate(actual, budget, printed) + "%"

        line = re.sub(r"(预算为?\s*)([0-9.]+)(\s*万元，支出决算为\s*)([0-9.]+)(\s*万元，完成(?:年初)?预算的\s*)([0-9.]+)%",
                      completion, line)
        if "占" in line and "一般公共预算财政拨款支出" in line:
            total = self.tables["05"][0][2][0]

            def share(match):
                return match.group(1) + match.group(2) + rate(Decimal(match.group(1)), total, match.group(3)) + "%"

            line = re.sub(r"([0-9.]+)(\s*万元，占\s*)([0-9.]+)%", share, line)
        return line

    # --- the whole text ------------------------------------------------------------------

    def render(self):
        self.build()
        self.derive_summaries()
        seed = self.seed
        replacements = {}
        for code, render in (("02", lambda: self.render_coded("02")), ("03", lambda: self.render_coded("03")),
                             ("05", lambda: self.render_coded("05")), ("06", self.render_gk06),
                             ("07", self.render_gk07), ("09", self.render_gk09), ("01", self.render_gk01),
                             ("04", self.render_gk04)):
            replacements[seed.tables[code]] = render()
        lines = list(seed.lines)
        out = []
        i = 0
        spans = sorted(replacements)
        forms = self.render_forms()
        narrative = self.render_narrative(lines[seed.narrative_start:])
        while i < seed.narrative_start:
            span = next((s for s in spans if s[0] == i), None)
            if span:
                out.extend(replacements[span])
                i = span[1]
                continue
            if i == seed.forms_start:
                out.extend(forms)
                i = seed.forms_end
                continue
            if self.tables["07"][1:] and lines[i].startswith("本单位没有政府性基金预算财政拨款"):
                i += 1
                continue
            out.append(lines[i])
            i += 1
        out.extend(narrative)
        text = "\n".join(out)
        shift = self.year - SEED_YEAR
        text = re.sub(r"(?<![0-9.])(20[0-9]{2})(?=\s*年|-20[0-9]{2}\s*年)", lambda m: str(int(m.group(1)) + shift), text)
        # The department's own units keep their place in the text (unit list, 实施单位 of the
        # forms, narrative): 吉林省人民政府办公厅（本级） becomes X（本级）, 吉林省文史研究馆 X文史研究馆.
        text = text.replace(SEED_DEPARTMENT, "\0").replace("吉林省", "\0").replace("\0", self.department)
        return text


def identities(count, random_seed):
    """(department, year) for each report: distinct, in a deterministic shuffled order."""
    pairs = [(prefix + stem, year) for prefix in PREFIXES for stem in STEMS for year in YEARS]
    random.Random(f"{random_seed}:identities").shuffle(pairs)
    extra = 0
    while len(pairs) < count:
        extra += 1
        pairs += [(f"{d}第{extra}分局", y) for d, y in pairs[: count - len(pairs)]]
    return pairs[:count]


def main():
    parser = argparse.ArgumentParser(description="Write N generated 部门决算 reports derived from the seed.")
    parser.add_argument("--seed-file", default=os.path.join(os.path.dirname(__file__), "..", "seeds", "000_f428d76052f7ee41.txt"))
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--random-seed", type=int, default=7)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    seed = Seed(args.seed_file)
    os.makedirs(args.out, exist_ok=True)
    for index, (department, year) in enumerate(identities(args.count, args.random_seed)):
        text = Report(seed, index, args.random_seed, department, year).render()
        with open(os.path.join(args.out, f"report_{index:05d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(text)
    print(f"wrote {args.count} reports to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
