#!/usr/bin/env bash
# One verdict for compare and batch: two identical files holding one paragraph
# too long to word-diff are not "agree" — compare says "not word-diffed" and
# exits 1, and batch says the set is incomplete and exits the same way.
set -uo pipefail
bin=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir -p "$tmp/in/long"
python3 -c "
import random
random.seed(1)
w = ['alpha', 'beta', 'gamma', 'delta', 'river', 'stone', 'city', 'market', 'road', 'green']
print(' '.join(random.choice(w) for _ in range(22000)) + '.')" > "$tmp/in/long/a.txt"
cp "$tmp/in/long/a.txt" "$tmp/in/long/b.txt"

out=$("$bin" compare "$tmp/in/long/a.txt" "$tmp/in/long/b.txt" --color never); rc=$?
[ "$rc" -eq 1 ] || fail "compare exit status $rc, expected 1"
grep -q "not word-diffed" <<<"$out" || fail "compare gave no 'not word-diffed' note: $out"

"$bin" batch "$tmp/in" -o "$tmp/out" --quiet; rc=$?
[ "$rc" -eq 1 ] || fail "batch exit status $rc, expected 1 like compare"
grep -q '"status":"incomplete"' "$tmp/out/long/summary.json" || fail "batch summary: $(cat "$tmp/out/long/summary.json")"
grep -q '"incomplete":1' <(tr -d ' \n' < "$tmp/out/index.json") || fail "index totals: $(cat "$tmp/out/index.json")"

"$bin" batch-index "$tmp/out"; rc=$?
[ "$rc" -eq 1 ] || fail "batch-index exit status $rc, expected 1"

printf '{"id": "long", "files": ["%s", "%s"]}\n' "$tmp/in/long/a.txt" "$tmp/in/long/b.txt" |
  "$bin" batch --jsonl --quiet > "$tmp/stream.jsonl"; rc=$?
[ "$rc" -eq 1 ] || fail "batch --jsonl exit status $rc, expected 1"
grep -q '"status":"incomplete"' "$tmp/stream.jsonl" || fail "--jsonl result: $(head -c 300 "$tmp/stream.jsonl")"
echo "verdict: ok"
