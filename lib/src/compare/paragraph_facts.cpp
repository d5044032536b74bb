#include "parallax/compare.hpp"

namespace parallax {

namespace {
template <class T>
void shift(std::vector<T>& xs, std::size_t by) {
    for (auto& x : xs) x.span.start += by, x.span.end += by;
}
}  // namespace

RenderingFacts facts_of(const Document& doc, bool article_only) {
    RenderingFacts out(doc.paragraphs.size());
    std::string_view text = doc.text;
    for (const auto& p : doc.paragraphs) {
        if (article_only && !p.in_article) continue;
        auto& f = out[static_cast<std::size_t>(p.id)];
        std::string_view body = text.substr(p.span.start, p.span.size());
        f.figures = find_figures(body);
        f.names = find_names(body);
        f.quotes = find_quotes(body);
        shift(f.figures, p.span.start);
        shift(f.names, p.span.start);
        shift(f.quotes, p.span.start);
    }
    return out;
}

}  // namespace parallax
