#!/usr/bin/env python3
"""Builds COUNT article sets under DIR from the 2024 fixture pair (000, a
machine translation; 001, the official text inside a tag page), each with an
injected edit, and breaks set number BROKEN with invalid UTF-8 (-1: none).
Used by tests/batch/run.sh and bench/batch/run.sh.

usage: make_sets.py FIXTURES DIR [COUNT] [BROKEN]
"""
import glob
import os
import sys

fixtures, out = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 200
broken = int(sys.argv[4]) if len(sys.argv) > 4 else 137
src = os.path.join(fixtures, "xi-2024-kazakhstan", "input")
a = open(glob.glob(os.path.join(src, "000_*.txt"))[0], "rb").read()
b = open(glob.glob(os.path.join(src, "001_*.txt"))[0], "rb").read()
b_lines = b.split(b"\n")

for i in range(count):
    d = os.path.join(out, "set-%03d" % i)
    os.makedirs(d, exist_ok=True)
    files = {"xinhua-mt.txt": a}
    kind = i % 5
    if kind == 0:  # the real pair
        files["official.txt"] = b
    elif kind == 1:  # a changed figure
        files["official.txt"] = b.replace(b"600,000", b"%d00,000" % (i + 1), 1)
    elif kind == 2:  # a year and a name
        files["official.txt"] = b.replace(b"2035", b"%d" % (2036 + i), 1).replace(b"Shymkent", b"Chimkent", 1)
    elif kind == 3:  # a paragraph dropped
        n = 19 + i % 40
        files["official.txt"] = b"\n".join(b_lines[:n] + b_lines[n + 1:])
    else:  # an exact reprint: agrees
        files["reprint.txt"] = a
    if i == broken:
        files["xinhua-mt.txt"] = a + b"A broken rendering \xff\xfe of the article.\n"
    for name, data in files.items():
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)
