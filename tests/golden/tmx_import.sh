#!/usr/bin/env bash
# A translation memory from a real Chinese-English pair is one a CAT tool
# imports: translate-toolkit's TMX reader (Debian translate-toolkit, under
# Debian's python3) reads it, and each unit holds a Chinese and an English
# sentence. Usage: tmx_import.sh PARALLAX FIXTURES
set -uo pipefail
bin=$(realpath "$1") fixtures=$(realpath "$2")
py=/usr/bin/python3
"$py" -c 'import translate.storage.tmx' 2>/dev/null || { echo "tmx_import: needs Debian's translate-toolkit (scripts/test.sh installs it)"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
in="$fixtures/mfa-2023-0717-zh-en/input"
"$bin" compare "$in/laoag-zh-original.txt" "$in/embassy-be-en-official.txt" --format tmx -o "$tmp/m.tmx"
[ $? -le 1 ] || { echo "tmx_import: compare failed"; exit 1; }
"$py" - "$tmp/m.tmx" <<'PY'
import re, sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
units = [u for u in store.units if not u.isheader()]
han = re.compile('[\u4e00-\u9fff]')
ok = True
translated = 0  # an English sentence against a Chinese one (a time stamp is in neither)
for u in units:
    langs = [t.get('{http://www.w3.org/XML/1998/namespace}lang') for t in u.xmlelement.iter('{*}tuv')] or \
            [t.get('{http://www.w3.org/XML/1998/namespace}lang') for t in u.xmlelement.iter('tuv')]
    src, tgt = u.source or '', u.target or ''
    good = langs == ['en', 'zh'] and src and tgt and not han.search(src)
    translated += bool(han.search(tgt))
    if not good:
        print('bad unit:', langs, repr(src[:60]), repr(tgt[:60]))
        ok = False
ok = ok and translated >= 5
print(f'tmx_import: {len(units)} units read by translate-toolkit, {translated} English-Chinese', 'ok' if ok else 'FAILED')
sys.exit(0 if ok else 1)
PY
