#!/usr/bin/env python3
"""Times parallax against the word-diff tools a user already has, on the
pairs bench/generate.py wrote, and prints the tables. Called by bench/run.sh.

    bench.py --parallax BIN --scratch DIR [--sizes 2K,...] [--repeats 5]
             [--timeout 120] [--patho] [--json results.json]

Per size and tool: one warm-up run, then --repeats timed runs (fewer when a
single run is slower than --slow seconds, so that the whole run fits its
time budget; the table shows n). Wall time is measured around the process,
peak RSS by /usr/bin/time (%M). A run past --timeout is killed and shown as
"timeout".
"""
import argparse
import json
import math
import os
import signal
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import score  # noqa: E402


def run_once(cmd, stdout_path, timeout):
    """(wall seconds, peak RSS KiB, exit status) or (None, None, 'timeout')."""
    rss_file = stdout_path + ".rss"
    full = ["/usr/bin/time", "-f", "%M", "-o", rss_file] + cmd
    with open(stdout_path, "wb") as out:
        t0 = time.perf_counter()
        p = subprocess.Popen(full, stdout=out, stderr=subprocess.DEVNULL, start_new_session=True)
        expired = []

        def kill():  # a timer, not wait(timeout=): that polls and rounds short runs up
            expired.append(True)
            os.killpg(p.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        p.wait()
        wall = time.perf_counter() - t0
        timer.cancel()
        if expired:
            return None, None, "timeout"
    rss = None
    try:
        with open(rss_file) as f:
            lines = [ln.strip() for ln in f if ln.strip()]
        rss = int(lines[-1])
    except (OSError, ValueError, IndexError):
        pass
    return wall, rss, p.returncode


def measure(cmd, stdout_path, repeats, timeout, slow, budget):
    w, rss, rc = run_once(cmd, stdout_path, timeout)  # warm-up
    if rc == "timeout":
        return {"status": "timeout", "n": 0}
    if rc not in (0, 1):  # diff(1) convention: 2 and above is trouble
        return {"status": f"error (exit {rc})", "n": 0, "median": w, "rss_kib": rss}
    n = repeats
    if w > slow:
        n = max(1, min(repeats, int(budget / w)))
    walls, rsss, rcs = [], [rss] if rss else [], [rc]
    for _ in range(n):
        w, rss, rc = run_once(cmd, stdout_path, timeout)
        if rc == "timeout":
            return {"status": "timeout", "n": len(walls)}
        if rc not in (0, 1):
            return {"status": f"error (exit {rc})", "n": len(walls), "median": w, "rss_kib": rss}
        walls.append(w)
        if rss:
            rsss.append(rss)
        rcs.append(rc)
    return {"status": "ok", "n": n, "median": statistics.median(walls), "min": min(walls),
            "rss_kib": max(rsss) if rsss else None, "exit": sorted(set(rcs))}


def tools(args, a, b, out_json):
    return [
        ("parallax", [args.parallax, "compare", a, b, "--format", "json", "-o", out_json]),
        ("git word-diff", ["git", "diff", "--no-index", "--word-diff=porcelain", a, b]),
        ("dwdiff", ["dwdiff", a, b]),
        ("wdiff", ["wdiff", a, b]),
        ("difflib", [sys.executable, os.path.join(HERE, "difflib_pair.py"), a, b]),
    ]


def fmt_t(m):
    if m["status"] != "ok":
        return m["status"]
    v = m["median"]
    return f"{v * 1000:.1f} ms" if v < 1 else f"{v:.2f} s"


def fmt_rss(m):
    return f"{m['rss_kib'] / 1024:.1f} MB" if m.get("rss_kib") else "-"


def human(n):
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.1f} KB"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parallax", required=True)
    ap.add_argument("--scratch", required=True)
    ap.add_argument("--sizes", default="2K,20K,200K,2M,20M")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--slow", type=float, default=10, help="a run slower than this gets fewer repeats")
    ap.add_argument("--budget", type=float, default=60, help="seconds of repeats for one slow tool and size")
    ap.add_argument("--patho", action="store_true")
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    results = {"sizes": [], "patho": []}
    prev = None
    for label in args.sizes.split(","):
        a = os.path.join(args.scratch, f"{label}.A.txt")
        b = os.path.join(args.scratch, f"{label}.B.txt")
        gold_path = os.path.join(args.scratch, f"{label}.gold.json")
        out_json = os.path.join(args.scratch, f"{label}.parallax.json")
        nbytes = os.path.getsize(a) + os.path.getsize(b)
        row = {"label": label, "bytes": nbytes, "tools": {}}
        if os.path.exists(out_json):  # never score a stale report
            os.remove(out_json)
        for name, cmd in tools(args, a, b, out_json):
            sink = os.path.join(args.scratch, f"{label}.{name.split()[0]}.out")
            row["tools"][name] = measure(cmd, sink, args.repeats, args.timeout, args.slow, args.budget)
            print(f"  {label} {name}: {fmt_t(row['tools'][name])}", file=sys.stderr, flush=True)
        px, git = row["tools"]["parallax"], row["tools"]["git word-diff"]
        row["ratio"] = px["median"] / git["median"] if px["status"] == "ok" and git["status"] == "ok" else None
        row["growth"] = None
        if prev and px["status"] == "ok" and prev["tools"]["parallax"]["status"] == "ok":
            t0, t1 = prev["tools"]["parallax"]["median"], px["median"]
            row["growth"] = (t1 / t0) ** (math.log(10) / math.log(nbytes / prev["bytes"]))
        row["quality"] = None
        if px["status"] == "ok" and os.path.exists(out_json):
            row["quality"] = score.score(score.load(gold_path), score.load(out_json))
        results["sizes"].append(row)
        prev = row
        print_size(row)

    if args.patho:
        for case, what in (("unrelated", "two unrelated files"), ("onepara", "one huge paragraph"),
                           ("words", "100,000 one-word paragraphs")):
            a = os.path.join(args.scratch, f"{case}.A.txt")
            b = os.path.join(args.scratch, f"{case}.B.txt")
            out_json = os.path.join(args.scratch, f"{case}.parallax.json")
            rec = {"case": case, "what": what, "bytes": os.path.getsize(a) + os.path.getsize(b), "tools": {}}
            if os.path.exists(out_json):
                os.remove(out_json)
            for name, cmd in tools(args, a, b, out_json)[:2]:
                w, rss, rc = run_once(cmd, os.path.join(args.scratch, f"{case}.{name.split()[0]}.out"), args.timeout)
                rec["tools"][name] = ({"status": "timeout"} if rc == "timeout" else
                                      {"status": f"error (exit {rc})", "rss_kib": rss} if rc not in (0, 1) else
                                      {"status": "ok", "median": w, "rss_kib": rss, "exit": [rc], "n": 1})
                print(f"  {case} {name}: {fmt_t(rec['tools'][name])}", file=sys.stderr, flush=True)
            rec["report"] = summarize_report(out_json)
            results["patho"].append(rec)
        print_patho(results["patho"])

    print_summary(results["sizes"])
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    return 0


def summarize_report(path):
    try:
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
    except (OSError, ValueError):
        return "no report"
    st = ", ".join(f"{r['name']}: {r.get('status')} ({len(r.get('paragraphs', []))} paragraphs)" for r in d["renderings"])
    notes = d.get("notes") or []
    notes_s = "; ".join(n if isinstance(n, str) else json.dumps(n, ensure_ascii=False) for n in notes)[:300]
    return f"{st}; {len(d.get('rows', []))} rows, {len(d.get('discrepancies', []))} discrepancies" + \
        (f"; notes: {notes_s}" if notes_s else "")


def print_size(row):
    print(f"\n### {row['label']} pair ({human(row['bytes'])} A+B)\n")
    print("| tool | median wall | min wall | peak RSS | n | exit |")
    print("|---|---:|---:|---:|---:|---|")
    for name, m in row["tools"].items():
        if m["status"] != "ok":
            print(f"| {name} | {m['status']} | | | {m['n']} | |")
            continue
        mn = f"{m['min'] * 1000:.1f} ms" if m["min"] < 1 else f"{m['min']:.2f} s"
        print(f"| {name} | {fmt_t(m)} | {mn} | {fmt_rss(m)} | {m['n']} | {','.join(map(str, m['exit']))} |")
    q = row["quality"]
    ratio = f"{row['ratio']:.2f}" if row["ratio"] is not None else "-"
    growth = f"{row['growth']:.2f}x" if row["growth"] is not None else "-"
    print(f"\nparallax/git = {ratio}; growth per 10x (parallax) = {growth}")
    if q:
        byk = ", ".join(f"{k} {v['found']}/{v['injected']}" for k, v in q["recall_by_kind"].items())
        print(f"recall = {q['found']}/{q['injected']} = {q['recall']:.3f} ({byk}); "
              f"false figure alarms = {q['false_figure_alarms']} "
              f"({q['false_figure_alarms_per_1000_paragraphs']:.2f} per 1,000 of {q['paragraphs_a']} paragraphs); "
              f"reported: {q['reported_by_kind']}")
    sys.stdout.flush()


def print_patho(recs):
    print("\n### Pathological inputs (one run each, timeout applies)\n")
    print("| case | A+B | parallax wall | parallax RSS | exit | git word-diff wall | git RSS | parallax report |")
    print("|---|---:|---:|---:|---|---:|---:|---|")
    for r in recs:
        p, g = r["tools"]["parallax"], r["tools"]["git word-diff"]
        pe = ",".join(map(str, p.get("exit", []))) if p["status"] == "ok" else "-"
        print(f"| {r['what']} | {human(r['bytes'])} | {fmt_t(p)} | {fmt_rss(p)} | {pe} | {fmt_t(g)} | {fmt_rss(g)} | {r['report']} |")
    sys.stdout.flush()


def print_summary(rows):
    print("\n### Summary\n")
    print("| size (A+B) | parallax | git word-diff | dwdiff | wdiff | difflib | parallax RSS | parallax/git "
          "| growth/10x | recall | false fig. alarms /1k par. |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        t = r["tools"]
        q = r["quality"]
        ratio = f"{r['ratio']:.2f}" if r["ratio"] is not None else "-"
        growth = f"{r['growth']:.2f}x" if r["growth"] is not None else "-"
        recall = f"{q['recall']:.3f}" if q and q["recall"] is not None else "-"
        alarms = f"{q['false_figure_alarms_per_1000_paragraphs']:.2f}" if q else "-"
        times = " | ".join(fmt_t(t[k]) for k in ("parallax", "git word-diff", "dwdiff", "wdiff", "difflib"))
        print(f"| {r['label']} ({human(r['bytes'])}) | {times} | {fmt_rss(t['parallax'])} | {ratio} | {growth} "
              f"| {recall} | {alarms} |")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
