#!/usr/bin/env bash
# scripts/run-seeds.sh, the README's first command, with a stand-in cmake on
# PATH (the real build is ctest's own): its build progress reaches stderr,
# stdout is the text report, the closing lines say where the command is and
# how to install it, and both report files are written.
#   run_seeds.sh PARALLAX SOURCE_DIR
set -uo pipefail
bin=$(realpath "$1") src=$(realpath "$2")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/fake" "$tmp/build" "$tmp/out"
ln -s "$bin" "$tmp/build/parallax"
cat > "$tmp/fake/cmake" <<'FAKE'
#!/bin/sh
case "$*" in *--build*) echo "[ 50%] Building CXX object stand-in.o"; echo "[100%] Built target parallax" ;; esac
FAKE
chmod +x "$tmp/fake/cmake"
(cd "$tmp/out" && PATH="$tmp/fake:$PATH" PARALLAX_SKIP_SETUP=1 PARALLAX_BUILD_DIR="$tmp/build" "$src/scripts/run-seeds.sh" >"$tmp/stdout" 2>"$tmp/stderr")
status=$?
fails=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fails=$((fails + 1)); fi; }
check "run-seeds.sh succeeds (status $status)" "[ $status = 0 ]"
check "the build's progress is shown on stderr" "grep -q '^\[ 50%\] Building' '$tmp/stderr' && grep -q 'Built target parallax' '$tmp/stderr'"
check "stderr says where the command is and how to install it" \
  "grep -qF 'the command is $tmp/build/parallax' '$tmp/stderr' && grep -qF 'cmake --install $tmp/build' '$tmp/stderr'"
check "stdout is the text report, without build lines" "grep -q 'discrepanc' '$tmp/stdout' && ! grep -q 'Built target' '$tmp/stdout'"
check "report.html and report.json are written" "[ -s '$tmp/out/report.html' ] && [ -s '$tmp/out/report.json' ]"
[ "$fails" = 0 ]
