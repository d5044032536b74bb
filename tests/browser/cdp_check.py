#!/usr/bin/env python3
"""Loads a parallax HTML report in headless Chromium and uses it as a person
would, over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON
messages ending in NUL, read from fd 3, written to fd 4; stdlib only).

usage: cdp_check.py CHROMIUM seed|xss REPORT.html [SCREENSHOT-DIR]

seed: no console error or exception, no network request, the summary, table,
      list and map are there, the filters change the visible list, a click on
      a discrepancy lands on its row, n/p step through the list; the view
      toggle (and the v key) switches between findings only and the word
      diff, and the rows checkbox hides rows none of whose discrepancies the
      filters show. The filters hide table rows and the marks of findings
      they leave out; review marks persist over a reload in localStorage under
      the discrepancy's id, filter the list and download as JSON; the tab
      order reaches the list before the map; the title names the renderings;
      dark mode follows prefers-color-scheme; at 390 px one rendering shows
      at a time, with a switcher, nothing wider than the screen and no word
      broken across lines. With SCREENSHOT-DIR: report-{1400,390}-{light,dark}.png.
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


def luminance(css):
    """Relative luminance of an rgb()/rgba() computed colour."""
    nums = [float(x) for x in css[css.index("(") + 1:css.index(")")].split(",")[:3]]
    lin = [(c / 255) / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in nums]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a, b):
    la, lb = sorted([luminance(a), luminance(b)], reverse=True)
    return (la + 0.05) / (lb + 0.05)


def set_filter(b, which, value):
    b.js(f"(() => {{ const s = document.getElementById({json.dumps(which)}); s.value = {json.dumps(value)}; s.dispatchEvent(new Event('change')); }})()")


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

    # The filters choose table rows too, and unmark the findings they leave out.
    rows = "Array.from(document.querySelectorAll('table.align tbody tr'))"
    total = b.js(rows + ".length")
    check(b.js(rows + ".filter(r => r.hidden).length") == 0, "with no filter every row is shown")
    set_filter(b, "f-sev", "high")
    got = b.js("""(() => { const shown = Array.from(document.querySelectorAll('#dlist li')).filter(li => !li.hidden);
        const want = new Set(shown.map(li => 'row-' + li.dataset.row));
        const vis = """ + rows + """.filter(r => !r.hidden).map(r => r.id);
        const marks = Array.from(document.querySelectorAll('table.align .x'));
        const lowOut = marks.filter(e => !e.classList.contains('s-high') && !e.className.split(' ').some(k => /^d[0-9]+$/.test(k) &&
                            document.getElementById('d-' + k.slice(1)).dataset.sev === 'high'));
        return {want: Array.from(want).sort(), vis: vis.slice().sort(), lowMarks: lowOut.length,
                lowOut: lowOut.filter(e => e.classList.contains('out')).length,
                highOut: document.querySelectorAll('table.align .x.s-high.out').length,
                badgesShown: Array.from(document.querySelectorAll('table.align a.b')).filter(e => getComputedStyle(e).display !== 'none')
                                  .every(e => e.classList.contains('s-high'))}; })()""")
    check(got["vis"] and got["vis"] == got["want"] and len(got["vis"]) < total,
          f"the severity filter 'high' shows just the rows of high discrepancies: {got['vis']} of {total}")
    check(got["lowMarks"] > 0 and got["lowOut"] == got["lowMarks"] and got["highOut"] == 0 and got["badgesShown"],
          f"and the marks and badges of the others are off: {got}")
    set_filter(b, "f-sev", "")
    check(b.js(rows + ".filter(r => r.hidden).length") == 0, "clearing the filter shows every row again")
    click(b, "#f-rows")
    with_any = b.js(rows + ".filter(r => r.dataset.ds).length")
    check(b.js(rows + ".filter(r => !r.hidden).length") == with_any, f"the checkbox alone keeps the rows with discrepancies ({with_any} of {total})")
    click(b, "#f-rows")
    check(b.js(rows + ".filter(r => r.hidden).length") == 0, "unchecked, every row is shown again")


def title_and_order_checks(b):
    title = b.js("document.title")
    names = b.js("Array.from(document.querySelectorAll('table.align thead th')).slice(1).map(th => th.firstChild.textContent)")
    check(title.startswith("parallax: ") and all(n in title for n in names), f"the title names the renderings: {title!r} {names}")
    # Tab from the top of the page: the list comes before the map.
    b.js("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur()")
    seen = []
    for _ in range(40):
        b.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": "Tab", "code": "Tab", "windowsVirtualKeyCode": 9})
        b.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": "Tab", "code": "Tab", "windowsVirtualKeyCode": 9})
        where = b.js("(() => { const e = document.activeElement; return e.closest('figure.map') ? 'map' : e.closest('#dlist') ? 'list' : "
                     "e.closest('aside') ? 'aside' : e.tagName; })()")
        seen.append(where)
        if where in ("list", "map"):
            break
    check(seen and seen[-1] == "list", f"Tab reaches the discrepancy list before the map: {seen}")
    check(b.js("!!(document.querySelector('figure.map').compareDocumentPosition(document.getElementById('dlist')) & Node.DOCUMENT_POSITION_PRECEDING)"),
          "the map follows the list in the page's order")
    side = b.js("""(() => { const m = document.querySelector('figure.map').getBoundingClientRect(),
        t = document.querySelector('section.top').getBoundingClientRect(), a = document.querySelector('aside').getBoundingClientRect();
        return {beside: m.left >= t.right - 1 && m.top < t.bottom, above: m.bottom <= a.top + 1}; })()""")
    check(side["beside"] and side["above"], f"on a wide screen the map still sits beside the summary, above the list: {side}")


def review_checks(b, downloads):
    b.js("localStorage.clear()")
    first = b.js("document.querySelector('#dlist li').id")
    did = b.js(f"document.getElementById({json.dumps(first)}).dataset.id")
    check(bool(did) and did.startswith("d-"), f"the list item carries the stable id: {did}")
    check(b.js("!document.querySelector('.review').hidden && !document.querySelector('#dlist li .rv').hidden"), "the script shows the review controls")
    click(b, f"#{first} .rv button[data-m=reviewed]")
    state = b.js(f"""(() => {{ const li = document.getElementById({json.dumps(first)});
        return {{cls: li.classList.contains('m-reviewed'), pressed: li.querySelector('[data-m=reviewed]').getAttribute('aria-pressed'),
                 stored: JSON.parse(localStorage.getItem('parallax.review.v1') || '{{}}'), count: document.getElementById('m-count').textContent}}; }})()""")
    check(state["cls"] and state["pressed"] == "true" and state["stored"].get(did) == "reviewed" and state["count"] == "1 marked",
          f"'reviewed' marks the finding and stores it under its id: {state}")
    second = b.js("document.querySelectorAll('#dlist li')[1].id")
    sid = b.js(f"document.getElementById({json.dumps(second)}).dataset.id")
    click(b, f"#{second} .rv button[data-m=fine]")
    b.send("Page.reload")
    b.wait_for("Page.loadEventFired")
    b.pump(0.5)
    kept = b.js(f"""[document.getElementById({json.dumps(first)}).classList.contains('m-reviewed'),
        document.getElementById({json.dumps(second)}).classList.contains('m-fine')]""")
    check(kept == [True, True], f"the marks survive a reload: {kept}")
    set_filter(b, "f-mark", "open")
    n_open = b.js("Array.from(document.querySelectorAll('#dlist li')).filter(li => !li.hidden).length")
    total = b.js("document.querySelectorAll('#dlist li').length")
    set_filter(b, "f-mark", "fine")
    fine = b.js("Array.from(document.querySelectorAll('#dlist li')).filter(li => !li.hidden).map(li => li.id)")
    check(n_open == total - 2 and fine == [second], f"the review filter: {n_open} not marked of {total}, not a problem: {fine}")
    set_filter(b, "f-mark", "")
    # Export: the download is a JSON file with both marks.
    b.send("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads, "eventsEnabled": True}, session=False)
    click(b, "#m-export")
    path = pathlib.Path(downloads) / "parallax-review.json"
    deadline = time.time() + 10
    while not path.exists() and time.time() < deadline:
        b.pump(0.2)
    exported = json.loads(path.read_text()) if path.exists() else {}
    got = {m["id"]: m["mark"] for m in exported.get("marks", [])}
    check(got == {did: "reviewed", sid: "not a problem"} and exported.get("report", "").startswith("parallax: "),
          f"'Export marks' downloads them as JSON: {got}")
    # a second click on a pressed button takes the mark back
    click(b, f"#{first} .rv button[data-m=reviewed]")
    check(not b.js(f"document.getElementById({json.dumps(first)}).classList.contains('m-reviewed')") and
          did not in b.js("JSON.parse(localStorage.getItem('parallax.review.v1'))"), "pressing it again removes the mark")
    b.js("localStorage.clear()")


def set_screen(b, width, dark):
    b.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": 844 if width < 600 else 1000, "deviceScaleFactor": 1,
                                                  "mobile": width < 600})
    b.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})
    b.pump(0.3)


def colour_checks(b):
    look = """(() => { const s = e => getComputedStyle(e); const body = s(document.body);
        const x = document.querySelector('main.v-findings .x.s-high') || document.querySelector('.x.s-high');
        const li = s(document.querySelector('#dlist li')), badge = document.querySelector('table.align a.b.s-high');
        return {bg: body.backgroundColor, fg: body.color, li: li.backgroundColor, libg: li.color, x: s(x).backgroundColor, xfg: s(x).color,
                badge: s(badge).color, badgebg: s(badge).backgroundColor, th: s(document.querySelector('table.align thead th')).backgroundColor}; })()"""
    for dark in (False, True):
        set_screen(b, 1400, dark)
        c = b.js(look)
        name = "dark" if dark else "light"
        check((luminance(c["bg"]) < 0.05) == dark and (luminance(c["th"]) < 0.1) == dark, f"{name}: page and table head follow the scheme: {c}")
        ok = all(contrast(fg, bg) >= 4.5 for fg, bg in ((c["fg"], c["bg"]), (c["libg"], c["li"]), (c["xfg"], c["x"]), (c["badge"], c["badgebg"])))
        check(ok, f"{name}: text, list items, a shaded finding and a badge keep 4.5:1 contrast")


def phone_checks(b):
    set_screen(b, 390, False)
    b.js("window.scrollTo(0, 0)")
    got = b.js("""(() => { const sw = document.getElementById('switch');
        const rows = Array.from(document.querySelectorAll('table.align tbody tr')).filter(r => !r.hidden);
        const shown = rows.map(r => Array.from(r.cells).filter(c => getComputedStyle(c).display !== 'none').length);
        return {sw: getComputedStyle(sw).display, cols: Array.from(new Set(shown)), wide: document.documentElement.scrollWidth,
                checked: sw.querySelector('[aria-checked=true]').dataset.col}; })()""")
    check(got["sw"] != "none" and got["cols"] == [2], f"390 px: the switcher shows and each row has its number and one rendering: {got}")
    check(got["wide"] <= 390, f"390 px: nothing wider than the screen ({got['wide']} px)")
    other = "0" if got["checked"] != "0" else "1"
    click(b, f"#switch button[data-col='{other}']")
    col = b.js("""(() => { const r = document.querySelector('table.align tbody tr');
        return Array.from(r.cells).findIndex((c, i) => i > 0 && getComputedStyle(c).display !== 'none') - 1; })()""")
    check(str(col) == other, f"a tap on the switcher shows that rendering: column {col}")
    # No word broken across two lines, in the cells shown and the list.
    broken = b.js(r"""(() => { const bad = [];
        const roots = Array.from(document.querySelectorAll('table.align td, table.align th, #switch, #dlist .msg, #dlist .quotes'))
            .filter(e => e.offsetParent && getComputedStyle(e).display !== 'none');
        let words = 0;
        for (const root of roots) {
            const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let n = walk.nextNode(); n; n = walk.nextNode()) {
                for (const m of n.data.matchAll(/[\p{L}\p{N}%]+/gu)) {
                    const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
                    const tops = new Set(Array.from(r.getClientRects()).map(q => Math.round(q.top)));
                    words++;
                    if (tops.size > 1 && bad.length < 5) bad.push(m[0]);
                }
            }
        }
        return {words: words, bad: bad}; })()""")
    check(broken["words"] > 500 and not broken["bad"], f"390 px: no word broken across lines ({broken['words']} words): {broken['bad']}")
    # Selecting a finding in a hidden column switches to it.
    pick = b.js("""(() => { const hidden = document.querySelector('table.align td.off .x');
        if (!hidden) return null; const d = hidden.className.split(' ').find(k => /^d[0-9]+$/.test(k)); return 'd-' + d.slice(1); })()""")
    if pick:
        click(b, "#" + pick + " a")
        check(b.js(f"Array.from(document.querySelectorAll('.d{pick[2:]}')).some(e => !e.closest('td.off'))"),
              f"selecting {pick} on a phone shows the rendering that holds it")


def screenshots(b, outdir):
    b.js("window.scrollTo(0, 0); document.querySelectorAll('.hl').forEach(e => e.classList.remove('hl'))")
    for width in (1400, 390):
        for dark in (False, True):
            set_screen(b, width, dark)
            # on a phone the summary is a plain list; the table is what the layout is for
            b.js("window.scrollTo(0, 0)" if width > 600 else "document.getElementById('switch').scrollIntoView()")
            shot = b.send("Page.captureScreenshot", {"format": "png"})
            name = f"report-{width}-{'dark' if dark else 'light'}.png"
            pathlib.Path(outdir, name).write_bytes(base64.b64decode(shot["data"]))
            print("wrote", pathlib.Path(outdir, name))
    set_screen(b, 1400, False)


def xss_checks(b):
    state = b.js("""({title: document.title, scripts: document.scripts.length,
        display: getComputedStyle(document.body).display,
        injected: document.querySelectorAll('body img, body iframe, body style, body textarea, main svg, aside svg, [onerror], [onload], [onclick], a[href^="javascript"]').length,
        text: (() => { const t = document.querySelector('table.align').cloneNode(true);
                       t.querySelectorAll('a.b').forEach(e => e.remove()); return t.textContent; })(),
        list: document.getElementById('dlist').innerText})""")
    check(state["title"] == "parallax: a \u00b7 b", "the page title names the renderings, untouched: " + state["title"])
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
            title_and_order_checks(b)
            downloads = tempfile.mkdtemp(prefix="parallax-downloads-")
            try:
                review_checks(b, downloads)
            finally:
                subprocess.run(["rm", "-rf", downloads])
            colour_checks(b)
            phone_checks(b)
            set_screen(b, 1400, False)
        else:
            xss_checks(b)
        b.pump(0.3)
        common_checks(b, url)
        if len(sys.argv) > 4:
            screenshots(b, sys.argv[4])
    finally:
        b.close()
    print(f"browser {mode}: {'FAILED ' + str(len(FAILS)) if FAILS else 'all passed'}")
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
