#!/usr/bin/env python3
"""Score a parallax JSON report against the gold list bench/generate.py wrote.

    score.py GOLD.json REPORT.json [--verbose]

An injected discrepancy is found when some reported discrepancy has a span
in the rendering it was injected into that overlaps the injected bytes:
  figure / name / qualifier: any kind except 'phrasing', span in A or B;
  omission (sentence dropped from B): kind omission or addition, span in A;
  addition (sentence added to B): kind omission or addition, span in B.
A false figure alarm is a reported 'figure' or 'qualifier' discrepancy none
of whose spans overlaps any injected span; reported per 1,000 paragraphs of A.
Prints one JSON object.
"""
import bisect
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class SpanIndex:
    """Spans of one rendering; overlap queries in O(log n + hits)."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s for s, _, _ in self.spans]
        self.maxlen = max((e - s for s, e, _ in self.spans), default=0)

    def hits(self, start, end):
        i = bisect.bisect_left(self.starts, start - self.maxlen)
        out = []
        while i < len(self.spans) and self.spans[i][0] < max(end, start + 1):
            s, e, who = self.spans[i]
            if s < max(end, start + 1) and max(e, s + 1) > start:
                out.append(who)
            i += 1
        return out


def score(gold, report):
    names = [r["name"] for r in report["renderings"]]
    a_name, b_name = gold["a"].rsplit(".txt", 1)[0], gold["b"].rsplit(".txt", 1)[0]
    try:
        ra, rb = names.index(a_name), names.index(b_name)
    except ValueError:
        ra, rb = 0, 1
    by_side = {ra: [], rb: []}
    discs = report.get("discrepancies", [])
    for n, d in enumerate(discs):
        for sp in d["spans"]:
            if sp["rendering"] in by_side:
                by_side[sp["rendering"]].append((sp["start"], sp["end"], n))
    idx = {k: SpanIndex(v) for k, v in by_side.items()}

    per_kind = {}
    found_total = 0
    missed = []
    for it in gold["injections"]:
        kind = it["kind"]
        ok_kinds = ({"omission", "addition"} if kind in ("omission", "addition") else None)
        found = False
        for side, r in (("a", ra), ("b", rb)):
            sp = it.get(side)
            if not sp:
                continue
            for n in idx[r].hits(sp["start"], sp["end"]):
                k = discs[n]["kind"]
                if (k in ok_kinds) if ok_kinds else (k != "phrasing"):
                    found = True
                    break
            if found:
                break
        pk = per_kind.setdefault(kind + (f" ({it['form']})" if it.get("form") else ""), [0, 0])
        pk[1] += 1
        if found:
            pk[0] += 1
            found_total += 1
        else:
            missed.append(it)

    injected = {ra: [], rb: []}
    for it in gold["injections"]:
        for side, r in (("a", ra), ("b", rb)):
            if it.get(side):
                injected[r].append((it[side]["start"], it[side]["end"], it["id"]))
    inj_idx = {k: SpanIndex(v) for k, v in injected.items()}
    false_alarms = 0
    for d in discs:
        if d["kind"] not in ("figure", "qualifier"):
            continue
        if not any(sp["rendering"] in inj_idx and inj_idx[sp["rendering"]].hits(sp["start"], sp["end"]) for sp in d["spans"]):
            false_alarms += 1
    total = len(gold["injections"])
    paras = max(1, gold["paragraphs_a"])
    kinds = {}
    for d in discs:
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    return {
        "injected": total,
        "found": found_total,
        "recall": found_total / total if total else None,
        "recall_by_kind": {k: {"found": v[0], "injected": v[1]} for k, v in sorted(per_kind.items())},
        "false_figure_alarms": false_alarms,
        "false_figure_alarms_per_1000_paragraphs": 1000.0 * false_alarms / paras,
        "paragraphs_a": gold["paragraphs_a"],
        "reported_by_kind": dict(sorted(kinds.items())),
        "missed_examples": [{"kind": m["kind"], "note": m["note"]} for m in missed[:8]],
    }


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    res = score(load(sys.argv[1]), load(sys.argv[2]))
    if "--verbose" not in sys.argv:
        res.pop("missed_examples")
    print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
