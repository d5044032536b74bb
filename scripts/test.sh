#!/usr/bin/env bash
# Builds parallax and runs every test: unit (Catch2), golden, bad input,
# alignment quality, browser.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh" ${PARALLAX_TEST_PACKAGES:-}
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build" -j"$(nproc)"
cd "$root/build"
ctest --output-on-failure -j"$(nproc)"
