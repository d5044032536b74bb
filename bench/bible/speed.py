#!/usr/bin/env python3
"""parallax against git's word diff on two English Bibles (issue 13): King
James Version and World English Bible, verses both have, 4 verses to a
paragraph (restarting at each chapter, the same grouping on both sides), in
slices of about 200 KB and 2 MB a side and the whole text. Called by
bench/bible/speed.sh, which extracts the verse files first.

    speed.py --parallax BIN --scratch DIR [--sizes 200K,2M,whole] [--repeats 5]
             [--timeout 300] [--json FILE]
    speed.py --print-json FILE      # the tables of an earlier run again

Per slice: one warm-up of each tool (parallax's writes DIR/speed/SIZE.json,
summarised under the table), then --repeats rounds, each running
`parallax compare A B --format json -o /dev/null` and then
`git diff --no-index --word-diff=porcelain A B >/dev/null`, so that both see
the same machine load. Wall time is measured around the process; peak RSS
and CPU time (user + system: less sensitive than wall time to a busy
machine; GNU time gives it to 10 ms) by /usr/bin/time -f "%M %U %S".
Growth per 10x is normalised to the slices' actual size ratio, as
bench/bench.py does (from 2 MB to the whole text the input only doubles, so
that extrapolation magnifies noise: the plain ratios are printed too).
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

SIZES = {"200K": 200 * 1024, "2M": 2 * 1024 * 1024, "whole": None}


def load(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            book, cv = cols[0].rsplit(" ", 1)
            out.append((book, cv.split(":")[0], cols[0], cols[1]))
    return out


def paragraphs(kjv, web):
    """[(kjv text, web text)] of 4 common verses, restarting at each chapter, in KJV order."""
    w = {ref: text for _, _, ref, text in web}
    paras, prev, n = [], None, 0
    for book, chapter, ref, text in kjv:
        if ref not in w:
            continue
        if (book, chapter) != prev or n == 4:
            paras.append(([], []))
            prev, n = (book, chapter), 0
        paras[-1][0].append(text)
        paras[-1][1].append(w[ref])
        n += 1
    return [(" ".join(a), " ".join(b)) for a, b in paras]


def write_slice(paras, limit, a_path, b_path):
    """The first paragraphs until A reaches limit bytes (all when None); returns (count, bytes A, bytes B)."""
    na = nb = k = 0
    with open(a_path, "wb") as fa, open(b_path, "wb") as fb:
        for k, (a, b) in enumerate(paras, 1):
            da, db = (a + "\n\n").encode("utf-8"), (b + "\n\n").encode("utf-8")
            fa.write(da)
            fb.write(db)
            na, nb = na + len(da), nb + len(db)
            if limit is not None and na >= limit:
                break
    return k, na, nb


def run_once(cmd, rss_path, timeout):
    """(wall s, peak RSS KiB, CPU s, exit) or (None, None, None, 'timeout'); stdout to /dev/null."""
    full = ["/usr/bin/time", "-f", "%M %U %S", "-o", rss_path] + cmd
    with open(os.devnull, "wb") as null:
        t0 = time.perf_counter()
        p = subprocess.Popen(full, stdout=null, stderr=subprocess.DEVNULL, start_new_session=True)
        expired = []

        def kill():
            expired.append(True)
            os.killpg(p.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        p.wait()
        wall = time.perf_counter() - t0
        timer.cancel()
    if expired:
        return None, None, None, "timeout"
    try:
        with open(rss_path) as f:
            kib, user, system = [ln for ln in f if ln.strip()][-1].split()
        rss, cpu = int(kib), float(user) + float(system)
    except (OSError, ValueError, IndexError):
        rss, cpu = None, None
    return wall, rss, cpu, p.returncode


def summary(report):
    try:
        with open(report, encoding="utf-8") as f:
            d = json.load(f)
    except (OSError, ValueError):
        return "no report"
    st = ", ".join(f"{r['name']}: {r.get('status')}" + (f" (coverage {r['coverage']})" if "coverage" in r else "")
                   for r in d["renderings"])
    kinds = {}
    for x in d.get("discrepancies", []):
        kinds[x.get("kind")] = kinds.get(x.get("kind"), 0) + 1
        sev = x.get("severity")
        if sev in ("high", "medium"):
            kinds["(high+medium)"] = kinds.get("(high+medium)", 0) + 1
    top = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])[:6])
    return f"{st}; {len(d.get('rows', []))} rows; {len(d.get('discrepancies', []))} discrepancies ({top}); {len(d.get('notes') or [])} notes"


def fmt_t(v):
    return "-" if v is None else (f"{v * 1000:.1f} ms" if v < 1 else f"{v:.2f} s")


def print_tables(results):
    print()
    print("| slice | A+B | paragraphs | parallax | git word-diff | parallax/git | parallax min | git min "
          "| parallax CPU | git CPU | CPU ratio | parallax peak RSS | RSS / (A+B) | n |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        if r["status"] != "ok":
            print(f"| {r['label']} | {r['bytes'] / 1e6:.2f} MB | {r['paragraphs']} | {r['status']} |" + " |" * 10)
            continue
        pm, gm = r["parallax_median"], r["git_median"]
        ratio = f"{pm / gm:.2f}" if pm and gm else "-"
        peak = max(r["parallax_rss_kib"]) if r["parallax_rss_kib"] else 0
        cp = statistics.median(r["parallax_cpu"]) if r.get("parallax_cpu") else None
        cg = statistics.median(r["git_cpu"]) if r.get("git_cpu") else None
        cratio = f"{cp / cg:.1f}" if cp and cg else "-"
        print(f"| {r['label']} | {r['bytes'] / 1e6:.2f} MB | {r['paragraphs']} | {fmt_t(pm)} | {fmt_t(gm)} | {ratio} | "
              f"{fmt_t(min(r['parallax']) if r['parallax'] else None)} | {fmt_t(min(r['git']) if r['git'] else None)} | "
              f"{fmt_t(cp)} | {fmt_t(cg)} | {cratio} | "
              f"{peak / 1024:.1f} MB | {peak * 1024 / r['bytes']:.1f}x | {len(r['parallax'])} |")
    formats = sorted({f for r in results if r["status"] == "ok" for f in r.get("formats", {})})
    if formats:
        print()
        print("Other report formats, one run each (wall / CPU / peak RSS): json's rounds above, the rest here")
        print()
        print("| slice | " + " | ".join(("--list" if f == "list" else f) for f in formats) + " |")
        print("|---|" + "---:|" * len(formats))
        for r in results:
            if r["status"] != "ok":
                continue
            cells = []
            for f in formats:
                o = r.get("formats", {}).get(f)
                cells.append("-" if not o or o["wall"] is None else
                             f"{fmt_t(o['wall'])} / {fmt_t(o['cpu'])} / {(o['rss_kib'] or 0) / 1024:.0f} MB")
            print(f"| {r['label']} | " + " | ".join(cells) + " |")
    ok = [r for r in results if r["status"] == "ok" and r["parallax_median"]]
    if len(ok) > 1:
        print()
        print("| step | input grew | parallax time grew | git time grew | parallax per 10x input | git per 10x input |")
        print("|---|---:|---:|---:|---:|---:|")
        for r0, r1 in zip(ok, ok[1:]):
            e = math.log(10) / math.log(r1["bytes"] / r0["bytes"])
            tp, tg = r1["parallax_median"] / r0["parallax_median"], r1["git_median"] / r0["git_median"]
            print(f"| {r0['label']} -> {r1['label']} | {r1['bytes'] / r0['bytes']:.2f}x | {tp:.2f}x | {tg:.2f}x | "
                  f"{tp ** e:.2f}x | {tg ** e:.2f}x |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parallax")
    ap.add_argument("--scratch")
    ap.add_argument("--sizes", default="200K,2M,whole")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--json", default=None)
    ap.add_argument("--print-json", default=None, help="only print the tables of an earlier --json file")
    ap.add_argument("--formats", default="text,html,csv,list",
                    help="other report formats timed once per slice after the rounds ('' for none): "
                         "every renderer must stay linear, not only the JSON one")
    args = ap.parse_args()
    if args.print_json:
        with open(args.print_json) as f:
            print_tables(json.load(f))
        return
    if not args.parallax or not args.scratch:
        ap.error("--parallax and --scratch are needed")
    kjv = load(os.path.join(args.scratch, "KJV.tsv"))
    web = load(os.path.join(args.scratch, "WEB.tsv"))
    paras = paragraphs(kjv, web)
    common = sum(1 for _ in paras)
    out = os.path.join(args.scratch, "speed")
    os.makedirs(out, exist_ok=True)
    web_refs = {r for _, _, r, _ in web}
    n_common = sum(1 for _, _, r, _ in kjv if r in web_refs)
    print(f"- verses: KJV {len(kjv)}, WEB {len(web)} (with the deuterocanon), both {n_common}; "
          f"{common} paragraphs of up to 4 verses; {args.repeats} alternating rounds after one warm-up each")
    results, notes = [], []
    for label in args.sizes.split(","):
        if label not in SIZES:
            raise SystemExit(f"speed: unknown size {label} (200K, 2M, whole)")
        a, b = os.path.join(out, f"{label}.kjv.txt"), os.path.join(out, f"{label}.web.txt")
        k, na, nb = write_slice(paras, SIZES[label], a, b)
        report = os.path.join(out, f"{label}.json")
        if os.path.exists(report):
            os.remove(report)
        px = [args.parallax, "compare", a, b, "--format", "json", "-o", "/dev/null"]
        git = ["git", "diff", "--no-index", "--word-diff=porcelain", a, b]
        rss_path = os.path.join(out, f"{label}.rss")
        w, _, _, rc = run_once(px[:-1] + [report], rss_path, args.timeout)  # warm-up, keeps the report
        if rc not in (0, 1):
            print(f"speed: parallax failed on {label} (exit {rc})", file=sys.stderr)
            results.append({"label": label, "bytes": na + nb, "paragraphs": k, "status": f"exit {rc}"})
            continue
        run_once(git, rss_path, args.timeout)
        t_px, t_git, rss_px, rss_git, cpu_px, cpu_git = [], [], [], [], [], []
        for r in range(args.repeats):
            w, rss, cpu, rc = run_once(px, rss_path, args.timeout)
            if rc == "timeout":
                break
            t_px.append(w)
            rss_px.append(rss or 0)
            cpu_px.append(cpu or 0.0)
            w, rss, cpu, rc = run_once(git, rss_path, args.timeout)
            t_git.append(w)
            rss_git.append(rss or 0)
            cpu_git.append(cpu or 0.0)
            print(f"  {label} round {r + 1}: parallax {fmt_t(t_px[-1])}, git {fmt_t(t_git[-1])}", file=sys.stderr, flush=True)
        others = {}
        for f in [f for f in args.formats.split(",") if f]:
            cmd = px[:4] + (["--list"] if f == "list" else ["--format", f]) + ["-o", "/dev/null"]
            w, rss, cpu, rc = run_once(cmd, rss_path, args.timeout)
            others[f] = {"wall": None if rc == "timeout" else w, "cpu": cpu, "rss_kib": rss}
        row = {"label": label, "bytes": na + nb, "bytes_a": na, "bytes_b": nb, "paragraphs": k, "status": "ok",
               "parallax": t_px, "git": t_git, "parallax_rss_kib": rss_px, "git_rss_kib": rss_git,
               "parallax_cpu": cpu_px, "git_cpu": cpu_git,
               "parallax_median": statistics.median(t_px) if t_px else None,
               "git_median": statistics.median(t_git) if t_git else None, "formats": others}
        results.append(row)
        notes.append(f"- {label}: {summary(report)}")

    print_tables(results)
    print()
    print("parallax's report on each slice (warm-up run):")
    print("\n".join(notes))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
