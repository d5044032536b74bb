#!/usr/bin/env bash
# Speed against git's word diff (issue 13) on two real renderings of one
# long text: King James Version and World English Bible, 4 verses to a
# paragraph, slices of ~200 KB and ~2 MB a side and the whole text.
# Prints medians, parallax/git, parallax's peak RSS and growth per 10x.
# Measured, never asserted; not part of ctest.
#
#   bench/bible/speed.sh              # 200K, 2M, whole; 5 rounds after a warm-up
#   bench/bible/speed.sh --quick      # 200K and 2M only
#
# Options: --parallax PATH (default build/parallax, built if missing),
# --repeats N (rounds, default 5), --scratch DIR (default
# ${TMPDIR:-/tmp}/parallax-bible, never inside the repository), --json FILE
# (raw times), --timeout SECONDS (per run, default 300), --formats LIST
# (other report formats timed once per slice, default text,html,csv,list;
# '' for none: every renderer must stay linear, not only JSON's).
# Needs the Debian packages sword-text-kjv, sword-text-web, libsword-utils
# (mod2imp), time (GNU time), git and python3; installs them when run as
# root, otherwise says which are missing. Details: bench/bible/speed.py.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
parallax="" scratch=${TMPDIR:-/tmp}/parallax-bible
pyargs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) pyargs+=(--sizes 200K,2M) ;;
    --repeats) pyargs+=(--repeats "$2"); shift ;;
    --timeout) pyargs+=(--timeout "$2"); shift ;;
    --json) pyargs+=(--json "$2"); shift ;;
    --formats) pyargs+=(--formats "$2"); shift ;;
    --parallax) parallax=$2; shift ;;
    --scratch) scratch=$2; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "speed.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
. "$root/bench/bible/common.sh"
bible_packages
bible_parallax
bible_extract KJV WEB

echo "## Bible speed: parallax against git word-diff $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo
bible_machine
python3 "$root/bench/bible/speed.py" --parallax "$parallax" --scratch "$scratch" "${pyargs[@]}"
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
