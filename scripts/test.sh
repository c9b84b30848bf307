#!/usr/bin/env bash
# The project's test command: installs what the tests need where it is missing (Debian packages,
# psycopg and pdfplumber from PyPI), then runs `swift test`. Needs root (or sudo) only when
# something is missing. Extra arguments go to `swift test` (e.g. --filter GridTests).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists libpq 2>/dev/null || missing+=(libpq-dev)
pkg-config --exists libcrypto 2>/dev/null || missing+=(libssl-dev)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)
# A PDF's glyphs and ruling lines are read with MuPDF's mutool trace; pictures with poppler's pdftoppm,
# and the tests read PDFs independently with pdftotext.
command -v mutool >/dev/null 2>&1 || missing+=(mupdf-tools)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# DamagedPDFTests write over a page's content stream of a copy that qpdf --qdf leaves uncompressed.
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
# ReportPageTests open the HTML report in Debian's chromium; Chinese text needs a CJK font.
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing+=(fonts-noto-cjk)
command -v python3 >/dev/null 2>&1 || missing+=(python3 python3-pip)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Tests/python/bi_client_test.py (BIClientTests) reads the warehouse with psycopg 3;
# Tests/python/grid_compare.py (GridComparisonTests) reads the PDFs' grids with pdfplumber.
python3 -c 'import psycopg' 2>/dev/null || python3 -m pip install --quiet "psycopg[binary]"
python3 -c 'import pdfplumber' 2>/dev/null || python3 -m pip install --quiet pdfplumber

swift test "$@"
