#!/usr/bin/env bash
# The text report on a terminal (docs/report.md, "On a terminal"): run under
# a pseudo-terminal (script(1), util-linux) it goes through $PAGER (here a
# script that leaves a marker), not with --no-pager, not when stdout is a
# pipe, not for JSON; NO_COLOR and TERM=dumb turn colour off. --list columns
# are byte columns: vim -q with %f:%l:%c:%m lands on the span after curly
# quotes, as checked in vim itself when it is installed.
set -uo pipefail
P=$(realpath "$1")
# the terminal this test stands for, whatever CI's environment says
export TERM=xterm-256color; unset LESS NO_COLOR PAGER
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2
pass=0 fail=0
check() {  # check NAME COMMAND...
  local name=$1; shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}
# a line with curly quotes (3 bytes each) before the figure that differs
printf 'The minister said \xe2\x80\x9cwe will build \xe2\x80\x98more\xe2\x80\x99 roads\xe2\x80\x9d and exports rose to 120 million dollars in 2019.\n' > a.txt
printf 'The minister said \xe2\x80\x9cwe will build \xe2\x80\x98more\xe2\x80\x99 roads\xe2\x80\x9d and exports rose to 150 million dollars in 2019.\n' > b.txt
printf '#!/bin/sh\ncat > "%s/paged.txt"\necho "LESS=$LESS" > "%s/pager-ran"\n' "$T" "$T" > pager.sh; chmod +x pager.sh
on_tty() { script -qec "$*" /dev/null; }  # stdout a terminal; the command's status

# --- the pager ---
PAGER=$T/pager.sh on_tty "$P compare a.txt b.txt" > tty.out; s=$?
check "pager: exit status kept ($s)" [ "$s" -eq 1 ]
check "pager: ran" [ -f pager-ran ]
check "pager: got the report" grep -q "2 renderings, 1 row, 1 discrepancy\|discrepanc" paged.txt
check "pager: LESS=FRX set for it" grep -qx "LESS=FRX" pager-ran
check "pager: nothing written past it" [ ! -s tty.out ]
rm -f pager-ran paged.txt
PAGER=$T/pager.sh on_tty "$P compare a.txt b.txt --no-pager" > tty.out
check "--no-pager: no pager" [ ! -f pager-ran ]
check "--no-pager: the report on the terminal" grep -q "figure differs" tty.out
PAGER=$T/pager.sh "$P" compare a.txt b.txt > pipe.out
check "pipe: no pager" [ ! -f pager-ran ]
PAGER=$T/pager.sh on_tty "$P compare a.txt b.txt --format json" > /dev/null
check "json on a terminal: no pager" [ ! -f pager-ran ]
PAGER=$T/pager.sh on_tty "$P compare a.txt b.txt -o report.txt" > /dev/null
check "-o FILE: no pager" [ ! -f pager-ran ]
PAGER=$T/pager.sh TERM=dumb on_tty "$P compare a.txt b.txt" > /dev/null
check "TERM=dumb: no pager" [ ! -f pager-ran ]

# --- colour ---
esc=$'\e['
PAGER=cat on_tty "$P compare a.txt b.txt" > c.out
check "terminal: colour" grep -qF "$esc" c.out
PAGER=cat NO_COLOR=1 on_tty "$P compare a.txt b.txt" > c.out
check "NO_COLOR=1: no colour" bash -c "! grep -qF '$esc' c.out"
PAGER=cat NO_COLOR= on_tty "$P compare a.txt b.txt" > c.out
check "NO_COLOR empty: colour (no-color.org)" grep -qF "$esc" c.out
PAGER=cat TERM=dumb on_tty "$P compare a.txt b.txt" > c.out
check "TERM=dumb: no colour" bash -c "! grep -qF '$esc' c.out"
PAGER=cat NO_COLOR=1 on_tty "$P compare a.txt b.txt --color always" > c.out
check "--color always wins over NO_COLOR" grep -qF "$esc" c.out

# --- --list: byte columns, one line per rendering ---
"$P" compare a.txt b.txt --list > errors.txt
col=$(python3 -c "import sys; print(open('a.txt','rb').read().index(b'120 million') + 1)")
check "--list: a.txt column is the byte column ($col)" grep -q "^a.txt:1:$col: high: figure:" errors.txt
check "--list: the figure in b.txt too" grep -q "^b.txt:1:$col: high: figure:" errors.txt
if command -v vim > /dev/null; then
  vim -es -N -u NONE -i NONE -c 'set errorformat=%f:%l:%c:%m' -c 'cfile errors.txt' -c 'cfirst' -c 'redir! > at.txt' \
      -c 'echo expand("%:t") line(".") getline(".")[col(".")-1:]' -c 'redir END' -c 'qa!' < /dev/null > /dev/null 2>&1
  check "vim -q: the cursor on the figure ($(tr -d '\n' < at.txt))" grep -q "^a.txt 1 120 million dollars" at.txt
else
  echo "skipped: vim not installed"
fi

echo "terminal: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
