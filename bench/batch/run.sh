#!/usr/bin/env bash
# Batch throughput: sets per second at -j 1 and -j 2 (more with JOBS="1 2 4").
# Each set is the 2024 fixture pair (15 KB machine translation vs 30 KB tag
# page holding the official text) with an injected edit, as in tests/batch;
# reports in html and json. Prints the best wall time of REPEATS runs, and the
# CPU time (user + sys) per set, which does not depend on how busy the machine
# is; the load average is printed because a busy machine slows -j 2 most.
# usage: bench/batch/run.sh PARALLAX [SETS] [REPEATS]
set -euo pipefail
bin=$1 sets=${2:-200} repeats=${3:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$root/tests/batch/make_sets.py" "$root/fixtures" "$tmp/in" "$sets" -1

echo "parallax batch: $sets sets, formats html,json, best of $repeats runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
TIMEFORMAT='%R %U %S'
for jobs in ${JOBS:-1 2}; do
  best=
  for ((r = 0; r < repeats; r++)); do
    rm -rf "$tmp/out"
    t=$( { time "$bin" batch "$tmp/in" -o "$tmp/out" -j "$jobs" --quiet || [ $? -eq 1 ]; } 2>&1 )
    best=$(awk -v t="$t" -v best="$best" 'BEGIN { split(t, a, " "); if (best == "" || a[1] < substr(best, 1, index(best, " ") - 1) + 0) print t; else print best }')
  done
  awk -v t="$best" -v n="$sets" -v j="$jobs" 'BEGIN {
    split(t, a, " ");
    printf "-j %-2s %7.2f s  %7.1f sets/s  (%.1f ms CPU per set)\n", j, a[1], n / a[1], 1000 * (a[2] + a[3]) / n }'
done
