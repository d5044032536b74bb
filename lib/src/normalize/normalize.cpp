#include "parallax/normalize.hpp"

#include <algorithm>
#include <unordered_set>
#include <iterator>

#include "../unicode/marks.hpp"
#include "../unicode/unicode.hpp"
#include "pinyin_mirrors.hpp"
#include "snowball.hpp"

namespace parallax {

namespace {

using Step = std::string (*)(std::string_view);

// The fold, as a chain of named steps applied in order (CollateX's
// normalizer chain). Invisible characters go first so that letters they
// separated compose; quotes and dashes after NFKC, which already maps
// full-width and compatibility forms onto the ones the table knows.
constexpr Step fold_chain[] = {
    unicode::drop_ignorable,
    unicode::nfkc_casefold,
    unicode::fold_quotes,
    unicode::fold_dashes,
};

bool plain_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char ch) {
        auto b = static_cast<unsigned char>(ch);
        return b < 0x80 && b != '`';
    });
}

}  // namespace

std::string fold(std::string_view text) {
    if (plain_ascii(text)) {  // most words: every step but the case fold is the identity
        std::string out(text);
        for (char& ch : out)
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        return out;
    }
    std::string s(text);
    for (Step step : fold_chain) s = step(s);
    return s;
}

void normalize(Document& doc, const std::shared_ptr<Lexicon>& lexicon) {
    std::string_view text = doc.text;
    for (auto& t : doc.tokens) t.id = lexicon->intern_raw(text.substr(t.span.start, t.span.size()));
    doc.lexicon = lexicon;
    doc.annotations = pinyin_mirrors(doc, *lexicon);
    drop_tokens(doc, doc.annotations);
}

void normalize(Document& doc) { normalize(doc, std::make_shared<Lexicon>()); }

void reading_text(const Document& doc, Span span, ReadingText& out) {
    std::string_view text = doc.text;
    out.start = span.start;
    out.cut.clear();
    out.cuts.clear();
    out.text = text.substr(span.start, span.size());
    auto a = std::lower_bound(doc.annotations.begin(), doc.annotations.end(), span.start,
                              [](const Span& x, std::size_t at) { return x.end <= at; });
    if (a == doc.annotations.end() || a->start >= span.end) return;  // most spans: a view, no copy
    std::size_t at = span.start;
    for (; a != doc.annotations.end() && a->start < span.end; ++a) {
        std::size_t from = std::max(a->start, span.start), to = std::min(a->end, span.end);
        out.cut.append(text, at, from - at);
        out.cuts.emplace_back(out.cut.size(), to - from);
        at = to;
    }
    out.cut.append(text, at, span.end - at);
    out.text = out.cut;
}

Span original_span(const ReadingText& r, Span found) {
    // a cut at the start of `found` lies before it, one at its end after it
    std::size_t start = found.start, end = found.end;
    for (const auto& [at, bytes] : r.cuts) {
        if (at <= found.start) start += bytes;
        if (at < found.end) end += bytes;
    }
    return {r.start + start, r.start + end};
}

bool is_stopword(std::string_view w) {
    static constexpr std::string_view words[] = {
        "a", "about", "after", "again", "all", "also", "an", "and", "any", "are", "as", "at",
        "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "during", "each", "for", "from", "further", "had", "has", "have", "having",
        "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it",
        "its", "itself", "just", "may", "me", "more", "most", "must", "my", "no", "nor", "not",
        "now", "of", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own",
        "said", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when",
        "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
        "yours", "s", "t", "one", "two", "new",
    };
    static const std::unordered_set<std::string_view> set(std::begin(words), std::end(words));
    return set.count(w) > 0;
}

namespace {

// A Russian word: Cyrillic letters of the Russian alphabet only (а-я, ё),
// so a Kazakh word (ә, қ, і, ...) is not cut by Russian endings.
bool russian_word(std::string_view w) {
    if (w.empty() || (static_cast<unsigned char>(w[0]) != 0xD0 && static_cast<unsigned char>(w[0]) != 0xD1)) return false;
    for (std::size_t pos = 0; pos < w.size();) {
        char32_t c = unicode::next(w, pos);
        if (!((c >= 0x0430 && c <= 0x044F) || c == 0x0451)) return false;
    }
    return true;
}

}  // namespace

std::string stem(std::string_view w) {
    if (russian_word(w)) return russian_stem(w);
    auto ends = [&](std::string_view suf) {
        return w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf;
    };
    std::string s(w);
    if (ends("ies")) return s.substr(0, s.size() - 3) + "y";
    if (ends("ing")) return s.substr(0, s.size() - 3);
    if (ends("ed")) return s.substr(0, s.size() - 2);
    if (ends("es") && (ends("shes") || ends("ches") || ends("sses") || ends("xes")))
        return s.substr(0, s.size() - 2);
    if (ends("ly")) return s.substr(0, s.size() - 2);
    if (ends("s") && !ends("ss") && !ends("us") && !ends("is")) return s.substr(0, s.size() - 1);
    return s;
}

}  // namespace parallax
