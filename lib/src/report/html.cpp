#include "parallax/report/html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "escape.hpp"
#include "sha256.hpp"
#include "summary.hpp"

namespace parallax::report {

namespace {

// The page's own style and script. Both are constant: the Content-Security-
// Policy names them by hash, so no other script or style on the page (say,
// one smuggled in through input text that escaped escaping) would run.
constexpr const char* kStyle = R"CSS(
:root{--high:#b3261e;--medium:#a15c00;--low:#5f6368;--ins:#d4f4d4;--chg:#fff0a8;--del:#fde0e0;--hl:#1a5fd0;--line:#d0d4da}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","Noto Sans Arabic",sans-serif;margin:0;color:#1f2328;background:#fff}
header{padding:.8em 1.2em .2em}
h1{font-size:1.35em;margin:0 0 .2em}
h2{font-size:1.05em;margin:.6em 0 .4em}
.sumline{margin:.1em 0;color:#444}
.top{display:flex;flex-wrap:wrap;gap:1.2em 2em;padding:0 1.2em .6em;align-items:flex-start}
.top table{border-collapse:collapse;font-size:.9em}
.top th,.top td{border-bottom:1px solid var(--line);padding:.2em .6em;text-align:left;vertical-align:top}
.top td.num,.top th.num{text-align:right;font-variant-numeric:tabular-nums}
.path{display:block;color:#666;font-size:.85em;overflow-wrap:anywhere}
.tag{display:inline-block;border:1px solid #888;border-radius:3px;padding:0 .3em;font-size:.75em;margin-left:.3em}
.unrel{color:#666}
.notes{font-size:.9em;color:#444;margin:.3em 0;padding-left:1.2em}
figure.map{margin:0;flex:0 1 auto}
figure.map svg{display:block;max-width:100%;height:auto;border:1px solid var(--line);background:#fafbfc}
figure.map figcaption{font-size:.8em;color:#555;max-width:30em}
.sw{display:inline-block;width:.9em;height:.9em;vertical-align:-.1em;border:1px solid #999;margin:0 .2em 0 .6em}
.sw.g{background:#c8ccd2}.sw.w{background:#fff}.sw.lo{background:hsl(0,60%,60%)}.sw.hi{background:hsl(120,45%,50%)}
.layout{display:grid;grid-template-columns:minmax(16em,22em) 1fr;gap:0;border-top:1px solid var(--line)}
aside{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:.4em .8em 1em 1.2em;border-right:1px solid var(--line);background:#fbfbfc}
.filters{display:flex;flex-wrap:wrap;gap:.3em;align-items:center;font-size:.85em}
.filters select{font:inherit;max-width:100%}
.keys{font-size:.8em;color:#555;margin:.3em 0}
kbd{border:1px solid #aaa;border-radius:3px;padding:0 .25em;font-size:.9em;background:#fff}
#dlist{list-style:none;margin:.4em 0;padding:0;font-size:.87em}
#dlist li{border-left:4px solid var(--low);margin:0 0 .35em;padding:.2em .4em;background:#fff;cursor:pointer}
#dlist li.s-high{border-left-color:var(--high)}#dlist li.s-medium{border-left-color:var(--medium)}
#dlist li.hl{outline:2px solid var(--hl);background:#e8f0fe}
#dlist a{color:inherit;text-decoration:none;display:block}
.sev{font-weight:600;white-space:nowrap}
.s-high .sev{color:var(--high)}.s-medium .sev{color:var(--medium)}.s-low .sev{color:var(--low)}
.kind{font-weight:600}
.where{color:#666;white-space:nowrap}
.msg{display:block;overflow-wrap:anywhere}
.quotes{display:block;color:#444;overflow-wrap:anywhere}
q{quotes:"\201C" "\201D"}
main{min-width:0;padding:0 .6em 2em}
table.align{border-collapse:collapse;width:100%;table-layout:fixed}
table.align thead th{position:sticky;top:0;background:#f3f4f6;z-index:1;text-align:left;font-size:.9em;border-bottom:2px solid #999;padding:.35em .6em;overflow-wrap:anywhere}
table.align th.rn,table.align td.rn{width:4.2em}
table.align td{border-bottom:1px solid var(--line);border-left:1px solid var(--line);vertical-align:top;padding:.35em .6em;overflow-wrap:anywhere;word-break:normal}
table.align td.rn{text-align:right;color:#555;font-size:.8em;border-left:0}
td.rn a{color:inherit}
td.rn meter{display:block;width:100%;height:.6em;margin-top:.2em}
td p{margin:0 0 .5em;white-space:pre-wrap}
td p:last-child{margin-bottom:0}
td.absent{color:#888;font-style:italic;background:repeating-linear-gradient(135deg,#fff,#fff 6px,#f4f4f5 6px,#f4f4f5 12px)}
tr.hl td,tr:target td{background:#eef4ff}
.ins{background:var(--ins)}.chg{background:var(--chg)}.del{text-decoration:underline dotted #c0392b;text-decoration-thickness:1.5px;text-underline-offset:.2em}
.x{border-bottom:2px solid var(--low)}.x.s-high{border-bottom:3px double var(--high)}.x.s-medium{border-bottom:2px solid var(--medium)}
.x.hl{outline:2px solid var(--hl);background:#cfe0ff}
a.b{display:inline-block;font-size:.72em;line-height:1.25;padding:0 .3em;margin:0 .15em;border-radius:.6em;border:1px solid currentColor;text-decoration:none;vertical-align:.15em;font-weight:600;white-space:nowrap;unicode-bidi:isolate}
a.b.s-high{color:#fff;background:var(--high);border-color:var(--high)}a.b.s-medium{color:var(--medium);background:#fff4e0}a.b.s-low{color:var(--low);background:#fff}
.cb{margin-bottom:.3em}
.legend{font-size:.8em;color:#444;padding:0 1.2em .5em}
.legend span{margin-right:1em}
@media (max-width:900px){.layout{grid-template-columns:1fr}aside{position:static;max-height:none;border-right:0}}
@media print{
body{font-size:9.5pt}
.layout{display:block}
aside{position:static;max-height:none;overflow:visible;border:0;background:none}
.filters,.keys{display:none}
#dlist li[hidden]{display:list-item}
table.align thead th{position:static}
thead{display:table-header-group}
tr{break-inside:avoid}
a{color:inherit}
.ins,.chg,.del,a.b{-webkit-print-color-adjust:exact;print-color-adjust:exact}
figure.map{break-inside:avoid}
}
)CSS";

constexpr const char* kScript = R"JS(
(function () {
  'use strict';
  var list = document.getElementById('dlist');
  if (!list) return;
  var items = Array.prototype.slice.call(list.querySelectorAll('li'));
  var fk = document.getElementById('f-kind'), fs = document.getElementById('f-sev'), fr = document.getElementById('f-ren');
  var count = document.getElementById('f-count');
  var cur = -1;
  function visible(li) { return !li.hidden; }
  function apply() {
    var n = 0;
    items.forEach(function (li) {
      var ok = (!fk.value || li.dataset.kind === fk.value) &&
               (!fs.value || li.dataset.sev === fs.value) &&
               (!fr.value || li.dataset.r.indexOf(' ' + fr.value + ' ') >= 0);
      li.hidden = !ok;
      if (ok) n++;
    });
    count.textContent = n + ' of ' + items.length + ' shown';
  }
  [fk, fs, fr].forEach(function (s) { s.addEventListener('change', apply); });
  function clear() {
    Array.prototype.forEach.call(document.querySelectorAll('.hl'), function (e) { e.classList.remove('hl'); });
  }
  function select(li) {
    clear();
    cur = items.indexOf(li);
    li.classList.add('hl');
    var d = li.dataset.d;
    var row = document.getElementById('row-' + li.dataset.row);
    if (row) row.classList.add('hl');
    var marks = document.querySelectorAll('.d' + d);
    Array.prototype.forEach.call(marks, function (e) { e.classList.add('hl'); });
    var target = marks.length ? marks[0] : row;
    if (target) target.scrollIntoView({block: 'center'});
    li.scrollIntoView({block: 'nearest'});
  }
  list.addEventListener('click', function (e) {
    var li = e.target.closest('li');
    if (!li) return;
    e.preventDefault();
    select(li);
  });
  document.addEventListener('click', function (e) {
    var b = e.target.closest('a.b');
    if (!b) return;
    var li = document.getElementById('d-' + b.dataset.d);
    if (!li) return;
    e.preventDefault();
    select(li);
  });
  function step(dir) {
    var vis = items.filter(visible);
    if (!vis.length) return;
    var pos = vis.indexOf(items[cur]);
    if (pos < 0) pos = dir > 0 ? -1 : vis.length;
    pos = Math.min(vis.length - 1, Math.max(0, pos + dir));
    select(vis[pos]);
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target.tagName;
    if (t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA') return;
    if (e.key === 'n' || e.key === 'j') { step(1); e.preventDefault(); }
    else if (e.key === 'p' || e.key === 'k') { step(-1); e.preventDefault(); }
  });
  apply();
})();
)JS";

std::string num(double v, int decimals = 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

int pct(double v) { return static_cast<int>(std::lround(v * 100)); }

const char* sev_class(Severity s) {
    switch (s) {
        case Severity::high: return "s-high";
        case Severity::medium: return "s-medium";
        case Severity::low: return "s-low";
    }
    return "s-low";
}

// Hue from red (little in common) to green (near identical).
std::string sim_colour(double s) {
    double t = std::clamp((s - 0.2) / 0.7, 0.0, 1.0);
    return "hsl(" + num(t * 120) + "," + num(60 - t * 15) + "%," + num(60 - t * 10) + "%)";
}

const Paragraph* para(const Comparison& c, int y, int id) {
    if (y < 0 || static_cast<std::size_t>(y) >= c.renderings.size()) return nullptr;
    const auto& ps = c.renderings[static_cast<std::size_t>(y)].doc.paragraphs;
    if (id < 0 || static_cast<std::size_t>(id) >= ps.size()) return nullptr;
    const Paragraph& p = ps[static_cast<std::size_t>(id)];
    return p.span.end <= c.renderings[static_cast<std::size_t>(y)].doc.text.size() ? &p : nullptr;
}

bool valid_span(const Comparison& c, const SpanRef& s) {
    return s.rendering >= 0 && static_cast<std::size_t>(s.rendering) < c.renderings.size() && s.span.start <= s.span.end &&
           s.span.end <= c.renderings[static_cast<std::size_t>(s.rendering)].doc.text.size();
}

std::string badge(const Comparison& c, std::size_t i) {
    const Discrepancy& d = c.discrepancies[i];
    std::string n = std::to_string(i + 1);
    return "<a class=\"b " + std::string(sev_class(d.severity)) + "\" href=\"#d-" + n + "\" data-d=\"" + n + "\" title=\"" +
           to_string(d.severity) + " " + html_escape(to_string(d.kind)) + ": " + html_escape(d.message) + "\">" + severity_symbol(d.severity) + n +
           "</a>";
}

// One cell: its paragraphs with the word diff and the discrepancies marked.
// The text is cut at every mark boundary, so marks never need to nest.
std::string cell_html(const Comparison& c, int row, int y) {
    const Row& r = c.rows[static_cast<std::size_t>(row)];
    const std::string& text = c.renderings[static_cast<std::size_t>(y)].doc.text;
    std::vector<const Paragraph*> paras;
    for (int id : r.cells[static_cast<std::size_t>(y)])
        if (const Paragraph* p = para(c, y, id)) paras.push_back(p);
    if (paras.empty()) return "";

    struct Mark {
        Span s;
        int cls;  // 0 del (base words another rendering lacks), 1 ins, 2 chg, 3 discrepancy
        std::size_t d;
        std::string title;
    };
    std::vector<Mark> marks;
    auto in_base = [&](Span s) { return s.start <= s.end && s.end <= text.size(); };
    const std::string& base_text = c.renderings[static_cast<std::size_t>(c.base)].doc.text;
    for (const auto& df : c.diffs) {
        if (df.row != row) continue;
        if (y == c.base) {
            for (const auto& e : df.edits)
                if (e.op != EditOp::same && !e.base.empty() && in_base(e.base)) marks.push_back({e.base, 0, 0, {}});
        } else if (df.rendering == y) {
            for (const auto& e : df.edits) {
                if (e.other.empty() || !in_base(e.other)) continue;
                if (e.op == EditOp::added) marks.push_back({e.other, 1, 0, {}});
                if (e.op == EditOp::changed) {
                    std::string was = e.base.end <= base_text.size() && e.base.start <= e.base.end
                                          ? base_text.substr(e.base.start, e.base.size())
                                          : std::string();
                    marks.push_back({e.other, 2, 0, "base: " + clip(was, 200)});
                }
            }
        }
    }
    std::vector<std::size_t> cell_level;
    for (std::size_t i = 0; i < c.discrepancies.size(); ++i) {
        const Discrepancy& d = c.discrepancies[i];
        if (d.row != row) continue;
        bool whole = false, any = false;
        for (const auto& s : d.spans) {
            if (s.rendering != y || !valid_span(c, s)) continue;
            for (const Paragraph* p : paras) {
                if (s.span.start <= p->span.start && s.span.end >= p->span.end) whole = true;
                if (s.span.start < p->span.end && s.span.end > p->span.start) any = true;
            }
            if (!whole) marks.push_back({s.span, 3, i, {}});
        }
        if (whole || (!any && d.spans.empty() && y == c.base)) cell_level.push_back(i);
    }

    std::string out;
    if (!cell_level.empty()) {
        out += "<div class=\"cb\">";
        for (std::size_t i : cell_level) out += badge(c, i);
        out += "</div>";
    }
    std::set<std::size_t> badged;
    for (const Paragraph* p : paras) {
        std::vector<std::size_t> cuts{p->span.start, p->span.end};
        for (const auto& m : marks) {
            if (m.s.start > p->span.start && m.s.start < p->span.end) cuts.push_back(m.s.start);
            if (m.s.end > p->span.start && m.s.end < p->span.end) cuts.push_back(m.s.end);
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        out += "<p dir=\"auto\">";
        for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
            std::size_t a = cuts[k], b = cuts[k + 1];
            int diff = -1;
            std::string title;
            std::vector<std::size_t> ds;
            Severity worst = Severity::low;
            for (const auto& m : marks) {
                if (m.s.start > a || m.s.end < b || m.s.empty()) continue;
                if (m.cls == 3) {
                    ds.push_back(m.d);
                    worst = std::min(worst, c.discrepancies[m.d].severity);
                    if (badged.insert(m.d).second) out += badge(c, m.d);
                } else if (m.cls > diff) {
                    diff = m.cls;
                    title = m.title;
                }
            }
            std::string seg = html_escape(std::string_view(text).substr(a, b - a));
            if (diff < 0 && ds.empty()) {
                out += seg;
                continue;
            }
            std::string cls;
            if (diff >= 0) cls = diff == 0 ? "del" : diff == 1 ? "ins" : "chg";
            if (!ds.empty()) {
                std::sort(ds.begin(), ds.end());
                ds.erase(std::unique(ds.begin(), ds.end()), ds.end());
                cls += std::string(cls.empty() ? "" : " ") + "x " + sev_class(worst);
                for (std::size_t d : ds) cls += " d" + std::to_string(d + 1);
            }
            out += "<span class=\"" + cls + "\"";
            if (!title.empty()) out += " title=\"" + html_escape(title) + "\"";
            out += ">" + seg + "</span>";
        }
        out += "</p>";
    }
    return out;
}

// The alignment as a picture: a column of paragraph blocks per rendering,
// bands between the blocks of a row, coloured by the row's similarity.
void write_map(const Comparison& c, const std::vector<int>& cols, std::ostream& out) {
    if (cols.empty()) return;
    constexpr double colw = 40, gap = 90, top = 30, pad = 24;
    std::size_t most = 0;
    for (int y : cols) most = std::max(most, c.renderings[static_cast<std::size_t>(y)].doc.paragraphs.size());
    double height = std::max(360.0, static_cast<double>(most) * 4.0);
    double width = pad * 2 + static_cast<double>(cols.size()) * colw + static_cast<double>(cols.size() - 1) * gap;

    // paragraph id -> row, per rendering
    std::vector<std::map<int, int>> row_of(c.renderings.size());
    for (std::size_t r = 0; r < c.rows.size(); ++r)
        for (std::size_t y = 0; y < c.rows[r].cells.size() && y < c.renderings.size(); ++y)
            for (int id : c.rows[r].cells[y]) row_of[y].emplace(id, static_cast<int>(r));

    struct Box {
        double y0, y1;
    };
    std::vector<std::vector<Box>> boxes(c.renderings.size());
    for (int y : cols) {
        const auto& ps = c.renderings[static_cast<std::size_t>(y)].doc.paragraphs;
        double total = 0;
        for (const auto& p : ps) total += static_cast<double>(p.span.size());
        double n = static_cast<double>(ps.size());
        double free = std::max(0.0, height - n * 3.0);
        double at = top;
        for (const auto& p : ps) {
            double h = 2.0 + (total > 0 ? static_cast<double>(p.span.size()) / total * free : free / std::max(1.0, n));
            boxes[static_cast<std::size_t>(y)].push_back({at, at + h});
            at += h + 1.0;
        }
    }
    auto xcol = [&](std::size_t k) { return pad + static_cast<double>(k) * (colw + gap); };

    out << "<figure class=\"map\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"map-title\" viewBox=\"0 0 "
        << num(width) << ' ' << num(height + top + 4) << "\" width=\"" << num(std::max(width, 300.0)) << "\">"
        << "<title id=\"map-title\">Alignment overview: one column per rendering, a band per aligned row</title>\n";
    // bands first, so blocks draw over them
    for (std::size_t r = 0; r < c.rows.size(); ++r) {
        const Row& row = c.rows[r];
        int prev = -1;
        for (std::size_t k = 0; k < cols.size(); ++k) {
            auto y = static_cast<std::size_t>(cols[k]);
            if (y >= row.cells.size() || row.cells[y].empty()) continue;
            if (prev >= 0) {
                auto py = static_cast<std::size_t>(cols[static_cast<std::size_t>(prev)]);
                double a0 = 1e18, a1 = -1, b0 = 1e18, b1 = -1;
                for (int id : row.cells[py])
                    if (id >= 0 && static_cast<std::size_t>(id) < boxes[py].size())
                        a0 = std::min(a0, boxes[py][static_cast<std::size_t>(id)].y0), a1 = std::max(a1, boxes[py][static_cast<std::size_t>(id)].y1);
                for (int id : row.cells[y])
                    if (id >= 0 && static_cast<std::size_t>(id) < boxes[y].size())
                        b0 = std::min(b0, boxes[y][static_cast<std::size_t>(id)].y0), b1 = std::max(b1, boxes[y][static_cast<std::size_t>(id)].y1);
                if (a1 >= 0 && b1 >= 0) {
                    double xa = xcol(static_cast<std::size_t>(prev)) + colw, xb = xcol(k), xm = (xa + xb) / 2;
                    out << "<a href=\"#row-" << r << "\"><path d=\"M" << num(xa, 1) << ' ' << num(a0, 1) << "C" << num(xm, 1) << ' ' << num(a0, 1)
                        << ' ' << num(xm, 1) << ' ' << num(b0, 1) << ' ' << num(xb, 1) << ' ' << num(b0, 1) << "L" << num(xb, 1) << ' '
                        << num(b1, 1) << "C" << num(xm, 1) << ' ' << num(b1, 1) << ' ' << num(xm, 1) << ' ' << num(a1, 1) << ' ' << num(xa, 1)
                        << ' ' << num(a1, 1) << "Z\" fill=\"" << sim_colour(row.similarity) << "\" fill-opacity=\"0.45\"><title>row " << r
                        << ": similarity " << pct(row.similarity) << "%</title></path></a>\n";
                }
            }
            prev = static_cast<int>(k);
        }
    }
    for (std::size_t k = 0; k < cols.size(); ++k) {
        auto y = static_cast<std::size_t>(cols[k]);
        const auto& ren = c.renderings[y];
        double x = xcol(k);
        out << "<text x=\"" << num(x + colw / 2, 1) << "\" y=\"12\" text-anchor=\"middle\" font-size=\"10\">" << html_escape(clip(ren.doc.name, 9))
            << "<title>" << html_escape(ren.doc.name) << "</title></text>";
        out << "<text x=\"" << num(x + colw / 2, 1) << "\" y=\"24\" text-anchor=\"middle\" font-size=\"9\" fill=\"#555\">"
            << (static_cast<int>(y) == c.base ? "base" : std::to_string(pct(ren.coverage)) + "%") << "</text>\n";
        for (std::size_t i = 0; i < ren.doc.paragraphs.size(); ++i) {
            const Paragraph& p = ren.doc.paragraphs[i];
            const Box& b = boxes[y][i];
            auto it = row_of[y].find(p.id);
            std::string fill = !p.in_article ? "#c8ccd2" : it == row_of[y].end() ? "#ffffff" : sim_colour(c.rows[static_cast<std::size_t>(it->second)].similarity);
            std::string rect = "<rect x=\"" + num(x, 1) + "\" y=\"" + num(b.y0, 1) + "\" width=\"" + num(colw) + "\" height=\"" + num(b.y1 - b.y0, 1) +
                               "\" fill=\"" + fill + "\" stroke=\"#8a8f98\" stroke-width=\"0.5\"><title>" + html_escape(ren.doc.name) + " ¶" +
                               std::to_string(p.id) + (p.in_article ? "" : " (outside the article)");
            if (it != row_of[y].end())
                out << "<a href=\"#row-" << it->second << "\">" << rect << ", row " << it->second << "</title></rect></a>";
            else
                out << rect << "</title></rect>";
        }
        out << '\n';
    }
    out << "</svg><figcaption>Each column is a rendering, each block a paragraph (height by length); bands join the "
           "paragraphs of one row. <span class=\"sw lo\"></span>low<span class=\"sw hi\"></span>high similarity"
           "<span class=\"sw g\"></span>outside the article<span class=\"sw w\"></span>not aligned. Click a band or block to "
           "go to its row.</figcaption></figure>\n";
}

void write_summary(const Comparison& c, const std::vector<int>& cols, std::ostream& out) {
    out << "<section class=\"top\"><div>\n<h2>Renderings</h2>\n<table class=\"ren\"><thead><tr><th>#</th><th>rendering</th><th>status</th>"
           "<th class=\"num\">coverage</th><th class=\"num\">paragraphs</th></tr></thead><tbody>\n";
    for (std::size_t y = 0; y < c.renderings.size(); ++y) {
        const Rendering& ren = c.renderings[y];
        std::size_t in = 0;
        for (const auto& p : ren.doc.paragraphs) in += p.in_article;
        out << "<tr" << (ren.status == Status::unrelated ? " class=\"unrel\"" : "") << "><td>" << y << "</td><td>" << html_escape(ren.doc.name);
        if (static_cast<int>(y) == c.base) out << "<span class=\"tag\">base</span>";
        out << "<span class=\"path\">" << html_escape(ren.doc.path) << "</span></td><td>" << to_string(ren.status);
        if (!ren.reason.empty()) out << ": " << html_escape(ren.reason);
        out << "</td><td class=\"num\">" << (static_cast<int>(y) == c.base ? "base" : std::to_string(pct(ren.coverage)) + "%")
            << "</td><td class=\"num\">" << in << " of " << ren.doc.paragraphs.size() << " in the article</td></tr>\n";
    }
    out << "</tbody></table>\n";
    if (!c.notes.empty()) {
        out << "<ul class=\"notes\">";
        for (const auto& n : c.notes) out << "<li>note: " << html_escape(n.text) << "</li>";
        out << "</ul>\n";
    }
    auto kinds = kind_counts(c);
    auto sev = severity_counts(c);
    out << "<h2>Discrepancies</h2>\n<table class=\"counts\"><thead><tr><th>kind</th>";
    for (Severity s : {Severity::high, Severity::medium, Severity::low})
        out << "<th class=\"num\">" << severity_symbol(s) << ' ' << to_string(s) << "</th>";
    out << "<th class=\"num\">total</th></tr></thead><tbody>\n";
    for (const auto& k : kinds)
        out << "<tr><td>" << html_escape(to_string(k.kind)) << "</td><td class=\"num\">" << k.n[0] << "</td><td class=\"num\">" << k.n[1]
            << "</td><td class=\"num\">" << k.n[2] << "</td><td class=\"num\">" << k.n[0] + k.n[1] + k.n[2] << "</td></tr>\n";
    out << "<tr><th>all</th><th class=\"num\">" << sev[0] << "</th><th class=\"num\">" << sev[1] << "</th><th class=\"num\">" << sev[2]
        << "</th><th class=\"num\">" << c.discrepancies.size() << "</th></tr></tbody></table>\n</div>\n";
    write_map(c, cols, out);
    out << "</section>\n";
}

void write_list(const Comparison& c, std::ostream& out) {
    auto kinds = kind_counts(c);
    std::sort(kinds.begin(), kinds.end(), [](const KindCount& a, const KindCount& b) { return std::string_view(to_string(a.kind)) < to_string(b.kind); });
    auto sev = severity_counts(c);
    out << "<aside aria-label=\"Discrepancies\"><h2>Discrepancy list</h2>\n<div class=\"filters\">"
           "<select id=\"f-kind\" aria-label=\"kind\"><option value=\"\">all kinds</option>";
    for (const auto& k : kinds)
        out << "<option value=\"" << html_escape(to_string(k.kind)) << "\">" << html_escape(to_string(k.kind)) << " (" << k.n[0] + k.n[1] + k.n[2] << ")</option>";
    out << "</select><select id=\"f-sev\" aria-label=\"severity\"><option value=\"\">all severities</option>";
    for (Severity s : {Severity::high, Severity::medium, Severity::low})
        out << "<option value=\"" << to_string(s) << "\">" << severity_symbol(s) << ' ' << to_string(s) << " (" << sev[static_cast<std::size_t>(s)]
            << ")</option>";
    out << "</select><select id=\"f-ren\" aria-label=\"rendering\"><option value=\"\">all renderings</option>";
    for (std::size_t y = 0; y < c.renderings.size(); ++y)
        if (c.renderings[y].status == Status::aligned) out << "<option value=\"" << y << "\">" << html_escape(c.renderings[y].doc.name) << "</option>";
    out << "</select><output id=\"f-count\">" << c.discrepancies.size() << " of " << c.discrepancies.size() << " shown</output></div>\n"
        << "<p class=\"keys\"><kbd>n</kbd> / <kbd>p</kbd>: next / previous discrepancy; click one to go to it.</p>\n<ol id=\"dlist\">\n";
    // Most severe first, then in reading order: what a checker reads first.
    std::vector<std::size_t> order(c.discrepancies.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return static_cast<int>(c.discrepancies[a].severity) < static_cast<int>(c.discrepancies[b].severity);
    });
    for (std::size_t i : order) {
        const Discrepancy& d = c.discrepancies[i];
        std::set<int> rs;
        for (const auto& s : d.spans) rs.insert(s.rendering);
        std::string rattr = " ";
        for (int r : rs) rattr += std::to_string(r) + " ";
        std::string n = std::to_string(i + 1);
        out << "<li id=\"d-" << n << "\" class=\"" << sev_class(d.severity) << "\" data-d=\"" << n << "\" data-kind=\"" << html_escape(to_string(d.kind))
            << "\" data-sev=\"" << to_string(d.severity) << "\" data-r=\"" << rattr << "\" data-row=\"" << d.row << "\"><a href=\"#row-" << d.row
            << "\"><span class=\"sev\">" << severity_symbol(d.severity) << ' ' << to_string(d.severity) << "</span> <span class=\"kind\">"
            << html_escape(to_string(d.kind)) << "</span> <span class=\"where\">#" << n << " · row " << d.row << "</span><span class=\"msg\">"
            << html_escape(d.message) << "</span>";
        std::string quotes;
        for (const auto& s : d.spans) {
            if (!valid_span(c, s)) continue;
            if (!quotes.empty()) quotes += " ↔ ";
            quotes += "<q dir=\"auto\">" + html_escape(clip(c.text(s.rendering, s.span), 90)) + "</q>";
        }
        if (!quotes.empty()) out << "<span class=\"quotes\">" << quotes << "</span>";
        out << "</a></li>\n";
    }
    out << "</ol>\n";
    if (c.discrepancies.empty()) out << "<p>No discrepancies: the renderings agree.</p>\n";
    out << "</aside>\n";
}

void write_table(const Comparison& c, const std::vector<int>& cols, std::ostream& out) {
    out << "<main><table class=\"align\"><thead><tr><th class=\"rn\">row</th>";
    for (int y : cols) {
        const Rendering& ren = c.renderings[static_cast<std::size_t>(y)];
        out << "<th>" << html_escape(ren.doc.name);
        if (y == c.base) out << "<span class=\"tag\">base</span>";
        else out << "<span class=\"tag\">" << pct(ren.coverage) << "% coverage</span>";
        out << "</th>";
    }
    out << "</tr></thead>\n<tbody>\n";
    for (std::size_t r = 0; r < c.rows.size(); ++r) {
        const Row& row = c.rows[r];
        out << "<tr id=\"row-" << r << "\"><td class=\"rn\"><a href=\"#row-" << r << "\">" << r << "</a><br>" << pct(row.similarity)
            << "%<meter min=\"0\" max=\"1\" low=\"0.35\" high=\"0.7\" optimum=\"1\" value=\"" << num(row.similarity, 3)
            << "\" title=\"similarity\"></meter></td>";
        for (int y : cols) {
            if (static_cast<std::size_t>(y) >= row.cells.size() || row.cells[static_cast<std::size_t>(y)].empty()) {
                out << "<td class=\"absent\">absent</td>";
                continue;
            }
            out << "<td>" << cell_html(c, static_cast<int>(r), y) << "</td>";
        }
        out << "</tr>\n";
    }
    out << "</tbody></table>\n";
    if (c.rows.empty()) out << "<p>No aligned rows.</p>\n";
    out << "</main>\n";
}


// Every quotation of any rendering, looked up in each other rendering.
void write_quote_table(const Comparison& c, std::ostream& out) {
    if (c.quotes.empty()) return;
    out << "<section class=\"quotes\"><h2>Quotations</h2>\n<table class=\"quotes\"><thead><tr><th>rendering</th><th>quotation</th><th>found in</th></tr></thead><tbody>\n";
    for (const auto& q : c.quotes) {
        out << "<tr><td>" << html_escape(c.renderings[static_cast<std::size_t>(q.rendering)].doc.name) << "</td><td dir=\"auto\">"
            << html_escape(c.text(q.rendering, q.span)) << "</td><td>";
        for (const auto& f : q.findings)
            out << "<div>" << html_escape(c.renderings[static_cast<std::size_t>(f.rendering)].doc.name) << ": <b>"
                << html_escape(to_string(f.match)) << "</b></div>";
        out << "</td></tr>\n";
    }
    out << "</tbody></table></section>\n";
}

}  // namespace

void write_html(const Comparison& c, std::ostream& out) {
    std::vector<int> cols;
    for (std::size_t y = 0; y < c.renderings.size(); ++y)
        if (c.renderings[y].status == Status::aligned) cols.push_back(static_cast<int>(y));
    if (c.base < 0 || static_cast<std::size_t>(c.base) >= c.renderings.size()) cols.clear();  // nothing to lay out safely

    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-" << sha256_base64(kStyle)
        << "'; script-src 'sha256-" << sha256_base64(kScript) << "'; base-uri 'none'; form-action 'none'\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
        << "<title>parallax report</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n"
        << "<header><h1>parallax report</h1><p class=\"sumline\">" << html_escape(summary_line(c)) << "</p></header>\n";
    write_summary(c, cols, out);
    out << "<p class=\"legend\"><span><span class=\"ins\">added</span> / <span class=\"chg\">changed</span> words against the base</span>"
           "<span><span class=\"del\">base words</span> another rendering lacks or changes</span>"
           "<span>badges: ▲ high, ◆ medium, ○ low severity</span></p>\n";
    out << "<div class=\"layout\">\n";
    write_list(c, out);
    write_table(c, cols, out);
    out << "</div>\n";
    write_quote_table(c, out);
    out << "<script>" << kScript << "</script>\n</body></html>\n";
}

}  // namespace parallax::report
