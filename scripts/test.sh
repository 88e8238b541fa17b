#!/usr/bin/env bash
# The README's second command: installs what is needed, builds, and runs the
# whole test suite (unit, real-data and end-to-end tests) through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc)"
