#!/usr/bin/env python3
"""Prints, as JSON, every number printed in a cell of a ruled table of a PDF, as pdfplumber reads it.

pdfplumber (PyPI) finds each page's tables from the drawn lines (`find_tables()`) and reads each
cell's text (`extract()`), independently of the loader. A number is a cell whose text, white space
removed, is digits with an optional sign, thousands separators and decimals (2,940.05, 0.00, 12).
Output: {"numbers": ["2,940.05", ...]} in page order, one entry a printed cell.

Usage: printed_numbers.py PDF
"""
import json
import re
import sys

import pdfplumber

NUMBER = re.compile(r"^[-+]?\d[\d,]*(\.\d+)?$")


def main(path):
    numbers = []
    with pdfplumber.open(path) as document:
        for page in document.pages:
            for table in page.find_tables():
                for row in table.extract():
                    for cell in row:
                        text = re.sub(r"\s+", "", cell or "")
                        if NUMBER.match(text):
                            numbers.append(text)
    print(json.dumps({"numbers": numbers}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
