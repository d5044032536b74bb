#include "parallax/normalize.hpp"

#include <algorithm>
#include <unordered_set>
#include <iterator>

#include "../unicode/unicode.hpp"

namespace parallax {

namespace {

// Folding applied after NFKC: punctuation that typesetting varies freely.
char32_t fold_punct(char32_t c) {
    switch (c) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
        case 0x0060: case 0x00B4:
            return '\'';
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
        case 0x00BB: case 0x300C: case 0x300D:
            return '"';
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
        case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
            return '-';
        default:
            return c;
    }
}

}  // namespace

std::string fold(std::string_view text) {
    std::string nf = unicode::nfkc_casefold(text);
    bool ascii = std::all_of(nf.begin(), nf.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
    if (ascii) return nf;
    std::string out;
    out.reserve(nf.size());
    for (std::size_t pos = 0; pos < nf.size();) {
        char32_t c = unicode::next(nf, pos);
        if (c == 0x00AD) continue;  // soft hyphen: invisible in print
        unicode::append(out, fold_punct(c));
    }
    return out;
}

void normalize(Document& doc) {
    std::string_view text = doc.text;
    for (auto& p : doc.paragraphs)
        for (auto& t : p.tokens) t.norm = fold(text.substr(t.span.start, t.span.size()));
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

std::string stem(std::string_view w) {
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
