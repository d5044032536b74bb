#!/usr/bin/env bash
# Runs the recipes of docs/scale-out.md on generated sets and checks that each
# gives the same result as one plain run:
#  - GNU Parallel, 4 shards + batch-index   == parallax batch          (diff -r)
#  - GNU Parallel --pipe, --jsonl mappers   == one parallax batch --jsonl ("line" too: --line-offset)
#  - the Slurm array script, run 4 times with SLURM_* set by hand (a 0-based
#    array) + batch-index                  == parallax batch          (diff -r)
# (trees compared without .shards/, the records of how each was made).
# The commands are taken from the doc's code blocks, with `parallax` pointed
# at PARALLAX, so the doc and this check cannot drift apart. A real Slurm
# cluster runs the script in tests/batch/slurm.sh.
# usage: bench/batch/scale_out_check.sh PARALLAX [SETS]
set -uo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") sets=${2:-120}
root=$(cd "$(dirname "$0")/../.." && pwd)
doc=$root/docs/scale-out.md
command -v parallel > /dev/null || { echo "needs GNU parallel (apt-get install parallel)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
cd "$tmp"
python3 "$root/tests/batch/make_sets.py" "$root/fixtures" sets "$sets" 7
# A manifest, as the recipes use: TSV, paths relative to the manifest.
for d in sets/*/; do id=$(basename "$d"); printf '%s' "$id"; for f in "$d"*; do printf '\t%s' "$f"; done; echo; done > sets.tsv
python3 - <<'PY' > sets.jsonl
import json
for line in open("sets.tsv"):
    f = line.rstrip("\n").split("\t")
    print(json.dumps({"id": f[0], "files": f[1:]}))
PY
mkdir bin && ln -s "$bin" bin/parallax
export PATH="$tmp/bin:$PATH"

# The first ```bash block of the doc that holds the text $1.
block() {
  awk -v want="$1" '/^```bash$/ { inside = 1; b = ""; next }
    /^```$/ { if (inside && !done && index(b, want)) { printf "%s", b; done = 1 } inside = 0; next }
    inside { b = b $0 "\n" }' "$doc"
}

parallax batch sets.tsv -o plain -j 2 --quiet 2> /dev/null
parallax batch --jsonl -j 2 --quiet < sets.jsonl 2> /dev/null | python3 -c '
import json, sys
for l in sys.stdin:
    j = json.loads(l); print(json.dumps(j, sort_keys=True))' > plain.jsonl

shards='--shard auto --shard-count 4'
echo "--- GNU Parallel, shards:"; block "$shards"
bash -c "$(block "$shards")" 2> /dev/null
diff -r --exclude=.shards plain reports > /dev/null || fail "GNU Parallel shards + batch-index differ from one run"
echo ok

echo "--- GNU Parallel --pipe, --jsonl:"; block "parallel --pipe"
bash -c "$(block "parallel --pipe")" 2> /dev/null
python3 -c '
import json, sys
for l in sys.stdin:
    j = json.loads(l); print(json.dumps(j, sort_keys=True))' < results.jsonl > piped.jsonl
[ "$(wc -l < piped.jsonl)" -eq "$sets" ] || fail "--pipe gave $(wc -l < piped.jsonl) results, expected $sets"
cmp -s plain.jsonl piped.jsonl || fail "--pipe results differ from one --jsonl run"
echo ok

echo "--- Slurm array script, 4 tasks simulated:"
block "# file: parallax-array.sbatch" > parallax-array.sbatch
head -3 parallax-array.sbatch
for k in 0 1 2 3; do
  env INPUT=sets.tsv OUTDIR=slurm SLURM_ARRAY_TASK_ID=$k SLURM_ARRAY_TASK_MIN=0 SLURM_ARRAY_TASK_MAX=3 \
    SLURM_ARRAY_TASK_COUNT=4 SLURM_ARRAY_TASK_STEP=1 bash parallax-array.sbatch 2> /dev/null
  rc=$?
  # The broken set makes its task exit 3; --differ-exit 0 makes every other 0.
  [ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || fail "task $k exit status $rc"
done
# A task resubmitted alone, the script unchanged: refused rather than run as shard 1 of 1.
env INPUT=sets.tsv OUTDIR=slurm SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_MIN=2 SLURM_ARRAY_TASK_MAX=2 \
  SLURM_ARRAY_TASK_COUNT=1 bash parallax-array.sbatch 2> /dev/null
[ $? -eq 2 ] || fail "a one-task array numbered 2 should be refused"
parallax batch-index slurm
[ $? -eq 3 ] || fail "batch-index should exit 3 (one broken set)"
diff -r --exclude=.shards plain slurm > /dev/null || fail "Slurm array + batch-index differ from one run"
echo ok
echo "scale-out recipes: all ok"
