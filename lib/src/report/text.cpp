#include "parallax/report/text.hpp"

#include "summary.hpp"

namespace parallax::report {

namespace {

struct Style {
    bool on;
    const char* del() const { return on ? "\x1b[31m" : ""; }
    const char* add() const { return on ? "\x1b[32m" : ""; }
    const char* bold() const { return on ? "\x1b[1m" : ""; }
    const char* off() const { return on ? "\x1b[0m" : ""; }
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
            if (!e.other.empty() && !prev->other.empty()) out += gap(ot, prev->other.end, e.other.start);
            else if (!e.base.empty() && !prev->base.empty()) out += gap(bt, prev->base.end, e.base.start);
            else out += ' ';
        }
        auto base = bt.substr(e.base.start, e.base.size());
        auto other = ot.substr(e.other.start, e.other.size());
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

}  // namespace

void write_text(const Comparison& c, std::ostream& out, const TextOptions& opt) {
    Style st{opt.color};
    out << "parallax: " << summary_line(c) << '\n';
    for (std::size_t r = 0; r < c.renderings.size(); ++r) {
        const auto& ren = c.renderings[r];
        out << "  [" << r << "] " << ren.doc.name << ": " << to_string(ren.status);
        if (static_cast<int>(r) == c.base) out << ", base";
        else if (ren.status == Status::aligned) out << ", coverage " << static_cast<int>(ren.coverage * 100 + 0.5) << "%";
        if (!ren.reason.empty()) out << " (" << ren.reason << ")";
        out << '\n';
    }
    for (const auto& n : c.notes) out << "  note: " << n << '\n';
    for (std::size_t r = 0; r < c.rows.size(); ++r) {
        const Row& row = c.rows[r];
        out << '\n' << st.bold() << "== row " << r << " (similarity " << static_cast<int>(row.similarity * 100 + 0.5) << "%) ==" << st.off() << '\n';
        for (std::size_t y = 0; y < row.cells.size(); ++y) {
            if (c.renderings[y].status != Status::aligned) continue;
            out << "[" << y << "] ";
            if (row.cells[y].empty()) {
                out << "(absent)\n";
                continue;
            }
            const CellDiff* d = diff_for(c, static_cast<int>(r), static_cast<int>(y));
            out << (d ? wdiff(c, *d, st) : cell_text(c, static_cast<int>(y), row.cells[y])) << '\n';
        }
        for (const auto& d : c.discrepancies) {
            if (d.row != static_cast<int>(r) || d.kind == "phrasing") continue;
            out << "  ! " << to_string(d.severity) << ' ' << d.kind << ": " << d.message << '\n';
        }
    }
    return;
}

}  // namespace parallax::report
