#!/usr/bin/env bash
# Cross-language paragraph alignment (issue 12): King James Version against
# Reina-Valera 1909, paragraphs grouped differently on the two sides, scored
# against verse-level gold; parallax beside a length-only Gale-Church (1993)
# baseline. Prints one table. Measured, never asserted; not part of ctest.
#
#   bench/bible/align.sh              # Matthew and Mark (~200 KB a side)
#   bench/bible/align.sh --whole      # the 66 books (~4 MB a side)
#   bench/bible/align.sh --books Ruth,Jonah
#
# Options: --parallax PATH (default build/parallax, built if missing),
# --scratch DIR (verse files, texts, gold and reports; default
# ${TMPDIR:-/tmp}/parallax-bible, never inside the repository), --band N
# (Gale-Church band half-width; default galechurch.py's), --kjv-every N
# (KJV grouped every N verses per chapter instead of by its paragraph marks:
# a check of the baseline, whose beads fit RV1909's 3-verse grouping when N
# is 3 or 6), --dictionaries (parallax a second time with FreeDict's
# Spanish-English and English-Spanish dictionaries, Debian
# dict-freedict-spa-eng and dict-freedict-eng-spa, installed when root).
# Needs the Debian packages sword-text-kjv, sword-text-sparv, libsword-utils
# (mod2imp), time (GNU time) and python3; installs them when run as root,
# otherwise says which are missing. Details: bench/bible/align.py.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
parallax="" scratch=${TMPDIR:-/tmp}/parallax-bible
pyargs=() dicts=0
while [ $# -gt 0 ]; do
  case "$1" in
    --whole) pyargs+=(--whole) ;;
    --books) pyargs+=(--books "$2"); shift ;;
    --band) pyargs+=(--band "$2"); shift ;;
    --kjv-every) pyargs+=(--kjv-every "$2"); shift ;;
    --dictionaries) dicts=1 ;;
    --parallax) parallax=$2; shift ;;
    --scratch) scratch=$2; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "align.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
. "$root/bench/bible/common.sh"
if [ "$dicts" = 1 ]; then
  bible_packages dict-freedict-spa-eng dict-freedict-eng-spa
  pyargs+=(--dictionary /usr/share/dictd/freedict-spa-eng.index --dictionary /usr/share/dictd/freedict-eng-spa.index)
else
  bible_packages
fi
bible_parallax
bible_extract KJV RV1909

echo "## Bible cross-language paragraph alignment $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo
bible_machine
python3 "$root/bench/bible/align.py" --parallax "$parallax" --scratch "$scratch" "${pyargs[@]}"
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
