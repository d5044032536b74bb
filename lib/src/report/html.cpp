#include "parallax/report/html.hpp"

#include <algorithm>

#include "escape.hpp"
#include "summary.hpp"

namespace parallax::report {

namespace {

// A cell with the spans the word diff marks highlighted: removed words in
// the base, added words in the other rendering.
std::string marked_cell(const Comparison& c, int row, int y) {
    const Row& r = c.rows[static_cast<std::size_t>(row)];
    const auto& doc = c.renderings[static_cast<std::size_t>(y)].doc;
    std::vector<std::pair<Span, const char*>> marks;
    for (const auto& d : c.diffs) {
        if (d.row != row) continue;
        if (y != c.base && d.rendering != y) continue;
        for (const auto& e : d.edits) {
            if (e.op == EditOp::same) continue;
            if (y == c.base && !e.base.empty()) marks.push_back({e.base, "del"});
            if (y != c.base && !e.other.empty()) marks.push_back({e.other, "ins"});
        }
    }
    std::sort(marks.begin(), marks.end(), [](const auto& a, const auto& b) { return a.first.start < b.first.start; });
    std::string out;
    for (int id : r.cells[static_cast<std::size_t>(y)]) {
        Span p = doc.paragraphs[static_cast<std::size_t>(id)].span;
        out += "<p>";
        std::size_t pos = p.start;
        for (const auto& [s, tag] : marks) {
            if (s.start < pos || s.end > p.end) continue;
            out += html_escape(std::string_view(doc.text).substr(pos, s.start - pos));
            out += std::string("<") + tag + ">" + html_escape(std::string_view(doc.text).substr(s.start, s.size())) + "</" + tag + ">";
            pos = s.end;
        }
        out += html_escape(std::string_view(doc.text).substr(pos, p.end - pos));
        out += "</p>";
    }
    return out;
}

}  // namespace

void write_html(const Comparison& c, std::ostream& out) {
    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
           "<title>parallax report</title>\n<style>\n"
           "body{font:15px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}"
           "table{border-collapse:collapse;width:100%;table-layout:fixed}"
           "td,th{border:1px solid #ccc;vertical-align:top;padding:.4em .6em;overflow-wrap:anywhere}"
           "del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}"
           ".high{color:#a00}.medium{color:#a60}.low{color:#555}\n"
           "</style></head><body>\n";
    out << "<h1>parallax report</h1>\n<p>" << html_escape(summary_line(c)) << "</p>\n<ul>\n";
    for (std::size_t r = 0; r < c.renderings.size(); ++r) {
        const auto& ren = c.renderings[r];
        out << "<li>" << html_escape(ren.doc.name) << ": " << to_string(ren.status);
        if (static_cast<int>(r) == c.base) out << " (base)";
        if (!ren.reason.empty()) out << " — " << html_escape(ren.reason);
        out << "</li>\n";
    }
    out << "</ul>\n<table>\n<tr><th>row</th>";
    for (const auto& ren : c.renderings)
        if (ren.status == Status::aligned) out << "<th>" << html_escape(ren.doc.name) << "</th>";
    out << "</tr>\n";
    for (std::size_t r = 0; r < c.rows.size(); ++r) {
        out << "<tr id=\"row-" << r << "\"><td>" << r << "</td>";
        for (std::size_t y = 0; y < c.renderings.size(); ++y)
            if (c.renderings[y].status == Status::aligned)
                out << "<td>" << marked_cell(c, static_cast<int>(r), static_cast<int>(y)) << "</td>";
        out << "</tr>\n";
    }
    out << "</table>\n<h2>Discrepancies</h2>\n<ul>\n";
    for (const auto& d : c.discrepancies) {
        if (d.kind == "phrasing") continue;
        out << "<li class=\"" << to_string(d.severity) << "\"><a href=\"#row-" << d.row << "\">row " << d.row << "</a> "
            << to_string(d.severity) << " " << html_escape(d.kind) << ": " << html_escape(d.message) << "</li>\n";
    }
    out << "</ul>\n</body></html>\n";
}

}  // namespace parallax::report
