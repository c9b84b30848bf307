#!/usr/bin/env python3
"""Count, from a 部门决算 (or 部门预算) PDF's own text, the printed amounts of each 公开 table.

Usage: python3 Tests/python/printed_amounts.py FILE.pdf

Prints one JSON object on stdout:
  {"tables": {"<view>": {"amounts": N, "totals": {"<label>": ["<amount text>", ...]}}, ...}}
"amounts" counts the amount cells (numbers with a decimal point) between a table's title and
its end; "totals" gives, for each row labelled 合计/总计/本年收入合计/本年支出合计/人员经费合计/
公用经费合计, its amounts left to right (both sides of a two-sided line, in order).  A total
row that a continuation page reprints identically is taken once, in both; a total label with
no amount printed (an empty table, the template) is left out.  Oddities worth a look (amounts
without exactly two decimals) go to stderr.

This is an oracle for end-to-end tests, so it shares no code or rules with the loader:
it reads only `pdftotext -layout FILE -` and works on lines and character columns.
"""

import json
import re
import subprocess
import sys

# Title (after normalize()) -> view.  Only a line that is the title alone matches.
TITLES = {
    "收入支出决算总表": "gk01", "部门收支决算总表": "gk01", "高等学校收支决算总表": "gk01",
    "收入决算表": "gk02", "高等学校收入决算表": "gk02",
    "支出决算表": "gk03", "高等学校支出决算表": "gk03",
    "财政拨款收入支出决算总表": "gk04", "财政拨款收支决算总表": "gk04",
    "一般公共预算财政拨款支出决算表": "gk05",
    "一般公共预算财政拨款基本支出决算表": "gk06", "一般公共预算财政拨款基本支出决算明细表": "gk06",
    "政府性基金预算财政拨款收入支出决算表": "gk07", "政府性基金预算财政拨款支出决算表": "gk07",
    "国有资本经营预算财政拨款收入支出决算表": "gk08", "国有资本经营预算财政拨款支出决算表": "gk08",
    "一般公共预算财政拨款三公经费支出决算表": "gk09", "财政拨款三公经费支出决算表": "gk09",
    "高等学校财政拨款支出决算表": "gk_fiscal_expense",
    # 部门预算: Jiangsu's and Shenzhen's titles.
    "收支预算总表": "ys01", "收支总表": "ys01",
    "收入预算总表": "ys02", "收入总表": "ys02",
    "支出预算总表": "ys03", "支出总表": "ys03",
    "财政拨款收支预算总表": "ys04", "财政拨款收支总表": "ys04",
    "一般公共预算支出预算表（功能科目）": "ys05", "一般公共预算支出表（按功能分类）": "ys05",
    "一般公共预算基本支出预算表（经济科目）": "ys06",
    "财政拨款政府性基金支出预算表": "ys07", "政府性基金预算支出表": "ys07",
    "国有资本经营预算支出表": "ys08",
    "三公经费、会议费、培训费支出预算表": "ys09", "财政拨款三公经费支出表": "ys09",
    "财政拨款支出预算表（功能科目）": "ys_fiscal_expense",
    "财政拨款基本支出预算表（经济科目）": "ys_fiscal_basic",
    "一般公共预算支出表（按经济分类）": "ys_general_econ",
    "基本支出总表": "ys_basic", "项目支出总表": "ys_projects",
    "一般公共预算机关运行经费支出预算表": "ys_running_cost",
    "2019年政府采购预算表": "ys_procurement",
}
VIEW_ORDER = ["gk01", "gk02", "gk03", "gk04", "gk05", "gk06", "gk07", "gk08", "gk09", "gk_fiscal_expense",
              "ys01", "ys02", "ys03", "ys04", "ys05", "ys06", "ys07", "ys08", "ys09", "ys_fiscal_expense",
              "ys_fiscal_basic", "ys_general_econ", "ys_basic", "ys_projects", "ys_running_cost", "ys_procurement"]
TOTAL_LABELS = {"合计", "总计", "本年收入合计", "本年支出合计", "人员经费合计", "公用经费合计",
                "收入总计", "支出总计", "收入合计", "支出合计"}

NUMERAL = "一二三四五六七八九十"
# Prefixes a title may carry: `表 1：`, `一、`, `（一）`, and the marker `公开 05 表` / `表5`.
TITLE_AFFIX = re.compile(rf"^(表\d+[：:]?|[{NUMERAL}]+、|（[{NUMERAL}]+）|公开\d+表)+|(公开\d+表|表\d+)$")
# A printed amount has a decimal point; thousands separators are optional.  The look-arounds
# keep us from cutting a piece out of a longer run of digits.
AMOUNT = re.compile(r"(?<![\d.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+(?![\d.,])")
# Where a table's text stops (besides the next title): a note, a part heading, or a narrative
# heading such as `三、决算报表说明` (the last table of a report has no next title).
END = re.compile(rf"^(注\s*[：:\d]|说明\s*[：:]|第[{NUMERAL}]+部分|[{NUMERAL}]+、\S*(说明|情况)$)")
# Putuo prints the 科目编码 sub-header `类 款 项` between the 合计 row's amounts and its label,
# and Southwest University prints it in front of the label; it is never part of a row.
HEADER_BITS = {"类", "款", "项"}


def normalize(line):
    s = re.sub(r"[\s“”\"‘’]", "", line)
    return TITLE_AFFIX.sub("", s)


def amounts_in(line):
    """(column, text) of each amount on a line."""
    return [(m.start(), m.group()) for m in AMOUNT.finditer(line)]


def amount_only(line):
    """A line that holds amounts and nothing else: pdftotext moved it off its row."""
    return bool(AMOUNT.search(line)) and not AMOUNT.sub("", line).strip()


def header_bits_only(line):
    return bool(line.strip()) and set(line.split()) <= HEADER_BITS


def read_lines(pdf):
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                          capture_output=True, text=True).stdout
    # Split on form feeds first so the \f never shifts a column; keep the page of each line
    # because a repeated 合计 row is only a reprint when it sits on a later page.
    return [(page, line) for page, chunk in enumerate(text.split("\f")) for line in chunk.split("\n")]


def title_view(lines, i):
    """The view whose title is line i, or None.  The table of contents lists the same titles
    (in Foshan without dots or page numbers), so a title counts only when the unit line
    (`单位：万元`, `金额单位：万元`) follows within a few lines, as it does on every table page."""
    view = TITLES.get(normalize(lines[i][1]))
    if view is None:
        return None
    following = [l for _, l in lines[i + 1:i + 12] if l.strip()][:4]
    return view if any(re.search(r"单位\s*[：:]", l) for l in following) else None


def total_segments(lines, i):
    """For a row line i whose label is a total: [(label, [amount texts])], one per side.

    The row is cut at the start column of each text cell (a two-sided table has a 收入 label
    and a 支出 label on one line); every amount goes to the cell that starts at or before its
    column.  Amounts come from the line itself and from the amount-only lines right above it
    (pdftotext puts some Putuo rows' amounts a line or two above the label, with `类 款 项`
    maybe in between), read left to right by column."""
    # Some reports space out a label (`合  计`, `总    计`); close it up, keeping the columns.
    line = re.sub(r"([合总])(\s+)计", r"\1计\2", lines[i][1])
    cells = [(m.start(), m.group()) for m in re.finditer(r"\S+", line)
             if m.group() not in HEADER_BITS and not re.fullmatch(r"[\d.,-]+", m.group())]
    if not cells or cells[0][1] not in TOTAL_LABELS:
        return []
    found = amounts_in(line)
    j = i - 1
    while j >= 0 and (amount_only(lines[j][1]) or header_bits_only(lines[j][1])):
        found += amounts_in(lines[j][1])
        j -= 1
    segments = [(col, label, []) for col, label in cells]
    for col, text in sorted(found):
        owner = [s for s in segments if s[0] <= col] or segments[:1]
        owner[-1][2].append(text)
    # Cells that are not totals (a 收入 item beside a 支出 total) keep their amounts out.
    return [(label, amts) for _, label, amts in segments if label in TOTAL_LABELS]


def scan(pdf):
    lines = read_lines(pdf)
    tables = {}        # view -> {"amounts": n, "totals": {label: [...]}}
    seen_rows = {}     # view -> {row key: page} of total rows already taken
    odd = []           # amounts that do not have exactly two decimals
    view = None
    for i, (page, line) in enumerate(lines):
        v = title_view(lines, i)
        if v:
            # A repeated title (continuation page) continues the same table.
            view = v
            tables.setdefault(view, {"amounts": 0, "totals": {}})
            seen_rows.setdefault(view, {})
            continue
        if view is None:
            continue
        if END.match(line.strip()):
            view = None
            continue
        amts = amounts_in(line)
        odd += [t for _, t in amts if len(t.split(".")[1]) != 2]
        table = tables[view]
        segs = total_segments(lines, i)
        # A label with no printed amount (empty tables, the template) gives no total.
        key = tuple((label, tuple(a)) for label, a in segs if a)
        if key and seen_rows[view].setdefault(key, page) != page:
            # A continuation page reprints the identical total row: take it once.  Its
            # amounts that pdftotext put on lines above were counted there, so subtract the
            # whole row from the table's count.
            table["amounts"] += len(amts) - sum(len(a) for _, a in key)
            continue
        for label, a in key:
            table["totals"].setdefault(label, []).extend(a)
        table["amounts"] += len(amts)
    if odd:
        print(f"{pdf}: amounts without exactly two decimals: {odd}", file=sys.stderr)
    return {"tables": {v: tables[v] for v in VIEW_ORDER if v in tables}}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[2])
    print(json.dumps(scan(sys.argv[1]), ensure_ascii=False))
