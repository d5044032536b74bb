#!/usr/bin/env python3
"""Loads a parallax HTML report in headless Chromium and uses it as a person
would, over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON
messages ending in NUL, read from fd 3, written to fd 4; stdlib only).

usage: cdp_check.py CHROMIUM seed|xss REPORT.html [SCREENSHOT.png]

seed: no console error or exception, no network request, the summary, table,
      list and map are there, the filters change the visible list, a click on
      a discrepancy lands on its row, n/p step through the list; the view
      toggle (and the v key) switches between findings only and the word
      diff, and the rows checkbox hides rows none of whose discrepancies the
      filters show.
xss:  no console error, no dialog, no network request, the page title and
      body untouched, the hostile input shown as text, only the page's own
      script and no element the input spelled out (img, iframe, svg onload).
"""
import base64
import json
import os
import pathlib
import select
import subprocess
import sys
import tempfile
import time

FAILS = []


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        FAILS.append(what)


class Browser:
    def __init__(self, chromium):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        self.profile = tempfile.mkdtemp(prefix="parallax-chromium-")

        def fds():  # in the child: the pipe ends on fds 3 and 4, inheritable
            a, b = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
             "--user-data-dir=" + self.profile, "--remote-debugging-pipe", "--window-size=1400,1000",
             "about:blank"],
            preexec_fn=fds, close_fds=False, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buf = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def _read(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.time()
            if left <= 0:
                raise TimeoutError("no answer from chromium")
            r, _, _ = select.select([self.from_chrome], [], [], left)
            if r:
                chunk = os.read(self.from_chrome, 1 << 20)
                if not chunk:
                    raise EOFError("chromium closed the pipe")
                self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, params=None, session=True, timeout=30):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(msg).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            m = self._read(deadline)
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def wait_for(self, method, timeout=30):
        deadline = time.time() + timeout
        for i, e in enumerate(self.events):
            if e.get("method") == method:
                return self.events.pop(i)
        while True:
            m = self._read(deadline)
            self.events.append(m)
            if m.get("method") == method:
                return m

    def pump(self, seconds):
        deadline = time.time() + seconds
        try:
            while True:
                self.events.append(self._read(deadline))
        except TimeoutError:
            pass

    def js(self, expr):
        r = self.send("Runtime.evaluate", {"expression": expr, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in r:
            raise RuntimeError("page script failed: " + json.dumps(r["exceptionDetails"])[:500])
        return r["result"].get("value")

    def close(self):
        try:
            self.send("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        subprocess.run(["rm", "-rf", self.profile])


def open_page(b, url):
    target = b.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
    b.session = b.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
    for domain in ("Runtime", "Log", "Network", "Page"):
        b.send(domain + ".enable")
    b.send("Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
    b.events.clear()
    b.send("Page.navigate", {"url": url})
    b.wait_for("Page.loadEventFired")
    b.pump(0.5)


def common_checks(b, url):
    errors = [e for e in b.events if e.get("method") == "Runtime.exceptionThrown"]
    errors += [e for e in b.events if e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "assert")]
    errors += [e for e in b.events if e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error"]
    check(not errors, "no console errors" + ("" if not errors else ": " + json.dumps(errors)[:800]))
    requests = [e["params"]["request"]["url"] for e in b.events if e.get("method") == "Network.requestWillBeSent"]
    other = [u for u in requests if u != url]
    check(not other, "no network request besides the page itself" + ("" if not other else ": " + ", ".join(other)[:500]))
    dialogs = [e for e in b.events if e.get("method") == "Page.javascriptDialogOpening"]
    check(not dialogs, "no dialog opened")


def click(b, selector):
    box = b.js(f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
        e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect();
        return [r.left + Math.min(20, r.width / 2), r.top + Math.min(8, r.height / 2)]; }})()""")
    for kind in ("mousePressed", "mouseReleased"):
        b.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1})
    b.pump(0.2)


def key(b, k):
    for kind in ("keyDown", "keyUp"):
        b.send("Input.dispatchKeyEvent", {"type": kind, "key": k, "text": k if kind == "keyDown" else "", "code": "Key" + k.upper()})
    b.pump(0.1)


def seed_checks(b):
    shape = b.js("""({rows: document.querySelectorAll('table.align tbody tr').length,
        cols: document.querySelectorAll('table.align thead th').length - 1,
        items: document.querySelectorAll('#dlist li').length,
        summary: !!document.querySelector('section.top table.ren'),
        blocks: document.querySelectorAll('figure.map svg rect').length,
        bands: document.querySelectorAll('figure.map svg path').length,
        marks: document.querySelectorAll('table.align .ins, table.align .chg').length,
        badges: document.querySelectorAll('table.align a.b').length})""")
    print("page:", shape)
    check(shape["summary"], "the summary is there")
    check(shape["rows"] > 5 and shape["cols"] == 3, "the table has rows and three columns")
    check(shape["items"] > 0, "the discrepancy list has items")
    check(shape["blocks"] > 50 and shape["bands"] > 5, "the map has paragraph blocks and bands")
    check(shape["marks"] > 0 and shape["badges"] > 0, "changed words and discrepancy badges are marked in place")

    visible = "Array.from(document.querySelectorAll('#dlist li')).filter(li => !li.hidden)"
    total = b.js(visible + ".length")
    sevs = b.js("Array.from(new Set(Array.from(document.querySelectorAll('#dlist li')).map(li => li.dataset.sev)))")
    for sev in sevs:
        b.js(f"(() => {{ const s = document.getElementById('f-sev'); s.value = {json.dumps(sev)}; s.dispatchEvent(new Event('change')); }})()")
        shown = b.js(visible + ".map(li => li.dataset.sev)")
        check(0 < len(shown) <= total and all(s == sev for s in shown) and (len(sevs) == 1 or len(shown) < total),
              f"severity filter '{sev}' shows only {len(shown)} {sev} of {total}")
    b.js("(() => { const s = document.getElementById('f-sev'); s.value = ''; s.dispatchEvent(new Event('change')); })()")
    kinds = b.js("Array.from(document.getElementById('f-kind').options).map(o => o.value).filter(v => v)")
    kind = kinds[0]
    b.js(f"(() => {{ const s = document.getElementById('f-kind'); s.value = {json.dumps(kind)}; s.dispatchEvent(new Event('change')); }})()")
    shown = b.js(visible + ".map(li => li.dataset.kind)")
    check(shown and all(k == kind for k in shown) and len(shown) < total, f"kind filter '{kind}' shows {len(shown)} of {total}")
    check(b.js("document.getElementById('f-count').textContent") == f"{len(shown)} of {total} shown", "the count follows the filter")
    b.js("(() => { const s = document.getElementById('f-kind'); s.value = ''; s.dispatchEvent(new Event('change')); })()")
    b.js("(() => { const s = document.getElementById('f-ren'); s.value = '2'; s.dispatchEvent(new Event('change')); })()")
    shown = b.js(visible + ".map(li => li.dataset.r)")
    check(shown and all(" 2 " in r for r in shown) and len(shown) < total, f"rendering filter shows {len(shown)} of {total}")
    b.js("(() => { const s = document.getElementById('f-ren'); s.value = ''; s.dispatchEvent(new Event('change')); })()")
    check(b.js(visible + ".length") == total, "clearing the filters shows every item again")

    # A click on a discrepancy deep in the list lands on its row.
    b.js("window.scrollTo(0, 0)")
    pick = b.js("(() => { const li = Array.from(document.querySelectorAll('#dlist li')).filter(l => +l.dataset.row > 5).pop(); return li && li.id; })()")
    check(bool(pick), "a discrepancy in a later row exists")
    if pick:
        row = b.js(f"document.getElementById({json.dumps(pick)}).dataset.row")
        click(b, "#" + pick)
        landed = b.js(f"""(() => {{ const r = document.getElementById('row-{row}'); const b = r.getBoundingClientRect();
            return {{hl: r.classList.contains('hl'), item: document.getElementById({json.dumps(pick)}).classList.contains('hl'),
                     visible: b.bottom > 0 && b.top < innerHeight, scrolled: scrollY > 0}}; }})()""")
        check(landed["hl"] and landed["item"] and landed["visible"] and landed["scrolled"], f"a click on {pick} scrolls to row {row} and highlights it: {landed}")
        marks = b.js(f"document.querySelectorAll('.d{pick[2:]}.hl').length + document.querySelectorAll('a.b[data-d=\"{pick[2:]}\"]').length")
        check(marks > 0, "the discrepancy is marked in its row")

    # n / p step through the visible list.
    b.js("document.activeElement && document.activeElement.blur()")
    first = b.js("document.querySelector('#dlist li.hl') && document.querySelector('#dlist li.hl').id")
    key(b, "p")
    prev = b.js("document.querySelector('#dlist li.hl').id")
    key(b, "n")
    back = b.js("document.querySelector('#dlist li.hl').id")
    check(first and prev != first and back == first, f"p goes to the previous discrepancy ({first} -> {prev}), n back ({back})")


def view_checks(b):
    view = "document.querySelector('main').className"
    check(b.js("!document.getElementById('view').hidden && !document.getElementById('f-rows').parentNode.hidden"),
          "the script shows the view toggle and the rows checkbox")
    # The seeds are paraphrases: the page opens on the findings.
    check(b.js(view) == "v-findings", "the seed report opens on the findings: " + b.js(view))
    check(b.js("document.querySelector('#view input:checked').value") == "v-findings", "the findings radio button is checked")
    look = """(() => { const s = e => e && getComputedStyle(e);
        const ins = s(document.querySelector('table.align .ins:not(.x)')), del = s(document.querySelector('table.align .del:not(.x)'));
        const high = s(document.querySelector('table.align .x.s-high'));
        return {ins: ins.backgroundColor, del: del.textDecorationLine, high: high.borderBottomStyle + ' ' + high.borderBottomWidth}; })()"""
    seen = b.js(look)
    check(seen["ins"] == "rgba(0, 0, 0, 0)" and seen["del"] == "none", f"findings view: no word-diff colour or underline: {seen}")
    check(seen["high"].startswith("double") and not seen["high"].endswith(" 0px"), f"findings view: a high finding keeps its border: {seen}")
    click(b, '#view input[value="v-diff"]')
    seen = b.js(look)
    check(b.js(view) == "v-diff" and seen["ins"] != "rgba(0, 0, 0, 0)" and seen["del"] != "none",
          f"a click on 'Word diff' shows the word diff: {b.js(view)} {seen}")
    click(b, '#view input[value="v-findings"]')
    check(b.js(view) == "v-findings", "a click on 'Findings only' switches back")
    b.js("document.activeElement && document.activeElement.blur()")
    key(b, "v")
    check(b.js(view) == "v-diff" and b.js("document.querySelector('#view input:checked').value") == "v-diff",
          "the v key toggles the view and the radio buttons follow")
    key(b, "v")
    check(b.js(view) == "v-findings", "v again goes back")

    # Only rows with shown discrepancies: with the severity filter on high.
    rows = "Array.from(document.querySelectorAll('table.align tbody tr'))"
    total = b.js(rows + ".length")
    b.js("(() => { const s = document.getElementById('f-sev'); s.value = 'high'; s.dispatchEvent(new Event('change')); })()")
    check(b.js(rows + ".filter(r => r.hidden).length") == 0, "the severity filter alone hides no row")
    click(b, "#f-rows")
    got = b.js("""(() => { const shown = Array.from(document.querySelectorAll('#dlist li')).filter(li => !li.hidden);
        const want = new Set(shown.map(li => 'row-' + li.dataset.row));
        const vis = """ + rows + """.filter(r => !r.hidden).map(r => r.id);
        return {want: Array.from(want).sort(), vis: vis.slice().sort()}; })()""")
    check(got["vis"] and got["vis"] == got["want"] and len(got["vis"]) < total,
          f"with high only, the checkbox shows just the rows of high discrepancies: {got['vis']} of {total}")
    b.js("(() => { const s = document.getElementById('f-sev'); s.value = ''; s.dispatchEvent(new Event('change')); })()")
    with_any = b.js(rows + ".filter(r => r.dataset.ds).length")
    check(b.js(rows + ".filter(r => !r.hidden).length") == with_any, f"with every severity, the rows with discrepancies ({with_any} of {total})")
    click(b, "#f-rows")
    check(b.js(rows + ".filter(r => r.hidden).length") == 0, "unchecked, every row is shown again")


def xss_checks(b):
    state = b.js("""({title: document.title, scripts: document.scripts.length,
        display: getComputedStyle(document.body).display,
        injected: document.querySelectorAll('body img, body iframe, body style, body textarea, main svg, aside svg, [onerror], [onload], [onclick], a[href^="javascript"]').length,
        text: (() => { const t = document.querySelector('table.align').cloneNode(true);
                       t.querySelectorAll('a.b').forEach(e => e.remove()); return t.textContent; })(),
        list: document.getElementById('dlist').innerText})""")
    check(state["title"] == "parallax report", "the page title is untouched: " + state["title"])
    check(state["scripts"] == 1, f"only the page's own script: {state['scripts']}")
    check(state["display"] != "none", "the body is still displayed")
    check(state["injected"] == 0, f"no element from the input: {state['injected']}")
    for s in ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "</textarea><script>document.title='pwned'</script>",
              '<a href="javascript:alert(4)">here</a>', '<style>body{display:none}</style>']:
        check(s in state["text"], "shown as text: " + s)
    check("javascript:alert(" in state["list"], "the list shows the quotes as text")
    # every badge and the n key still work with hostile text around
    key(b, "n")
    check(b.js("!!document.querySelector('#dlist li.hl')"), "n selects a discrepancy")


def main():
    chromium, mode, report = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3]).resolve()
    url = report.as_uri()
    b = Browser(chromium)
    try:
        open_page(b, url)
        if mode == "seed":
            seed_checks(b)
            view_checks(b)
        else:
            xss_checks(b)
        b.pump(0.3)
        common_checks(b, url)
        if len(sys.argv) > 4:
            b.js("window.scrollTo(0, 0); document.querySelectorAll('.hl').forEach(e => e.classList.remove('hl'))")
            shot = b.send("Page.captureScreenshot", {"format": "png"})
            pathlib.Path(sys.argv[4]).write_bytes(base64.b64decode(shot["data"]))
    finally:
        b.close()
    print(f"browser {mode}: {'FAILED ' + str(len(FAILS)) if FAILS else 'all passed'}")
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
