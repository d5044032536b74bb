#!/usr/bin/env bash
# Scale-out for real: a one-node Slurm cluster on localhost for the length of
# the test, and GNU Parallel.
#  - installs slurm-wlm, munge and parallel when missing (as root; otherwise
#    skips, exit 77 = ctest SKIP)
#  - starts munged, slurmctld and slurmd as children, with a config in a temp
#    dir (no systemd, no accounting), and stops each by its PID on exit
#  - submits docs/scale-out.md's sbatch script as a 0-based array (0-3) with
#    --shard auto, and a batch-index job depending on it (afterok)
#  - the merged tree == one unsharded run started from another working
#    directory, byte for byte (but .shards/, which says how it was made)
#  - the same shards through GNU Parallel (--shard auto, PARALLEL_SEQ) == the
#    Slurm tree, .shards/ included
#  - a shard record removed: batch-index exits 2 naming the shard
#  - parallel --pipe chunks with --line-offset number lines as one stream does
# usage: slurm.sh PARALLAX FIXTURES
set -uo pipefail
skip=77
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") fixtures=$(cd "$2" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
start=$SECONDS

missing=()
for cmd in munged slurmctld slurmd sbatch parallel; do command -v "$cmd" > /dev/null || missing+=("$cmd"); done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: ${missing[*]} not installed and not root to install slurm-wlm munge parallel" >&2
    exit $skip
  fi
  "$root/scripts/setup.sh" slurm-wlm munge parallel || { echo "SKIP: could not install slurm-wlm munge parallel" >&2; exit $skip; }
fi
# slurmd runs jobs as their owner and needs root to become them.
[ "$(id -u)" -eq 0 ] || { echo "SKIP: a Slurm node (slurmd) needs root" >&2; exit $skip; }
# This shell may itself be a scheduler's task: --shard auto must see only what the test sets.
unset SLURM_ARRAY_TASK_ID JOB_COMPLETION_INDEX PARALLEL_SEQ PARALLAX_SHARD_COUNT

tmp=$(mktemp -d)
chmod 755 "$tmp"  # munged refuses a socket directory others cannot enter
pids=()
jobs_submitted=()
cleanup() {
  [ "${#jobs_submitted[@]}" -gt 0 ] && scancel "${jobs_submitted[@]}" 2> /dev/null
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2> /dev/null
  done
  rm -rf "$tmp"
}
trap cleanup EXIT
logs() { for f in "$tmp"/*.log "$tmp"/*.out "$tmp"/munge/log; do [ -f "$f" ] && { echo "--- $f"; tail -20 "$f"; }; done >&2; }

# --- the cluster ------------------------------------------------------------
mkdir -p "$tmp/munge" "$tmp/state" "$tmp/spool" "$tmp/work/sub"
chmod 755 "$tmp/munge"
head -c 1024 /dev/urandom > "$tmp/munge/key" && chmod 600 "$tmp/munge/key"
munged --foreground --force --key-file="$tmp/munge/key" --socket="$tmp/munge/sock" --pid-file="$tmp/munge/pid" \
  --log-file="$tmp/munge/log" --seed-file="$tmp/munge/seed" > "$tmp/munged.out" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -S "$tmp/munge/sock" ] && break; sleep 0.1; done
[ -S "$tmp/munge/sock" ] || { logs; fail "munged did not start"; }

read -r ctld_port node_port < <(python3 -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*[x.getsockname()[1] for x in s])')
cat > "$tmp/slurm.conf" <<EOF
ClusterName=parallax
SlurmctldHost=localhost
SlurmctldPort=$ctld_port
SlurmdPort=$node_port
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$tmp/munge/sock
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/slurmctld.log
SlurmdLogFile=$tmp/slurmd.log
# No cgroups in a container, no accounting daemon: jobs are followed with
# scontrol, which keeps ended jobs for MinJobAge seconds.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
MinJobAge=600
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=test Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF=$tmp/slurm.conf
slurmctld -D -i -f "$SLURM_CONF" > "$tmp/slurmctld.out" 2>&1 &
pids+=($!)
# -N: the node is "localhost" whatever this machine's host name is.
slurmd -D -N localhost -f "$SLURM_CONF" > "$tmp/slurmd.out" 2>&1 &
pids+=($!)
for _ in $(seq 100); do sinfo -h -o %T 2> /dev/null | grep -q idle && break; sleep 0.2; done
sinfo -h -o %T 2> /dev/null | grep -q idle || { logs; fail "the Slurm node did not come up"; }
echo "cluster up ($((SECONDS - start)) s)"

# --- the sets, and one plain run from another working directory -------------
cd "$tmp/work" || exit 1
n=40
python3 "$root/tests/batch/make_sets.py" "$fixtures" sets "$n" -1 || fail "could not build the sets"
for d in sets/*/; do id=$(basename "$d"); printf '%s' "$id"; for f in "$d"*; do printf '\t%s' "$f"; done; echo; done > sets.tsv
(cd / && "$bin" batch "$tmp/work/./sets.tsv" -o "$tmp/work/plain" -j 2 --quiet); rc=$?
[ "$rc" -eq 1 ] || fail "plain run exit status $rc, expected 1"

# --- the array, as docs/scale-out.md writes it ---------------------------------
awk '/^```bash$/ { inside = 1; block = ""; next } /^```$/ { if (block ~ /# file: parallax-array.sbatch/) printf "%s", block; inside = 0; next }
     inside { block = block $0 "\n" }' "$root/docs/scale-out.md" > parallax-array.sbatch
grep -q -- '--shard auto' parallax-array.sbatch || fail "no sbatch script with --shard auto in docs/scale-out.md"
cd sub || exit 1
export PARALLAX=$bin INPUT=../sets.tsv OUTDIR=$tmp/work/slurm
array=$(sbatch --parsable --array=0-3 --output="$tmp/task-%a.log" ../parallax-array.sbatch) || { logs; fail "sbatch refused the array"; }
jobs_submitted+=("$array")
index=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes --output="$tmp/index.log" \
  --wrap "$bin batch-index $OUTDIR --differ-exit 0") || { logs; fail "sbatch refused the index job"; }
jobs_submitted+=("$index")
cd .. || exit 1

state() { scontrol show job "$1" 2> /dev/null | grep -o 'JobState=[A-Z_]*' | cut -d= -f2 | sort | uniq -c | tr -s ' \n' ' '; }
for _ in $(seq 600); do
  squeue -h -j "$array,$index" 2> /dev/null | grep -q . || break
  sleep 0.2
done
squeue -h -j "$array,$index" 2> /dev/null | grep -q . && { logs; fail "jobs still queued after 120 s: array $(state "$array"), index $(state "$index")"; }
[ "$(state "$array")" = " 4 COMPLETED " ] || { logs; fail "array tasks: $(state "$array")"; }
[ "$(state "$index")" = " 1 COMPLETED " ] || { logs; fail "index job: $(state "$index")"; }
grep -q "parallax batch: shard 1/4 (from SLURM_ARRAY_TASK_ID=0, SLURM_ARRAY_TASK_MIN=0, SLURM_ARRAY_TASK_COUNT=4" "$tmp/task-0.log" ||
  fail "task 0 did not say its shard: $(cat "$tmp/task-0.log")"
grep -q "parallax batch: shard 4/4: done [0-9]*, skipped 0, failed 0, differ [0-9]*" "$tmp/task-3.log" ||
  fail "task 3 has no count line: $(cat "$tmp/task-3.log")"
[ -s slurm/index.json ] || fail "no index after the Slurm jobs"
diff -r --exclude=.shards plain slurm > /dev/null || fail "Slurm array + batch-index differ from one run: $(diff -rq --exclude=.shards plain slurm | head -5)"
[ "$(ls slurm/.shards)" = "$(printf '%s\n' 1-of-4.json 2-of-4.json 3-of-4.json 4-of-4.json)" ] || fail "shard records: $(ls slurm/.shards)"
echo "Slurm array 0-3 + afterok batch-index == one run: ok ($((SECONDS - start)) s)"

# --- GNU Parallel: the same shards, numbered by PARALLEL_SEQ -----------------
parallel -N0 --halt never "$bin batch sets.tsv -o par -j 1 --shard auto --shard-count 4 --differ-exit 0 --quiet" ::: 1 2 3 4 2> par.err
rc=$?
[ "$rc" -eq 0 ] || fail "GNU Parallel exit status $rc: $(cat par.err)"
"$bin" batch-index par --differ-exit 0; rc=$?
[ "$rc" -eq 0 ] || fail "batch-index after GNU Parallel: exit status $rc"
diff -r slurm par > /dev/null || fail "GNU Parallel shards differ from the Slurm array's: $(diff -rq slurm par | head -5)"
echo "GNU Parallel --shard auto == Slurm array, records too: ok ($((SECONDS - start)) s)"

# --- a shard that never finished: batch-index fails loudly --------------------
rm par/.shards/3-of-4.json par/index.json
"$bin" batch-index par 2> missing.err; rc=$?
[ "$rc" -eq 2 ] || fail "batch-index with a shard missing: exit status $rc, expected 2"
grep -q "missing shard 3/4 (no .shards/3-of-4.json)" missing.err || fail "missing shard not named: $(cat missing.err)"
[ -e par/index.json ] && fail "batch-index wrote an index with a shard missing"
echo "missing shard: ok"

# --- parallel --pipe: chunks numbered as one stream ---------------------------
python3 - sets.tsv > sets.jsonl <<'PY'
import json, sys
for line in open(sys.argv[1]):
    f = line.rstrip("\n").split("\t")
    print(json.dumps({"id": f[0], "files": f[1:]}))
PY
"$bin" batch --jsonl -j 2 --quiet < sets.jsonl > one.jsonl
parallel --pipe -N 7 --keep-order --halt never "$bin batch --jsonl -j 1 --quiet --line-offset \$(( ({#} - 1) * 7 ))" < sets.jsonl > chunks.jsonl
cmp -s one.jsonl chunks.jsonl || fail "--pipe chunks with --line-offset differ from one stream: $(diff <(cut -c1-80 one.jsonl) <(cut -c1-80 chunks.jsonl) | head -5)"
echo "parallel --pipe --line-offset == one stream: ok ($((SECONDS - start)) s)"
echo "slurm: all ok"
