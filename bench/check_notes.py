#!/usr/bin/env python3
"""Check every quote in each case's NOTES.md is an exact substring of the named file."""
import os, re, sys
bad = 0
for case in sys.argv[1:]:
    text = open(os.path.join(case, 'NOTES.md'), encoding='utf-8').read()
    notes = re.findall(r'^(\d+)\. \*\*([^*]+)\*\*', text, re.M)
    qs = re.findall(r'^\s*- `([^`]+)`: "(.*)"\s*$', text, re.M)
    n_ok = 0
    for f, q in qs:
        p = os.path.join(case, f)
        if not os.path.exists(p):
            print(f'{case}: no file {f}'); bad += 1; continue
        if q not in open(p, encoding='utf-8').read():
            print(f'{case}: NOT FOUND in {f}: {q!r}'); bad += 1
        else:
            n_ok += 1
    agree = sum(bool(re.search('agreement|form', k, re.I)) for _, k in notes)
    print(f'{os.path.basename(case.rstrip("/"))}: {len(notes)} notes ({agree} agreement), {n_ok}/{len(qs)} quotes found')
sys.exit(1 if bad else 0)
