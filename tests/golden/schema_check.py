#!/usr/bin/env python3
"""Validates JSON reports against docs/report.schema.json with Debian's
python3-jsonschema: every golden JSON report (fixtures/*/expected/*.json
whose top level has "discrepancies"), one fresh report per fixture set the
binary writes now, and altered copies that must fail (so the schema can).

usage: schema_check.py PARALLAX ROOT
"""
import copy
import json
import os
import pathlib
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    # Debian's package is for Debian's interpreter; another python3 may come first on PATH
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    print("FAIL: python3-jsonschema is not installed (scripts/setup.sh python3-jsonschema)")
    sys.exit(1)

binary, root = sys.argv[1], pathlib.Path(sys.argv[2])
schema = json.loads((root / "docs/report.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
fails = 0


def check(ok, what):
    global fails
    print(("ok: " if ok else "FAIL: ") + what)
    fails += not ok


def errors(doc):
    return ["/".join(map(str, e.absolute_path)) + ": " + e.message[:200] for e in validator.iter_errors(doc)]


reports = []
for path in sorted(root.glob("fixtures/*/expected/*.json")):
    text = path.read_text()
    # tests/golden/run.sh appends the exit status to what it expects
    if text.rstrip().rsplit("\n", 1)[-1].startswith("exit "):
        text = text.rstrip().rsplit("\n", 1)[0]
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        continue  # JSON Lines (batch results), not a report
    if isinstance(doc, dict) and "discrepancies" in doc:
        reports.append((str(path.relative_to(root)), doc))
# fresh reports: every input directory of two or more text files
for inp in sorted(root.glob("fixtures/*/input")):
    files = sorted(str(p) for p in inp.iterdir() if p.is_file() and p.suffix == ".txt")
    if len(files) < 2:
        continue
    run = subprocess.run([binary, "compare", *files[:4], "--format", "json"], capture_output=True)
    if run.returncode > 1:
        continue  # bad input fixtures: no report to validate
    reports.append((f"fresh report of {inp.relative_to(root)}", json.loads(run.stdout)))

check(len(reports) >= 6, f"{len(reports)} reports to validate")
for name, doc in reports:
    errs = errors(doc)
    check(not errs, f"{name} matches the schema" + ("" if not errs else ": " + "; ".join(errs[:3])))

# The schema rejects what the contract forbids.
base = next(doc for _, doc in reports if doc["discrepancies"])
for what, change in [
    ("a discrepancy without an id", lambda d: d["discrepancies"][0].pop("id")),
    ("an id of another form", lambda d: d["discrepancies"][0].update(id="42")),
    ("an unknown severity", lambda d: d["discrepancies"][0].update(severity="urgent")),
    ("an unknown kind", lambda d: d["discrepancies"][0].update(kind="vibe")),
    ("an undocumented field", lambda d: d["discrepancies"][0].update(colour="red")),
    ("a span without its text", lambda d: d["discrepancies"][0]["spans"][0].pop("text")),
    ("a negative offset", lambda d: d["renderings"][0]["paragraphs"][0].update(start=-1)),
    ("another version", lambda d: d.update(version=2)),
    ("an unrelated rendering without its reason", lambda d: d["renderings"][0].update(status="unrelated")),
]:
    bad = copy.deepcopy(base)
    change(bad)
    check(bool(errors(bad)), f"rejected: {what}")

print(f"schema: {'FAILED ' + str(fails) if fails else 'all passed'}")
sys.exit(1 if fails else 0)
