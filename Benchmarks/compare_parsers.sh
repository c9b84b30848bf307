#!/usr/bin/env bash
# Compares the parser of this checkout with the parser of an earlier revision, value for value:
# both builds of `juesuan-bench dump` print every parsed value (or the error) of the same inputs,
# and every pair of dumps must be identical. For a change that should read exactly as before,
# such as a faster text layer.
#
#   Benchmarks/compare_parsers.sh REVISION     # e.g. ded11f4
#
# The inputs: the seed, 40 generated reports (Benchmarks/generate_corpus.py, random seed 11),
# 120 mutated seeds (combining marks, NBSP, emoji, zero-width joiners, CRs inside lines, CRLF
# files, tags, full-width digits, leader dots, headings, years) and every PDF of $BENCH_PDFS
# (default Tests/Fixtures/reports; PDFs need pdftotext and a REVISION with the JuesuanPDF target).
# The earlier revision is built in a git worktree under $BENCH_DIR (default /tmp/juesuan-bench).
set -euo pipefail

REVISION=${1:?usage: compare_parsers.sh REVISION}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_DIR:-/tmp/juesuan-bench}/compare
PDFS=${BENCH_PDFS:-$ROOT/Tests/Fixtures/reports}
mkdir -p "$WORK"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

log "building juesuan-bench of this checkout and of $REVISION"
(cd "$ROOT" && swift build -c release --scratch-path .build-release --product juesuan-bench) >"$WORK/build-new.log" 2>&1 \
    || { cat "$WORK/build-new.log" >&2; exit 1; }
rm -rf "$WORK/old" && git -C "$ROOT" worktree prune
git -C "$ROOT" worktree add --detach "$WORK/old" "$REVISION" >/dev/null 2>&1
trap 'git -C "$ROOT" worktree remove --force "$WORK/old" >/dev/null 2>&1 || true' EXIT
# The old parser is dumped by this checkout's dump command (which reads PDFs too), so that the
# two dumps differ only where the parsers do.
cp "$ROOT/Benchmarks/Bench/JuesuanBench.swift" "$WORK/old/Benchmarks/Bench/JuesuanBench.swift"
sed -i 's|dependencies: \["JuesuanCore"\], path: "Benchmarks/Bench"|dependencies: ["JuesuanCore", "JuesuanPDF"], path: "Benchmarks/Bench"|' \
    "$WORK/old/Package.swift"
(cd "$WORK/old" && swift build -c release --scratch-path "$WORK/old-build" --product juesuan-bench) >"$WORK/build-old.log" 2>&1 \
    || { cat "$WORK/build-old.log" >&2; exit 1; }

log "writing the inputs"
rm -rf "$WORK/inputs" && mkdir -p "$WORK/inputs"
python3 "$ROOT/Benchmarks/generate_corpus.py" --count 40 --random-seed 11 --out "$WORK/inputs/generated" >/dev/null
python3 - "$ROOT/seeds/000_f428d76052f7ee41.txt" "$WORK/inputs/mutated" <<'EOF'
import os, random, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
inserts = ["\u0301", "\u00a0", "\u3000", "\U0001F600", "\u200d", "\u302a", "\r", "<b>", "，", "１２３", "\t", " ", "e\u0301",
           "\u2003", "“", "（", "）", "...", "……", "年", "第一部分", "2023年度", "\uf98e"]
os.makedirs(sys.argv[2], exist_ok=True)
for i in range(120):
    r = random.Random(i)
    copy = list(lines)
    for _ in range(r.randint(1, 12)):
        j = r.randrange(len(copy))
        k = r.randint(0, len(copy[j]))
        copy[j] = copy[j][:k] + r.choice(inserts) + copy[j][k:]
    with open(os.path.join(sys.argv[2], f"m{i:03d}.txt"), "w", encoding="utf-8", newline="") as out:
        out.write(("\r\n" if i % 7 == 0 else "\n").join(copy))
EOF
INPUTS=("$ROOT/seeds/000_f428d76052f7ee41.txt" "$WORK/inputs/generated/"*.txt "$WORK/inputs/mutated/"*.txt)
if [ -d "$PDFS" ] && command -v pdftotext >/dev/null; then
    while IFS= read -r pdf; do INPUTS+=("$pdf"); done < <(find "$PDFS" -name '*.pdf' | sort)
fi

log "dumping ${#INPUTS[@]} inputs with both parsers"
differ=0
for input in "${INPUTS[@]}"; do
    new=$("$ROOT/.build-release/release/juesuan-bench" dump "$input" 2>&1 | sha256sum)
    old=$("$WORK/old-build/release/juesuan-bench" dump "$input" 2>&1 | sha256sum)
    if [ "$new" != "$old" ]; then echo "differs: $input"; differ=$((differ + 1)); fi
done
echo "${#INPUTS[@]} inputs, $differ differ"
[ "$differ" -eq 0 ]
