#!/usr/bin/env bash
# Bad input: each case must exit 2 with one message naming the file and the
# problem, and never crash.
set -uo pipefail
bin=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
good="$tmp/good.txt"; printf 'A paragraph of text.\n' > "$good"
printf 'bad \xff\xfe bytes\n' > "$tmp/invalid.txt"
printf 'text\0with nul\n' > "$tmp/binary.txt"
: > "$tmp/empty.txt"
printf ' \n\n\t\n' > "$tmp/blank.txt"
mkdir "$tmp/dir.txt"
printf 'ok \xe2\x82 cut\n' > "$tmp/truncated.txt"
printf '\xef\xbb\xbfWith a BOM.\r\n\r\nAnd CRLF lines.\r\n' > "$tmp/bom.txt"
python3 -c "import sys; sys.stdout.write('word ' * 400000 + '\n')" > "$tmp/huge-line.txt"
pass=0 fail=0
expect() {  # expect STATUS PATTERN ARGS...
  local want=$1 pattern=$2; shift 2
  local err status
  err=$("$bin" "$@" 2>&1 >/dev/null); status=$?
  if [ "$status" -eq "$want" ] && grep -qE -- "$pattern" <<<"$err"; then pass=$((pass + 1))
  else fail=$((fail + 1)); echo "FAIL: parallax $* -> status $status, stderr: $err (wanted $want and /$pattern/)"; fi
}
expect 2 "invalid.txt: invalid UTF-8 at byte offset 4" compare "$good" "$tmp/invalid.txt"
expect 2 "truncated.txt: invalid UTF-8 at byte offset 3" compare "$good" "$tmp/truncated.txt"
expect 2 "binary.txt: binary file \(NUL byte at offset 4\)" compare "$tmp/binary.txt" "$good"
expect 2 "empty.txt: file is empty" compare "$good" "$tmp/empty.txt"
expect 2 "blank.txt: file has no text" compare "$good" "$tmp/blank.txt"
expect 2 "missing.txt: no such file" compare "$good" "$tmp/missing.txt"
expect 2 "dir.txt: is a directory" compare "$good" "$tmp/dir.txt"
expect 2 "at least two files" compare "$good"
expect 2 "unknown format" compare "$good" "$good" --format pdf
expect 2 "unknown command" frobnicate
# Good but odd input is accepted: a BOM with CRLF, and one 2 MB line.
"$bin" compare "$tmp/bom.txt" "$tmp/bom.txt" --format json > "$tmp/bom.json"; s=$?
if [ "$s" -le 1 ] && python3 -c "import json,sys; r=json.load(open('$tmp/bom.json')); p=r['renderings'][0]['paragraphs']; sys.exit(0 if p[0]['text']=='With a BOM.' and p[0]['start']==3 else 1)"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: BOM/CRLF file"; fi
"$bin" compare "$tmp/huge-line.txt" "$good" > /dev/null 2>&1; s=$?
if [ "$s" -le 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: huge line gave status $s"; fi
echo "bad input: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
