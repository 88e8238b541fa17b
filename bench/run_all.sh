#!/usr/bin/env bash
# Every benchmark behind BENCHMARKS.md at one scale of the synthetic data,
# in one run, with the results and plots in one directory:
#   1. build: data generation, index build time, peak memory, size
#      (build_scale.sh);
#   2. the Google Benchmark programs on that index: lookups, search, graph;
#   3. the mixed-query driver (1 and 2 threads);
#   4. command-line latency with hyperfine (skipped when not installed);
#   5. the peers: SQLite, better-sqlite3, DuckDB and Kuzu on the same files
#      and questions (compare/run.sh), with its plots (compare/plot.sh).
#
#   bash bench/run_all.sh                # scale 0.1 (~30 minutes on 2 cores)
#   bash bench/run_all.sh --scale 1.0    # full size: hours, ~8 GiB of memory, ~25 GB of disk
#   bash bench/run_all.sh --quick        # scale 0.01 and short runs (a few minutes): checks the pipeline
#   ninja -C build bench                 # the same through CMake (MARQUEE_BENCH_SCALE, default 0.1)
#
# Options: --scale S, --quick, --out DIR (default
# $MARQUEE_BENCH_DIR/report-s<S>). Environment: BUILD (build directory,
# default build/), MARQUEE_BENCH_DIR (generated data and indexes, reused
# across runs; default /tmp/marquee-bench), MARQUEE_SKIP_BUILD=1 (the
# programs are already built, as the CMake target does). Every step runs
# even when one fails; exits 1 when any did (or when a peer disagreed).
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
export BUILD=${BUILD:-$ROOT/build}
export MARQUEE_BENCH_DIR=${MARQUEE_BENCH_DIR:-/tmp/marquee-bench}
SCALE="" QUICK=0 OUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift ;;
    --quick) QUICK=1 ;;
    --out) OUT=$2; shift ;;
    *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$SCALE" ] || { [ $QUICK = 1 ] && SCALE=0.01 || SCALE=0.1; }
OUT=${OUT:-$MARQUEE_BENCH_DIR/report-s$SCALE}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
FAILED=()
step() { echo "== $*" >&2; }
# Runs a step, its output also to $OUT/<file>; a failure is noted, not fatal.
run() {
  local name=$1 file=$2
  shift 2
  step "$name"
  "$@" 2>"$OUT/$file.log" | tee "$OUT/$file" || FAILED+=("$name (see $OUT/$file.log)")
}

if [ "${MARQUEE_SKIP_BUILD:-0}" != 1 ]; then
  [ -f "$BUILD/build.ninja" ] || [ -f "$BUILD/Makefile" ] ||
    cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD" --target marquee marquee-datagen marquee-bench-lookup marquee-bench-search \
    marquee-bench-graph marquee-bench-mix marquee-compare-sqlite >/dev/null || exit 2
fi
export MARQUEE_SKIP_BUILD=1  # built: the scripts below need not check again

# Google Benchmark flags per program, as BENCHMARKS.md quotes them: the
# lookups as medians of 5 repetitions; search and graph report their own
# percentiles over fixed query sets, once.
declare -A GB=([lookup]="--benchmark_repetitions=5 --benchmark_report_aggregates_only=true" [search]="" [graph]="")
MIX=() PEERS=()
if [ $QUICK = 1 ]; then
  GB=([lookup]=--benchmark_min_time=0.05 [search]=--benchmark_min_time=0.05 [graph]="")
  MIX=(--queries 2000)
  PEERS=(--titles 200 --people 200 --paths 6 --costars 20 --searches 20)
fi
IDX=$MARQUEE_BENCH_DIR/s$SCALE.idx

run "index build at scale $SCALE" build.md bash "$HERE/build_scale.sh" "$SCALE"
export MARQUEE_BENCH_INDEX=$IDX
# A full run also times graph_bench's recursive-CTE SQLite peer (minutes:
# most pairs run out of their 10 s); the peers step below covers SQLite too.
[ $QUICK = 1 ] || export MARQUEE_BENCH_SQLITE=1
for b in lookup search graph; do
  # shellcheck disable=SC2086  # GB[$b] is a list of flags
  run "marquee-bench-$b" "$b.txt" "$BUILD/bench/marquee-bench-$b" ${GB[$b]} \
    --benchmark_out="$OUT/$b.json" --benchmark_out_format=json
done
run "marquee-bench-mix" mix.md "$BUILD/bench/marquee-bench-mix" --index "$IDX" --threads 1,2 "${MIX[@]}"
if command -v hyperfine >/dev/null; then
  run "command line (hyperfine)" cli.md hyperfine -N --warmup 5 --runs 50 --export-markdown "$OUT/cli-table.md" \
    "$BUILD/marquee -i $IDX cast tt0000001" "$BUILD/marquee -i $IDX --json filmography nm0000001"
else
  echo "hyperfine not installed: command-line latency skipped" | tee "$OUT/cli.md"
fi
export MARQUEE_COMPARE_DIR=${MARQUEE_COMPARE_DIR:-$MARQUEE_BENCH_DIR/compare}
run "peers" peers.md bash "$HERE/compare/run.sh" --scale "$SCALE" --data "$MARQUEE_BENCH_DIR/s$SCALE" "${PEERS[@]}"
rm -rf "$OUT/results-s$SCALE"
cp -r "$MARQUEE_COMPARE_DIR/results-s$SCALE" "$OUT/" 2>/dev/null
run "peer plots" plots.txt bash "$HERE/compare/plot.sh" "$OUT/plots" "$OUT/results-s$SCALE"

{
  echo "# Benchmarks at scale $SCALE$([ $QUICK = 1 ] && echo ' (quick)'), $(date -u +%Y-%m-%d) on $(nproc) cores"
  echo
  echo "Command: bash bench/run_all.sh --scale $SCALE$([ $QUICK = 1 ] && echo ' --quick')"
  echo "(git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown);" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg))."
  echo
  for f in build.md lookup.txt search.txt graph.txt mix.md cli.md peers.md; do
    [ -s "$OUT/$f" ] || continue
    echo "## $f"
    echo
    case "$f" in *.md) cat "$OUT/$f" ;; *) echo '```'; cat "$OUT/$f"; echo '```' ;; esac
    echo
  done
  for p in "$OUT"/plots/*.png; do [ -f "$p" ] && echo "![$(basename "$p" .png)](plots/$(basename "$p"))"; done
  if [ ${#FAILED[@]} -gt 0 ]; then
    echo
    printf -- '- FAILED: %s\n' "${FAILED[@]}"
  fi
} >"$OUT/README.md"
step "results in $OUT (README.md collects them)"
if [ ${#FAILED[@]} -gt 0 ]; then
  printf 'failed: %s\n' "${FAILED[@]}" >&2
  exit 1
fi
