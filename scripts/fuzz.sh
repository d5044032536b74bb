#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz and runs
# each for SECONDS (default 60) on its checked-in corpus, two at a time, at
# low priority. New inputs the fuzzer finds go to a scratch directory, never
# into the repository. Exits non-zero if any target finds a crash, leak,
# timeout or out-of-memory; prints runs, execs/s and coverage per target.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   targets: read facts compare batch
#   scripts/fuzz.sh --merge [TARGET...]     minimise the corpus grown by the
#                                           last run into tests/fuzz/corpus/
#
# PARALLAX_FUZZ_SCRATCH (default: a fresh temporary directory) keeps the
# grown corpus, crash artifacts and logs; PARALLAX_FUZZ_BUILD names a build
# directory configured with -DPARALLAX_FUZZ=ON to use instead of build-fuzz.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
all_targets=(read facts compare batch)
merge=0
if [ "${1:-}" = "--merge" ]; then merge=1; shift; fi
seconds=60
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds=$1; shift; fi
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=("${all_targets[@]}")

# Largest input per target: room for the seed files, small enough that one
# input runs in well under a second.
max_len() {
    case $1 in
        read) echo 8192 ;; facts) echo 4096 ;; compare) echo 12288 ;; batch) echo 2048 ;;
    esac
}

# PARALLAX_FUZZ_BUILD: an existing -DPARALLAX_FUZZ=ON build to reuse (the
# test command's sanitizer build is one), so CI compiles with clang once.
build=${PARALLAX_FUZZ_BUILD:-$root/build-fuzz}
if [ -z "${PARALLAX_FUZZ_BUILD:-}" ]; then
    CXX=${PARALLAX_FUZZ_CXX:-clang++} cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPARALLAX_FUZZ=ON -DPARALLAX_TESTS=OFF >/dev/null
fi
cmake --build "$build" -j2 --target $(printf 'fuzz_%s ' "${targets[@]}") >/dev/null

scratch=${PARALLAX_FUZZ_SCRATCH:-$(mktemp -d "${TMPDIR:-/tmp}/parallax-fuzz.XXXXXX")}
mkdir -p "$scratch"

if [ "$merge" = 1 ]; then
    for t in "${targets[@]}"; do
        corpus="$root/tests/fuzz/corpus/$t"
        merged="$scratch/$t.merged"
        rm -rf "$merged" && mkdir -p "$merged"
        nice -n 15 "$build/tests/fuzz/fuzz_$t" -merge=1 -max_len="$(max_len "$t")" -timeout=30 \
            "$merged" "$corpus" "$scratch/$t.corpus" >"$scratch/$t.merge.log" 2>&1
        rm -rf "$corpus" && mv "$merged" "$corpus"
        echo "$t: $(ls "$corpus" | wc -l) inputs, $(du -sk "$corpus" | cut -f1) KB"
    done
    exit 0
fi

run_one() {
    local t=$1
    mkdir -p "$scratch/$t.corpus" "$scratch/$t.artifacts"
    # The scratch directory comes first: libFuzzer writes new inputs there only.
    nice -n 15 "$build/tests/fuzz/fuzz_$t" "$scratch/$t.corpus" "$root/tests/fuzz/corpus/$t" \
        -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=30 -rss_limit_mb=2560 \
        -artifact_prefix="$scratch/$t.artifacts/" -print_final_stats=1 >"$scratch/$t.log" 2>&1
}

summary() {
    local t=$1 rc=$2 log="$scratch/$t.log"
    local runs speed cov ft
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    local found
    found=$(ls "$scratch/$t.artifacts" 2>/dev/null | wc -l)
    printf 'fuzz %-8s %s s  runs %s  exec/s %s  cov %s  ft %s  findings %s\n' \
        "$t" "$seconds" "${runs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$found"
    if [ "$rc" -ne 0 ] || [ "$found" -ne 0 ]; then
        echo "fuzz $t: FAILED (exit $rc); log and inputs in $scratch" >&2
        grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz invariant failed|.*runtime error)' "$log" | head -5 >&2 || true
        ls "$scratch/$t.artifacts" >&2
        return 1
    fi
}

status=0
# Two at a time: the machine has other work to do.
for ((i = 0; i < ${#targets[@]}; i += 2)); do
    pids=()
    for t in "${targets[@]:i:2}"; do
        run_one "$t" & pids+=("$!")
    done
    j=0
    for t in "${targets[@]:i:2}"; do
        rc=0
        wait "${pids[$j]}" || rc=$?
        summary "$t" "$rc" || status=1
        j=$((j + 1))
    done
done
echo "fuzz: grown corpus and logs in $scratch"
exit $status
