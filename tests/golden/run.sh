#!/usr/bin/env bash
# Golden end-to-end test: for each fixtures/<case>/jobs line "NAME FILE...",
# runs `parallax compare FILE...` inside the case's input/ directory once per
# output below and compares byte for byte with expected/NAME.<suffix>.
# Update expectations with tests/golden/approve.sh.
set -uo pipefail
bin=$(realpath "$1") fixtures=$(realpath "$2") mode=${3:-check}
# suffix and the options that make it: every format, and both text layouts
# besides the default one (the discrepancy list, side by side in 100 columns).
outputs=(
  "txt|--format text"
  "json|--format json"
  "html|--format html"
  "csv|--format csv"
  "tmx|--format tmx"
  "list.txt|--format text --list"
  "w100.txt|--format text --width 100"
)
fail=0 count=0
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
for jobs in "$fixtures"/*/jobs; do
  case_dir=$(dirname "$jobs")
  mkdir -p "$case_dir/expected"
  while read -r name files; do
    [ -z "$name" ] || [ "${name:0:1}" = "#" ] && continue
    for out in "${outputs[@]}"; do
      suffix=${out%%|*} opts=${out#*|}
      got=$(cd "$case_dir/input" && "$bin" compare $files $opts --color never 2>&1; echo "exit $?")
      want="$case_dir/expected/$name.$suffix"
      count=$((count + 1))
      if [ "$mode" = approve ]; then
        printf '%s\n' "$got" > "$want"
      elif ! diff -u "$want" <(printf '%s\n' "$got") > "$tmp" 2>&1; then
        echo "FAIL: $(basename "$case_dir")/$name.$suffix differs:"; head -40 "$tmp"; fail=$((fail + 1))
      fi
    done
  done < "$jobs"
done
[ "$mode" = approve ] && { echo "approved $count outputs"; exit 0; }
echo "golden: $((count - fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
