#include "parallax/report/facts.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace parallax::report {

namespace {

using json = nlohmann::ordered_json;

// 1-based line and column (in code points) of a byte offset.
std::pair<std::size_t, std::size_t> line_col(const std::string& text, std::size_t at) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < at && i < text.size(); ++i) {
        if (text[i] == '\n') line++, col = 1;
        else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
    }
    return {line, col};
}

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

void write_facts_text(const Document& doc, const RenderingFacts& facts, std::ostream& out) {
    each(facts, [&](int, const ParagraphFacts& pf) {
        for (const auto& f : pf.figures) {
            auto [l, c] = line_col(doc.text, f.span.start);
            out << doc.path << ':' << l << ':' << c << ": figure " << to_string(f.kind) << ' ' << number(f.value);
            if (f.value_hi != f.value) out << ".." << number(f.value_hi);
            if (!f.unit.empty()) out << ' ' << f.unit;
            if (f.qualifier != Qualifier::none) out << " (" << to_string(f.qualifier) << ')';
            if (!f.context.empty()) out << " [" << f.context << ']';
            out << ": " << f.text << '\n';
        }
        for (const auto& n : pf.names) {
            auto [l, c] = line_col(doc.text, n.span.start);
            out << doc.path << ':' << l << ':' << c << ": " << to_string(n.kind);
            if (!n.work.empty()) out << " (" << n.work << ')';
            out << ": " << n.text << '\n';
        }
        for (const auto& q : pf.quotes) {
            auto [l, c] = line_col(doc.text, q.span.start);
            out << doc.path << ':' << l << ':' << c << ": quote: " << q.text << '\n';
        }
    });
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
    out << j.dump(2) << '\n';
}

}  // namespace parallax::report
