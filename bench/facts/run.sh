#!/usr/bin/env bash
# The facts benchmark (issue 11): today's rates on figure and name pairs
# from public sources. One command:
#
#   bench/facts/run.sh             # build facts_bench if needed, print the targets
#   bench/facts/run.sh --verbose   # and every failing pair, by category
#   bench/facts/run.sh --tsv       # one line per pair: category, expectation, outcome
#   bench/facts/run.sh --failing > bench/facts/known_failures.tsv
#                                  # the failing pairs the [facts] pair tests expect
#
# Options: --build DIR (CMake build directory, default build/), --no-build
# (use DIR/facts_bench as it is), --jobs N (default 1). facts_bench is an
# optional target, never built by the default build or the tests; this
# script builds only it (and the library it links). Output is deterministic.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$root/build" do_build=1 jobs=1
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --verbose|-v) args+=(--verbose) ;;
    --tsv) args+=(--tsv) ;;
    --failing) args+=(--failing) ;;
    --build) build=$2; shift ;;
    --no-build) do_build=0 ;;
    --jobs) jobs=$2; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$do_build" = 1 ]; then
  # (re)configure: an existing build directory may predate the facts_bench target
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  nice -n 10 cmake --build "$build" -j"$jobs" --target facts_bench >&2
fi
exec nice -n 10 "$build/facts_bench" ${args[@]+"${args[@]}"} "$here/figures.tsv" "$here/names.tsv"
