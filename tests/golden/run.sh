#!/usr/bin/env bash
# Golden end-to-end test: for each fixtures/<case>/jobs line "NAME FILE...",
# runs `parallax compare FILE...` inside the case's input/ directory in text
# and JSON and compares byte for byte with expected/NAME.{txt,json}.
# Update expectations with tests/golden/approve.sh.
set -uo pipefail
bin=$(realpath "$1") fixtures=$(realpath "$2") mode=${3:-check}
fail=0 count=0
for jobs in "$fixtures"/*/jobs; do
  case_dir=$(dirname "$jobs")
  mkdir -p "$case_dir/expected"
  while read -r name files; do
    [ -z "$name" ] || [ "${name:0:1}" = "#" ] && continue
    for fmt in txt json; do
      format=$([ "$fmt" = txt ] && echo text || echo json)
      got=$(cd "$case_dir/input" && "$bin" compare $files --format "$format" --color never 2>&1; echo "exit $?")
      want="$case_dir/expected/$name.$fmt"
      count=$((count + 1))
      if [ "$mode" = approve ]; then
        printf '%s\n' "$got" > "$want"
      elif ! diff -u "$want" <(printf '%s\n' "$got") > /tmp/golden.$$ 2>&1; then
        echo "FAIL: $(basename "$case_dir")/$name.$fmt differs:"; head -40 /tmp/golden.$$; fail=$((fail + 1))
      fi
    done
  done < "$jobs"
done
rm -f /tmp/golden.$$
[ "$mode" = approve ] && { echo "approved $count outputs"; exit 0; }
echo "golden: $((count - fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
