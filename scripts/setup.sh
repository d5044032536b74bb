#!/usr/bin/env bash
# Installs the Debian packages parallax builds and tests with, when missing.
set -euo pipefail
need=(cmake g++ make pkg-config libdtl-dev libutf8proc-dev libicu-dev libstemmer-dev zlib1g-dev libboost-program-options-dev catch2 nlohmann-json3-dev python3
      libgumbo-dev libpoppler-cpp-dev libminizip-dev libexpat1-dev  # inputs: HTML pages, PDF, DOCX (docs/inputs.md)
      nettle-dev  # SHA-256: the HTML report's Content-Security-Policy, stable finding ids
      clang libclang-rt-14-dev)  # clang: the sanitizer build and the libFuzzer targets (scripts/test.sh, fuzz.sh)
[ "$#" -gt 0 ] && need+=("$@")
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
