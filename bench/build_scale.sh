#!/usr/bin/env bash
# Build time, peak memory and index size at several scale factors of the
# synthetic IMDb data (tools/datagen), printed as a markdown table.
#
#   bash bench/build_scale.sh [SCALE...]        (default: 0.01 0.1 1.0)
#
# Data and indexes go to $MARQUEE_BENCH_DIR (default /tmp/marquee-bench);
# generated data is reused across runs. Scale 1.0 needs ~3 GB of disk for
# the inputs, ~6 GB for the index and ~8 GB of memory. MARQUEE_SKIP_BUILD=1
# skips building the programs (bench/run_all.sh has built them).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
DIR=${MARQUEE_BENCH_DIR:-/tmp/marquee-bench}
SCALES=("$@")
[ ${#SCALES[@]} -gt 0 ] || SCALES=(0.01 0.1 1.0)
mkdir -p "$DIR"
[ "${MARQUEE_SKIP_BUILD:-0}" = 1 ] || cmake --build "$BUILD" --target marquee marquee-datagen >/dev/null

echo "| scale | titles | credits | inputs (gz) | build time | peak memory | index size | index / inputs |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for s in "${SCALES[@]}"; do
  data="$DIR/s$s"
  if [ ! -f "$data/.complete" ]; then
    rm -rf "$data"
    "$BUILD/tools/datagen/marquee-datagen" --out "$data" --scale "$s" --gzip >/dev/null
    touch "$data/.complete"
  fi
  sync
  idx="$DIR/s$s.idx"
  /usr/bin/time -v "$BUILD/marquee" --json -i "$idx" build --imdb "$data" >"$DIR/build-$s.json" 2>"$DIR/time-$s.txt"
  python3 - "$s" "$DIR/build-$s.json" "$DIR/time-$s.txt" <<'PY'
import json, re, sys
scale, build, timing = sys.argv[1], json.load(open(sys.argv[2])), open(sys.argv[3]).read()
rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing).group(1))
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", timing).group(1)
parts = [float(p) for p in wall.split(":")]
secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
gib = lambda b: f"{b / 2**30:.2f} GiB"
print(f"| {scale} | {build['titles']:,} | {build['credits']:,} | {gib(build['input_bytes'])} | {secs:.1f} s "
      f"| {rss_kb / 2**20:.2f} GiB | {gib(build['index_bytes'])} | {build['index_bytes'] / build['input_bytes']:.2f} |")
PY
done
