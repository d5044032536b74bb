#!/usr/bin/env python3
"""Checks a 5-seed compare report against the gold's summary expectations:
002's paragraphs land in their gold rows (at least 8 of 10), 003/004 are
unrelated, and 002's three quotes are found as the gold says."""
import json, re, sys

def norm(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip()

rep, gold = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
idx = {r['name']: i for i, r in enumerate(rep['renderings'])}
s, b = idx['002_48ee3b88d5783a4d'], idx['001_a9fdb92ff107e12b']

def pid(ri, prefix):
    hits = [p['id'] for p in rep['renderings'][ri]['paragraphs'] if norm(p['text']).startswith(norm(prefix))]
    return hits[0] if len(hits) == 1 else None

ok = 0
for e in gold['alignment_summary_002_to_b']:
    ps, pb = pid(s, e['summary']), pid(b, e['b'])
    ok += any(ps in row['cells'][s] and pb in row['cells'][b] for row in rep['rows'])
fail = 0
total = len(gold['alignment_summary_002_to_b'])
print(f'002 paragraphs in their gold rows: {ok}/{total}')
if ok < 8:
    print('FAIL: fewer than 8'); fail = 1
for name in ('003_437013d52067c750', '004_68f6cba787527639'):
    st = rep['renderings'][idx[name]]['status']
    print(f'{name}: {st}')
    if st != 'unrelated':
        fail = 1
for g in gold['quotes_in_002']:
    want = g['match_in_b'].replace('-', '_')
    got = [f['match'] for q in rep['quotes'] if q['quote']['rendering'] == s and norm(q['quote']['text']).rstrip(',.').startswith(norm(g['text'])[:60])
           for f in q['found'] if f['rendering'] == b]
    print(f'quote {g["text"][:40]!r}: {got} (gold {want})')
    if got != [want]:
        fail = 1
print('summary: %d passed, %d failed' % (1 - fail, fail))
sys.exit(fail)
