#!/usr/bin/env bash
# Quality against the hand-made gold: fails when, on seeds 000/001,
# alignment F1 drops below 0.95, discrepancy recall below 0.9, a listed
# non-discrepancy is reported, or outside-article paragraphs are missed; when
# the different articles are not flagged unrelated; or when the summary
# (002) misses its gold rows or quote matches.
set -uo pipefail
bin=$1 fixtures=$2
case_dir="$fixtures/xi-2024-kazakhstan"
score="$(dirname "$0")/../../scripts/score-gold"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
in="$case_dir/input"
"$bin" compare "$in/000_254708b96a3181c4.txt" "$in/001_a9fdb92ff107e12b.txt" --format json -o "$tmp/r.json"
out=$(python3 "$score" "$tmp/r.json" "$case_dir/gold.json")
echo "$out"
fail=0
f1=$(sed -n 's/^score: alignment_f1=\([0-9.]*\).*/\1/p' <<<"$out")
python3 -c "import sys; sys.exit(0 if float('$f1') >= 0.95 else 1)" || { echo "FAIL: alignment f1 $f1 < 0.95"; fail=1; }
recall=$(sed -n 's/^score: .*discrepancy_recall=\([0-9.]*\).*/\1/p' <<<"$out")
alarms=$(sed -n 's/^score: .*false_alarms=\([0-9]*\).*/\1/p' <<<"$out")
python3 -c "import sys; sys.exit(0 if float('$recall') >= 0.9 else 1)" || { echo "FAIL: discrepancy recall $recall < 0.9"; fail=1; }
[ "$alarms" = 0 ] || { echo "FAIL: $alarms false alarms on non-discrepancies"; fail=1; }
grep -q "outside-article paragraphs recognised: 10/10" <<<"$out" || { echo "FAIL: outside-article paragraphs"; fail=1; }
for other in 003_437013d52067c750 004_68f6cba787527639; do
  "$bin" compare "$in/001_a9fdb92ff107e12b.txt" "$in/$other.txt" --format json -o "$tmp/u.json"
  python3 - "$tmp/u.json" "$other" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
st = {x["name"]: x["status"] for x in r["renderings"]}
ok = st[sys.argv[2]] == "unrelated" and st["001_a9fdb92ff107e12b"] == "aligned"
print(("ok" if ok else "FAIL") + f": 001 vs {sys.argv[2]}: {st}")
sys.exit(0 if ok else 1)
PY
done
python3 - "$tmp/r.json" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
bad = [x["name"] for x in r["renderings"] if x["status"] != "aligned"]
print(("FAIL" if bad else "ok") + f": 000 vs 001 unrelated: {bad}")
sys.exit(1 if bad else 0)
PY
"$bin" compare "$in"/*.txt --format json -o "$tmp/all.json"
python3 "$(dirname "$0")/summary_check.py" "$tmp/all.json" "$case_dir/gold.json" || fail=1
[ "$fail" -eq 0 ] && echo "quality: 1 passed, 0 failed" || echo "quality: 0 passed, 1 failed"
exit $fail
