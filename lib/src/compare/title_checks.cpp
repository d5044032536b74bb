#include <algorithm>
#include <cctype>

#include "fact_checks.hpp"

namespace parallax {

namespace {

struct TitleAt {
    Name name;
    int paragraph = 0;
};

// The first paragraph of the article when it reads as a headline: one line
// of two to thirty words with no sentence end, followed by more article.
std::optional<TitleAt> headline(const Document& doc) {
    auto first = std::find_if(doc.paragraphs.begin(), doc.paragraphs.end(), [](const Paragraph& p) { return p.in_article; });
    if (first == doc.paragraphs.end() || std::next(first) == doc.paragraphs.end() || !std::next(first)->in_article) return std::nullopt;
    std::string_view text = std::string_view(doc.text).substr(first->span.start, first->span.size());
    while (!text.empty() && (text.back() == ' ' || text.back() == '\r' || text.back() == '\n')) text.remove_suffix(1);
    if (text.empty() || text.find('\n') != std::string_view::npos) return std::nullopt;
    char last = text.back();
    if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',') return std::nullopt;
    std::size_t words = 0;
    for (const auto& t : doc.tokens_of(*first)) words += t.kind == TokenKind::word;
    if (words < 2 || words > 30) return std::nullopt;
    // "By Ana Ruiz", "Ana Ruiz, President of ...": a byline, not a headline
    if (text.substr(0, 3) == "By ") return std::nullopt;
    if (std::size_t comma = text.find(','); comma != std::string_view::npos) {
        std::size_t capitals = 0, lower = 0;
        for (const auto& t : doc.tokens_of(*first)) {
            if (t.span.start >= first->span.start + comma) break;
            if (t.kind == TokenKind::word) (t.capitalized ? capitals : lower) += 1;
        }
        if (lower == 0 && capitals >= 1 && capitals <= 4) return std::nullopt;
    }
    // a line with a date or a clock time is a page's time stamp, not its headline
    for (const Figure& f : find_figures(text))
        if (f.kind == FigureKind::date) return std::nullopt;
    for (std::size_t k = 1; k + 2 < text.size(); ++k)
        if (text[k] == ':' && std::isdigit(static_cast<unsigned char>(text[k + 1])) && std::isdigit(static_cast<unsigned char>(text[k + 2])) &&
            std::isdigit(static_cast<unsigned char>(text[k - 1])))
            return std::nullopt;
    Name n;
    n.span = {first->span.start, first->span.start + text.size()};
    n.kind = NameKind::title;
    n.text = std::string(text);
    n.work = "headline";
    return TitleAt{std::move(n), first->id};
}

// Titles of works a rendering names in its compared paragraphs, and its headline.
std::vector<TitleAt> titles_of(const Comparison& c, const RenderingFacts& facts, int rendering) {
    std::vector<TitleAt> out;
    const Document& doc = c.renderings[static_cast<std::size_t>(rendering)].doc;
    if (auto h = headline(doc)) out.push_back(*h);
    for (std::size_t id = 0; id < facts.size(); ++id)
        for (const auto& n : facts[id].names)
            if (n.kind == NameKind::title) out.push_back({n, static_cast<int>(id)});
    return out;
}

bool covered(const std::vector<Discrepancy>& ds, int rendering, Span s) {
    return std::any_of(ds.begin(), ds.end(), [&](const Discrepancy& d) {
        if (d.kind != Kind::title && d.kind != Kind::name) return false;
        return std::any_of(d.spans.begin(), d.spans.end(), [&](const SpanRef& r) {
            return r.rendering == rendering && r.span.start < s.end && s.start < r.span.end;
        });
    });
}

bool inside(Span inner, Span outer) { return inner.start >= outer.start && inner.end <= outer.end; }

// A name finding that sits inside a headline is about the headline: widen
// that side to the whole headline, and when the other side is a headline or
// a title of a work too, it is a title finding, judged on the whole titles.
void relabel_headline_names(const Comparison& c, const std::vector<TitleAt>& tb, const std::vector<TitleAt>& to, int base, int other,
                            std::vector<Discrepancy>& out) {
    auto head = [](const std::vector<TitleAt>& ts) -> const Name* {
        return !ts.empty() && ts.front().name.work == "headline" ? &ts.front().name : nullptr;
    };
    const Name* heads[2] = {head(tb), head(to)};
    if (!heads[0] && !heads[1]) return;
    for (auto& d : out) {
        if ((d.kind != Kind::name && d.kind != Kind::title) || d.spans.size() != 2) continue;
        if (d.spans[0].rendering != base || d.spans[1].rendering != other) continue;
        int widened = 0;
        Span spans[2] = {d.spans[0].span, d.spans[1].span};
        for (int k = 0; k < 2; ++k)
            if (heads[k] && inside(spans[k], heads[k]->span)) spans[k] = heads[k]->span, ++widened;
        if (widened == 0 || (widened == 1 && d.kind != Kind::title)) continue;
        d.spans[0].span = spans[0];
        d.spans[1].span = spans[1];
        d.kind = Kind::title;
        if (d.work.empty()) d.work = "headline";
        set_name_finding(d, relate_names(c.text(base, d.spans[0].span), c.text(other, d.spans[1].span)));
    }
    // one finding per pair of titles
    std::vector<bool> drop(out.size());
    for (std::size_t k = 0; k < out.size(); ++k)
        for (std::size_t j = 0; j < k && !drop[k]; ++j) {
            const auto& a = out[j];
            const auto& b = out[k];
            drop[k] = !drop[j] && a.kind == Kind::title && b.kind == Kind::title && a.spans.size() == 2 && b.spans.size() == 2 &&
                      a.spans[0].rendering == b.spans[0].rendering && a.spans[1].rendering == b.spans[1].rendering &&
                      a.spans[0].span.start == b.spans[0].span.start && a.spans[1].span.start == b.spans[1].span.start;
        }
    erase_marked(out, drop);
}

// A heading line below the headline: one line of up to 30 words that ends
// no sentence (a subheading, a photo caption's title).
bool heading_line(const Document& doc, const Paragraph& p) {
    std::string_view text = std::string_view(doc.text).substr(p.span.start, p.span.size());
    while (!text.empty() && (text.back() == ' ' || text.back() == '\r' || text.back() == '\n')) text.remove_suffix(1);
    if (text.empty() || text.find('\n') != std::string_view::npos) return false;
    char last = text.back();
    std::size_t words = 0;
    for (const auto& t : doc.tokens_of(p)) words += t.kind == TokenKind::word;
    return words <= 30 && last != '.' && last != '!' && last != '?' && last != ':' && last != ';' && last != ',' && last != '"' &&
           !(text.size() >= 3 && static_cast<unsigned char>(text.back()) >= 0x80);  // closing quote marks end a sentence too
}

// The span overlaps the headline or starts in a heading line.
bool in_heading(const Comparison& c, const SpanRef& s) {
    const Document& doc = c.renderings[static_cast<std::size_t>(s.rendering)].doc;
    if (auto h = headline(doc); h && s.span.start < h->name.span.end && h->name.span.start < s.span.end) return true;
    for (const auto& p : doc.paragraphs)
        if (s.span.start >= p.span.start && s.span.start < p.span.end) return heading_line(doc, p);
    return false;
}

}  // namespace

std::vector<bool> heading_lines(const Comparison& c, int rendering) {
    const Document& doc = c.renderings[static_cast<std::size_t>(rendering)].doc;
    const auto h = headline(doc);
    std::vector<bool> out(doc.paragraphs.size());
    for (std::size_t k = 0; k < doc.paragraphs.size(); ++k)
        out[k] = (h && h->paragraph == doc.paragraphs[k].id) || heading_line(doc, doc.paragraphs[k]);
    return out;
}

void drop_headline_names(const Comparison& c, std::vector<Discrepancy>& ds) {
    std::vector<bool> drop(ds.size());
    for (std::size_t k = 0; k < ds.size(); ++k) {
        const Discrepancy& d = ds[k];
        if (d.kind != Kind::name && d.kind != Kind::title) continue;
        drop[k] = std::any_of(d.spans.begin(), d.spans.end(), [&](const SpanRef& s) { return in_heading(c, s); });
    }
    erase_marked(ds, drop);
}

void check_titles(const Comparison& c, const std::vector<RenderingFacts>& facts, ArticleLetters& letters, std::vector<Discrepancy>& out) {
    const int base = c.base;
    if (base < 0 || static_cast<std::size_t>(base) >= c.renderings.size() || facts.size() != c.renderings.size()) return;
    const auto base_titles = titles_of(c, facts[static_cast<std::size_t>(base)], base);
    for (std::size_t y = 0; y < c.renderings.size(); ++y) {
        const int other = static_cast<int>(y);
        if (other == base || c.renderings[y].status != Status::aligned) continue;
        // titles each side states that the other states nowhere, and that no
        // finding of a row already pairs
        auto missing = [&](const std::vector<TitleAt>& ts, int side, int in) {
            std::vector<const TitleAt*> m;
            std::vector<std::string> seen;  // titles already stated by a finding or listed here
            auto repeated = [&](const std::string& f) {
                return std::any_of(seen.begin(), seen.end(), [&](const std::string& x) {
                    return x.find(f) != std::string::npos || f.find(x) != std::string::npos;
                });
            };
            for (const auto& t : ts)
                if (covered(out, side, t.name.span)) seen.push_back(" " + folded_letters(t.name.text) + " ");
            for (const auto& t : ts) {
                std::string folded = " " + folded_letters(t.name.text) + " ";
                if (folded.size() <= 2 || letters.has(in, folded)) continue;
                if (repeated(folded) || row_of(c, side, t.paragraph) < 0) continue;  // the same title again: one finding
                seen.push_back(folded);
                m.push_back(&t);
            }
            return m;
        };
        const auto other_titles = titles_of(c, facts[y], other);
        relabel_headline_names(c, base_titles, other_titles, base, other, out);
        auto from_base = missing(base_titles, base, other);
        auto from_other = missing(other_titles, other, base);
        // a headline answers a headline; the others pair in reading order
        std::vector<bool> used(from_other.size());
        for (const TitleAt* tb : from_base) {
            std::size_t pick = from_other.size();
            for (std::size_t j = 0; j < from_other.size() && pick == from_other.size(); ++j)
                if (!used[j] && (tb->name.work == "headline") == (from_other[j]->name.work == "headline")) pick = j;
            if (pick == from_other.size()) continue;
            used[pick] = true;
            const TitleAt* to = from_other[pick];
            NameMatch m = relate_names(tb->name.text, to->name.text);
            if (m.relation == NameRelation::same) continue;
            Discrepancy d;
            d.kind = Kind::title;
            set_name_finding(d, m);
            d.row = row_of(c, base, tb->paragraph);
            d.spans = {{base, tb->name.span}, {other, to->name.span}};
            d.against = {other};
            d.work = tb->name.work == "headline" ? to->name.work : tb->name.work;
            out.push_back(std::move(d));
        }
    }
}

}  // namespace parallax
