#!/usr/bin/env python3
"""Compares `juesuan parse FILE.pdf --grid --json` with pdfplumber's reading of the same pages.

pdfplumber (PyPI) finds a page's tables from its drawn lines (`find_tables()`, the lattice
strategy by default) and reads each cell's characters (`extract()`): an independent reader of
the same grid. For every page of every PDF given, both must find the same tables, with the same
rows and columns and the same cell texts once white space is removed.

Usage: grid_compare.py JUESUAN PDF... [--known FILE]

--known names a file of differences accepted with a reason, one a line:
    PDF-NAME<TAB>PAGE<TAB>TABLE<TAB>ROW<TAB>COLUMN<TAB>REASON
(TABLE, ROW and COLUMN from 0; `*` for any). Prints one line a difference not accepted, then
`N passed, M failed` (a PDF passes when all its differences are accepted), and exits 1 when
any is not.
"""
import json
import os
import re
import subprocess
import sys

import pdfplumber

WHITE = re.compile(r"\s+")


def squeeze(text):
    return None if text is None else WHITE.sub("", text)


def ours(juesuan, pdf):
    out = subprocess.run([juesuan, "parse", pdf, "--grid", "--json"], check=True, capture_output=True, text=True).stdout
    tables = {}
    for line in out.splitlines():
        table = json.loads(line)
        tables.setdefault(table["page"], []).append(table)
    return tables


def theirs(pdf):
    tables = {}
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            found = page.find_tables()
            if found:
                tables[number] = [{"bbox": list(t.bbox), "rows": t.extract()} for t in found]
    return tables


def differences(name, mine, plumber):
    """Yields (page, table, row, column, what) for every difference."""
    for page in sorted(set(mine) | set(plumber)):
        a, b = mine.get(page, []), plumber.get(page, [])
        if len(a) != len(b):
            yield page, "*", "*", "*", f"{len(a)} tables here, {len(b)} in pdfplumber"
            continue
        for index, (x, y) in enumerate(zip(a, b)):
            if any(abs(p - q) > 1.0 for p, q in zip(x["bbox"], y["bbox"])):
                yield page, index, "*", "*", f"bbox {x['bbox']} here, {y['bbox']} in pdfplumber"
            rows, others = x["rows"], y["rows"]
            if len(rows) != len(others) or any(len(r) != len(o) for r, o in zip(rows, others)):
                shape = (len(rows), max(map(len, rows), default=0))
                their = (len(others), max(map(len, others), default=0))
                yield page, index, "*", "*", f"{shape[0]}×{shape[1]} here, {their[0]}×{their[1]} in pdfplumber"
                continue
            for r, (row, other) in enumerate(zip(rows, others)):
                for c, (cell, theirs_cell) in enumerate(zip(row, other)):
                    if squeeze(cell) != squeeze(theirs_cell):
                        yield page, index, r, c, f"{cell!r} here, {theirs_cell!r} in pdfplumber"


def accepted(known, name, page, table, row, column):
    for entry in known:
        if entry[0] != name:
            continue
        if all(want == "*" or want == str(got) for want, got in zip(entry[1:5], (page, table, row, column))):
            return True
    return False


def main(argv):
    known = []
    if "--known" in argv:
        at = argv.index("--known")
        with open(argv[at + 1], encoding="utf-8") as handle:
            for line in handle:
                if line.strip() and not line.startswith("#"):
                    known.append(line.rstrip("\n").split("\t"))
        argv = argv[:at] + argv[at + 2 :]
    juesuan, pdfs = argv[1], argv[2:]
    passed = failed = 0
    for pdf in pdfs:
        name = os.path.basename(pdf)
        mine, plumber = ours(juesuan, pdf), theirs(pdf)
        tables = sum(map(len, plumber.values()))
        bad = [d for d in differences(name, mine, plumber) if not accepted(known, name, *d[:4])]
        for page, table, row, column, what in bad:
            print(f"{name} page {page} table {table} row {row} column {column}: {what}")
        print(f"# {name}: {tables} tables in pdfplumber, {len(bad)} differences not accepted")
        if bad:
            failed += 1
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
