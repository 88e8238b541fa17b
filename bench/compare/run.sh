#!/usr/bin/env bash
# Marquee side by side with the engines people would otherwise use (SQLite
# through its C API and through better-sqlite3, DuckDB, Kuzu), on the same
# IMDb TSV files and the same seeded questions: generates data at a scale,
# builds Marquee's index, runs every engine, checks that all answers agree
# with Marquee's, and prints a markdown table (bench/compare/README.md).
#
#   bash bench/compare/run.sh                  # scale 0.01 (~2 minutes)
#   bash bench/compare/run.sh --scale 0.1      # ~10 minutes
#   bash bench/compare/run.sh --scale 1.0 --data /tmp/s100   # full size, reusing data
#   bash bench/compare/run.sh --smoke          # scale 0.001, < 2 minutes (for CI)
#
# Exits 1 when any engine disagrees with Marquee or fails, 2 on setup errors.
#
# Options: --scale S, --data DIR (existing IMDb files; not modified),
# --engines LIST (default sqlite-c,sqlite-node,duckdb,kuzu), --titles N,
# --people N, --paths N, --costars N, --searches N (of each of the five
# forms), --budget SECONDS (per path, co-star or search query),
# --memory-gb N (DuckDB and Kuzu), --keep-db, --reuse-db (query the SQLite
# (C API) database a --keep-db run left for the same data instead of loading
# it again; its load time is that run's; the Node engines still load). Environment: BUILD (build
# directory, default build/), MARQUEE_COMPARE_DIR (work directory, default
# /tmp/marquee-compare). All engines load title.basics, name.basics,
# title.principals, title.episode and title.ratings (Kuzu, which has no
# search here, skips the ratings); Marquee's index is built from exactly
# those (a directory of links), so crew-only credits from title.crew and
# alternate titles do not make answers differ. SQLite (C API) always runs;
# the Node engines are skipped, saying why, when Node or their npm packages
# are unavailable.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${BUILD:-$ROOT/build}
WORK=${MARQUEE_COMPARE_DIR:-/tmp/marquee-compare}
SCALE=0.01 DATA="" SMOKE=0 KEEP_DB=0 REUSE_DB=0 ENGINES=sqlite-c,sqlite-node,duckdb,kuzu
TITLES=1000 PEOPLE=1000 PATHS=20 COSTARS=100 SEARCHES=100 BUDGET=10 MEMORY_GB=8
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift ;;
    --data) DATA=$2; shift ;;
    --engines) ENGINES=$2; shift ;;
    --titles) TITLES=$2; shift ;;
    --people) PEOPLE=$2; shift ;;
    --paths) PATHS=$2; shift ;;
    --costars) COSTARS=$2; shift ;;
    --searches) SEARCHES=$2; shift ;;
    --budget) BUDGET=$2; shift ;;
    --memory-gb) MEMORY_GB=$2; shift ;;
    --keep-db) KEEP_DB=1 ;;
    --reuse-db) REUSE_DB=1 ;;
    --smoke) SMOKE=1 SCALE=0.001 TITLES=200 PEOPLE=200 PATHS=6 COSTARS=20 SEARCHES=20 BUDGET=5 MEMORY_GB=1 ;;
    *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
  shift
done
say() { echo "== $*" >&2; }

# Build what we need (incremental; configures a Release build if absent).
# MARQUEE_SKIP_BUILD=1: already built (bench/run_all.sh, the CMake target).
if [ "${MARQUEE_SKIP_BUILD:-0}" != 1 ]; then
  if [ ! -f "$BUILD/build.ninja" ] && [ ! -f "$BUILD/Makefile" ]; then
    cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  cmake --build "$BUILD" --target marquee marquee-datagen marquee-compare-sqlite >/dev/null
fi

# Data: generated once per scale, or given.
mkdir -p "$WORK"
if [ -z "$DATA" ]; then
  DATA=$WORK/s$SCALE
  if [ ! -f "$DATA/.complete" ]; then
    say "generating IMDb-format data at scale $SCALE"
    rm -rf "$DATA"
    "$BUILD/tools/datagen/marquee-datagen" --out "$DATA" --scale "$SCALE" --gzip --quiet
    touch "$DATA/.complete"
  fi
fi
PEERS=$WORK/s$SCALE-peers   # the five files every engine loads
rm -rf "$PEERS" && mkdir -p "$PEERS"
for f in title.basics name.basics title.principals title.episode title.ratings; do
  for ext in .tsv.gz .tsv; do
    if [ -f "$DATA/$f$ext" ]; then ln -s "$(cd "$DATA" && pwd)/$f$ext" "$PEERS/"; break; fi
  done
done
OUT=$WORK/results-s$SCALE
DB=$WORK/db-s$SCALE
rm -rf "$OUT" && mkdir -p "$OUT"
# Empties the database directory, except SQLite's database when reused.
clear_db() {
  if [ $REUSE_DB = 1 ]; then find "$DB" -mindepth 1 ! -name sqlite-c.sqlite -exec rm -rf {} +
  else rm -rf "$DB"; fi
}
if [ $REUSE_DB = 1 ] && [ ! -f "$DB/sqlite-c.sqlite" ]; then
  echo "--reuse-db: no $DB/sqlite-c.sqlite; run once with --keep-db" >&2; exit 2
fi
clear_db && mkdir -p "$DB"
: >"$OUT/skipped.txt"
FAILED=0

say "building Marquee's index from $PEERS"
sync
/usr/bin/time -v "$BUILD/marquee" --json -i "$DB/marquee.idx" build --imdb "$PEERS" \
  >"$OUT/marquee-build-output.json" 2>"$OUT/marquee-build-time.txt"
python3 - "$OUT" <<'PY'
import json, re, sys
d = sys.argv[1]
b = json.load(open(f"{d}/marquee-build-output.json"))
t = open(f"{d}/marquee-build-time.txt").read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", t).group(1)
secs = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall.split(":"))))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) * 1024
json.dump({"load_seconds": secs, "peak_rss_bytes": rss, "index_bytes": b["index_bytes"],
           "titles": b["titles"], "credits": b["credits"]}, open(f"{d}/marquee-build.json", "w"))
PY

say "Marquee and SQLite (C API), one process"
"$BUILD/bench/compare/marquee-compare-sqlite" --index "$DB/marquee.idx" --imdb "$PEERS" \
  --db "$DB/sqlite-c.sqlite" --queries "$OUT/queries.json" --out "$OUT" \
  --titles "$TITLES" --people "$PEOPLE" --paths "$PATHS" --costars "$COSTARS" --searches "$SEARCHES" \
  --budget "$BUDGET" $([ $REUSE_DB = 1 ] && echo --reuse-db) 2>"$OUT/sqlite-c.log" || FAILED=1
[ $KEEP_DB = 1 ] || [ $REUSE_DB = 1 ] || rm -f "$DB/sqlite-c.sqlite"   # disk: GBs each at scale 1
[ $KEEP_DB = 1 ] || rm -f "$DB/marquee.idx"
[ -f "$OUT/sqlite-c.json" ] || { cat "$OUT/sqlite-c.log" >&2; exit 2; }

# Node engines: install the pinned packages when missing or out of date
# (full runs only; a smoke run uses what is installed, since building
# better-sqlite3 takes a minute or two, unless MARQUEE_COMPARE_NPM_INSTALL=1).
NODE_DIR=$HERE/node
node_ok=""
stale() { [ ! -f "$NODE_DIR/node_modules/.package-lock.json" ] ||
          [ "$NODE_DIR/package-lock.json" -nt "$NODE_DIR/node_modules/.package-lock.json" ]; }
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  node_ok="node/npm not installed"
elif stale && { [ $SMOKE = 0 ] || [ "${MARQUEE_COMPARE_NPM_INSTALL:-0}" = 1 ]; }; then
  if ! (cd "$NODE_DIR" && npm ci --no-audit --no-fund >"$OUT/npm.log" 2>&1); then
    node_ok="npm ci failed: $(grep -m1 -i 'err' "$OUT/npm.log" || tail -1 "$OUT/npm.log")"
  fi
fi
declare -A MODULE=([duckdb]=@duckdb/node-api [sqlite-node]=better-sqlite3 [kuzu]=kuzu)
declare -A SCRIPT=([duckdb]=duckdb.mjs [sqlite-node]=sqlite.mjs [kuzu]=kuzu.mjs)
for e in ${ENGINES//,/ }; do
  [ "$e" = sqlite-c ] && continue
  why=$node_ok
  if [ -z "$why" ]; then
    why=$(cd "$NODE_DIR" && node --input-type=module -e "await import('${MODULE[$e]}')" 2>&1 | grep -m1 -E 'Error|error' || true)
    [ -n "$why" ] && why="cannot load ${MODULE[$e]}: $why (run: cd bench/compare/node && npm ci)"
  fi
  if [ -n "$why" ]; then
    echo "$e: $why" >>"$OUT/skipped.txt"
    say "skipping $e: $why"
    continue
  fi
  say "$e"
  db=$DB/$e.db
  (cd "$NODE_DIR" && node --max-old-space-size=8192 "${SCRIPT[$e]}" --queries "$OUT/queries.json" \
    --imdb "$PEERS" --db "$db" --out "$OUT/$e.json" --memory-gb "$MEMORY_GB") 2>"$OUT/$e.log" || {
    FAILED=1
    [ -f "$OUT/$e.json" ] || { echo "$e: failed: $(grep -m1 -E 'Error' "$OUT/$e.log" || tail -1 "$OUT/$e.log")" >>"$OUT/skipped.txt"; }
  }
  [ $KEEP_DB = 1 ] || rm -rf "$db" "$db.wal" "$db.csv"
done

python3 "$HERE/report.py" "$OUT" "$SCALE" | tee "$OUT/table.md" || FAILED=1
say "results in $OUT (per-engine JSON with every latency sample, logs)"
[ $KEEP_DB = 1 ] || clear_db
if [ $FAILED = 1 ]; then
  say "an engine disagreed with Marquee or failed (see $OUT/*.log)"
  exit 1
fi
