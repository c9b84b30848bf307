#!/usr/bin/env python3
"""Prints, as JSON, each ruled table of a PDF with its printed amounts, as pdfplumber reads it.

pdfplumber (PyPI) finds each page's tables from the drawn lines (`find_tables()`) and reads each
cell's text (`extract()`), independently of the loader. An amount is a cell whose text, white space
removed, is a number with a decimal point (2,940.05, 0.00, 1,721.982000). A total row is a row whose
first cell with text is 合计 or 总计 (spaces removed; the 科目编码 sub-header 类 款 项 that some
print in the same row, left of it, passed over); its amounts are given left to right.
Output: {"tables": [{"page": 1-based, "index": the table's place on its page from 0,
"amounts": N, "totals": [["2,946.25", ...], ...]}, ...]} in page order.

Usage: table_amounts.py PDF
"""
import json
import re
import sys

import pdfplumber

AMOUNT = re.compile(r"^[-+]?\d[\d,]*\.\d+$")
TOTALS = {"合计", "总计"}
HEADER_BITS = {"类", "款", "项"}


def main(path):
    tables = []
    with pdfplumber.open(path) as document:
        for number, page in enumerate(document.pages, start=1):
            for index, table in enumerate(page.find_tables()):
                amounts = 0
                totals = []
                for row in table.extract():
                    texts = [re.sub(r"\s+", "", cell or "") for cell in row]
                    found = [text for text in texts if AMOUNT.match(text)]
                    amounts += len(found)
                    labels = [text for text in texts if text and not AMOUNT.match(text) and text not in HEADER_BITS]
                    if labels and labels[0] in TOTALS and found:
                        totals.append(found)
                tables.append({"page": number, "index": index, "amounts": amounts, "totals": totals})
    print(json.dumps({"tables": tables}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
