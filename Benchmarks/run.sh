#!/usr/bin/env bash
# The benchmark suite of issues 7 and 15, in one run: parse throughput, end-to-end load of N
# generated reports into a fresh database at --jobs 1 and at --jobs = cores (with the lock waits
# sampled), the \copy baseline for the same rows, the cost of each data-quality check, the
# unchanged reload, every gongkai view filtered to one document, and the PDF path (seconds a
# page, against pdftotext -tsv alone) on the PDFs in $BENCH_PDFS (default Tests/Fixtures/reports).
#
#   Benchmarks/run.sh            # N = 1000 reports (BENCH_N), random seed 7 (BENCH_SEED)
#   BENCH_N=50 Benchmarks/run.sh # a quick development run
#
# It builds `juesuan` and `juesuan-bench` in release mode (into .build-release), writes the
# corpus with Benchmarks/generate_corpus.py (kept between runs in $BENCH_DIR), starts a
# throwaway PostgreSQL cluster of this machine's newest server in $BENCH_DIR/pg (as the
# postgres user when run as root; stopped on exit), and writes $BENCH_DIR/results.md and the
# raw measurements next to it. Nothing listens on TCP.
set -euo pipefail

N=${BENCH_N:-1000}
SEED=${BENCH_SEED:-7}
RUNS=${BENCH_VIEW_RUNS:-7}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_DIR:-/tmp/juesuan-bench}
CORPUS=$WORK/corpus-$N-$SEED
OUT=$WORK/results
PG=$WORK/pg
PDFS=${BENCH_PDFS:-$ROOT/Tests/Fixtures/reports}
mkdir -p "$WORK" "$OUT"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

log "building release binaries"
(cd "$ROOT" && swift build -c release --scratch-path .build-release --product juesuan-bench \
    && swift build -c release --scratch-path .build-release --product juesuan) >"$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log" >&2; exit 1; }
BIN=$ROOT/.build-release/release
export JUESUAN_SQL_DIR=$ROOT/sql

if [ "$(find "$CORPUS" -name '*.txt' 2>/dev/null | wc -l)" -ne "$N" ]; then
    log "generating $N reports (random seed $SEED)"
    rm -rf "$CORPUS"
    python3 "$ROOT/Benchmarks/generate_corpus.py" --count "$N" --random-seed "$SEED" --out "$CORPUS"
fi
FILES=("$CORPUS"/*.txt)
CORPUS_BYTES=$(cat "${FILES[@]}" | wc -c)

# --- PostgreSQL ---------------------------------------------------------------------------
PGBIN=${JUESUAN_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_cluster() { as_pg "$PGBIN/pg_ctl" -D "$PG/data" -m fast stop >/dev/null 2>&1 || true; }
trap stop_cluster EXIT
stop_cluster
rm -rf "$PG" && mkdir -p "$PG"
[ "$(id -u)" = 0 ] && chown postgres "$PG"
as_pg "$PGBIN/initdb" -D "$PG/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PG/data" -l "$PG/server.log" -w start -o \
    "-k $PG -c listen_addresses='' -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=top -c pg_stat_statements.track_planning=on" >/dev/null
url() { echo "host=$PG user=postgres dbname=$1"; }
psqlq() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
psqlq "$(url postgres)" -c "create database bench_load" -c "create database bench_copy"
psqlq "$(url bench_load)" -c "create extension pg_stat_statements"
"$BIN/juesuan" migrate --database-url "$(url bench_load)" >/dev/null 2>&1
"$BIN/juesuan" migrate --database-url "$(url bench_copy)" >/dev/null 2>&1

# --- parse --------------------------------------------------------------------------------
log "parse throughput (one core)"
"$BIN/juesuan-bench" parse --repeat 50 "$ROOT/seeds/000_f428d76052f7ee41.txt" >"$OUT/parse_seed.json"
"$BIN/juesuan-bench" parse "${FILES[@]}" >"$OUT/parse_corpus.json"

# --- PDF path -----------------------------------------------------------------------------
# Each PDF read by `juesuan parse` (mutool trace, the grids, the layout, the parse), by mutool trace
# alone and by pdftotext -tsv alone; the best of 3 runs of each, so that a page cache miss does not count.
log "PDF path"
best_of_3() { local best=""; for _ in 1 2 3; do
    local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N)
    best=$(echo "$start $end $best" | awk '{t = $2 - $1; if ($3 == "" || t < $3) print t; else print $3}'); done; echo "$best"; }
: >"$OUT/pdf.tsv"
if command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null && [ -d "$PDFS" ]; then
    while IFS= read -r pdf; do
        pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
        "$BIN/juesuan" parse "$pdf" >/dev/null 2>&1 && parsed=yes || parsed=no
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(basename "$pdf")" "$pages" "$parsed" \
            "$(best_of_3 "$BIN/juesuan" parse "$pdf")" "$(best_of_3 pdftotext -q -tsv "$pdf" -)" \
            "$(best_of_3 mutool trace "$pdf")" >>"$OUT/pdf.tsv"
    done < <(find "$PDFS" -name '*.pdf' | sort)
fi

# --- full load ----------------------------------------------------------------------------
log "loading $N reports"
uptime >"$OUT/uptime_before_load.txt"
psqlq "$(url bench_load)" -c "select pg_stat_statements_reset()" >/dev/null
/usr/bin/time -v -o "$OUT/load_time.txt" "$BIN/juesuan" load "${FILES[@]}" --jobs 1 --database-url "$(url bench_load)" --json >"$OUT/load.jsonl"
psqlq "$(url bench_load)" -A -F $'\t' -c "
    select round(total_exec_time::numeric, 1) as total_ms, round(total_plan_time::numeric, 1) as plan_ms, calls,
        round(mean_exec_time::numeric, 3) as mean_ms, rows, regexp_replace(left(query, 110), '\s+', ' ', 'g') as query,
        coalesce(substring(query from '^/\* data-quality check (\w+) \*/'), '') as check_id
    from pg_stat_statements where dbid = (select oid from pg_database where datname = 'bench_load')
    order by total_exec_time + total_plan_time desc" >"$OUT/load_statements.tsv"

# --- parallel load ------------------------------------------------------------------------
# The same load at --jobs = cores, into a database of its own.
JOBS=$(nproc)
log "loading $N reports with --jobs $JOBS"
psqlq "$(url postgres)" -c "create database bench_parallel"
"$BIN/juesuan" migrate --database-url "$(url bench_parallel)" >/dev/null 2>&1
echo "$JOBS" >"$OUT/parallel_jobs.txt"
/usr/bin/time -v -o "$OUT/parallel_time.txt" "$BIN/juesuan" load "${FILES[@]}" --jobs "$JOBS" --database-url "$(url bench_parallel)" --json >"$OUT/parallel.jsonl"
# Time the workers spent waiting for each other's locks (dimension rows, the department lock),
# sampled while a second parallel load of a fresh database runs.
psqlq "$(url postgres)" -c "create database bench_waits"
"$BIN/juesuan" migrate --database-url "$(url bench_waits)" >/dev/null 2>&1
"$BIN/juesuan" load "${FILES[@]}" --jobs "$JOBS" --database-url "$(url bench_waits)" --quiet &
LOADER=$!
: >"$OUT/parallel_waits.tsv"
while kill -0 "$LOADER" 2>/dev/null; do
    psqlq "$(url postgres)" -At -F $'\t' -c "select coalesce(wait_event_type, 'cpu/none'), count(*) from pg_stat_activity
        where datname = 'bench_waits' and state <> 'idle' group by 1" >>"$OUT/parallel_waits.tsv" 2>/dev/null || true
    sleep 0.1
done
wait "$LOADER" || true

# --- unchanged reload ---------------------------------------------------------------------
log "reloading the unchanged $N reports"
/usr/bin/time -v -o "$OUT/reload_time.txt" "$BIN/juesuan" load "${FILES[@]}" --database-url "$(url bench_load)" --json >"$OUT/reload.jsonl"

# --- full load without the data-quality checks ------------------------------------------
# The same load with an empty sql/checks/, to separate the checks' share from the writing.
log "loading $N reports without the data-quality checks"
rm -rf "$WORK/sql-nochecks" && cp -r "$ROOT/sql" "$WORK/sql-nochecks" && rm -f "$WORK/sql-nochecks/checks/"*.sql
psqlq "$(url postgres)" -c "create database bench_nochecks"
JUESUAN_SQL_DIR=$WORK/sql-nochecks "$BIN/juesuan" migrate --database-url "$(url bench_nochecks)" >/dev/null 2>&1
JUESUAN_SQL_DIR=$WORK/sql-nochecks /usr/bin/time -v -o "$OUT/nochecks_time.txt" \
    "$BIN/juesuan" load "${FILES[@]}" --database-url "$(url bench_nochecks)" --json >"$OUT/nochecks.jsonl"

# --- \copy baseline -----------------------------------------------------------------------
# Every row the loader wrote, exported from the loaded database and written again by psql's
# \copy into the same, freshly migrated tables (same constraints and indexes), in foreign-key
# order. The rows of id 0 ("none") and the fixed dimensions are there from the migrations.
log "\\copy baseline"
TABLES="dim_document dim_unit dim_subject dim_econ document_unit document_line fact_gongkai_amount dim_project
    fact_project_fund fact_project_indicator fact_project_score fact_budget_execution fact_narrative_figure dq_finding
    dq_measurement dq_check_run load_run"
EXPORT=$WORK/export && rm -rf "$EXPORT" && mkdir -p "$EXPORT"
echo '\timing on' >"$OUT/copy_script.sql"
for table in $TABLES; do
    columns=$(psqlq "$(url bench_load)" -At -c "select string_agg(column_name, ', ' order by ordinal_position)
        from information_schema.columns where table_schema = 'fiscal' and table_name = '$table'")
    filter="true"
    case $table in dim_unit) filter="unit_id <> 0" ;; dim_subject) filter="subject_id <> 0" ;; dim_econ) filter="econ_id <> 0" ;; esac
    psqlq "$(url bench_load)" -c "\\copy (select $columns from fiscal.$table where $filter) to '$EXPORT/$table.csv' with (format csv)"
    echo "\\copy fiscal.$table ($columns) from '$EXPORT/$table.csv' with (format csv)" >>"$OUT/copy_script.sql"
done
FACT_COLUMNS=$(psqlq "$(url bench_load)" -At -c "select string_agg(column_name, ', ' order by ordinal_position)
    from information_schema.columns where table_schema = 'fiscal' and table_name = 'fact_gongkai_amount'")
sync
/usr/bin/time -f "%e" -o "$OUT/copy_seconds.txt" psql -X -q -v ON_ERROR_STOP=1 "$(url bench_copy)" -f "$OUT/copy_script.sql" \
    | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | paste <(echo "$TABLES" | tr -s ' \n' '\n' | sed '/^$/d') - >"$OUT/copy_tables.tsv"
# The 公开 cells alone, into an emptied copy of their table.
psqlq "$(url bench_copy)" -c "truncate fiscal.fact_gongkai_amount"
/usr/bin/time -f "%e" -o "$OUT/copy_facts_seconds.txt" psql -X -q -v ON_ERROR_STOP=1 "$(url bench_copy)" \
    -c "\\copy fiscal.fact_gongkai_amount ($FACT_COLUMNS) from '$EXPORT/fact_gongkai_amount.csv' with (format csv)"
COUNTS=$(psqlq "$(url bench_load)" -At -c "select string_agg(format('select %L, count(*) from fiscal.%I', table_name, table_name), ' union all ' order by table_name)
    from information_schema.tables where table_schema = 'fiscal' and table_type = 'BASE TABLE'")
psqlq "$(url bench_load)" -At -F $'\t' -c "$COUNTS" >"$OUT/row_counts.tsv"

# --- views --------------------------------------------------------------------------------
log "gongkai views filtered to one document"
DOC=$(psqlq "$(url bench_load)" -At -c "select document_id from fiscal.dim_document order by document_id offset (select count(*) / 2 from fiscal.dim_document) limit 1")
psqlq "$(url bench_load)" -c "analyze" >/dev/null
: >"$OUT/views.tsv"
for view in $(psqlq "$(url bench_load)" -At -c "select table_name from information_schema.views where table_schema = 'gongkai' order by 1"); do
    script=$(for _ in $(seq "$RUNS"); do echo "select * from gongkai.$view where document_id = $DOC;"; done)
    times=$( (echo '\timing on'; echo "$script") | psqlq "$(url bench_load)" -o /dev/null | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
    median=$(echo "$times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    rows=$(psqlq "$(url bench_load)" -At -c "select count(*) from gongkai.$view where document_id = $DOC")
    printf '%s\t%s\t%s\n' "$view" "$median" "$rows" >>"$OUT/views.tsv"
done

# --- summary ------------------------------------------------------------------------------
python3 "$ROOT/Benchmarks/summarize.py" --out "$OUT" --count "$N" --corpus-bytes "$CORPUS_BYTES" --document "$DOC" \
    >"$WORK/results.md"
log "results: $WORK/results.md"
cat "$WORK/results.md"
