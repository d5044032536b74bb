#!/usr/bin/env bash
# Builds parallax and runs every test: unit (Catch2), golden, bad input,
# alignment quality, batch, browser — then the same tests but the browser on
# an ASan + UBSan build (clang, build-asan/), then every fuzz target for
# PARALLAX_FUZZ_SECONDS (default 60) on its corpus (scripts/fuzz.sh,
# build-fuzz/). The sanitizer tests and the fuzzers run at low priority (nice).
# PARALLAX_TEST_QUICK=1 runs only the first stage.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# translate-toolkit: the TMX import test reads parallax's TMX with it;
# python3-jsonschema: the json_schema test validates reports with it
# slurm-wlm, munge, parallel: tests/batch/slurm.sh runs a one-node cluster
"$root/scripts/setup.sh" translate-toolkit python3-jsonschema slurm-wlm munge parallel ${PARALLAX_TEST_PACKAGES:-}
start=$SECONDS
stage() { echo "== test.sh: $1 ($((SECONDS - start)) s)"; }

stage "Release build and every test"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build" -j"$(nproc)"
(cd "$root/build" && ctest --output-on-failure -j"$(nproc)")
[ "${PARALLAX_TEST_QUICK:-0}" = 1 ] && exit 0

stage "ASan + UBSan build and every test but the browser and Slurm"
# One clang build serves the sanitizer tests and the fuzz targets
# (PARALLAX_FUZZ implies ASan + UBSan and adds coverage feedback).
# -g1: line tables, so a report names file and line; any finding is fatal.
# The Slurm test runs once, in the Release stage: it tests the schedulers'
# plumbing, and batch_e2e runs the same batch code under the sanitizers.
CXX=clang++ cmake -S "$root" -B "$root/build-asan" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS=-g1 \
    -DPARALLAX_FUZZ=ON >/dev/null
cmake --build "$root/build-asan" -j"$(nproc)"
(cd "$root/build-asan" &&
    PARALLAX_HANG_GUARD=600 PARALLAX_BATCH_SETS=50 ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    nice -n 15 ctest --output-on-failure -j"$(nproc)" -E '^(browser|slurm)$')

stage "fuzzing, ${PARALLAX_FUZZ_SECONDS:-60} s per target"
# The corpus grown here goes to a scratch directory, never into the repository.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/parallax-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
if ! PARALLAX_FUZZ_SCRATCH=$scratch PARALLAX_FUZZ_BUILD="$root/build-asan" "$root/scripts/fuzz.sh" "${PARALLAX_FUZZ_SECONDS:-60}"; then
    # keep the inputs that failed, with their logs: the scratch goes on exit
    kept="$root/build-asan/fuzz-findings"
    rm -rf "$kept" && mkdir -p "$kept" && cp -r "$scratch"/*.artifacts "$scratch"/*.log "$kept"/ 2>/dev/null || true
    echo "test.sh: fuzzing found something; inputs and logs kept in $kept" >&2
    exit 1
fi
stage "done"
