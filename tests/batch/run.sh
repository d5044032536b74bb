#!/usr/bin/env bash
# Batch end to end: 200 generated article sets, one broken.
#  - the index lists 199 compared sets and 1 failed one with its message; exit 3
# PARALLAX_BATCH_SETS (a multiple of 5, 20 or more) sets another number: the
# sanitizer build (scripts/test.sh) runs the same paths on fewer sets, as the
# Release build covers the 200 (ten times slower under ASan, they alone took
# a third of the 20-minute CI budget).
#  - -j 1 and -j 2 give byte-identical output trees
#  - 4 shards into one directory + batch-index == one unsharded run, byte for byte
#    (but .shards/, the completion records); a missing shard makes batch-index exit 2
#  - a manifest given as sets.tsv, ./sets.tsv or /abs/sets.tsv from two working
#    directories: identical trees; --resume from the other one redoes nothing
#  - --shard K/N --shard-base 0 (a 0-based array) == --shard K+1/N
#  - --resume skips complete sets and redoes one whose input changed
#  - --jsonl streams one result line per input line, in order; --line-offset
#  - --differ-exit 0: discrepancies exit 0, failed sets still 3
# usage: run.sh PARALLAX FIXTURES
set -uo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") fixtures=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

n=${PARALLAX_BATCH_SETS:-200}
{ [ $((n % 5)) -eq 0 ] && [ "$n" -ge 20 ]; } || fail "PARALLAX_BATCH_SETS=$n: a multiple of 5, 20 or more"
bad=$((n * 137 / 200))  # 137 of 200: a set that differs, not a reprint (those are i % 5 == 4)
[ $((bad % 5)) -eq 4 ] && bad=$((bad - 1))
printf -v bad_id 'set-%03d' "$bad"
python3 "$here/make_sets.py" "$fixtures" "$tmp/in" "$n" "$bad" || fail "could not build the sets"
start=$SECONDS

"$bin" batch "$tmp/in" -o "$tmp/j2" -j 2 2> "$tmp/j2.err"
rc=$?
[ "$rc" -eq 3 ] || fail "batch exit status $rc, expected 3 (one set failed)"
grep -q "set $bad_id failed: .*invalid UTF-8 at byte offset" "$tmp/j2.err" || fail "broken set not reported on stderr: $(cat "$tmp/j2.err")"
grep -q "$n/$n sets" "$tmp/j2.err" || fail "no final progress line: $(cat "$tmp/j2.err")"
grep -q "^parallax batch: done $n, skipped 0, failed 1, differ $((n - n / 5 - 1)), incomplete 0, agree $((n / 5))$" "$tmp/j2.err" ||
  fail "no final count line: $(cat "$tmp/j2.err")"

python3 - "$tmp/j2" "$n" "$bad_id" <<'PY' || fail "index check"
import json, os, sys
out, n, bad_id = sys.argv[1], int(sys.argv[2]), sys.argv[3]
index = json.load(open(os.path.join(out, "index.json")))
sets = index["sets"]
assert len(sets) == n, len(sets)
assert [s["id"] for s in sets] == sorted(s["id"] for s in sets), "not sorted by id"
failed = [s for s in sets if s["status"] == "error"]
assert [s["id"] for s in failed] == [bad_id], failed
assert "xinhua-mt.txt: invalid UTF-8 at byte offset" in failed[0]["error"], failed[0]
assert failed[0]["link"] is None and failed[0]["reports"] == []
ok = [s for s in sets if s["status"] != "error"]
assert len(ok) == n - 1
for s in ok:
    assert s["link"] == s["id"] + "/report.html", s
    for r in s["reports"]:
        assert os.path.isfile(os.path.join(out, s["id"], r)), (s["id"], r)
    assert len(s["renderings"]) == 2
    summary = json.load(open(os.path.join(out, s["id"], "summary.json")))
    assert summary == s
# every reprint set (i % 5 == 4) agrees; every edited one differs
for s in ok:
    i = int(s["id"][4:])
    assert (s["status"] == "agree") == (i % 5 == 4), s
    if s["status"] == "differ":
        assert s["worst"] is not None and sum(s["counts"].values()) > 0, s
t = index["totals"]
assert t["sets"] == n and t["error"] == 1 and t["agree"] == n // 5 and t["differ"] == n - n // 5 - 1, t
html = open(os.path.join(out, "index.html"), encoding="utf-8").read()
assert html.count("<tr data-i=") == n
assert "invalid UTF-8 at byte offset" in html
assert 'href="set-000/report.html"' in html
assert "<script src" not in html and "<link" not in html, "index.html must be self-contained"
leftovers = [f for _, _, fs in os.walk(out) for f in fs if ".tmp" in f]
assert not leftovers, leftovers
PY
echo "$n sets at -j 2: ok ($((SECONDS - start)) s)"

"$bin" batch "$tmp/in" -o "$tmp/j1" -j 1 --quiet 2> "$tmp/j1.err"
rc=$?
[ "$rc" -eq 3 ] || fail "-j 1 exit status $rc"
grep -q "sets/s" "$tmp/j1.err" && fail "--quiet still printed progress"
diff -r "$tmp/j1" "$tmp/j2" > /dev/null || fail "-j 1 and -j 2 outputs differ: $(diff -rq "$tmp/j1" "$tmp/j2" | head -5)"
echo "-j 1 == -j 2: ok ($((SECONDS - start)) s)"

for k in 1 2 4; do
  "$bin" batch "$tmp/in" -o "$tmp/sharded" -j 2 --shard "$k/4" 2> "$tmp/shard.err"
  rc=$?
  [ "$rc" -eq 1 ] || [ "$rc" -eq 3 ] || fail "shard $k/4 exit status $rc"
  grep -q "^parallax batch: shard $k/4: done [0-9]*, skipped 0," "$tmp/shard.err" || fail "shard $k/4 did not say which it is: $(cat "$tmp/shard.err")"
done
[ -e "$tmp/sharded/index.json" ] && fail "a shard wrote an index"
# Shard 3 has not run: the merge must not pass for complete.
"$bin" batch-index "$tmp/sharded" 2> "$tmp/index.err"
rc=$?
[ "$rc" -eq 2 ] || fail "batch-index with shard 3/4 missing: exit status $rc, expected 2"
grep -q "missing shard 3/4 (no .shards/3-of-4.json)" "$tmp/index.err" || fail "missing shard not named: $(cat "$tmp/index.err")"
[ -e "$tmp/sharded/index.json" ] && fail "batch-index wrote an index with a shard missing"
# The 0-based numbering of a Slurm --array=0-3 names the same shard.
"$bin" batch "$tmp/in" -o "$tmp/sharded" -j 2 --shard 2/4 --shard-base 0 --quiet
rc=$?
[ "$rc" -eq 1 ] || [ "$rc" -eq 3 ] || fail "shard 2/4 --shard-base 0 exit status $rc"
[ "$(ls "$tmp/sharded/.shards")" = "$(printf '%s\n' 1-of-4.json 2-of-4.json 3-of-4.json 4-of-4.json)" ] || fail "records: $(ls "$tmp/sharded/.shards")"
written=$(ls "$tmp/sharded" | wc -l)
[ "$written" -eq "$n" ] || fail "4 shards wrote $written sets, expected $n"
"$bin" batch-index "$tmp/sharded"
rc=$?
[ "$rc" -eq 3 ] || fail "batch-index exit status $rc, expected 3"
diff -r --exclude=.shards "$tmp/j2" "$tmp/sharded" > /dev/null || fail "4 shards + batch-index differ from one run: $(diff -rq --exclude=.shards "$tmp/j2" "$tmp/sharded" | head -5)"
echo "4 shards + batch-index == one run; a missing shard fails: ok ($((SECONDS - start)) s)"

# A manifest named three ways from two working directories: the same bytes.
mkdir -p "$tmp/cwd/a/b"
# 20 sets and the broken one, whose message must be the same bytes too.
(cd "$tmp/in" && for d in $(printf '%s\n' set-00? set-01? "$bad_id" | sort -u); do printf '%s' "$d"; for f in "$d"/*; do printf '\t%s' "$f"; done; echo; done) > "$tmp/in/sets.tsv"
listed=$(($(wc -l < "$tmp/in/sets.tsv") - 1))  # all but the broken one are skipped by --resume
(cd "$tmp/in" && "$bin" batch sets.tsv -o "$tmp/cwd/plain" -j 2 --quiet --format json) 2> /dev/null
(cd "$tmp/in" && "$bin" batch ./sets.tsv -o "$tmp/cwd/dot" -j 2 --quiet --format json --shard 1/2; "$bin" batch ./sets.tsv -o "$tmp/cwd/dot" -j 2 --quiet --format json --shard 2/2) 2> /dev/null
(cd "$tmp/cwd/a/b" && "$bin" batch "$tmp/in/sets.tsv" -o ../../abs -j 2 --quiet --format json --shard 2/2; "$bin" batch ../../../in/sets.tsv -o ../../abs -j 2 --quiet --format json --shard 1/2) 2> /dev/null
"$bin" batch-index "$tmp/cwd/dot" 2> /dev/null
(cd "$tmp/cwd/a" && "$bin" batch-index ../abs 2> /dev/null)
diff -r "$tmp/cwd/dot" "$tmp/cwd/abs" > /dev/null || fail "the same shards from two working directories differ: $(diff -rq "$tmp/cwd/dot" "$tmp/cwd/abs" | head -5)"
diff -r --exclude=.shards "$tmp/cwd/plain" "$tmp/cwd/abs" > /dev/null || fail "shards differ from one run: $(diff -rq --exclude=.shards "$tmp/cwd/plain" "$tmp/cwd/abs" | head -5)"
grep -q '"files":\["set-000/official.txt","set-000/xinhua-mt.txt"\]' "$tmp/cwd/abs/set-000/summary.json" || fail "files not as the manifest writes them: $(head -c 300 "$tmp/cwd/abs/set-000/summary.json")"
grep -rq "$tmp" "$tmp/cwd/abs" --exclude-dir=.shards && fail "a report holds the working directory's path: $(grep -rl "$tmp" "$tmp/cwd/abs" --exclude-dir=.shards | head -3)"
(cd "$tmp/cwd/a" && "$bin" batch ../../in/sets.tsv -o "$tmp/cwd/plain" -j 2 --format json --resume 2> "$tmp/resume.err")
diff -r "$tmp/cwd/plain" "$tmp/cwd/dot" --exclude=.shards > /dev/null || fail "--resume from another directory changed the tree"
grep -q "$listed skipped" "$tmp/resume.err" || fail "--resume from another directory redid sets: $(cat "$tmp/resume.err")"
echo "any working directory, same bytes; --resume from another: ok ($((SECONDS - start)) s)"

# --resume: nothing to do, same bytes; then one changed input is redone.
cp -r "$tmp/j2" "$tmp/resumed"
"$bin" batch "$tmp/in" -o "$tmp/resumed" -j 2 --resume 2> "$tmp/resume.err"
grep -q "$((n - 1)) skipped" "$tmp/resume.err" || fail "--resume did not skip the $((n - 1)) complete sets: $(cat "$tmp/resume.err")"
diff -r "$tmp/j2" "$tmp/resumed" > /dev/null || fail "--resume changed complete outputs"
sleep 0.01
sed 's/Kazakhstan/Qazaqstan/' "$tmp/in/set-004/reprint.txt" > "$tmp/reprint" && mv "$tmp/reprint" "$tmp/in/set-004/reprint.txt"
"$bin" batch "$tmp/in" -o "$tmp/resumed" -j 2 --resume 2> "$tmp/resume.err"
grep -q "$((n - 2)) skipped" "$tmp/resume.err" || fail "--resume did not redo the changed set: $(cat "$tmp/resume.err")"
grep -q '"id":"set-004","status":"differ"' "$tmp/resumed/set-004/summary.json" || fail "changed set not compared again"
echo "--resume: ok ($((SECONDS - start)) s)"

# A corrupt summary is never trusted: batch-index names it, --resume redoes the set.
sed -i 's/"medium":[0-9]*/"medium":1e300/' "$tmp/resumed/set-005/summary.json"
"$bin" batch-index "$tmp/resumed" 2> "$tmp/index.err"
grep -q "set-005/summary.json: not a set summary" "$tmp/index.err" || fail "batch-index trusted a corrupt summary: $(cat "$tmp/index.err")"
"$bin" batch "$tmp/in" -o "$tmp/resumed" -j 2 --resume 2> "$tmp/resume.err"
grep -q "$((n - 2)) skipped" "$tmp/resume.err" || fail "--resume did not redo the set with a corrupt summary: $(cat "$tmp/resume.err")"
grep -q 1e300 "$tmp/resumed/set-005/summary.json" && fail "--resume kept the corrupt summary"
echo "corrupt summary: ok ($((SECONDS - start)) s)"

# --jsonl: a streaming mapper; results in input order, bad lines reported in place.
{
  printf '{"id": "s1", "files": ["%s", "%s"]}\n' "$tmp/in/set-000/xinhua-mt.txt" "$tmp/in/set-000/official.txt"
  printf 'garbage\n'
  printf '{"id": "s2", "files": ["%s", "%s"]}\n' "$tmp/in/set-004/xinhua-mt.txt" "$tmp/in/set-009/reprint.txt"
} | "$bin" batch --jsonl -j 2 --quiet > "$tmp/stream.jsonl"
rc=$?
[ "$rc" -eq 3 ] || fail "--jsonl exit status $rc, expected 3"
python3 - "$tmp/stream.jsonl" <<'PY' || fail "--jsonl output"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert [l.get("id") for l in lines] == ["s1", None, "s2"], lines
assert [l["line"] for l in lines] == [1, 2, 3]
assert lines[0]["status"] == "differ" and lines[0]["report"]["version"] == 1
assert lines[1]["status"] == "error" and "stdin:2" in lines[1]["error"]
assert lines[2]["status"] == "agree"
PY
out=$(printf 'garbage\n' | "$bin" batch --jsonl --quiet --line-offset 100)
grep -q '^{"line":101,"status":"error","error":"stdin:101: not valid JSON' <<< "$out" || fail "--line-offset 100 did not number the first line 101: $out"
echo "--jsonl: ok ($((SECONDS - start)) s)"

# --differ-exit 0: sets that differ are no failure to a scheduler; a failed set still is.
"$bin" batch "$tmp/in" -o "$tmp/j2" -j 2 --resume --quiet --differ-exit 0
rc=$?
[ "$rc" -eq 3 ] || fail "--differ-exit 0 with a failed set: exit status $rc, expected 3"
"$bin" batch "$tmp/in/set-000" "$tmp/in/set-001" -o "$tmp/x" 2> /dev/null
[ $? -eq 2 ] || fail "two INPUTs: not exit status 2 (usage)"
printf 'ok\t%s\t%s\n' "$tmp/in/set-000/official.txt" "$tmp/in/set-000/xinhua-mt.txt" > "$tmp/one.tsv"
"$bin" batch "$tmp/one.tsv" -o "$tmp/one" --quiet --differ-exit 0
rc=$?
[ "$rc" -eq 0 ] || fail "--differ-exit 0 with sets that differ: exit status $rc, expected 0"
"$bin" batch-index "$tmp/one" --differ-exit 0
rc=$?
[ "$rc" -eq 0 ] || fail "batch-index --differ-exit 0: exit status $rc, expected 0"
echo "exit statuses: ok"
echo "batch: all ok"
