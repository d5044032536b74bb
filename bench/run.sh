#!/usr/bin/env bash
# parallax speed and scale, side by side with git word-diff, dwdiff, wdiff
# and a Python difflib script. One command:
#
#   bench/run.sh            # full: 2 KB .. 20 MB pairs, 5 repeats, pathological inputs
#   bench/run.sh --quick    # pairs up to 2 MB, 3 repeats, no pathological inputs
#
# Options: --scratch DIR (inputs and outputs; default ${TMPDIR:-/tmp}/parallax-bench,
# never inside the repository), --json FILE (raw results), --no-build (use
# an existing build-bench/parallax), --timeout SECONDS (per run, default 120).
# Installs the Debian packages it needs (root), builds parallax in Release in
# build-bench/, generates the inputs deterministically (bench/generate.py,
# reused while the generator is unchanged), and prints the tables.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
quick=0 build=1 timeout=120
scratch=${TMPDIR:-/tmp}/parallax-bench
json=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --no-build) build=0 ;;
    --scratch) scratch=$2; shift ;;
    --json) json=$2; shift ;;
    --timeout) timeout=$2; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# Packages: the build's own (scripts/setup.sh) plus the peers and GNU time.
"$root/scripts/setup.sh" git dwdiff wdiff time python3

bin="$root/build-bench/parallax"
if [ "$build" = 1 ]; then
  cmake -S "$root" -B "$root/build-bench" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/build-bench" -j"$(nproc)" --target parallax >/dev/null
fi
[ -x "$bin" ] || { echo "run.sh: no parallax binary at $bin" >&2; exit 2; }

if [ "$quick" = 1 ]; then sizes=2K,20K,200K,2M repeats=3 patho=""
else sizes=2K,20K,200K,2M,20M repeats=5 patho="--patho"
fi

mkdir -p "$scratch"
stamp=$(cat "$root/bench/generate.py" | sha256sum | cut -c1-16)
if [ "$(cat "$scratch/.stamp-pairs-$sizes" 2>/dev/null)" != "$stamp" ]; then
  echo "generating pairs $sizes in $scratch" >&2
  python3 "$root/bench/generate.py" pairs "$scratch" --sizes "$sizes"
  echo "$stamp" > "$scratch/.stamp-pairs-$sizes"
fi
if [ -n "$patho" ] && [ "$(cat "$scratch/.stamp-patho" 2>/dev/null)" != "$stamp" ]; then
  echo "generating pathological inputs in $scratch" >&2
  python3 "$root/bench/generate.py" patho "$scratch"
  echo "$stamp" > "$scratch/.stamp-patho"
fi

# A half-built or broken engine must not be timed: it has to handle the smallest pair.
set +e
"$bin" compare "$scratch/2K.A.txt" "$scratch/2K.B.txt" --format json -o "$scratch/.sanity.json" 2>"$scratch/.sanity.err"
rc=$?
set -e
if [ "$rc" -gt 1 ]; then
  echo "run.sh: $bin fails on the 2K pair (exit $rc): $(head -c 300 "$scratch/.sanity.err")" >&2
  exit 2
fi

echo "## parallax benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo
echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(free -g | awk '/^Mem:/{print $2}') GiB RAM, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- parallax $("$bin" --version 2>/dev/null | head -1), git $(git --version | cut -d' ' -f3), $(dwdiff --version 2>/dev/null | head -1), $(wdiff --version 2>/dev/null | head -1), python $(python3 -c 'import platform; print(platform.python_version())')"
echo "- repeats: $repeats after one warm-up (fewer when one run takes > 10 s; n in the tables), timeout ${timeout} s per run"
args=(--parallax "$bin" --scratch "$scratch" --sizes "$sizes" --repeats "$repeats" --timeout "$timeout")
[ -n "$patho" ] && args+=("$patho")
[ -n "$json" ] && args+=(--json "$json")
python3 "$root/bench/bench.py" "${args[@]}"
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
