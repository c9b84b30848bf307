#!/usr/bin/env python3
"""Turns the raw measurements of Benchmarks/run.sh into results.md (Markdown on stdout)."""

import argparse
import json
import os
import re


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def time_v(path):
    """Wall seconds and peak RSS (MB) from /usr/bin/time -v."""
    text = read(path)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.*)", text).group(1).strip()
    parts = [float(p) for p in wall.split(":")]
    seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return seconds, rss_kb / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--corpus-bytes", type=int, required=True)
    parser.add_argument("--document", required=True)
    args = parser.parse_args()
    out = args.out
    seed = json.loads(read(os.path.join(out, "parse_seed.json")))
    corpus = json.loads(read(os.path.join(out, "parse_corpus.json")))
    load_s, load_rss = time_v(os.path.join(out, "load_time.txt"))
    reload_s, reload_rss = time_v(os.path.join(out, "reload_time.txt"))
    loads = [json.loads(line) for line in read(os.path.join(out, "load.jsonl")).splitlines() if line.strip()]
    reloads = [json.loads(line) for line in read(os.path.join(out, "reload.jsonl")).splitlines() if line.strip()]
    outcomes = {}
    for record in loads:
        outcomes[record["outcome"]] = outcomes.get(record["outcome"], 0) + 1
    unchanged = sum(1 for r in reloads if r["outcome"] == "unchanged")
    errors = sum((r.get("findings_by_severity") or {}).get("error", 0) for r in loads)
    loader_rows = sum(r["rows"] for r in loads)
    counts = dict(line.split("\t") for line in read(os.path.join(out, "row_counts.tsv")).splitlines() if line.strip())
    counts = {k: int(v) for k, v in counts.items()}
    all_rows = sum(v for k, v in counts.items() if k not in ("schema_migration", "view_definition", "dim_measure", "dim_fund",
                                                             "econ_expense_group"))
    copy_s = float(read(os.path.join(out, "copy_seconds.txt")).split()[-1])
    copy_facts_s = float(read(os.path.join(out, "copy_facts_seconds.txt")).split()[-1])
    copy_tables = {t: float(ms) / 1000 for t, ms in (l.split("\t") for l in read(os.path.join(out, "copy_tables.tsv")).splitlines() if "\t" in l)}
    copy_without_dq = sum(v for t, v in copy_tables.items() if not t.startswith("dq_"))
    nochecks_s, nochecks_rss = time_v(os.path.join(out, "nochecks_time.txt"))
    parallel_s, parallel_rss = time_v(os.path.join(out, "parallel_time.txt"))
    jobs = read(os.path.join(out, "parallel_jobs.txt")).strip()
    waits = {}
    samples = 0
    for line in read(os.path.join(out, "parallel_waits.tsv")).splitlines():
        if "\t" in line:
            kind, count = line.split("\t")
            waits[kind] = waits.get(kind, 0) + int(count)
            samples += int(count)
    views = [line.split("\t") for line in read(os.path.join(out, "views.tsv")).splitlines() if line.strip()]
    uptime = read(os.path.join(out, "uptime_before_load.txt")).strip()
    n = args.count
    ok = lambda met: "met" if met else "**missed**"

    print(f"# Benchmark results ({n} generated reports)\n")
    print(f"Load average before the load: `{uptime}`\n")
    print("| measurement | value |")
    print("|---|---|")
    print(f"| parse, seed ×{seed['repeats']} (one core) | {seed['mb_per_s']} MB/s ({seed['seconds'] / seed['repeats'] * 1000:.1f} ms a report) |")
    print(f"| parse, corpus of {corpus['files']} files, {corpus['bytes'] / 1e6:.1f} MB (one core) | {corpus['mb_per_s']} MB/s |")
    print(f"| full load: wall time | {load_s:.1f} s ({outcomes}) |")
    print(f"| full load: documents/s | {n / load_s:.2f} |")
    print(f"| full load: fact rows (loader's count) | {loader_rows} ({loader_rows / load_s:.0f} rows/s) |")
    print(f"| full load: all rows written (every fiscal table) | {all_rows} ({all_rows / load_s:.0f} rows/s) |")
    print(f"| full load: peak RSS of `juesuan load` | {load_rss:.1f} MB |")
    print(f"| full load: error findings | {errors} |")
    print(f"| \\copy baseline, every row of every table | {copy_s:.1f} s ({all_rows / copy_s:.0f} rows/s) |")
    print(f"| \\copy baseline, fact_gongkai_amount only ({counts.get('fact_gongkai_amount', 0)} rows) | {copy_facts_s:.1f} s |")
    print(f"| ratio load / \\copy baseline (all rows) | {load_s / copy_s:.2f} |")
    print(f"| full load at --jobs {jobs}: wall time | {parallel_s:.1f} s ({n / parallel_s:.2f} documents/s), peak RSS {parallel_rss:.1f} MB |")
    print(f"| ratio load at --jobs {jobs} / \\copy baseline (all rows) | {parallel_s / copy_s:.2f} |")
    shares = ", ".join(f"{k} {v / max(samples, 1) * 100:.0f} %" for k, v in sorted(waits.items(), key=lambda kv: -kv[1]))
    print(f"| --jobs {jobs}: what the busy loader sessions were doing (sampled every 0.1 s) | {shares} |")
    print(f"| full load without the data-quality checks (empty sql/checks/) | {nochecks_s:.1f} s ({n / nochecks_s:.2f} documents/s) |")
    print(f"| \\copy baseline without the dq_ tables (per-table \\timing) | {copy_without_dq:.1f} s |")
    print(f"| ratio load without checks / \\copy baseline without dq_ tables | {nochecks_s / copy_without_dq:.2f} |")
    print(f"| unchanged reload | {reload_s:.1f} s ({unchanged} of {n} unchanged), {reload_s / load_s * 100:.1f} % of the full load, peak RSS {reload_rss:.1f} MB |")
    print()
    print("\\copy baseline by table (psql `\\timing`):\n")
    print("| table | seconds |")
    print("|---|---|")
    for table, seconds in copy_tables.items():
        print(f"| fiscal.{table} | {seconds:.2f} |")
    print()
    print(f"Views, `select * from gongkai.<view> where document_id = {args.document}`, median of psql `\\timing`:\n")
    print("| view | median ms | rows |")
    print("|---|---|---|")
    for view, ms, rows in views:
        print(f"| {view} | {ms} | {rows} |")
    print()
    slowest = max(float(ms) for _, ms, _ in views) if views else 0
    peak_rss = max(load_rss, reload_rss, parallel_rss)
    print("| target (issue 26) | measured | |")
    print("|---|---|---|")
    print(f"| load at --jobs {jobs} (= cores) ≤ 1.3 × \\copy baseline, checks on | {parallel_s / copy_s:.2f} × | {ok(parallel_s / copy_s <= 1.3)} |")
    print(f"| load at --jobs 1 ≤ 1.6 × \\copy baseline | {load_s / copy_s:.2f} × | {ok(load_s / copy_s <= 1.6)} |")
    print(f"| parse ≥ 30 MB/s on one core (generated corpus) | {corpus['mb_per_s']} MB/s | {ok(float(corpus['mb_per_s']) >= 30)} |")
    print(f"| peak RSS < 200 MB (--jobs 1, --jobs {jobs}, reload) | {peak_rss:.1f} MB | {ok(peak_rss < 200)} |")
    print(f"| unchanged reload ≤ 5 % of the full load | {reload_s / load_s * 100:.1f} % | {ok(reload_s / load_s <= 0.05)} |")
    print(f"| each filtered view < 20 ms | slowest {slowest} ms | {ok(slowest < 20)} |")
    print()
    print("Row counts after the load:\n")
    print("| table | rows |")
    print("|---|---|")
    for table, rows in sorted(counts.items()):
        print(f"| fiscal.{table} | {rows} |")
    print()
    statements = []
    for line in read(os.path.join(out, "load_statements.tsv")).splitlines():
        cells = line.split("\t")
        if len(cells) == 7 and cells[0] != "total_ms":
            statements.append(cells)
    phases = {}
    checks = {}
    for total, plan, calls, mean, rows, query, check in statements:
        q = query.lower()
        if check:
            exec_ms, plan_ms, check_calls = checks.get(check, (0.0, 0.0, 0))
            checks[check] = (exec_ms + float(total), plan_ms + float(plan), check_calls + int(calls))
        if check:
            phase = "data-quality checks (one prepared statement a check)"
        elif q.startswith("copy fiscal.document_line"):
            phase = "COPY document_line"
        elif q.startswith("copy juesuan_stage") or q.startswith("insert into fiscal.fact_gongkai_amount"):
            phase = "公开 cells: COPY to staging + insert into fact_gongkai_amount"
        elif q.startswith("copy fiscal."):
            phase = "COPY project and narrative facts"
        elif "dim_subject" in q or "dim_econ" in q:
            phase = "dimension upserts (subjects, econ codes)"
        elif "dim_unit" in q or "dim_project" in q or "json_to_recordset" in q:
            phase = "units and projects (set-based)"
        elif q.startswith("create temp table"):
            phase = "staging tables"
        elif q.startswith("commit") or q.startswith("begin"):
            phase = "begin / commit"
        else:
            phase = "other (lookups, deletes, lock, history)"
        exec_ms, plan_ms = phases.get(phase, (0.0, 0.0))
        phases[phase] = (exec_ms + float(total), plan_ms + float(plan))
    server = sum(e + p for e, p in phases.values())
    print(f"Where the time goes, per document (server time from pg_stat_statements, top-level statements; "
          f"wall time {load_s / n * 1000:.1f} ms a document):\n")
    print("| phase | execute ms/doc | plan ms/doc | share of server time |")
    print("|---|---|---|---|")
    for phase, (e, p) in sorted(phases.items(), key=lambda item: -(item[1][0] + item[1][1])):
        print(f"| {phase} | {e / n:.2f} | {p / n:.2f} | {(e + p) / server * 100:.0f} % |")
    print(f"| **server total** | | | {server / n:.1f} ms/doc |")
    print()
    print(f"Each data-quality check, per document (pg_stat_statements, --jobs 1; {len(checks)} checks):\n")
    print("| check | execute ms/doc | plan ms/doc | runs |")
    print("|---|---|---|---|")
    for check, (e, p, c) in sorted(checks.items(), key=lambda item: -(item[1][0] + item[1][1])):
        print(f"| {check} | {e / n:.2f} | {p / n:.2f} | {c} |")
    print(f"| **all checks** | {sum(e for e, _, _ in checks.values()) / n:.2f} | {sum(p for _, p, _ in checks.values()) / n:.2f} | |")
    print()
    pdfs = [line.split("\t") for line in read(os.path.join(out, "pdf.tsv")).splitlines() if line.strip()]
    if pdfs:
        print("The PDF path: `juesuan parse FILE.pdf` (mutool trace, grids, layout, parse) against `mutool trace` and "
              "`pdftotext -tsv` alone, best of 3:\n")
        print("| PDF | pages | parses | juesuan s | s a page | mutool trace s | pdftotext -tsv s | juesuan / mutool |")
        print("|---|---|---|---|---|---|---|---|")
        for name, pages, parsed, ours, poppler, trace in pdfs:
            pages_n = max(int(pages or 0), 1)
            print(f"| {name} | {pages} | {parsed} | {float(ours):.2f} | {float(ours) / pages_n:.3f} | {float(trace):.2f} | "
                  f"{float(poppler):.2f} | {float(ours) / max(float(trace), 1e-6):.2f} |")
        total_pages = sum(max(int(row[1] or 0), 1) for row in pdfs)
        ours_total = sum(float(row[3]) for row in pdfs)
        poppler_total = sum(float(row[4]) for row in pdfs)
        trace_total = sum(float(row[5]) for row in pdfs)
        print(f"| **all** | {total_pages} | | {ours_total:.2f} | {ours_total / total_pages:.4f} | {trace_total:.2f} | "
              f"{poppler_total:.2f} | {ours_total / max(trace_total, 1e-6):.2f} |")
        print()
    print("Top statements (pg_stat_statements):\n")
    print("| total exec ms | total plan ms | calls | mean exec ms | rows | statement |")
    print("|---|---|---|---|---|---|")
    for cells in statements[:30]:
        print("| " + " | ".join(c.replace("|", "\\|") for c in cells[:6]) + " |")


if __name__ == "__main__":
    main()
