#include "parallax/report/list.hpp"

#include <algorithm>
#include <vector>

#include "summary.hpp"
#include "terminal.hpp"

namespace parallax::report {

void write_list(const Comparison& c, std::ostream& out, const ListOptions& opt) {
    const char* bold = opt.color ? "\x1b[1m" : "";
    const char* off = opt.color ? "\x1b[0m" : "";
    auto line = [&](const Discrepancy& d, const std::string& file, LineCol lc) {
        out << bold << terminal_safe(file) << ':' << lc.line << ':' << lc.col << ':' << off << ' ' << (opt.color ? severity_sgr(d.severity) : "")
            << to_string(d.severity) << off << ": " << to_string(d.kind) << ": " << terminal_safe(d.message) << '\n';
    };
    std::vector<DocumentLines> lines;  // per rendering
    for (const auto& r : c.renderings) lines.emplace_back(r.doc);
    for (const auto& d : c.discrepancies) {
        // One line per place it is written, in each rendering it concerns
        // (a name, a quote, a title in the base and in the others): an
        // editor's list then visits every one.
        std::vector<Location> at;
        for (const auto& s : d.spans)
            if (s.rendering >= 0 && static_cast<std::size_t>(s.rendering) < c.renderings.size() &&
                std::none_of(at.begin(), at.end(), [&](const Location& l) { return l.rendering == s.rendering && l.byte == s.span.start; }))
                at.push_back({s.rendering, s.span.start});
        if (at.empty()) at.push_back(locate_discrepancy(c, d));
        for (const Location& loc : at) {
            if (loc.rendering < 0) {
                line(d, "parallax", LineCol{});
                continue;
            }
            const Document& doc = c.renderings[static_cast<std::size_t>(loc.rendering)].doc;
            line(d, doc.path.empty() ? doc.name : doc.path, lines[static_cast<std::size_t>(loc.rendering)](loc.byte, Columns::bytes));
        }
    }
}

}  // namespace parallax::report
