#include "parallax/report/facts.hpp"

#include "summary.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace parallax::report {

namespace {

using json = nlohmann::ordered_json;

std::string number(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

template <class F>
void each(const RenderingFacts& facts, F f) {
    for (std::size_t p = 0; p < facts.size(); ++p) f(static_cast<int>(p), facts[p]);
}

}  // namespace

// One line per fact in reading order: FILE:LINE:COL: what: text.
void write_facts_text(const Document& doc, const RenderingFacts& facts, std::ostream& out) {
    std::vector<std::pair<std::size_t, std::string>> lines;  // (offset, line without location)
    each(facts, [&](int, const ParagraphFacts& pf) {
        for (const auto& f : pf.figures) {
            std::string l = std::string("figure ") + to_string(f.kind) + ' ' + number(f.value);
            if (f.value_hi != f.value) l += ".." + number(f.value_hi);
            if (!f.unit.empty()) l += ' ' + f.unit;
            if (f.qualifier != Qualifier::none) l += std::string(" (") + to_string(f.qualifier) + ')';
            if (!f.context.empty()) l += " [" + f.context + ']';
            lines.push_back({f.span.start, l + ": " + f.text});
        }
        for (const auto& n : pf.names)
            lines.push_back({n.span.start, std::string(to_string(n.kind)) + (n.work.empty() ? "" : " (" + n.work + ")") + ": " + n.text});
        for (const auto& q : pf.quotes) lines.push_back({q.span.start, "quote: " + q.text});
    });
    std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    // Byte columns, as --list (docs/report.md). Offsets ascend, so line and
    // column advance with one cursor; an HTML page's are looked up in its
    // source instead.
    bool mapped = doc.source && !doc.source->pieces.empty();
    const DocumentLines source_lines(doc);
    std::size_t pos = 0, line = 1, col = 1;
    if (doc.text.compare(0, 3, "\xEF\xBB\xBF") == 0) pos = 3;  // a BOM is no column
    for (const auto& [at, l] : lines) {
        if (mapped) {
            LineCol lc = source_lines(at, Columns::bytes);
            line = lc.line, col = lc.col;
        }
        for (; !mapped && pos < at && pos < doc.text.size(); ++pos) {
            if (doc.text[pos] == '\n') line++, col = 1;
            else ++col;
        }
        out << doc.path << ':' << line << ':' << col << ": " << l << '\n';
    }
}

void write_facts_json(const Document& doc, const RenderingFacts& facts, std::ostream& out) {
    json figures = json::array(), names = json::array(), quotes = json::array();
    each(facts, [&](int p, const ParagraphFacts& pf) {
        for (const auto& f : pf.figures)
            figures.push_back({{"paragraph", p}, {"start", f.span.start}, {"end", f.span.end}, {"text", f.text},
                               {"kind", to_string(f.kind)}, {"value", f.value}, {"value_hi", f.value_hi}, {"unit", f.unit},
                               {"qualifier", to_string(f.qualifier)}, {"context", f.context}});
        for (const auto& n : pf.names)
            names.push_back({{"paragraph", p}, {"start", n.span.start}, {"end", n.span.end}, {"text", n.text},
                             {"kind", to_string(n.kind)}, {"work", n.work}});
        for (const auto& q : pf.quotes)
            quotes.push_back({{"paragraph", p}, {"start", q.span.start}, {"end", q.span.end}, {"text", q.text}});
    });
    json j{{"path", doc.path}, {"figures", std::move(figures)}, {"names", std::move(names)}, {"quotes", std::move(quotes)}};
    out << j.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace parallax::report
