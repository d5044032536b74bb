#!/usr/bin/env bash
# The command line, parsed once per command: each command's --help shows its
# own options (and not another command's), and --version and the top-level
# help work.
set -uo pipefail
bin=$1
pass=0 fail=0
check() {  # check NAME WANT-PATTERN NOT-PATTERN ARGS...
  local name=$1 want=$2 not=$3; shift 3
  local out status
  out=$("$bin" "$@" 2>&1); status=$?
  if [ "$status" -eq 0 ] && grep -qE -- "$want" <<<"$out" && { [ -z "$not" ] || ! grep -qE -- "$not" <<<"$out"; }; then pass=$((pass + 1))
  else fail=$((fail + 1)); echo "FAIL: $name (status $status): $(head -5 <<<"$out")"; fi
}
check "parallax --help"             "parallax COMMAND --help"   ""                --help
check "parallax --version"          "^parallax [0-9]"           ""                --version
check "compare --help"              "--width"                   "--shard|--resume"  compare --help
check "compare --help: jobs"        "--jobs"                    ""                compare --help
check "compare --help: lang"        "--lang"                    ""                compare --help
check "facts --help"                "usage: parallax facts"     "--width|--jobs"  facts --help
check "batch --help"                "--jobs"                    "--width|--list"  batch --help
check "batch --help: formats"       "text, csv,"                ""               batch --help
check "batch-index --help"          "usage: parallax batch-index" "--jobs|--width" batch-index --help
check "batch --help: exit statuses" "3 some sets failed"        ""               batch --help
check "batch --help: scheduler"     "--differ-exit.*--line-offset|--shard-count" "" batch --help
check "batch-index --help: partial" "--partial"                 "--shard"        batch-index --help
check "parallax --help: exit 3"     "batch also 3"              ""               --help
echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
