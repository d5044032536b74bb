#include "parallax/report/list.hpp"

#include "summary.hpp"
#include "terminal.hpp"

namespace parallax::report {

void write_list(const Comparison& c, std::ostream& out, const ListOptions& opt) {
    const char* bold = opt.color ? "\x1b[1m" : "";
    const char* off = opt.color ? "\x1b[0m" : "";
    for (const auto& d : c.discrepancies) {
        Location loc = locate_discrepancy(c, d);
        std::string file = "parallax";
        LineCol lc;
        if (loc.rendering >= 0) {
            const Document& doc = c.renderings[static_cast<std::size_t>(loc.rendering)].doc;
            file = doc.path.empty() ? doc.name : doc.path;
            lc = line_col(doc.text, loc.byte);
        }
        out << bold << terminal_safe(file) << ':' << lc.line << ':' << lc.col << ':' << off << ' ' << (opt.color ? severity_sgr(d.severity) : "")
            << to_string(d.severity) << off << ": " << to_string(d.kind) << ": " << terminal_safe(d.message) << '\n';
    }
}

}  // namespace parallax::report
