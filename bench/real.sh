#!/usr/bin/env bash
# parallax on real article sets: runs `parallax compare` on every case of
# fixtures/cases/*/ and of the shared cases (../shared/cases/*/), scores each
# report against the case's NOTES.md with ../shared/tools/score-notes, and
# prints one line per case and a total. Numbers are printed, never asserted.
#
#   bench/real.sh              # all cases
#   bench/real.sh --verbose    # also score-notes --verbose per case (each note, alarms, unconfirmed findings)
#   bench/real.sh CASE_DIR...  # only these case directories
#
# Options: --parallax PATH (binary; default build/parallax, built with
# `cmake --build build --target parallax` if missing), --keep DIR (keep the
# JSON reports there; default a temporary directory that is removed).
# Environment: PARALLAX_SHARED — the directory holding the shared cases/ and
# tools/ (default: ../shared next to the repository, or next to the main
# worktree when run from a linked git worktree).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
verbose=0 parallax="" keep=""
cases=()
while [ $# -gt 0 ]; do
  case "$1" in
    --verbose|-v) verbose=1 ;;
    --parallax) parallax=$2; shift ;;
    --keep) keep=$2; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "real.sh: unknown option $1" >&2; exit 2 ;;
    *) cases+=("$1") ;;
  esac
  shift
done

shared=${PARALLAX_SHARED:-}
if [ -z "$shared" ]; then
  shared=$(dirname "$root")/shared
  if [ ! -d "$shared" ]; then  # a linked worktree: look next to the main one
    common=$(git -C "$root" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
    [ -n "$common" ] && shared=$(dirname "$(dirname "$common")")/shared
  fi
fi
score="$shared/tools/score-notes"
[ -f "$score" ] || { echo "real.sh: no score-notes at $score (set PARALLAX_SHARED)" >&2; exit 2; }

if [ -z "$parallax" ]; then
  parallax="$root/build/parallax"
  if [ ! -x "$parallax" ]; then
    [ -f "$root/build/CMakeCache.txt" ] || cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null || exit 2
    cmake --build "$root/build" --target parallax >/dev/null || { echo "real.sh: build failed" >&2; exit 2; }
  fi
fi
[ -x "$parallax" ] || { echo "real.sh: no parallax binary at $parallax" >&2; exit 2; }

if [ ${#cases[@]} -eq 0 ]; then
  for d in "$root"/fixtures/cases/*/ "$shared"/cases/*/; do
    [ -f "$d/NOTES.md" ] && cases+=("${d%/}")
  done
fi
[ ${#cases[@]} -gt 0 ] || { echo "real.sh: no cases found" >&2; exit 2; }

if [ -n "$keep" ]; then mkdir -p "$keep"; out=$keep
else out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi

pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else printf "-" }'; }

printf '%-36s %-14s %-14s %-6s %-16s %s\n' case "notes stated" "visible" "h+m" "unconfirmed" "agreement alarms"
tn=0 ts=0 tv=0 thm=0 tu=0 ta=0 nc=0
for c in "${cases[@]}"; do
  name=$(basename "$c")
  files=("$c"/*.txt)
  rep="$out/$name.json"
  "$parallax" compare "${files[@]}" --format json -o "$rep" >/dev/null 2>"$out/$name.err"
  rc=$?
  if [ $rc -ge 2 ] || [ ! -s "$rep" ]; then
    printf '%-36s parallax exit %d: %s\n' "$name" "$rc" "$(head -c 200 "$out/$name.err")"
    continue
  fi
  if [ $verbose = 1 ]; then
    res=$(python3 "$score" "$rep" "$c" --verbose)
  else
    res=$(python3 "$score" "$rep" "$c")
  fi
  line=$(printf '%s\n' "$res" | grep '^notes stated' | tail -1)
  read -r s n v hm u a < <(printf '%s\n' "$line" | sed -E \
    's#^notes stated ([0-9]+)/([0-9]+), visible ([0-9]+)/[0-9]+; high\+medium discrepancies ([0-9]+), unconfirmed ([0-9]+); alarms on agreement notes ([0-9]+).*#\1 \2 \3 \4 \5 \6#')
  if ! [[ "$s" =~ ^[0-9]+$ ]]; then printf '%-36s score-notes: %s\n' "$name" "$res"; continue; fi
  printf '%-36s %-14s %-14s %-6s %-16s %s\n' "$name" "$s/$n ($(pct "$s" "$n"))" "$v/$n ($(pct "$v" "$n"))" \
    "$hm" "$u ($(pct "$u" "$hm"))" "$a"
  if [ $verbose = 1 ]; then printf '%s\n' "$res" | grep -v '^notes stated' | sed 's/^/    /'; fi
  tn=$((tn + n)) ts=$((ts + s)) tv=$((tv + v)) thm=$((thm + hm)) tu=$((tu + u)) ta=$((ta + a)) nc=$((nc + 1))
done
printf '%-36s %-14s %-14s %-6s %-16s %s\n' "TOTAL ($nc cases)" "$ts/$tn ($(pct "$ts" "$tn"))" "$tv/$tn ($(pct "$tv" "$tn"))" \
  "$thm" "$tu ($(pct "$tu" "$thm"))" "$ta"
