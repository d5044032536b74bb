#!/usr/bin/env python3
"""The peer a Python user would write: pair the paragraphs of A and B with
difflib.SequenceMatcher, then word-diff each pair.

    difflib_pair.py A B

Paragraphs are blank-line separated. Pairing: SequenceMatcher over the
paragraph lists (exact matches), then inside each replaced block a greedy
pairing by SequenceMatcher.ratio() on words (quick_ratio as a cheap filter).
Prints one line per changed word run: "-[old]" / "+{new}" with the
paragraph numbers.
"""
import difflib
import re
import sys


def paragraphs(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return [p.strip() for p in re.split(r"\n\s*\n", f.read()) if p.strip()]


def word_diff(i, j, a, b, out):
    wa, wb = a.split(), b.split()
    sm = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op == "equal":
            continue
        out.write(f"{i}:{j}\t-[{' '.join(wa[a0:a1])}] +{{{' '.join(wb[b0:b1])}}}\n")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    pa, pb = paragraphs(sys.argv[1]), paragraphs(sys.argv[2])
    out = sys.stdout
    sm = difflib.SequenceMatcher(None, pa, pb, autojunk=False)
    changed = 0
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op == "equal":
            continue
        used = set()
        words_b = {j: pb[j].split() for j in range(b0, b1)}
        for i in range(a0, a1):
            wa = pa[i].split()
            best, best_j = 0.4, None
            for j in range(b0, b1):
                if j in used:
                    continue
                m = difflib.SequenceMatcher(None, wa, words_b[j], autojunk=False)
                if m.quick_ratio() <= best:
                    continue
                r = m.ratio()
                if r > best:
                    best, best_j = r, j
            if best_j is None:
                out.write(f"{i}:-\t-[{pa[i]}]\n")
            else:
                used.add(best_j)
                word_diff(i, best_j, pa[i], pb[best_j], out)
            changed += 1
        for j in range(b0, b1):
            if j not in used:
                out.write(f"-:{j}\t+{{{pb[j]}}}\n")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
