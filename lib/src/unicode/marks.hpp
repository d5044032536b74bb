// The one table of the typographic marks that typesetting varies freely —
// apostrophes, quotation marks, dashes — and the fold steps built on it.
// segment, normalize, facts and compare all ask here, so "is this an
// apostrophe" has one answer everywhere.
#pragma once

#include <string>
#include <string_view>

namespace parallax::unicode {

enum class Mark : unsigned char {
    none,
    apostrophe,    // ' ’ ʼ ʻ: may sit between letters of one word (O'Neill, Xi’an)
    single_quote,  // ‘ ‚ ‛ ′ ` ´: folds to ' but never joins a word
    double_quote,  // " “ ” „ ‟ ″ « » 「 」
    dash,          // ‐ ‑ ‒ – — ― − ﹘ ﹣ －
};

Mark mark_of(char32_t c);

inline bool is_apostrophe(char32_t c) { return mark_of(c) == Mark::apostrophe; }
// Anything that folds to ': apostrophes and single quotes, as names drop them.
inline bool is_apostrophe_like(char32_t c) {
    Mark m = mark_of(c);
    return m == Mark::apostrophe || m == Mark::single_quote;
}

// Fold steps. Each is one named transform of a string; normalize composes
// them (CollateX's normalizer chain), facts and compare reuse single steps.

// Apostrophes and single quotes to ', double quotes to ".
std::string fold_quotes(std::string_view s);
// Every dash and minus sign to '-'.
std::string fold_dashes(std::string_view s);

}  // namespace parallax::unicode
