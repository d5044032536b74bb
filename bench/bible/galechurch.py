#!/usr/bin/env python3
"""Length-only paragraph aligner after Gale and Church: the baseline of
bench/bible/align.sh.

    galechurch.py A.txt B.txt [--band N] > pairs.tsv

Reference: William A. Gale and Kenneth W. Church, "A Program for Aligning
Sentences in Bilingual Corpora", Computational Linguistics 19(1):75-102,
1993. Written from the paper's description (section 4), not from its
program.

Paragraphs are separated by blank lines; a paragraph's length is its number
of characters. The model of the paper: a character of the first text gives
c characters of the second on average with variance s^2 per character
(c = 1, s^2 = 6.8); for a bead whose sides have l1 and l2 characters,
delta = (l2 - c*l1) / sqrt(s^2 * l1) is taken as standard normal, so
P(delta | match) = 2 * (1 - Phi(|delta|)). So that the 1:0 and 0:1 beads
(l1 or l2 = 0) have a defined delta, l1 under the root is replaced by the
mean length of the two sides, m = (l1 + l2 / c) / 2. The distance of a bead
is -log(P(type) * P(delta | match)) with the paper's priors: 1:1 0.89, 1:0
and 0:1 0.0099, 2:1 and 1:2 0.089, 2:2 0.011 (each direction given the
paper's combined frequency). Dynamic programming finds the sequence of beads
of least total distance.

The paper aligns sentences within paragraphs already aligned; here whole
texts are aligned at once, so the table is limited to a band of --band cells
either side of the proportional diagonal (default: an eighth of the longer
text's paragraphs, at least 300; the verse-level gold of bench/bible/align.sh
--whole strays up to ~1,000 paragraphs of 10,566 from that diagonal, so a
narrower band would cut the true path off). Output: one line "a<TAB>b" per pair of paragraph indices
(0-based) that fall in one bead, in order.
"""
import math
import sys
from array import array

C = 1.0
S2 = 6.8
BEADS = (  # (paragraphs of A, paragraphs of B, prior)
    (1, 1, 0.89),
    (1, 0, 0.0099),
    (0, 1, 0.0099),
    (2, 1, 0.089),
    (1, 2, 0.089),
    (2, 2, 0.011),
)
PRIOR_COST = {(a, b): -math.log(p) for a, b, p in BEADS}


def neg_log_two_tail(x):
    """-log(2 * (1 - Phi(x))) for x >= 0, i.e. -log(erfc(x / sqrt(2)))."""
    z = x / math.sqrt(2.0)
    if z < 20.0:
        return -math.log(math.erfc(z))
    # erfc(z) ~ exp(-z^2) / (z * sqrt(pi)) once erfc underflows doubles
    return z * z + math.log(z * math.sqrt(math.pi))


def bead_cost(l1, l2, shape):
    m = (l1 + l2 / C) / 2.0
    if m == 0:
        return PRIOR_COST[shape]
    delta = (l2 - C * l1) / math.sqrt(S2 * m)
    return PRIOR_COST[shape] + neg_log_two_tail(abs(delta))


def paragraphs(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    paras, cur = [], []
    for line in text.split("\n"):
        if line.strip():
            cur.append(line.strip())
        elif cur:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return paras


def align(la, lb, band):
    """Beads [(i0, i1, j0, j1)] covering A[i0:i1] and B[j0:j1], least total cost."""
    n, m = len(la), len(lb)
    pa, pb = [0], [0]
    for x in la:
        pa.append(pa[-1] + x)
    for x in lb:
        pb.append(pb[-1] + x)
    if band is None:
        band = max(300, -(-max(n, m) // 8))

    def window(i):
        centre = round(i * m / n) if n else 0
        return max(0, centre - band), min(m, centre + band)

    inf = float("inf")
    shapes = [(da, db) for da, db, _ in BEADS]
    lo, hi, cost, back = [], [], [], []
    for i in range(n + 1):
        a, b = window(i)
        lo.append(a)
        hi.append(b)
        cost.append(array("d", [inf]) * (b - a + 1))
        back.append(bytearray(b - a + 1))  # index into shapes, 255 = none
    cost[0][0] = 0.0
    for i in range(n + 1):
        li, row, brow = lo[i], cost[i], back[i]
        for j in range(li, hi[i] + 1):
            best, arg = row[j - li], 255
            for s, (da, db) in enumerate(shapes):
                pi, pj = i - da, j - db
                if pi < 0 or pj < lo[pi] or pj > hi[pi] or (da == 0 and db == 0):
                    continue
                prev = cost[pi][pj - lo[pi]]
                if prev == inf:
                    continue
                c = prev + bead_cost(pa[i] - pa[pi], pb[j] - pb[pj], (da, db))
                if c < best:
                    best, arg = c, s
            if arg != 255:
                row[j - li], brow[j - li] = best, arg
    if hi[n] != m or cost[n][m - lo[n]] == inf:
        raise SystemExit("galechurch: band does not reach the end; raise --band")
    beads, i, j = [], n, m
    while i > 0 or j > 0:
        da, db = shapes[back[i][j - lo[i]]]
        beads.append((i - da, i, j - db, j))
        i, j = i - da, j - db
    beads.reverse()
    return beads


def main(argv):
    band = None
    args = []
    it = iter(argv)
    for a in it:
        if a == "--band":
            band = int(next(it))
        else:
            args.append(a)
    if len(args) != 2:
        raise SystemExit("usage: galechurch.py A.txt B.txt [--band N]")
    pa, pb = paragraphs(args[0]), paragraphs(args[1])
    beads = align([len(p) for p in pa], [len(p) for p in pb], band)
    out = sys.stdout
    for i0, i1, j0, j1 in beads:
        for a in range(i0, i1):
            for b in range(j0, j1):
                out.write(f"{a}\t{b}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
