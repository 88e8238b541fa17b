#!/usr/bin/env bash
# Renders the peer comparison as PNGs with gnuplot (Debian gnuplot-nox; no
# Python packages): for each results directory, the latency distribution
# of every engine per question kind (cast, filmography, path, costars,
# search; cumulative, log time axis), and over all of them, load time
# against scale.
#
#   bash bench/compare/plot.sh OUT_DIR RESULTS_DIR...
#   e.g. bash bench/compare/plot.sh bench/results /tmp/marquee-compare/results-s0.01 /tmp/marquee-compare/results-s0.1
#
# Writes OUT_DIR/peers-latency-s<SCALE>.png and OUT_DIR/peers-load-vs-scale.png.
set -euo pipefail
OUT=$1
shift
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
command -v gnuplot >/dev/null || { echo "gnuplot not installed (apt-get install -y gnuplot-nox)" >&2; exit 2; }

# Data files for gnuplot: per run and engine, sorted samples with their
# cumulative fraction; and one line per engine and scale for load times.
python3 - "$TMP" "$@" <<'PY'
import json, os, re, sys
tmp, dirs = sys.argv[1], sys.argv[2:]
names = {"marquee": "Marquee", "sqlite-c": "SQLite (C API)", "sqlite-node": "SQLite (better-sqlite3)",
         "duckdb": "DuckDB", "kuzu": "Kuzu"}
loads = {}
for d in dirs:
    scale = re.search(r"s([0-9.]+)/?$", d.rstrip("/")).group(1)
    runs = []
    for e, label in names.items():
        p = os.path.join(d, f"{e}.json")
        if not os.path.exists(p):
            continue
        r = json.load(open(p))
        for kind in ("cast", "filmography", "path", "costars", "search"):
            v = sorted(r.get(kind, {}).get("samples_us", []))
            with open(f"{tmp}/{scale}-{kind}-{e}.dat", "w") as f:
                for i, x in enumerate(v):
                    f.write(f"{x} {(i + 1) / len(v)}\n")
        if e == "marquee":
            load = json.load(open(os.path.join(d, "marquee-build.json")))["load_seconds"]
        else:
            load = r["load_seconds"]
        loads.setdefault(e, []).append((float(scale), load))
        runs.append(f"{e}\t{label}")
    open(f"{tmp}/{scale}.engines", "w").write("\n".join(runs) + "\n")
with open(f"{tmp}/loads.engines", "w") as f:
    for e, pts in loads.items():
        with open(f"{tmp}/load-{e}.dat", "w") as g:
            for s, l in sorted(pts):
                g.write(f"{s} {l}\n")
        f.write(f"{e}\t{names[e]}\n")
PY

for engines in "$TMP"/*.engines; do
  scale=$(basename "$engines" .engines)
  [ "$scale" = loads ] && continue
  plots=()
  for kind in cast filmography path costars search; do
    lines=()
    while IFS=$'\t' read -r e label; do
      [ -s "$TMP/$scale-$kind-$e.dat" ] && lines+=("'$TMP/$scale-$kind-$e.dat' using 1:2 with steps lw 2 title '$label'")
    done <"$engines"
    [ ${#lines[@]} -gt 0 ] || continue
    plots+=("set title '$kind'; plot $(IFS=,; echo "${lines[*]}")")
  done
  gnuplot <<EOF
set terminal pngcairo size 1500,$(( ${#plots[@]} > 3 ? 900 : 480 )) font 'sans,10'
set output '$OUT/peers-latency-s$scale.png'
set multiplot layout $(( (${#plots[@]} + 2) / 3 )),$(( ${#plots[@]} < 3 ? ${#plots[@]} : 3 )) title 'Per-query latency, scale $scale (cumulative share of queries; log time)'
set logscale x
set format x '10^{%L}'
set xlabel 'microseconds'
set ylabel 'share of queries'
set yrange [0:1]
set key bottom right opaque box
set grid
$(printf '%s\n' "${plots[@]}")
unset multiplot
EOF
done

lines=()
while IFS=$'\t' read -r e label; do
  lines+=("'$TMP/load-$e.dat' using 1:2 with linespoints lw 2 pt 7 title '$label'")
done <"$TMP/loads.engines"
gnuplot <<EOF
set terminal pngcairo size 800,520 font 'sans,10'
set output '$OUT/peers-load-vs-scale.png'
set title 'Load time (Marquee: index build) against scale'
set logscale xy
set xlabel 'scale (1.0 = full IMDb size)'
set ylabel 'seconds'
set key top left
set grid
plot $(IFS=,; echo "${lines[*]}")
EOF
ls "$OUT"/peers-*.png
