#!/usr/bin/env bash
# Hostile input and hostile places, as a table: each row runs one command
# (bash, $P = parallax, $T = a scratch directory) under a time bound (s) and
# a memory bound (MB, peak RSS measured by /usr/bin/time), and wants an exit
# status and a stderr pattern (ERE; "-" = stderr empty). An optional last
# column is a shell test that must hold afterwards. On every row, stderr must
# hold no control character but newline: no file name reaches the terminal
# raw. Rows whose setup the machine does not allow (mknod, mount, another
# user) are skipped and counted.
set -uo pipefail
P=$(realpath "$1")
T=$(mktemp -d); trap 'umount "$T/small" "$T/out-ro/one" 2>/dev/null; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
export P T
chmod 755 "$T"  # another user may enter it; only locked/ is closed
cd "$T" || exit 2

# --- setup -------------------------------------------------------------------
printf 'A paragraph of text.\n' > good.txt
printf 'Exports rose to nearly US$12 billion in 2019.\n' > facts.txt
cp good.txt good2.txt
printf 'A paragraph of text.\n' > victim.txt; cp victim.txt victim.bak
printf 'bad \xff\xfe bytes\n' > invalid.txt
printf 'text\0with nul\n' > binary.txt
: > empty.txt
printf ' \n\n\t\n' > blank.txt
printf '\xe3\x80\x80\xc2\xa0\n\xe2\x80\x83\n' > unicode-blank.txt             # U+3000 U+00A0 U+2003
printf '\xe2\x80\x8b\xe2\x80\x8c\xe2\x80\x8d\xef\xbb\xbf\n' > zero-width.txt   # U+200B..U+200D, U+FEFF
mkdir dir.txt outdir
printf 'ok \xe2\x82 cut\n' > truncated.txt
printf '\xef\xbb\xbfWith a BOM.\r\n\r\nAnd CRLF lines.\r\n' > bom.txt
python3 -c "import sys; sys.stdout.write('word ' * 400000 + '\n')" > huge-line.txt
mkfifo fifo.txt
ln -s loop-b.txt loop-a.txt; ln -s loop-a.txt loop-b.txt
mkdir locked; cp good.txt locked/in.txt; chmod 000 locked
ln -s real.html link.html
ln -s /dev/full full.html
mknod dev-null c 1 3 2>/dev/null && have_mknod=1 || have_mknod=0
mkdir x y; cp good.txt x/same.txt; cp good2.txt y/same.txt
cp good.txt "$(printf 'caf\xe9.txt')"
python3 -c "
import random; random.seed(2)
w='alpha beta gamma delta river stone city market road green'.split()
for i in range(40): print(' '.join(random.choice(w) for _ in range(60)) + '.\n')" > long.txt
sed 's/river/ocean/' long.txt > long2.txt
cp long2.txt "$(printf 'evil\033[31m\033]0;t\007.txt')"
mkdir -p odd-name-sets/s; cp long.txt odd-name-sets/s/; cp long2.txt "odd-name-sets/s/$(printf 'caf\xe9.txt')"
mkdir -p ro-sets/one; cp long.txt long2.txt ro-sets/one/
printf 'fifo\t%s\t%s\n' "$T/good.txt" "$T/fifo.txt" > fifo-entry.tsv
mkfifo manifest-fifo.tsv
printf '{"id": "s", "files": ["%s", "%s"], "base": "nope"}\n' "$T/good.txt" "$T/good2.txt" > base-nope.jsonl
mkdir -p sets/one; cp good.txt good2.txt sets/one/
mkdir not-a-batch; mkdir not-a-batch/photos
mkdir bad-id-sets; mkdir "bad-id-sets/$(printf 'caf\xe9')"; cp good.txt good2.txt "bad-id-sets/$(printf 'caf\xe9')/"
# A small file system to fill, where mounting is allowed.
mkdir small; mount -t tmpfs -o size=64k tmpfs small 2>/dev/null && have_mount=1 || have_mount=0
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"; else as_user=""; fi
export as_user

pass=0 fail=0 skipped=0
row() {  # row NAME STATUS PATTERN SECONDS MB COMMAND [AFTER]
  local name=$1 want=$2 pattern=$3 secs=$4 mb=$5 cmd=$6 after=${7:-}
  local status rss err
  timeout -k 2 "$secs" /usr/bin/time -f %M -o "$T/.rss" bash -c "$cmd" > "$T/.out" 2> "$T/.err"; status=$?
  rss=$(tail -1 "$T/.rss" 2>/dev/null); rss=${rss:-0}
  err=$(cat "$T/.err")
  local why=""
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then why="took over ${secs}s"
  elif [ "$status" -ne "$want" ]; then why="exit status $status, wanted $want"
  elif [ "$pattern" = "-" ] && [ -n "$err" ]; then why="stderr not empty"
  elif [ "$pattern" != "-" ] && ! grep -qE -- "$pattern" <<<"$err"; then why="stderr lacks /$pattern/"
  elif [ "$((rss / 1024))" -gt "$mb" ]; then why="peak memory $((rss / 1024)) MB > $mb MB"
  elif LC_ALL=C grep -q $'[\x01-\x09\x0b-\x1f\x7f]' "$T/.err"; then why="a control character reached stderr"
  elif [ -n "$after" ] && ! bash -c "$after"; then why="afterwards, failed: $after"
  fi
  if [ -z "$why" ]; then pass=$((pass + 1))
  else fail=$((fail + 1)); echo "FAIL: $name: $why"; echo "  command: $cmd"; echo "  stderr: $(head -c 600 "$T/.err" | cat -v)"; fi
}
skip() { skipped=$((skipped + 1)); echo "skipped: $1"; }
no_tmp='[ -z "$(find "$T" -name "*.tmp*" -o -name ".*.parallax-*")" ]'

# --- the table ----------------------------------------------------------------
#   name                          status pattern                                    s   MB  command                                                   afterwards
row "invalid UTF-8"                2 "invalid.txt: invalid UTF-8 at byte offset 4"  5  200 '$P compare good.txt invalid.txt'
row "truncated UTF-8"              2 "truncated.txt: invalid UTF-8 at byte offset 3" 5 200 '$P compare good.txt truncated.txt'
row "NUL byte"                     2 "binary.txt: binary file \(NUL byte at offset 4\)" 5 200 '$P compare binary.txt good.txt'
row "empty file"                   2 "empty.txt: file is empty"                     5  200 '$P compare good.txt empty.txt'
row "ASCII blank file"             2 "blank.txt: file has no text"                  5  200 '$P compare good.txt blank.txt'
row "Unicode blank file"           2 "unicode-blank.txt: file has no text"          5  200 '$P compare good.txt unicode-blank.txt'
row "zero-width file"              2 "zero-width.txt: file has no text"             5  200 '$P compare good.txt zero-width.txt'
row "missing file"                 2 "missing.txt: no such file"                    5  200 '$P compare good.txt missing.txt'
row "directory as input"           2 "dir.txt: is a directory"                      5  200 '$P compare good.txt dir.txt'
row "symlink loop"                 2 "loop-a.txt: cannot open: a symbolic link loop" 5 200 '$P compare good.txt loop-a.txt'
if [ -n "$as_user" ]; then
row "unreachable directory"        2 "in.txt: cannot open: Permission denied"       5  200 '$as_user $P compare $T/good.txt $T/locked/in.txt'
else skip "unreachable directory (needs root to switch user)"; fi
row "FIFO in compare"              2 "fifo.txt: is a named pipe \(FIFO\), not a regular file" 5 200 '$P compare good.txt fifo.txt'
row "FIFO in facts"                2 "fifo.txt: is a named pipe"                    5  200 '$P facts fifo.txt'
row "FIFO as manifest entry"       3 "set fifo failed: .*fifo.txt: is a named pipe" 5  200 '$P batch fifo-entry.tsv -o out-fifo -q'
row "FIFO as manifest"             2 "manifest-fifo.tsv: is a named pipe"           5  200 '$P batch manifest-fifo.tsv -o out-mf -q'
row "/dev/zero as input"           2 "/dev/zero: is a character device"             5  200 '$P compare good.txt /dev/zero'
row "/dev/zero as jsonl stdin"     2 "stdin: line 1 is longer than 1048576 bytes"   10 200 '$P batch --jsonl -q < /dev/zero'
row "one argument"                 2 "at least two files"                           5  200 '$P compare good.txt'
row "unknown format"               2 "unknown format"                               5  200 '$P compare good.txt good.txt --format pdf'
row "unknown command"              2 "unknown command"                              5  200 '$P frobnicate'
row "--list with json"             2 "--list .* cannot be used with --format json"  5  200 '$P compare good.txt good2.txt --list --format json'
row "--lang: 3 for 2 files"        2 "--lang gives 3 languages for 2 files"         5  200 '$P compare good.txt good2.txt --format tmx --lang zh,en,fr'
row "--width 10"                   2 "--width must be a whole number from 20 to 1000" 5 200 '$P compare good.txt good2.txt --width 10'
row "--width 1e8"                  2 "--width must be a whole number from 20 to 1000" 5 200 '$P compare good.txt good2.txt --width 1e8'
row "--width 100000000"            2 "--width must be a whole number from 20 to 1000" 5 200 '$P compare good.txt good2.txt --width 100000000'
row "-j -1"                        2 "-j must be a whole number from 1 to 1024"     5  200 '$P batch --jsonl -j -1 < /dev/null'
row "-j 0"                         2 "-j must be a whole number from 1 to 1024"     5  200 '$P batch sets -o out-j0 -j 0'
row "-j 4294967295"                2 "-j must be a whole number from 1 to 1024"     5  200 '$P batch sets -o out-jhuge -j 4294967295'
row "-j 1024 on one set"           0 "-"                                            20 400 '$P batch sets -o out-j1024 -j 1024 -q'
row "compare > /dev/full"          2 "standard output: cannot write: No space left on device" 5 200 '$P compare good.txt good2.txt > /dev/full'
row "facts > /dev/full"            2 "standard output: cannot write: No space left on device" 5 200 '$P facts facts.txt > /dev/full'
row "jsonl > /dev/full"            2 "standard output: cannot write"                5  200 '$P batch --jsonl -q < base-nope.jsonl > /dev/full'
row "-o an input"                  2 "victim.txt: is the input .*victim.txt; refusing to overwrite it" 5 200 '$P compare good.txt victim.txt -o victim.txt' 'cmp -s victim.txt victim.bak'
row "-o an input via a link"       2 "is the input"                                 5  200 'ln -sf victim.txt alias.txt && $P compare good.txt victim.txt -o alias.txt' 'cmp -s victim.txt victim.bak'
row "-o a directory"               2 "outdir: is a directory"                       5  200 '$P compare good.txt good2.txt -o outdir' "[ -z \"\$(ls -A outdir)\" ] && $no_tmp"
row "-o a symlink"                 0 "-"                                            5  200 '$P compare good.txt good2.txt -o link.html --format html' '[ -L link.html ] && grep -q "<!DOCTYPE html>" real.html'
row "-o /dev/full via a symlink"   2 "full.html: cannot write: No space left on device" 5 200 '$P compare good.txt good2.txt -o full.html' "[ -L full.html ] && $no_tmp"
# The machine's own /dev/null is never named: a regression would replace it
# for every later process. A device node made here is the same case.
if [ "$have_mknod" = 1 ]; then
row "-o a device node"             0 "-"                                            5  200 '$P compare good.txt good2.txt -o dev-null' '[ -c dev-null ]'
else skip "-o a device node (mknod not allowed)"; fi
row "per-set base nope"            3 "set s failed: --base nope: not one of the files compared" 5 200 '$P batch base-nope.jsonl -o out-base -q'
row "compare --base nope"          2 "--base nope: not one of the files compared"   5  200 '$P compare good.txt good2.txt --base nope'
row "ambiguous --base"             2 "--base same: ambiguous: .*x/same.txt and of .*y/same.txt" 5 200 '$P compare x/same.txt y/same.txt --base same'
row "unambiguous --base path"      0 "-"                                            5  200 '$P compare x/same.txt y/same.txt --base y/same.txt'
row "--base by another path"      0 "-"                                            5  200 '$P compare x/same.txt y/same.txt --base ./y/../y/same.txt' 'grep -q "\[1\] same ([a-zA-Z-]*): aligned, base" .out'
row "--base by file name"          0 "-"                                            5  200 '$P compare x/same.txt good.txt --base same.txt' 'grep -q "\[0\] same ([a-zA-Z-]*): aligned, base" .out'
row "name not UTF-8: json"         0 "-"                                            5  200 '$P compare good.txt caf*.txt --format json' 'python3 -c "import json; j=json.load(open(\"$T/.out\")); assert j[\"renderings\"][1][\"path\"] == \"caf\\\\xe9.txt\", j[\"renderings\"][1][\"path\"]"'
row "name not UTF-8: tmx"          0 "-"                                            5  200 '$P compare good.txt caf*.txt --format tmx' 'python3 -c "import xml.dom.minidom as m; m.parse(\"$T/.out\")"'
row "name not UTF-8: set id"       2 "set id 'caf\\\\xe9' is not valid UTF-8"       5  200 '$P batch bad-id-sets -o out-badid -q'
row "escapes in a name: error"     2 "evil\\\\x1b\[31m\\\\x1b\]0;t\\\\x07\.txtx: no such file" 5 200 '$P compare good.txt "$(printf "evil\033[31m\033]0;t\007.txt")x"'
row "escapes in a name: --list"    1 "-"                                            5  200 '$P compare long.txt "$(printf "evil\033[31m\033]0;t\007.txt")" --list' '! grep -q $'"'"'\x1b'"'"' .out'
row "newline in a name"            2 "^parallax: a\\\\nb.txt:1:1: forged: no such file$" 5 200 '$P compare good.txt "$(printf "a\nb.txt:1:1: forged")"'
row "--shard auto, no scheduler"   2 "--shard auto: none of SLURM_ARRAY_TASK_ID .* give --shard K/N" 5 200 'env -u SLURM_ARRAY_TASK_ID -u JOB_COMPLETION_INDEX -u PARALLEL_SEQ $P batch sets -o out-auto --shard auto' '[ ! -e out-auto ]'
row "--shard auto, k8s without N"  2 "JOB_COMPLETION_INDEX gives no shard count: give --shard-count N or set PARALLAX_SHARD_COUNT" 5 200 'env -u SLURM_ARRAY_TASK_ID -u PARALLEL_SEQ -u PARALLAX_SHARD_COUNT JOB_COMPLETION_INDEX=0 $P batch sets -o out-auto --shard auto'
row "--shard 4/4 --shard-base 0"   2 "expected K/N with 0 <= K <= N-1 \\(--shard-base 0\\), got '4/4'" 5 200 '$P batch sets -o out-auto --shard 4/4 --shard-base 0'
row "--shard-count with K/N"       2 "--shard-count goes with --shard auto"         5  200 '$P batch sets -o out-auto --shard 1/4 --shard-count 4'
row "--differ-exit 2"              2 "--differ-exit must be a whole number from 0 to 1" 5 200 '$P batch sets -o out-auto --differ-exit 2'
row "--line-offset without --jsonl" 2 "--line-offset goes with --jsonl"             5  200 '$P batch sets -o out-auto --line-offset 5'
row "batch-index, not a batch"     2 "not-a-batch: not a batch output"              5  200 '$P batch-index not-a-batch' '[ ! -e not-a-batch/index.json ] && [ ! -e not-a-batch/index.html ]'
row "index.html has a CSP"         0 "-"                                            10 200 '$P batch sets -o out-csp -q' "grep -q \"Content-Security-Policy\\\" content=\\\"default-src 'none'\" out-csp/index.html"
row "--resume removes leftovers"   0 "-"                                            10 200 'touch out-csp/one/report.html.tmp4711 out-csp/one/.report.json.parallax-0badf00d.tmp out-csp/index.json.tmp99 && $P batch sets -o out-csp -q --resume' "$no_tmp"
row "stale summary"                3 "set one failed: .*summary.json: stale: .*good.txt changed" 10 200 'touch -d "+1 hour" sets/one/good.txt && $P batch-index out-csp' 'grep -q "\"error\": 1" out-csp/index.json'
row "name not UTF-8: batch"        1 "-"                                            10 200 '$P batch odd-name-sets -o out-odd -q' 'grep -q "caf\\\\\\\\xe9.txt" out-odd/s/summary.json'
row "name not UTF-8: --resume"     1 "1 skipped"                                    10 200 '$P batch odd-name-sets -o out-odd --resume'
if [ "$have_mount" = 1 ] && $P batch ro-sets -o out-ro -q; [ "$have_mount" = 1 ] && mount --bind out-ro/one out-ro/one 2>/dev/null && mount -o remount,ro,bind out-ro/one 2>/dev/null; then
row "read-only set folder"         3 "set one failed: .*summary.json: cannot remove the summary of an earlier run: Read-only file system" 10 200 'sed -i s/river/brook/ ro-sets/one/long.txt && $P batch ro-sets -o out-ro -q'
row "read-only: index not fooled"  3 "set one failed: .*stale: .*long.txt changed" 10 200 '$P batch-index out-ro'
umount out-ro/one
else skip "read-only set folder (a read-only bind mount not allowed)"; fi
if [ "$have_mount" = 1 ]; then
row "full disk: sets named"        3 "set one failed: .*report.html: cannot write: No space left on device" 20 300 'cp long.txt long2.txt sets/one/ && $P batch sets -o small/out -q --format html,json,text,csv' "$no_tmp"
else skip "full disk (mounting a small tmpfs not allowed)"; fi
row "BOM and CRLF accepted"        0 "-"                                            5  200 '$P compare bom.txt bom.txt --format json' 'python3 -c "import json; p=json.load(open(\"$T/.out\"))[\"renderings\"][0][\"paragraphs\"]; assert p[0][\"text\"]==\"With a BOM.\" and p[0][\"start\"]==3"'
row "one 2 MB line accepted"       1 "-"                                            30 500 '$P compare huge-line.txt good.txt'

echo "bad input: $pass passed, $fail failed, $skipped skipped"
[ "$fail" -eq 0 ]
