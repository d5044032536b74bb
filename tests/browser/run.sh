#!/usr/bin/env bash
# Browser test: renders the seed report (fixtures/xi-2024-kazakhstan 000, 001,
# 002) and the XSS fixture as HTML and drives them in headless Chromium
# (tests/browser/cdp_check.py). Installs Debian's chromium when missing (the
# test runs as root in CI); prints "skipped" and passes only when it cannot.
#   run.sh PARALLAX FIXTURES [SCREENSHOT-DIR]   (report-{1400,390}-{light,dark}.png)
set -uo pipefail
bin=$(realpath "$1") fixtures=$(realpath "$2") shot=${3:-}
here=$(cd "$(dirname "$0")" && pwd)

find_chromium() { command -v chromium || command -v chromium-browser || command -v google-chrome || true; }
chromium=$(find_chromium)
if [ -z "$chromium" ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "installing chromium (apt-get install -y chromium)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/tmp/parallax-chromium-install.log 2>&1 ||
    { apt-get update >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >>/tmp/parallax-chromium-install.log 2>&1; }
  chromium=$(find_chromium)
fi
if [ -z "$chromium" ]; then
  echo "skipped: chromium is not installed and could not be installed"
  exit 0
fi

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
seed="$fixtures/xi-2024-kazakhstan/input"
(cd "$seed" && "$bin" compare 000_254708b96a3181c4.txt 001_a9fdb92ff107e12b.txt 002_48ee3b88d5783a4d.txt --format html -o "$tmp/seed.html")
[ $? -le 1 ] || { echo "FAIL: parallax could not render the seed report"; exit 1; }
(cd "$fixtures/xss/input" && "$bin" compare a.txt b.txt --format html -o "$tmp/xss.html")
[ $? -le 1 ] || { echo "FAIL: parallax could not render the xss report"; exit 1; }

fail=0
timeout 180 python3 "$here/cdp_check.py" "$chromium" seed "$tmp/seed.html" $shot || fail=1
timeout 180 python3 "$here/cdp_check.py" "$chromium" xss "$tmp/xss.html" || fail=1
exit $fail
