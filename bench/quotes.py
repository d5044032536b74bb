#!/usr/bin/env python3
"""Renderings that are all quotations: the worst case of the quotation
look-up (issue 16, item 5). Before the look-up had an index its time grew
with quote words x text words x rendering pairs (88 KB renderings: 11 s for 2,
39 s for 4, 234 s for 8).

    bench/quotes.py generate OUTDIR [--renderings N] [--kb 88] [--seed 1]
    bench/quotes.py run PARALLAX [--renderings 2,4,8] [--kb 88] [--scratch DIR]

`generate` writes r0.txt .. r{N-1}.txt: paragraphs of one to three
quotations, each a run of 8-30 consecutive words of the fixture articles (so
word frequencies are those of real text). Every rendering after the first
rewords about half of the quotations (a word replaced, dropped or added), so
that exact, punctuation-only, altered and not-found look-ups all happen.
`run` generates into a scratch directory (never the repository) and prints
the wall time of `parallax compare` per rendering count. Deterministic for a
seed.
"""
import argparse
import glob
import os
import random
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fixture_words():
    words = []
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "*", "input", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            words += re.findall(r"[A-Za-z][A-Za-z'-]*|\d[\d,.]*", f.read())
    return words


def base_quotes(rng, words, kb):
    quotes, size = [], 0
    while size < kb * 1024:
        n = rng.randint(8, 30)
        at = rng.randrange(0, len(words) - n)
        q = " ".join(words[at:at + n])
        quotes.append(q)
        size += len(q) + 4
    return quotes


def reword(rng, q, words):
    w = q.split(" ")
    change = rng.random()
    if change < 0.15:
        w[rng.randrange(len(w))] = rng.choice(words)
    elif change < 0.3:
        del w[rng.randrange(len(w))]
    elif change < 0.45:
        w.insert(rng.randrange(len(w)), rng.choice(words))
    elif change < 0.5:
        rng.shuffle(w)
    return " ".join(w)


def render(rng, quotes):
    out, i = [], 0
    while i < len(quotes):
        k = rng.randint(1, 3)
        out.append(" ".join("\u201c" + q + "\u201d" for q in quotes[i:i + k]))
        i += k
    return "\n\n".join(out) + "\n"


def generate(outdir, renderings, kb, seed):
    rng = random.Random(seed)
    words = fixture_words()
    quotes = base_quotes(rng, words, kb)
    os.makedirs(outdir, exist_ok=True)
    paths = []
    for r in range(renderings):
        qs = quotes if r == 0 else [reword(rng, q, words) for q in quotes]
        path = os.path.join(outdir, f"r{r}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(render(random.Random(seed * 1000 + 7), qs))  # same paragraphing in every rendering
        paths.append(path)
    return paths


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("outdir")
    g.add_argument("--renderings", type=int, default=2)
    g.add_argument("--kb", type=int, default=88)
    g.add_argument("--seed", type=int, default=1)
    r = sub.add_parser("run")
    r.add_argument("parallax")
    r.add_argument("--renderings", default="2,4,8")
    r.add_argument("--kb", type=int, default=88)
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--scratch", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "parallax-bench-quotes"))
    args = ap.parse_args()
    if args.cmd == "generate":
        generate(args.outdir, args.renderings, args.kb, args.seed)
        return 0
    counts = [int(x) for x in args.renderings.split(",")]
    paths = generate(args.scratch, max(counts), args.kb, args.seed)
    print("| renderings | bytes | parallax compare wall | exit |")
    print("|---:|---:|---:|---:|")
    for n in counts:
        t = time.monotonic()
        rc = subprocess.run([args.parallax, "compare", *paths[:n], "--format", "json", "-o", os.devnull]).returncode
        wall = time.monotonic() - t
        size = sum(os.path.getsize(p) for p in paths[:n])
        print(f"| {n} | {size} | {wall:.2f} s | {rc} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
