#!/usr/bin/env bash
# Batch end to end: 200 generated article sets, one broken.
#  - the index lists 199 compared sets and 1 failed one with its message; exit 2
# PARALLAX_BATCH_SETS (a multiple of 5, 20 or more) sets another number: the
# sanitizer build (scripts/test.sh) runs the same paths on fewer sets, as the
# Release build covers the 200 (ten times slower under ASan, they alone took
# a third of the 20-minute CI budget).
#  - -j 1 and -j 2 give byte-identical output trees
#  - 4 shards into one directory + batch-index == one unsharded run, byte for byte
#  - --resume skips complete sets and redoes one whose input changed
#  - --jsonl streams one result line per input line, in order
# usage: run.sh PARALLAX FIXTURES
set -uo pipefail
bin=$1 fixtures=$2
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
[ "$rc" -eq 2 ] || fail "batch exit status $rc, expected 2 (one set failed)"
grep -q "set $bad_id failed: .*invalid UTF-8 at byte offset" "$tmp/j2.err" || fail "broken set not reported on stderr: $(cat "$tmp/j2.err")"
grep -q "$n/$n sets" "$tmp/j2.err" || fail "no final progress line: $(cat "$tmp/j2.err")"

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
[ "$rc" -eq 2 ] || fail "-j 1 exit status $rc"
grep -q "sets/s" "$tmp/j1.err" && fail "--quiet still printed progress"
diff -r "$tmp/j1" "$tmp/j2" > /dev/null || fail "-j 1 and -j 2 outputs differ: $(diff -rq "$tmp/j1" "$tmp/j2" | head -5)"
echo "-j 1 == -j 2: ok ($((SECONDS - start)) s)"

for k in 1 2 3 4; do
  "$bin" batch "$tmp/in" -o "$tmp/sharded" -j 2 --shard "$k/4" --quiet 2> /dev/null
  rc=$?
  [ "$rc" -eq 1 ] || [ "$rc" -eq 2 ] || fail "shard $k/4 exit status $rc"
done
[ -e "$tmp/sharded/index.json" ] && fail "a shard wrote an index"
written=$(ls "$tmp/sharded" | wc -l)
[ "$written" -eq "$n" ] || fail "4 shards wrote $written sets, expected $n"
"$bin" batch-index "$tmp/sharded"
rc=$?
[ "$rc" -eq 2 ] || fail "batch-index exit status $rc, expected 2"
diff -r "$tmp/j2" "$tmp/sharded" > /dev/null || fail "4 shards + batch-index differ from one run: $(diff -rq "$tmp/j2" "$tmp/sharded" | head -5)"
echo "4 shards + batch-index == one run: ok ($((SECONDS - start)) s)"

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
[ "$rc" -eq 2 ] || fail "--jsonl exit status $rc, expected 2"
python3 - "$tmp/stream.jsonl" <<'PY' || fail "--jsonl output"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert [l.get("id") for l in lines] == ["s1", None, "s2"], lines
assert [l["line"] for l in lines] == [1, 2, 3]
assert lines[0]["status"] == "differ" and lines[0]["report"]["version"] == 1
assert lines[1]["status"] == "error" and "stdin:2" in lines[1]["error"]
assert lines[2]["status"] == "agree"
PY
echo "--jsonl: ok ($((SECONDS - start)) s)"
echo "batch: all ok"
