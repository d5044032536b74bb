#include "parallax/report/html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "escape.hpp"
#include "page.hpp"
#include "report_assets.hpp"
#include "row_view.hpp"
#include "rows.hpp"  // generated from assets/ by cmake/embed_assets.cmake
#include "summary.hpp"
#include "view.hpp"

namespace parallax::report {

namespace {

std::string num(double v, int decimals = 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

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

// One cell of the row view: its paragraphs with the word diff and the
// discrepancies marked, a badge where each discrepancy first appears.
std::string cell_html(const Comparison& c, const CellView& cell) {
    if (cell.paragraphs.empty()) return "";
    const std::string& text = c.renderings[static_cast<std::size_t>(cell.rendering)].doc.text;
    const std::string& base_text = c.renderings[static_cast<std::size_t>(c.base)].doc.text;
    std::string out;
    if (!cell.cell_findings.empty()) {
        out += "<div class=\"cb\">";
        for (std::size_t i : cell.cell_findings) out += badge(c, i);
        out += "</div>";
    }
    std::set<std::size_t> badged;
    for (const auto& p : cell.paragraphs) {
        out += "<p dir=\"auto\">";
        for (const auto& piece : p.pieces) {
            Severity worst = Severity::low;
            for (std::size_t d : piece.findings) {
                worst = std::min(worst, c.discrepancies[d].severity);
                if (badged.insert(d).second) out += badge(c, d);
            }
            std::string seg = html_escape(std::string_view(text).substr(piece.span.start, piece.span.size()));
            if (piece.mark == Mark::same && piece.findings.empty()) {
                out += seg;
                continue;
            }
            std::string cls = piece.mark == Mark::removed ? "del" : piece.mark == Mark::added ? "ins" : piece.mark == Mark::changed ? "chg" : "";
            if (!piece.findings.empty()) {
                cls += std::string(cls.empty() ? "" : " ") + "x " + sev_class(worst);
                for (std::size_t d : piece.findings) cls += " d" + std::to_string(d + 1);
            }
            out += "<span class=\"" + cls + "\"";
            if (piece.mark == Mark::changed)
                out += " title=\"" + html_escape("base: " + clip(std::string_view(base_text).substr(piece.was.start, piece.was.size()), 200)) + "\"";
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
                        << ": similarity " << percent(row.similarity) << "</title></path></a>\n";
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
            << (static_cast<int>(y) == c.base ? "base" : percent(ren.coverage)) << "</text>\n";
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

void write_summary(const Comparison& c, std::ostream& out) {
    out << "<section class=\"top\">\n<h2>Renderings</h2>\n<table class=\"ren\"><thead><tr><th>#</th><th>rendering</th><th>status</th>"
           "<th class=\"num\">coverage</th><th class=\"num\">paragraphs</th></tr></thead><tbody>\n";
    for (std::size_t y = 0; y < c.renderings.size(); ++y) {
        const Rendering& ren = c.renderings[y];
        std::size_t in = 0;
        for (const auto& p : ren.doc.paragraphs) in += p.in_article;
        out << "<tr" << (ren.status == Status::unrelated ? " class=\"unrel\"" : "") << "><td>" << y << "</td><td>" << html_escape(ren.doc.name);
        if (static_cast<int>(y) == c.base) out << "<span class=\"tag\">base</span>";
        out << "<span class=\"path\">" << html_escape(ren.doc.path) << " \u00b7 " << html_escape(ren.doc.language) << "</span></td><td>"
            << to_string(ren.status);
        if (!ren.reason.empty()) out << ": " << html_escape(ren.reason);
        if (std::string form = form_label(c, static_cast<int>(y)); !form.empty()) out << ", " << html_escape(form);
        if (*cut_off_label(ren)) out << ", " << cut_off_label(ren);
        out << "</td><td class=\"num\">" << (static_cast<int>(y) == c.base ? "base" : percent(ren.coverage))
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
        << "</th><th class=\"num\">" << c.discrepancies.size() << "</th></tr></tbody></table>\n</section>\n";
}

// Hidden until the script shows them: without it they could not act, and the
// page keeps the view it was written with.
void write_view_controls(View v, std::ostream& out) {
    const char* f = v == View::findings ? " checked" : "";
    const char* d = v == View::diff ? " checked" : "";
    out << "<fieldset class=\"view\" id=\"view\" hidden><legend>View</legend><label><input type=\"radio\" name=\"view\" value=\"v-findings\"" << f
        << "> Findings only</label><label><input type=\"radio\" name=\"view\" value=\"v-diff\"" << d << "> Word diff</label></fieldset>\n";
}

void write_list(const Comparison& c, View v, std::ostream& out) {
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
    out << "</select><output id=\"f-count\">" << c.discrepancies.size() << " of " << c.discrepancies.size() << " shown</output>"
        << "<label class=\"rows\" hidden><input type=\"checkbox\" id=\"f-rows\"> only rows with shown discrepancies</label></div>\n";
    // A reviewer's marks live in the browser (localStorage, under each
    // discrepancy's stable id), so they need the script: hidden without it.
    out << "<div class=\"review\" hidden><select id=\"f-mark\" aria-label=\"review marks\"><option value=\"\">marked or not</option>"
           "<option value=\"open\">not marked yet</option><option value=\"reviewed\">reviewed</option><option value=\"fine\">not a problem</option>"
           "</select><output id=\"m-count\"></output><button type=\"button\" id=\"m-export\">Export marks (JSON)</button></div>\n";
    write_view_controls(v, out);
    out << "<p class=\"keys\"><kbd>n</kbd> / <kbd>p</kbd>: next / previous discrepancy; click one to go to it; <kbd>v</kbd>: findings only / "
           "word diff; <kbd>r</kbd> / <kbd>x</kbd>: mark the selected one reviewed / not a problem.</p>\n<ol id=\"dlist\">\n";
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
        out << "<li id=\"d-" << n << "\" class=\"" << sev_class(d.severity) << "\" data-d=\"" << n << "\" data-id=\"" << html_escape(d.id)
            << "\" data-kind=\"" << html_escape(to_string(d.kind))
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
        out << "</a>";
        if (!d.id.empty())
            out << "<div class=\"rv\" hidden><span class=\"mark\"></span><button type=\"button\" data-m=\"reviewed\" aria-pressed=\"false\" "
                   "aria-label=\"#" << n << " reviewed\">reviewed</button><button type=\"button\" data-m=\"fine\" aria-pressed=\"false\" aria-label=\"#"
                << n << " not a problem\">not a problem</button></div>";
        out << "</li>\n";
    }
    out << "</ol>\n";
    if (c.discrepancies.empty()) out << "<p>No discrepancies: the renderings agree.</p>\n";
    out << "</aside>\n";
}

void write_table(const Comparison& c, const std::vector<int>& cols, View view, unsigned jobs, std::ostream& out) {
    const RowIndex index = row_index(c);
    // Each row's discrepancy numbers, so the filters can hide rows too.
    std::vector<std::string> numbers(c.rows.size(), " ");
    for (std::size_t i = 0; i < c.discrepancies.size(); ++i) {
        int r = c.discrepancies[i].row;
        if (r >= 0 && static_cast<std::size_t>(r) < numbers.size()) numbers[static_cast<std::size_t>(r)] += std::to_string(i + 1) + " ";
    }
    out << "<main class=\"" << view_class(view) << "\">";
    // On a phone one rendering fits: the script shows this and hides the
    // other columns (report.css, max-width 600px).
    out << "<div class=\"switch\" id=\"switch\" role=\"radiogroup\" aria-label=\"rendering shown\" hidden><span>Show:</span>";
    for (std::size_t k = 0; k < cols.size(); ++k)
        out << "<button type=\"button\" role=\"radio\" data-col=\"" << k << "\" aria-checked=\"" << (cols[k] == c.base ? "true" : "false") << "\">"
            << html_escape(c.renderings[static_cast<std::size_t>(cols[k])].doc.name) << "</button>";
    out << "</div>\n<table class=\"align\"><thead><tr><th class=\"rn\">row</th>";
    for (int y : cols) {
        const Rendering& ren = c.renderings[static_cast<std::size_t>(y)];
        out << "<th>" << html_escape(ren.doc.name);
        if (y == c.base) out << "<span class=\"tag\">base</span>";
        else out << "<span class=\"tag\">" << percent(ren.coverage) << " coverage</span>";
        out << "</th>";
    }
    out << "</tr></thead>\n<tbody>\n";
    write_rows(c.rows.size(), jobs, out, [&](std::size_t r, std::ostream& out) {
        RowView v = row_view(c, index, static_cast<int>(r), cols);
        out << "<tr id=\"row-" << r << "\"";
        if (numbers[r].size() > 1) out << " data-ds=\"" << numbers[r] << "\"";
        out << "><td class=\"rn\"><a href=\"#row-" << r << "\">" << r << "</a><br>" << v.similarity
            << "<meter min=\"0\" max=\"1\" low=\"0.35\" high=\"0.7\" optimum=\"1\" value=\"" << num(c.rows[r].similarity, 3)
            << "\" title=\"similarity\"></meter></td>";
        for (const CellView& cell : v.cells) {
            if (!cell.present) out << "<td class=\"absent\">absent</td>";
            else out << "<td>" << cell_html(c, cell) << "</td>";
        }
        out << "</tr>\n";
    });
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

// The tab's and the bookmark's name: the renderings, so two open reports
// can be told apart.
std::string page_title(const Comparison& c) {
    std::string names;
    for (const auto& r : c.renderings) {
        if (r.status == Status::unrelated) continue;
        names += (names.empty() ? "" : " \u00b7 ") + r.doc.name;
    }
    return names.empty() ? "parallax report" : "parallax: " + clip(names, 120);
}

}  // namespace

void write_html(const Comparison& c, std::ostream& out, unsigned jobs) {
    std::vector<int> cols = columns(c);
    View view = default_view(c);

    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        << csp_meta(assets::report_css, assets::report_js) << "\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
        << "<meta name=\"color-scheme\" content=\"light dark\">\n"
        << "<title>" << html_escape(page_title(c)) << "</title>\n<style>" << assets::report_css << "</style>\n</head>\n<body>\n<div class=\"page\">\n"
        << "<header><h1>parallax report</h1><p class=\"sumline\">" << html_escape(summary_line(c)) << "</p></header>\n";
    write_summary(c, out);
    out << "<div class=\"legend\"><p><strong>Findings only</strong> marks just the discrepancies: each is underlined in place, high and medium ones shaded, "
           "after its badge (▲ high, ◆ medium, ○ low severity).</p>"
           "<p><strong>Word diff</strong> also colours every word the renderings word differently: <span class=\"ins\">added</span> / "
           "<span class=\"chg\">changed</span> against the base, and <span class=\"del\">base words</span> another rendering lacks or changes.</p>"
           "</div>\n";
    out << "<div class=\"layout\">\n";
    write_list(c, view, out);
    write_table(c, cols, view, jobs, out);
    out << "</div>\n";
    // After the list and table in the page's order, beside the summary on
    // screen: the keyboard reaches the list first (report.css, .page).
    write_map(c, cols, out);
    write_quote_table(c, out);
    out << "</div>\n<script>" << assets::report_js << "</script>\n</body></html>\n";
}

}  // namespace parallax::report
