#!/usr/bin/env bash
# `parallax facts FILE`: parsed figures and names, one per line with
# FILE:LINE:COL, and JSON that parses; bad input exits 2.
set -uo pipefail
bin=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/in.txt" <<'TXT'
Heading

Exports rose to nearly US$12 billion in 2019, said Dr. Maria Lopez.
Forty-one ships arrived.
TXT
out=$(cd "$tmp" && "$bin" facts in.txt); status=$?
pass=0 fail=0
check() { if grep -qF -- "$1" <<<"$out"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: missing line: $1"; fi; }
[ "$status" -eq 0 ] || { echo "FAIL: status $status"; fail=$((fail + 1)); }
check "in.txt:3:17: figure money 12000000000 USD (approximate): nearly US\$12 billion"
check "in.txt:3:41: figure year 2019: 2019"
check "in.txt:3:52: honorific_name: Dr. Maria Lopez"
check "in.txt:4:1: figure count 41 [ships]: Forty-one"
(cd "$tmp" && "$bin" facts in.txt --format json) | python3 -c "import json,sys; j=json.load(sys.stdin); sys.exit(0 if j['figures'][0]['value']==12e9 and j['figures'][0]['unit']=='USD' else 1)" \
  && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: JSON"; }
"$bin" facts "$tmp/missing.txt" 2>/dev/null; [ $? -eq 2 ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: missing file status"; }
echo "facts command: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
