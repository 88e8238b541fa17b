#!/usr/bin/env bash
# The README's first command: installs what is needed, builds, indexes the
# bundled demo data and shows what Marquee answers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
M=build/marquee
export MARQUEE_INDEX=build/demo.idx
run() { printf '\n\033[1m$ marquee %s\033[0m\n' "$*"; "$M" "$@"; }
run build --movies demo/movies.json
run verify
run cast "Miss You Already" --crew
run title "Amélie"
run filmography "Toni Collette"
run person "Drew Barrymore"
run search "toni colete"
run costars "Kevin Bacon" --limit 5
run path "Toni Collette" "Kevin Bacon"
run --json cast "miss you already"
