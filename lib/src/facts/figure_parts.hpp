// Internal to facts: the pieces a figure is assembled from, each a matcher
// over the token stream that returns where it ends (0 = no match, since a
// match always ends after the token it starts at).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/facts.hpp"
#include "scan.hpp"

namespace parallax::facts_detail {

struct QualifierMatch {
    Qualifier qualifier = Qualifier::none;
    std::size_t end = 0;
};
// "nearly", "more than", "a total of", ... starting at token i.
QualifierMatch match_qualifier(const std::vector<Tok>& t, std::size_t i);
// The first word of every phrase match_qualifier knows.
std::vector<std::string_view> qualifier_openers();
// "or more", "or so", "or less" right after a figure.
QualifierMatch match_post_qualifier(const std::vector<Tok>& t, std::size_t i);

struct UnitMatch {
    std::string unit;
    std::size_t end = 0;
};
// "$", "US$", "USD", "€", "RMB", ... before the number.
UnitMatch match_currency_prefix(const std::vector<Tok>& t, std::size_t i);
// Every folded word or mark match_currency_prefix may match at its first token.
std::vector<std::string_view> currency_prefix_openers();
// "dollars", "U.S. dollars", "yuan", "euros", "tenge", ... after the number.
UnitMatch match_currency_suffix(const std::vector<Tok>& t, std::size_t i);
// "%", "percent", "per cent", "pct", "percentage" -> "percent"; "percentage points" -> "percentage point".
UnitMatch match_percent(const std::vector<Tok>& t, std::size_t i);

struct MinorMatch {
    double amount = 0;   // 0..99 hundredths of the major unit
    std::string digits;  // as written ("43"); "" when written in words
    std::size_t end = 0;
};
// "and 43c", "50 cents", "and forty-two cents", "1 pence" after an amount in `unit`.
MinorMatch match_minor_units(const std::vector<Tok>& t, std::size_t i, std::string_view unit);

// A sign or name several currencies share ("¥": yen or yuan) takes the one
// currency of its set that the same text names elsewhere, if exactly one.
void settle_shared_units(std::vector<Figure>& figures);

struct DateMatch {
    double value = 0;  // yyyymmdd, 0 for a missing part
    std::size_t end = 0;
    double hi = 0;     // the last day of a span of days ("March 3-4"), else 0
};
// "July 2", "July 2, 2024", "2 July 2024", "2nd of July", "July 2024", "2024-07-02",
// and spans of days in one month: "March 3-4", "3-4 March 2021".
DateMatch match_date(const std::vector<Tok>& t, std::size_t i);

// `digits` ("1200.5") times `scale` (a power of ten, or 12 for "dozen") as
// decimal digits times a power of ten: "12005e-1" (Figure::exact).
std::string exact_number(std::string_view digits, double scale);

// Figures written the Chinese way (figures_zh.cpp): digits or Chinese
// numerals, the scales 万 and 亿, "多" (more than), a qualifier before, a
// currency or percent after, dates "2024年7月2日"; offsets relative to `text`.
std::vector<Figure> find_han_figures(std::string_view text);

// 1..12 for a capitalised month name or abbreviation, else 0.
int month_number(const Tok& tok);
// Every folded word month_number knows.
std::vector<std::string_view> month_words();

// A token that may begin an amount or a date: a number, or a word or mark
// with which a date, a range's "between"/"from", a currency prefix or a
// number in words begins (the union of the openers above but the qualifiers').
bool may_open_amount(const Tok& tok);
// A token with which a qualifier phrase begins (qualifier_openers).
bool may_open_qualifier(const Tok& tok);
// A figure may begin at t[i]: it opens an amount, or a qualifier phrase
// matches there and an amount may open after it. At any other token no
// figure begins, so find_figures skips it without parsing.
bool may_start_figure(const std::vector<Tok>& t, std::size_t i);

struct FigureAt {
    Figure figure;  // span relative to the line
    std::size_t end = 0;
};
// The figure whose first token is t[i] of a line's tokens, as find_figures
// reads it (without the prefilter; for tests of may_start_figure).
std::optional<FigureAt> figure_at(const std::vector<Tok>& t, std::string_view line, std::size_t i);

}  // namespace parallax::facts_detail
