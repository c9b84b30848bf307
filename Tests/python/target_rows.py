#!/usr/bin/env python3
"""Prints, as JSON, the indicator rows of every ruled table of a PDF, as pdfplumber reads them.

pdfplumber (PyPI) finds each page's tables from the drawn lines (`find_tables()`) and reads each
cell's text (`extract()`), independently of the loader. An indicator row is a row below the table's
header row of 一级指标 | 二级指标 | … whose cell right of 二级指标 prints text other than the header's
own (三级指标, 指标内容); its indicator is that text and its target the text in the first column of the
header row named …指标值 or …目标值 (not 指标值类型 / 指标值内容), white space removed.
Output: {"rows": [{"page": 1-based, "indicator": "...", "target": "..."}, ...]} in page order.

Usage: target_rows.py PDF
"""
import json
import re
import sys

import pdfplumber


def squeezed(cell):
    return re.sub(r"\s+", "", cell or "")


def main(path):
    rows = []
    with pdfplumber.open(path) as document:
        for number, page in enumerate(document.pages, start=1):
            for table in page.find_tables():
                grid = [[squeezed(cell) for cell in row] for row in table.extract()]
                header = next((i for i, row in enumerate(grid) if "一级指标" in row and "二级指标" in row), None)
                if header is None:
                    continue
                names = grid[header]
                level3 = names.index("二级指标") + 1
                target = next((i for i, name in enumerate(names) if i > level3 and (name.endswith("指标值") or name.endswith("目标值"))), None)
                for row in grid[header + 1:]:
                    indicator = row[level3] if level3 < len(row) else ""
                    if indicator and indicator not in ("三级指标", "指标内容", "指标名称"):
                        rows.append({"page": number, "indicator": indicator, "target": row[target] if target is not None else ""})
    print(json.dumps({"rows": rows}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
