#!/usr/bin/env bash
# Rewrites the golden expectations from the current build. Review the diff
# (git diff fixtures/) before committing: approving is a claim it is right.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cmake --build "$root/build" --target parallax >/dev/null
"$root/tests/golden/run.sh" "$root/build/parallax" "$root/fixtures" approve
