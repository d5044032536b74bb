#!/usr/bin/env bash
# Builds parallax and runs the main job on the seed fixtures: the text report
# on stdout, report.html and report.json in the current directory.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build" -j"$(nproc)" --target parallax >/dev/null
seeds="$root/fixtures/xi-2024-kazakhstan/input"
set +e
"$root/build/parallax" compare "$seeds"/*.txt --format html -o report.html
"$root/build/parallax" compare "$seeds"/*.txt --format json -o report.json
"$root/build/parallax" compare "$seeds"/*.txt --format text
status=$?
set -e
echo "wrote report.html and report.json (exit status $status: 0 agree, 1 discrepancies, 2 trouble)" >&2
[ "$status" -le 1 ]
