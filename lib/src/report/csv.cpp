#include "parallax/report/csv.hpp"

#include <string>
#include <vector>

#include "summary.hpp"

namespace parallax::report {

namespace {

std::string field(std::string_view s, bool text = false) {
    std::string v(s);
    if (text && !v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t')) v.insert(0, 1, '\'');
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string out = "\"";
    for (char ch : v) {
        if (ch == '"') out += '"';
        out += ch;
    }
    return out + '"';
}

struct Where {
    std::string rendering, file, line, column, text;
};

Where where(const Comparison& c, const std::vector<DocumentLines>& lines, const SpanRef& s) {
    if (s.rendering < 0 || static_cast<std::size_t>(s.rendering) >= c.renderings.size()) return {};
    const Document& doc = c.renderings[static_cast<std::size_t>(s.rendering)].doc;
    if (s.span.end > doc.text.size() || s.span.start > s.span.end) return {doc.name, doc.path, "", "", ""};
    LineCol lc = lines[static_cast<std::size_t>(s.rendering)](s.span.start);
    return {doc.name, doc.path, std::to_string(lc.line), std::to_string(lc.col), std::string(c.text(s.rendering, s.span))};
}

}  // namespace

void write_csv(const Comparison& c, std::ostream& out) {
    out << "id,kind,severity,row,message,rendering,file,line,column,text,"
           "other_rendering,other_file,other_line,other_column,other_text,more_spans\r\n";
    std::vector<DocumentLines> lines;  // per rendering
    for (const auto& r : c.renderings) lines.emplace_back(r.doc);
    for (std::size_t i = 0; i < c.discrepancies.size(); ++i) {
        const Discrepancy& d = c.discrepancies[i];
        out << i + 1 << ',' << field(to_string(d.kind), true) << ',' << to_string(d.severity) << ',' << d.row << ',' << field(d.message, true);
        for (std::size_t k = 0; k < 2; ++k) {
            Where w = k < d.spans.size() ? where(c, lines, d.spans[k]) : Where{};
            out << ',' << field(w.rendering, true) << ',' << field(w.file, true) << ',' << w.line << ',' << w.column << ','
                << field(w.text, true);
        }
        std::string more;
        for (std::size_t k = 2; k < d.spans.size(); ++k) {
            Where w = where(c, lines, d.spans[k]);
            if (!more.empty()) more += " | ";
            more += w.rendering + ":" + w.line + ":" + w.column + ": " + w.text;
        }
        out << ',' << field(more, true) << "\r\n";
    }
}

}  // namespace parallax::report
