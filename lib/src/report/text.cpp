#include "parallax/report/text.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "../unicode/unicode.hpp"
#include "parallax/report/list.hpp"
#include "row_view.hpp"
#include "rows.hpp"
#include "summary.hpp"
#include "terminal.hpp"

namespace parallax::report {

namespace {

struct Style {
    bool on;
    const char* del() const { return on ? "\x1b[31m" : ""; }
    const char* add() const { return on ? "\x1b[32m" : ""; }
    const char* chg() const { return on ? "\x1b[33m" : ""; }
    const char* bold() const { return on ? "\x1b[1m" : ""; }
    const char* dim() const { return on ? "\x1b[2m" : ""; }
    const char* off() const { return on ? "\x1b[0m" : ""; }
    const char* sev(Severity s) const { return on ? severity_sgr(s) : ""; }
};

// What lay between two runs in the source: kept when it is short and on one
// line (a space, a comma and a space), otherwise a single space.
std::string_view gap(const std::string& text, std::size_t from, std::size_t to) {
    if (to <= from || to - from > 4) return " ";
    std::string_view g(text.data() + from, to - from);
    return g.find('\n') == std::string_view::npos ? g : std::string_view(" ");
}

// The other rendering's cell as wdiff shows it: common words plain, the
// base's words [-struck-], the other's {+added+}.
std::string wdiff(const Comparison& c, const CellDiff& d, const Style& st) {
    const std::string& bt = c.renderings[static_cast<std::size_t>(c.base)].doc.text;
    const std::string& ot = c.renderings[static_cast<std::size_t>(d.rendering)].doc.text;
    std::string out;
    const Edit* prev = nullptr;
    for (const auto& e : d.edits) {
        if (prev) {
            if (!e.other.empty() && !prev->other.empty()) out += terminal_safe(gap(ot, prev->other.end, e.other.start));
            else if (!e.base.empty() && !prev->base.empty()) out += terminal_safe(gap(bt, prev->base.end, e.base.start));
            else out += ' ';
        }
        auto base = terminal_safe(std::string_view(bt).substr(e.base.start, e.base.size()), Newlines::keep);
        auto other = terminal_safe(std::string_view(ot).substr(e.other.start, e.other.size()), Newlines::keep);
        switch (e.op) {
            case EditOp::same: out += other; break;
            case EditOp::removed: out += std::string(st.del()) + "[-" + base + "-]" + st.off(); break;
            case EditOp::added: out += std::string(st.add()) + "{+" + other + "+}" + st.off(); break;
            case EditOp::changed:
                out += std::string(st.del()) + "[-" + base + "-]" + st.off() + st.add() + "{+" + other + "+}" + st.off();
                break;
        }
        prev = &e;
    }
    return out;
}

// ---- side by side -------------------------------------------------------

enum Ink : unsigned char { plain, base_diff, added, changed, marker };

// One character cell on screen: a code point with its combining marks.
struct Glyph {
    std::string bytes;
    int width = 1;
    Ink ink = plain;
    bool space = false;
};

const char* ink_on(const Style& st, Ink k) {
    switch (k) {
        case base_diff: return st.del();
        case added: return st.add();
        case changed: return st.chg();
        case marker: return st.dim();
        case plain: return "";
    }
    return "";
}

void push_text(std::vector<Glyph>& g, std::string_view s, Ink ink) {
    std::size_t pos = 0;
    while (pos < s.size()) {
        std::size_t from = pos;
        char32_t cp = unicode::next(s, pos);
        if (cp == '\r' && pos < s.size() && s[pos] == '\n') continue;  // a CRLF is one line end
        if (cp == '\n' || cp == '\t' || cp == ' ' || cp == 0x3000) {
            g.push_back({" ", 1, ink, true});
            continue;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xFFFD) {
            // Shown, never sent: \x1b, \r, \u009b as plain characters (a
            // stray byte decodes as U+FFFD, so it is looked at in its bytes).
            for (char ch : terminal_safe(s.substr(from, pos - from))) g.push_back({std::string(1, ch), 1, ink, false});
            continue;
        }
        int w = unicode::display_width(cp);
        if (w <= 0 && !g.empty() && !g.back().space && cp >= 0x80) {
            g.back().bytes.append(s.substr(from, pos - from));  // a combining mark joins its base
            continue;
        }
        if (w <= 0) continue;  // control characters take no room and are dropped
        g.push_back({std::string(s.substr(from, pos - from)), w, ink, false});
    }
}

// A cell of the row view with the word diff as inks: in the base, words some
// other rendering lacks or changes; elsewhere, words added or changed against
// the base. Without colour each run is bracketed [- -] / {+ +} as in wdiff.
std::vector<Glyph> cell_glyphs(const Comparison& c, const CellView& cell, const Style& st) {
    std::string_view text = c.renderings[static_cast<std::size_t>(cell.rendering)].doc.text;
    std::vector<Glyph> g;
    bool first = true;
    for (const auto& p : cell.paragraphs) {
        if (!first) g.push_back({"\n", 0, plain, true});  // paragraph break
        first = false;
        // Pieces are cut at discrepancy boundaries too: a run is as long as its mark.
        for (std::size_t k = 0, e = 0; k < p.pieces.size(); k = e) {
            Mark m = p.pieces[k].mark;
            for (e = k; e < p.pieces.size() && p.pieces[e].mark == m;) ++e;
            std::string_view run = text.substr(p.pieces[k].span.start, p.pieces[e - 1].span.end - p.pieces[k].span.start);
            if (m == Mark::same) {
                push_text(g, run, plain);
                continue;
            }
            Ink ink = m == Mark::removed ? base_diff : m == Mark::added ? added : changed;
            if (!st.on) push_text(g, ink == base_diff ? "[-" : "{+", marker);
            push_text(g, run, ink);
            if (!st.on) push_text(g, ink == base_diff ? "-]" : "+}", marker);
        }
    }
    return g;
}

using Line = std::vector<Glyph>;

int line_width(const Line& l) {
    int w = 0;
    for (const auto& g : l) w += g.width;
    return w;
}

// Greedy wrap to `width` display columns: break at spaces, around wide (CJK)
// characters, and inside a word only when it alone is too wide.
std::vector<Line> wrap(const std::vector<Glyph>& glyphs, int width) {
    std::vector<Line> lines(1);
    int w = 0;
    for (const auto& g : glyphs) {
        Line& cur = lines.back();
        if (g.bytes == "\n") {
            lines.emplace_back();
            lines.emplace_back();
            w = 0;
            continue;
        }
        if (g.space) {
            if (cur.empty() || cur.back().space) continue;  // no leading or doubled spaces
            if (w + 1 > width) {
                lines.emplace_back();
                w = 0;
                continue;
            }
            cur.push_back(g);
            w += 1;
            continue;
        }
        if (w + g.width <= width) {
            cur.push_back(g);
            w += g.width;
            continue;
        }
        // Find the last break opportunity: after a space or next to a wide glyph.
        std::size_t brk = cur.size();
        for (std::size_t i = cur.size(); i-- > 0;) {
            if (cur[i].space || cur[i].width == 2 || g.width == 2) {
                brk = i + 1;
                break;
            }
            if (i > 0 && cur[i - 1].width == 2) {
                brk = i;
                break;
            }
        }
        Line rest;
        if (brk < cur.size() && brk > 0) rest.assign(cur.begin() + static_cast<std::ptrdiff_t>(brk), cur.end());
        if (brk > 0 && brk <= cur.size()) cur.resize(brk);
        while (!cur.empty() && cur.back().space) cur.pop_back();
        rest.push_back(g);
        lines.push_back(std::move(rest));
        w = line_width(lines.back());
        if (w > width) {  // one glyph wider than the column: let it stand alone
            w = 0;
            lines.emplace_back();
        }
    }
    for (auto& l : lines)
        while (!l.empty() && l.back().space) l.pop_back();
    while (lines.size() > 1 && lines.back().empty()) lines.pop_back();
    return lines;
}

void put_line(std::ostream& out, const Line& l, int width, const Style& st, bool pad) {
    Ink ink = plain;
    for (const auto& g : l) {
        if (g.ink != ink) {
            if (ink != plain) out << st.off();
            out << ink_on(st, g.ink);
            ink = g.ink;
        }
        out << g.bytes;
    }
    if (ink != plain) out << st.off();
    if (pad)
        for (int w = line_width(l); w < width; ++w) out << ' ';
}

std::string repeat(std::string_view s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

void write_side_by_side(const Comparison& c, std::ostream& out, const Style& st, int width, unsigned jobs) {
    std::vector<int> cols = columns(c);
    if (cols.empty()) return;
    const RowIndex index = row_index(c);
    int n = static_cast<int>(cols.size());
    int colw = std::max(8, (width - 3 * (n - 1)) / n);
    int full = colw * n + 3 * (n - 1);
    auto row_of_cells = [&](std::ostream& out, const std::vector<std::vector<Line>>& cells) {
        std::size_t height = 0;
        for (const auto& ls : cells) height = std::max(height, ls.size());
        for (std::size_t i = 0; i < height; ++i) {
            for (int k = 0; k < n; ++k) {
                const auto& ls = cells[static_cast<std::size_t>(k)];
                static const Line empty;
                // Anything right of this separator on this line: another
                // separator (so an empty cell keeps the next one in its
                // column), or text in the last column.
                const auto& last = cells[static_cast<std::size_t>(n - 1)];
                bool more = k + 2 < n || (i < last.size() && !last[i].empty());
                put_line(out, i < ls.size() ? ls[i] : empty, colw, st, k + 1 < n);
                if (k + 1 < n) out << (more ? " \u2502 " : " \u2502");
            }
            out << '\n';
        }
    };
    // Column heads: the rendering's index and name.
    std::vector<std::vector<Line>> heads;
    for (int y : cols) {
        std::vector<Glyph> g;
        std::string label = "[";  // appended piecewise: g++ 12 warns (-Wrestrict) on "[" + std::to_string(y)
        label += std::to_string(y);
        label += "] ";
        push_text(g, label, plain);
        push_text(g, c.renderings[static_cast<std::size_t>(y)].doc.name, plain);
        if (y == c.base) push_text(g, " (base)", plain);
        heads.push_back(wrap(g, colw));
    }
    out << '\n' << st.bold();
    row_of_cells(out, heads);
    out << st.off();
    write_rows(c.rows.size(), jobs, out, [&](std::size_t r, std::ostream& out) {
        RowView v = row_view(c, index, static_cast<int>(r), cols);
        std::string title = "\u2500\u2500 row " + std::to_string(r) + " \u00b7 similarity " + v.similarity + " ";
        std::vector<Glyph> tg;
        push_text(tg, title, plain);
        out << st.bold() << title << repeat("\u2500", full - line_width(tg) - 1) << st.off() << '\n';
        std::vector<std::vector<Line>> cells;
        for (const CellView& cell : v.cells) {
            if (!cell.present) {
                std::vector<Glyph> g;
                push_text(g, "(absent)", marker);
                cells.push_back(wrap(g, colw));
                continue;
            }
            cells.push_back(wrap(cell_glyphs(c, cell, st), colw));
        }
        row_of_cells(out, cells);
        for (std::size_t i : index.findings[r]) {
            const Discrepancy& d = c.discrepancies[i];
            if (d.kind == Kind::phrasing) continue;
            std::vector<Glyph> g;
            push_text(g, std::string(to_string(d.severity)) + " " + to_string(d.kind) + ": " + d.message, plain);
            auto lines = wrap(g, std::max(8, full - 4));
            for (std::size_t i = 0; i < lines.size(); ++i) {
                out << (i == 0 ? std::string("  ") + st.sev(d.severity) + severity_symbol(d.severity) + st.off() + " " : std::string("    "));
                put_line(out, lines[i], 0, st, false);
                out << '\n';
            }
        }
    });
}

// Which renderings a discrepancy involves, as "[0,2]".
std::string who(const Discrepancy& d) {
    std::vector<int> ids;
    for (const auto& sp : d.spans)
        if (std::find(ids.begin(), ids.end(), sp.rendering) == ids.end()) ids.push_back(sp.rendering);
    std::string s = "[";
    for (std::size_t k = 0; k < ids.size(); ++k) {
        if (k) s += ',';
        s += std::to_string(ids[k]);
    }
    return s + "]";
}

// Every quotation looked up in every other rendering.
void write_quotes(const Comparison& c, std::ostream& out) {
    if (c.quotes.empty()) return;
    out << "\nquotations:\n";
    for (const auto& q : c.quotes) {
        out << "  [" << q.rendering << "] \"" << terminal_safe(c.text(q.rendering, q.span), Newlines::keep) << "\"\n     ";
        for (std::size_t k = 0; k < q.findings.size(); ++k)
            out << (k ? ", " : "") << '[' << q.findings[k].rendering << "] " << to_string(q.findings[k].match);
        out << '\n';
    }
}

// The high and medium findings first, most severe first, each with its
// row: what a fact-checker reads before the rows (low ones stay under
// their rows, where the colour shows them in place).
void write_findings(const Comparison& c, std::ostream& out, const Style& st, int width) {
    std::size_t count[3] = {0, 0, 0};
    for (const auto& d : c.discrepancies) ++count[static_cast<int>(d.severity)];
    if (c.discrepancies.empty()) return;
    out << '\n' << st.bold() << "findings: " << count[0] << " high, " << count[1] << " medium, " << count[2] << " low" << st.off();
    out << (count[2] ? " (the low ones under their rows)" : "") << '\n';
    for (Severity sev : {Severity::high, Severity::medium})
        for (const auto& d : c.discrepancies)
            if (d.severity == sev) {
                std::string head = "row " + std::to_string(d.row) + ' ' + who(d) + ' ' + to_string(d.severity) + ' ' + to_string(d.kind) + ": ";
                if (width <= 0) {
                    out << "  " << head << terminal_safe(d.message) << '\n';
                    continue;
                }
                std::vector<Glyph> g;  // side by side: wrapped to the layout's width, as under the rows
                push_text(g, head + d.message, plain);
                auto lines = wrap(g, std::max(8, width - 4));
                for (std::size_t i = 0; i < lines.size(); ++i) {
                    out << (i == 0 ? "  " : "    ");
                    put_line(out, lines[i], 0, st, false);
                    out << '\n';
                }
            }
}

}  // namespace

void write_text(const Comparison& c, std::ostream& out, const TextOptions& opt, unsigned jobs) {
    Style st{opt.color};
    if (opt.list) {  // kept as a text option so one TextOptions picks the layout
        write_list(c, out, {opt.color});
        return;
    }
    out << "parallax: " << summary_line(c) << '\n';
    for (std::size_t r = 0; r < c.renderings.size(); ++r) {
        const auto& ren = c.renderings[r];
        out << "  [" << r << "] " << terminal_safe(ren.doc.name) << " (" << terminal_safe(ren.doc.language) << "): " << to_string(ren.status);
        if (static_cast<int>(r) == c.base) out << ", base";
        else if (ren.status == Status::aligned) out << ", " << terminal_safe(form_label(c, static_cast<int>(r))) << ", coverage " << percent(ren.coverage);
        if (*cut_off_label(ren)) out << ", " << cut_off_label(ren);
        if (!ren.reason.empty()) out << " (" << terminal_safe(ren.reason) << ")";
        out << '\n';
    }
    for (const auto& n : c.notes) out << "  note: " << terminal_safe(n.text) << '\n';
    write_findings(c, out, st, opt.width);
    if (opt.width > 0) {
        write_side_by_side(c, out, st, opt.width, jobs);
        write_quotes(c, out);
        return;
    }
    std::vector<int> cols = columns(c);
    const RowIndex index = row_index(c);
    write_rows(c.rows.size(), jobs, out, [&](std::size_t r, std::ostream& out) {
        RowView v = row_view(c, index, static_cast<int>(r), cols);
        out << '\n' << st.bold() << "== row " << r << " (similarity " << v.similarity << ") ==" << st.off() << '\n';
        for (const CellView& cell : v.cells) {
            out << "[" << cell.rendering << "] ";
            if (!cell.present) {
                out << "(absent)\n";
                continue;
            }
            out << (cell.diff ? wdiff(c, *cell.diff, st)
                              : terminal_safe(cell_text(c, cell.rendering, c.rows[r].cells[static_cast<std::size_t>(cell.rendering)]), Newlines::keep))
                << '\n';
        }
        for (std::size_t i : index.findings[r]) {
            const Discrepancy& d = c.discrepancies[i];
            if (d.kind == Kind::phrasing) continue;
            out << "  ! " << who(d) << ' ' << to_string(d.severity) << ' ' << to_string(d.kind) << ": " << terminal_safe(d.message) << '\n';
        }
    });
    write_quotes(c, out);
}

}  // namespace parallax::report
