#include <iterator>
#include <string_view>

#include "figure_parts.hpp"

namespace parallax::facts_detail {

namespace {

bool valid_year(double v) { return v >= 1000 && v <= 2100; }

// A bare year: four digits, no separators.
bool is_year_token(const std::vector<Tok>& t, std::size_t i) {
    return is_number(t, i) && t[i].int_digits == 4 && !t[i].grouped && !t[i].decimal && valid_year(t[i].value) &&
           !t[i].newline_before;
}

// A day of the month, "2" or "2nd"; returns the index past it, 0 if none.
std::size_t day_at(const std::vector<Tok>& t, std::size_t i, int& day) {
    if (!is_number(t, i) || t[i].int_digits > 2 || t[i].decimal || t[i].value < 1 || t[i].value > 31) return 0;
    day = static_cast<int>(t[i].value);
    std::size_t j = i + 1;
    if (is_word(t, j) && attached(t, j)) {
        const std::string& s = t[j].low;
        if (s != "st" && s != "nd" && s != "rd" && s != "th") return 0;
        ++j;
    }
    return j;
}

// "-13" after the day 12 (a hyphen or dash, written tight): the last day of
// a span within the month, later than the first. Returns the index past it.
std::size_t day_span(const std::vector<Tok>& t, std::size_t k, int first, int& last) {
    if (!is_punct(t, k, "-") || !attached(t, k) || !attached(t, k + 1)) return 0;
    int d = 0;
    std::size_t end = day_at(t, k + 1, d);
    if (!end || d <= first || is_number(t, end) || (is_punct(t, end, "-") && attached(t, end))) return 0;
    last = d;
    return end;
}

// Optional ", 2024" / " 2024" after a day.
std::size_t year_after(const std::vector<Tok>& t, std::size_t j, int& year) {
    std::size_t k = is_punct(t, j, ",") ? j + 1 : j;
    if (!is_year_token(t, k) || is_punct(t, k + 1, "-") || (is_word(t, k + 1) && attached(t, k + 1))) return j;
    year = static_cast<int>(t[k].value);
    return k + 1;
}

// "Sept." and "Jan." take a period; "May", "June", "July" are whole words.
bool abbreviated(const Tok& month) {
    return month.low.size() <= 4 && month.low != "may" && month.low != "june" && month.low != "july";
}

double encode(int y, int m, int d) { return y * 10000.0 + m * 100.0 + d; }

int two_digits(const std::vector<Tok>& t, std::size_t i) {
    if (!is_number(t, i) || t[i].int_digits != 2 || t[i].decimal || t[i].grouped) return -1;
    return static_cast<int>(t[i].value);
}

DateMatch iso_date(const std::vector<Tok>& t, std::size_t i) {
    if (!is_year_token(t, i) || !is_punct(t, i + 1, "-") || !attached(t, i + 1) || !attached(t, i + 2) ||
        !is_punct(t, i + 3, "-") || !attached(t, i + 3) || !attached(t, i + 4))
        return {};
    int m = two_digits(t, i + 2), d = two_digits(t, i + 4);
    if (m < 1 || m > 12 || d < 1 || d > 31) return {};
    if (is_number(t, i + 5) && attached(t, i + 5)) return {};
    return {encode(static_cast<int>(t[i].value), m, d), i + 5};
}

}  // namespace

namespace {

// Russian months are written in lower case, in the genitive after a day ("2 июля")
constexpr std::string_view russian_months[] = {
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
};
constexpr std::string_view month_names[] = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
};
constexpr std::string_view month_abbrevs[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};
constexpr std::string_view september_abbrev = "sept";

}  // namespace

int month_number(const Tok& tok) {
    if (tok.kind != TokKind::word) return 0;
    for (int m = 0; m < 12; ++m)
        if (tok.low == russian_months[m]) return m + 1;
    if (!tok.cap) return 0;
    for (int m = 0; m < 12; ++m)
        if (tok.low == month_names[m] || tok.low == month_abbrevs[m]) return m + 1;
    if (tok.low == september_abbrev) return 9;
    return 0;
}

std::vector<std::string_view> month_words() {
    std::vector<std::string_view> out(std::begin(russian_months), std::end(russian_months));
    out.insert(out.end(), std::begin(month_names), std::end(month_names));
    out.insert(out.end(), std::begin(month_abbrevs), std::end(month_abbrevs));
    out.push_back(september_abbrev);
    return out;
}

DateMatch match_date(const std::vector<Tok>& t, std::size_t i) {
    if (i >= t.size()) return {};
    if (DateMatch iso = iso_date(t, i); iso.end) return iso;
    int day = 0, year = 0;
    if (int m = month_number(t[i])) {
        std::size_t j = i + 1;
        if (is_punct(t, j, ".") && attached(t, j) && abbreviated(t[i])) ++j;  // "Sept. 5"
        if (j < t.size() && t[j].newline_before) return {};
        if (std::size_t k = day_at(t, j, day)) {  // July 2[, 2024]
            int last = 0;
            std::size_t after_span = day_span(t, k, day, last);  // "May 5-7"
            if (after_span) k = after_span;
            else if (is_number(t, k) || (is_punct(t, k, "-") && attached(t, k))) return {};  // lists, codes
            std::size_t end = year_after(t, k, year);
            return {encode(year, m, day), end, last ? encode(year, m, last) : 0};
        }
        if (is_year_token(t, j) && !(is_word(t, j + 1) && attached(t, j + 1)))  // July 2024
            return {encode(static_cast<int>(t[j].value), m, 0), j + 1};
        return {};
    }
    if (std::size_t k = day_at(t, i, day)) {  // 2 July[ 2024], 2nd of July, 12-13 July
        if (i > 0 && attached(t, i) && t[i - 1].kind != TokKind::punct) return {};
        int last = 0;
        if (std::size_t after_span = day_span(t, k, day, last)) k = after_span;
        std::size_t j = is_word(t, k, "of") ? k + 1 : k;
        if (j >= t.size() || t[j].newline_before) return {};
        if (int m = month_number(t[j])) {
            std::size_t end = j + 1;
            if (is_punct(t, end, ".") && attached(t, end) && abbreviated(t[j])) ++end;
            end = year_after(t, end, year);
            return {encode(year, m, day), end, last ? encode(year, m, last) : 0};
        }
    }
    return {};
}

}  // namespace parallax::facts_detail
