#!/usr/bin/env bash
# Builds parallax and runs the main job on the seed fixtures: the text report
# on stdout, report.html and report.json in the current directory. The build's
# progress goes to stderr, so stdout stays the report.
# PARALLAX_BUILD_DIR: the build directory (default: build/ in the repository);
# PARALLAX_SKIP_SETUP=1: do not check for the Debian packages.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PARALLAX_BUILD_DIR:-$root/build}
[ "${PARALLAX_SKIP_SETUP:-0}" = 1 ] || "$root/scripts/setup.sh"
echo "run-seeds: building parallax in $build (a few minutes the first time)" >&2
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target parallax >&2
echo "run-seeds: the command is $build/parallax (to install it: cmake --install $build --prefix ~/.local)" >&2
seeds="$root/fixtures/xi-2024-kazakhstan/input"
set +e
"$build/parallax" compare "$seeds"/*.txt --format html -o report.html
"$build/parallax" compare "$seeds"/*.txt --format json -o report.json
"$build/parallax" compare "$seeds"/*.txt --format text
status=$?
set -e
echo "wrote report.html and report.json (exit status $status: 0 agree, 1 discrepancies, 2 trouble)" >&2
[ "$status" -le 1 ]
