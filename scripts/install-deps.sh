#!/usr/bin/env bash
# Installs the Debian packages Marquee builds and tests with. Idempotent:
# apt-get skips what is already there. Run as root (or with sudo).
set -euo pipefail
PACKAGES=(
  g++ cmake ninja-build pkg-config
  libisal-dev libutf8proc-dev libxxhash-dev libsimdjson-dev
  libfmt-dev nlohmann-json3-dev libcli11-dev libcpp-httplib-dev
  libgtest-dev libgmock-dev libbenchmark-dev libsqlite3-dev zlib1g-dev
  python3
  time gnuplot-nox   # bench/compare: peak memory (/usr/bin/time -v) and PNG plots
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
