#!/usr/bin/env python3
"""Cross-language paragraph alignment on the Bible (issue 12): KJV (English)
against Reina-Valera 1909 (Spanish), scored against verse-level gold.
Called by bench/bible/align.sh, which extracts the verse files first.

    align.py --parallax BIN --scratch DIR [--books Matthew,Mark | --whole]

Inputs: DIR/KJV.tsv and DIR/RV1909.tsv from extract.py --paragraphs.
Writes DIR/align/{kjv.txt,es.txt,gold.tsv}, runs `parallax compare kjv.txt
es.txt --format json` and galechurch.py on the same two files, each under
`/usr/bin/time -v`, and prints one table.

Verses: those both modules have, in the books chosen. RV1909's module keeps
the Spanish verse numbers in a few chapters where they differ from the
KJV's (Numbers 12:16 is Spanish 13:1, Jonah 1:17 is 2:1, Job 38:39-41 is
39:1-3, ...): there one ref names two different verses. Those chapters are
left out: every chapter where the KJV has a verse RV1909 lacks, and the
chapter after it when that verse ends its chapter (the Spanish numbering
carries it into the next one).

Paragraphs, deliberately grouped differently on the two sides so that the
alignment is not given away: KJV by the module's own paragraph marks (the
eBible edition's paragraphs, which include the 1611 pilcrows), a new
paragraph also at each book and after a left-out chapter; the module marks
none in the Psalms, so a chapter without a mark is grouped every 4 verses
(otherwise Job 42:10 to Psalm 150 would be one paragraph of 2,469 verses);
RV1909 every 3 verses, restarting at each chapter. Gold:
every (KJV paragraph, RV1909 paragraph) pair that shares at least one verse.

Scoring: a method predicts the pair (a, b) when it puts KJV paragraph a and
RV1909 paragraph b in one row (parallax: rows[].cells, mapped to our
paragraphs by byte offset and by rendering path, whichever rendering is the
base) or one bead (Gale-Church). Precision, recall and F1 of predicted pairs
against gold.
"""
import argparse
import bisect
import json
import os
import re
import subprocess
import sys
import time


def load(path):
    verses = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            book, cv = cols[0].rsplit(" ", 1)
            c, v = cv.split(":")
            verses.append((book, int(c), int(v), cols[1], len(cols) > 2 and cols[2] == "¶"))
    return verses


def unsafe_chapters(kjv, es_refs):
    last = {}
    for book, c, v, _, _ in kjv:
        last[(book, c)] = max(v, last.get((book, c), 0))
    out = set()
    for book, c, v, _, _ in kjv:
        if (book, c, v) not in es_refs:
            out.add((book, c))
            if v == last[(book, c)]:
                out.add((book, c + 1))
    return out


def group(verses, starts):
    """[(paragraph text, [verse keys])] cutting before each verse where starts(k, prev) is true."""
    paras, prev = [], None
    for k, (book, c, v, text, mark) in enumerate(verses):
        if starts(k, prev, verses[k]) or not paras:
            paras.append(([], []))
        paras[-1][0].append(text)
        paras[-1][1].append((book, c, v))
        prev = verses[k]
    return [(" ".join(t), keys) for t, keys in paras]


def write_text(path, paras):
    """Paragraphs separated by a blank line; returns each paragraph's start byte."""
    starts, pos = [], 0
    with open(path, "wb") as f:
        for i, (text, _) in enumerate(paras):
            data = text.encode("utf-8") + (b"\n\n" if i + 1 < len(paras) else b"\n")
            starts.append(pos)
            f.write(data)
            pos += len(data)
    return starts


def timed(cmd, stdout_path, time_path):
    """Runs cmd under /usr/bin/time -v: (exit status, wall s, peak RSS KiB)."""
    with open(stdout_path, "wb") as out:
        t0 = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-v", "-o", time_path] + cmd, stdout=out,
                           stderr=subprocess.PIPE)
        wall = time.perf_counter() - t0
    rss = None
    with open(time_path) as f:
        for line in f:
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", line)
            if m:
                rss = int(m.group(1))
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr.decode("utf-8", "replace")[-2000:])
    return p.returncode, wall, rss


def score(pred, gold):
    tp = len(pred & gold)
    prec = tp / len(pred) if pred else None
    rec = tp / len(gold) if gold else None
    f1 = 2 * prec * rec / (prec + rec) if prec and rec else (0.0 if pred else None)
    return prec, rec, f1


def parallax_pairs(report_path, kjv_path, es_path, kjv_starts, es_starts):
    with open(report_path, encoding="utf-8") as f:
        rep = json.load(f)
    index = {}
    for i, r in enumerate(rep["renderings"]):
        p = os.path.realpath(r["path"])
        if p == os.path.realpath(kjv_path):
            index["kjv"] = i
        elif p == os.path.realpath(es_path):
            index["es"] = i
    k, e = index["kjv"], index["es"]

    def mapping(r, starts):  # parallax paragraph id -> our paragraph index
        return {p["id"]: bisect.bisect_right(starts, p["start"]) - 1
                for p in rep["renderings"][r]["paragraphs"]}
    mk, me = mapping(k, kjv_starts), mapping(e, es_starts)
    pairs = set()
    for row in rep["rows"]:
        for a in row["cells"][k]:
            for b in row["cells"][e]:
                pairs.add((mk[a], me[b]))
    info = []
    for name, r in (("KJV", k), ("RV1909", e)):
        rr = rep["renderings"][r]
        s = f"{name}: {rr.get('status')}" + (" (base)" if rep.get("base") == r else "")
        if rr.get("reason"):
            s += f' — "{rr["reason"]}"'
        if rr.get("language"):
            s += f", language {rr['language']}"
        s += f", {len(rr['paragraphs'])} paragraphs"
        if "coverage" in rr:
            s += f", coverage {rr['coverage']}"
        info.append(s)
    rows_both = sum(1 for row in rep["rows"] if row["cells"][k] and row["cells"][e])
    info.append(f"rows: {len(rep['rows'])}, with both sides: {rows_both}; discrepancies: {len(rep.get('discrepancies', []))}")
    return pairs, info


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parallax", required=True)
    ap.add_argument("--scratch", required=True)
    ap.add_argument("--books", default="Matthew,Mark")
    ap.add_argument("--whole", action="store_true")
    ap.add_argument("--kjv-every", type=int, default=0,
                    help="group KJV every N verses per chapter instead of by its marks (a check of the baseline: "
                         "with 3 or 6 its beads fit the RV1909 grouping exactly)")
    ap.add_argument("--band", default=None, help="Gale-Church band half-width (galechurch.py's default)")
    ap.add_argument("--dictionary", action="append", default=[],
                    help="a dictd .index file: parallax runs a second time with --dictionary for each")
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    kjv_all = load(os.path.join(args.scratch, "KJV.tsv"))
    es_all = load(os.path.join(args.scratch, "RV1909.tsv"))
    es_by = {(b, c, v): (t, m) for b, c, v, t, m in es_all}
    bad = unsafe_chapters(kjv_all, set(es_by))
    books = None if args.whole else [b.strip() for b in args.books.split(",")]
    known = {v[0] for v in kjv_all}
    for b in books or []:
        if b not in known:
            raise SystemExit(f"align: no book {b!r} (books are named as mod2imp names them: {', '.join(sorted(known))})")
    chosen = [v for v in kjv_all if books is None or v[0] in books]
    kjv = [v for v in chosen if (v[0], v[1], v[2]) in es_by and (v[0], v[1]) not in bad]
    es = [(b, c, v, es_by[(b, c, v)][0], False) for b, c, v, _, _ in kjv]
    dropped_ch = sorted({(v[0], v[1]) for v in chosen if (v[0], v[1]) in bad})
    missing = [v for v in chosen if (v[0], v[1], v[2]) not in es_by]

    order = {}
    for k, v in enumerate(kjv_all):
        order[(v[0], v[1], v[2])] = k
    marked = {(v[0], v[1]) for v in kjv_all if v[4]}  # chapters where the module marks a paragraph
    count = {}

    def kjv_start(k, prev, cur):
        chapter = (cur[0], cur[1])
        if prev is None or prev[0] != cur[0] or order[cur[:3]] != order[prev[:3]] + 1:
            fresh = True  # a book, or a left-out chapter or verse in between
        elif chapter not in marked or (prev[0], prev[1]) not in marked:
            fresh = (prev[0], prev[1]) != chapter
        else:
            fresh = cur[4]
        if fresh:
            count["k"] = 0
            return True
        count["k"] += 1
        return chapter not in marked and count["k"] % 4 == 0

    def es_start(k, prev, cur):
        if prev is None or (prev[0], prev[1]) != (cur[0], cur[1]):
            count["e"] = 0
            return True
        count["e"] += 1
        return count["e"] % 3 == 0

    def kjv_every(k, prev, cur):
        if prev is None or (prev[0], prev[1]) != (cur[0], cur[1]):
            count["k"] = 0
            return True
        count["k"] += 1
        return count["k"] % args.kjv_every == 0

    if args.kjv_every:
        kp = group(kjv, kjv_every)
        how = f"every {args.kjv_every} verses per chapter (--kjv-every)"
    else:
        kp = group(kjv, kjv_start)
        unmarked = sorted({(v[0], v[1]) for v in kjv} - marked)
        how = "module paragraph marks" + (f"; {len(unmarked)} chapters without a mark every 4 verses" if unmarked else "")
    ep = group(es, es_start)
    gold = set()
    where_es = {}
    for j, (_, keys) in enumerate(ep):
        for key in keys:
            where_es[key] = j
    for i, (_, keys) in enumerate(kp):
        for key in keys:
            gold.add((i, where_es[key]))

    out = os.path.join(args.scratch, "align")
    os.makedirs(out, exist_ok=True)
    kjv_path, es_path = os.path.join(out, "kjv.txt"), os.path.join(out, "es.txt")
    ks, es_s = write_text(kjv_path, kp), write_text(es_path, ep)
    with open(os.path.join(out, "gold.tsv"), "w") as f:
        for a, b in sorted(gold):
            f.write(f"{a}\t{b}\n")

    what = "whole Bible (66 books)" if books is None else ", ".join(books)
    print(f"- slice: {what}; {len(kjv)} verses in both "
          f"({len(missing)} KJV verses absent from RV1909, {len(dropped_ch)} chapters left out for verse numbering: "
          f"{'; '.join(f'{b} {c}' for b, c in dropped_ch) or 'none'})")
    print(f"- KJV {os.path.getsize(kjv_path) / 1024:.1f} KB in {len(kp)} paragraphs "
          f"({how}); "
          f"RV1909 {os.path.getsize(es_path) / 1024:.1f} KB in {len(ep)} paragraphs (every 3 verses per chapter); "
          f"gold pairs {len(gold)}")
    print(f"- files: {kjv_path} {es_path} {os.path.join(out, 'gold.tsv')}")

    rows = []
    report = os.path.join(out, "parallax.json")
    if os.path.exists(report):
        os.remove(report)
    rc, wall, rss = timed([args.parallax, "compare", kjv_path, es_path, "--format", "json", "-o", report],
                          os.path.join(out, "parallax.out"), os.path.join(out, "parallax.time"))
    if rc in (0, 1) and os.path.exists(report):
        pred, info = parallax_pairs(report, kjv_path, es_path, ks, es_s)
        rows.append(("parallax compare --format json", pred, wall, rss))
        for s in info:
            print(f"- parallax says: {s}")
    else:
        print(f"- parallax failed (exit {rc}); see {os.path.join(out, 'parallax.out')}")
        rows.append(("parallax compare --format json", None, wall, rss))

    if args.dictionary:
        report = os.path.join(out, "parallax-dict.json")
        if os.path.exists(report):
            os.remove(report)
        cmd = [args.parallax, "compare", kjv_path, es_path, "--format", "json", "-o", report]
        for d in args.dictionary:
            cmd += ["--dictionary", d]
        rc, wall, rss = timed(cmd, os.path.join(out, "parallax-dict.out"), os.path.join(out, "parallax-dict.time"))
        label = "parallax + dictionaries (" + ", ".join(os.path.basename(d).replace(".index", "") for d in args.dictionary) + ")"
        if rc in (0, 1) and os.path.exists(report):
            pred, _ = parallax_pairs(report, kjv_path, es_path, ks, es_s)
            rows.append((label, pred, wall, rss))
        else:
            print(f"- parallax with dictionaries failed (exit {rc}); see {os.path.join(out, 'parallax-dict.out')}")
            rows.append((label, None, wall, rss))

    gc_out = os.path.join(out, "galechurch.tsv")
    rc, wall, rss = timed([sys.executable, os.path.join(here, "galechurch.py"), kjv_path, es_path] + (["--band", args.band] if args.band else []),
                          gc_out, os.path.join(out, "galechurch.time"))
    pred = None
    if rc == 0:
        with open(gc_out) as f:
            pred = {tuple(int(x) for x in ln.split("\t")) for ln in f if ln.strip()}
    rows.append(("Gale-Church 1993, length only (galechurch.py)", pred, wall, rss))

    print()
    print("| method | gold pairs | predicted | correct | precision | recall | F1 | seconds | peak MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, pred, wall, rss in rows:
        f3 = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
        if pred is None:
            print(f"| {name} | {len(gold)} | failed | | | | | {wall:.2f} | {rss / 1024 if rss else 0:.1f} |")
            continue
        p, r, f1 = score(pred, gold)
        print(f"| {name} | {len(gold)} | {len(pred)} | {len(pred & gold)} | {f3(p)} | {f3(r)} | {f3(f1)} | "
              f"{wall:.2f} | {rss / 1024 if rss else 0:.1f} |")


if __name__ == "__main__":
    main()
