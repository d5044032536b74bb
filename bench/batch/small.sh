#!/usr/bin/env bash
# Batch cost per small set (issue 13's batch target: >= 1,000 sets of 3
# renderings x 5 KB per second per core, i.e. <= 1 ms of CPU per set).
# Each set is three renderings of one ~5 KB passage of the Bible: the King
# James text, the World English Bible's, and the King James text with every
# fifth verse left out (an abridged reprint). Real text from the Debian
# packages sword-text-kjv and sword-text-web (bench/bible/common.sh).
# Prints wall and CPU time per set for --format json and for html,json at
# -j 1 (the run with the least CPU of REPEATS). Measured, not asserted.
# usage: bench/batch/small.sh [PARALLAX] [SETS] [REPEATS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
parallax=${1:-} sets=${2:-300} repeats=${3:-3}
scratch=${TMPDIR:-/tmp}/parallax-bible
. "$root/bench/bible/common.sh"
bible_packages
bible_parallax
bible_extract KJV WEB
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$scratch" "$tmp/in" "$sets" <<'PY'
import os, sys
scratch, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
def verses(name):
    rows = []
    for line in open(os.path.join(scratch, name + ".tsv"), encoding="utf-8"):
        ref, text = line.rstrip("\n").split("\t")[:2]
        rows.append((ref, text))
    return rows
kjv, web = verses("KJV"), verses("WEB")
web_by = dict(web)
at = 0
for s in range(n):
    a, b, c, size = [], [], [], 0
    while size < 5000 and at < len(kjv):
        ref, text = kjv[at]
        at += 1
        if ref not in web_by: continue
        a.append(text); b.append(web_by[ref])
        if len(a) % 5: c.append(text)
        size += len(text.encode())
    d = os.path.join(out, "set%04d" % s)
    os.makedirs(d)
    for name, vs in (("kjv", a), ("web", b), ("abridged", c)):
        paras = ["\n".join(vs[i:i + 4]) for i in range(0, len(vs), 4)]
        open(os.path.join(d, name + ".txt"), "w", encoding="utf-8").write("\n\n".join(paras) + "\n")
PY
bytes=$(cat "$tmp"/in/*/*.txt | wc -c)
echo "parallax batch: $sets sets of 3 renderings ($((bytes / sets / 3)) bytes each on average), -j 1, best of $repeats runs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
TIMEFORMAT='%R %U %S'
for format in json html,json; do
  best=
  for ((r = 0; r < repeats; r++)); do
    rm -rf "$tmp/out"
    t=$( { time "$parallax" batch "$tmp/in" -o "$tmp/out" -j 1 --format "$format" --quiet || [ $? -eq 1 ]; } 2>&1 )
    best=$(awk -v t="$t" -v best="$best" 'BEGIN { split(t, a, " "); split(best, b, " "); if (best == "" || a[2] + a[3] < b[2] + b[3]) print t; else print best }')
  done
  awk -v t="$best" -v n="$sets" -v f="$format" 'BEGIN {
    split(t, a, " ");
    printf "--format %-9s %7.2f s wall  %7.1f sets/s  %.2f ms CPU per set  (%.0f sets per CPU second)\n", f, a[1], n / a[1], 1000 * (a[2] + a[3]) / n, n / (a[2] + a[3]) }'
done
