#include "scan.hpp"

#include <algorithm>
#include <charconv>
#include <limits>

#include "../unicode/marks.hpp"
#include "../unicode/unicode.hpp"
#include "parallax/normalize.hpp"
#include "parallax/segment.hpp"

namespace parallax::facts_detail {

namespace {

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Thousands separators written as a space: plain, no-break, narrow no-break, thin.
std::size_t space_separator_len(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return 0;
    if (s[pos] == ' ') return 1;
    if (s.compare(pos, 2, "\xC2\xA0") == 0) return 2;
    if (s.compare(pos, 3, "\xE2\x80\xAF") == 0 || s.compare(pos, 3, "\xE2\x80\x89") == 0) return 3;
    return 0;
}

// Exactly three digits at pos, not followed by a fourth.
bool three_digits_at(std::string_view s, std::size_t pos) {
    return pos + 3 <= s.size() && ascii_digit(s[pos]) && ascii_digit(s[pos + 1]) &&
           ascii_digit(s[pos + 2]) && (pos + 3 == s.size() || !ascii_digit(s[pos + 3]));
}

// Indian grouping after a lead of one or two digits: pairs, then a last
// group of three ("1,00,000", "12,34,567"). The end of the groups, or 0.
std::size_t indian_groups_end(std::string_view s, std::size_t p) {
    int pairs = 0;
    while (p + 3 < s.size() && s[p] == ',' && ascii_digit(s[p + 1]) && ascii_digit(s[p + 2]) && s[p + 3] == ',')
        p += 3, ++pairs;
    return pairs > 0 && three_digits_at(s, p + 1) ? p + 4 : 0;
}

// A decimal written without its leading zero (".77") after a space or an
// opening mark; "1.2.3" and "end.5" are not numbers.
bool leading_point(std::string_view s, std::size_t pos) {
    if (pos + 1 >= s.size() || s[pos] != '.' || !ascii_digit(s[pos + 1])) return false;
    if (pos == 0) return true;
    char b = s[pos - 1];
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '(' || b == '$' || b == '"';
}

// "7,500", "12.5", "1 200", "1,200,000.75", ".77". Separators are accepted
// only in well-formed groups of three after a first group of at most three
// digits, or in Indian grouping ("12,34,567").
std::size_t lex_number(std::string_view s, std::size_t pos, Tok& t) {
    std::size_t p = pos;
    while (p < s.size() && ascii_digit(s[p])) t.low += s[p++];
    t.int_digits = static_cast<int>(p - pos);
    if (t.int_digits == 0) t.low += '0';  // ".77"
    bool short_lead = t.int_digits <= 3;
    bool space_groups = false;
    bool comma_groups = false;
    bool indian = false;
    if (std::size_t e = t.int_digits >= 1 && t.int_digits <= 2 ? indian_groups_end(s, p) : 0) {
        for (; p < e; ++p)
            if (s[p] != ',') t.low += s[p], ++t.int_digits;
        indian = comma_groups = true;
    }
    while (p < s.size() && !indian) {
        if (s[p] == ',' && short_lead && !space_groups && three_digits_at(s, p + 1)) {
            comma_groups = true;
        } else if (std::size_t w = space_separator_len(s, p);
                   w && short_lead && !comma_groups && three_digits_at(s, p + w)) {
            space_groups = true;
            p += w - 1;
        } else {
            break;
        }
        t.low.append(s.substr(p + 1, 3));
        t.int_digits += 3;
        p += 4;
    }
    t.grouped = comma_groups || space_groups;
    // A decimal comma, as Russian and most of Europe write decimals ("1,6",
    // "61,6"): one or two digits after it, never three (thousands, above)
    // and never a list ("1,2,3").
    auto decimal_comma = [&](std::size_t q) {
        if (t.grouped || t.int_digits == 0 || t.int_digits > 3 || q + 1 >= s.size() || s[q] != ',' || !ascii_digit(s[q + 1])) return false;
        std::size_t e = q + 1;
        while (e < s.size() && ascii_digit(s[e])) ++e;
        if (e - q - 1 > 2) return false;
        return !(e + 1 < s.size() && (s[e] == ',' || s[e] == '.') && ascii_digit(s[e + 1]));
    };
    if (p + 1 < s.size() && (s[p] == '.' || decimal_comma(p)) && ascii_digit(s[p + 1])) {
        t.decimal = true;
        t.low += '.';
        ++p;
        while (p < s.size() && ascii_digit(s[p])) t.low += s[p++];
    }
    auto parsed = std::from_chars(t.low.data(), t.low.data() + t.low.size(), t.value);
    // Past 308 digits a double overflows and from_chars leaves 0: the value is
    // "as large as a double goes" instead (figures compare digits exactly).
    if (parsed.ec == std::errc::result_out_of_range && t.int_digits > 300) t.value = std::numeric_limits<double>::max();
    return p;
}

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// An ASCII byte that is no letter and cannot be an apostrophe ends a word
// for segment's word_end too (only ' and ` may join letters there).
bool ends_ascii_word(char c) {
    return static_cast<unsigned char>(c) < 0x80 && !ascii_letter(c) && c != '\'' && c != '`';
}

// Words end where segment's words end (one word rule for both stages);
// here only the case of the letters is read and the folded form made.
std::size_t lex_word(std::string_view s, std::size_t pos, Tok& t) {
    // Most words are ASCII letters up to a space or a mark: read in one
    // pass, without decoding (the same end, case and folded form).
    std::size_t q = pos;
    while (q < s.size() && ascii_letter(s[q])) ++q;
    if (q > pos && (q == s.size() || ends_ascii_word(s[q]))) {
        t.cap = s[pos] <= 'Z';
        t.all_caps = true;
        t.low.resize(q - pos);
        for (std::size_t p = pos; p < q; ++p) {
            char ch = s[p];
            if (ch >= 'a') t.all_caps = false;
            else ch = static_cast<char>(ch - 'A' + 'a');
            t.low[p - pos] = ch;
        }
        return q;
    }
    const std::size_t end = word_end(s, pos, s.size());
    bool ascii = true;
    bool first = true;
    bool caps = true;
    for (std::size_t p = pos; p < end;) {
        unsigned char b = static_cast<unsigned char>(s[p]);
        if (b < 0x80) {
            if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {  // ASCII letter
                if (first) t.cap = b <= 'Z';
                if (b >= 'a') caps = false;
                first = false;
            }
            ++p;
            continue;
        }
        ascii = false;
        auto k = unicode::classify(unicode::next(s, p));
        if (k == unicode::Class::letter || k == unicode::Class::upper_letter) {
            if (first) t.cap = k == unicode::Class::upper_letter;
            if (k == unicode::Class::letter) caps = false;
            first = false;
        }
    }
    t.all_caps = caps;
    std::string_view w = s.substr(pos, end - pos);
    if (ascii) {
        t.low.assign(w);
        for (char& ch : t.low)
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    } else {
        t.low = fold(w);
    }
    return end;
}

}  // namespace

std::vector<Tok> scan(std::string_view s) {
    std::vector<Tok> out;
    out.reserve(s.size() / 6 + 1);
    bool space = false;
    bool newline = false;
    std::size_t pos = 0;
    while (pos < s.size()) {
        unsigned char b = static_cast<unsigned char>(s[pos]);
        if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') {
            space = true;
            newline = newline || b == '\n' || b == '\r';
            ++pos;
            continue;
        }
        std::size_t start = pos;
        std::size_t after = pos;
        char32_t c = unicode::next(s, after);
        auto k = unicode::classify(c);
        if (k == unicode::Class::space || k == unicode::Class::other || c == 0xFEFF || c == 0x00AD) {
            space = space || k == unicode::Class::space;
            newline = newline || c == 0x2028 || c == 0x2029;
            pos = after;
            continue;
        }
        Tok& t = out.emplace_back();  // filled in place: no move of its string
        t.space_before = space;
        t.newline_before = newline;
        if (ascii_digit(static_cast<char>(b)) || leading_point(s, pos)) {
            t.kind = TokKind::number;
            pos = lex_number(s, pos, t);
        } else if (k == unicode::Class::letter || k == unicode::Class::upper_letter) {
            t.kind = TokKind::word;
            pos = lex_word(s, pos, t);
        } else {
            t.kind = TokKind::punct;
            // quotes, dashes and ` fold; other ASCII marks stand for themselves
            if (b < 0x80 && b != '"' && b != '\'' && b != '-' && b != '`') t.low.assign(1, static_cast<char>(b));
            else t.low = unicode::fold_dashes(unicode::fold_quotes(s.substr(start, after - start)));
            pos = after;
        }
        t.span = {start, pos};
        space = false;
        newline = false;
    }
    return out;
}

std::vector<Span> lines(std::string_view s) {
    constexpr std::size_t max_line = 1 << 16;
    std::vector<Span> out;
    std::size_t start = 0;
    while (start < s.size()) {
        std::size_t nl = s.find('\n', start);
        std::size_t end = nl == std::string_view::npos ? s.size() : nl + 1;
        if (end - start > max_line) {  // cut after ". " near the limit, else at a space
            std::size_t cut = s.rfind(". ", start + max_line);
            if (cut == std::string_view::npos || cut <= start) cut = s.rfind(' ', start + max_line);
            if (cut != std::string_view::npos && cut > start) end = cut + 1;
        }
        out.push_back({start, end});
        start = end;
    }
    return out;
}

std::vector<std::string_view> sorted_table(std::initializer_list<std::string_view> words) {
    std::vector<std::string_view> v(words);
    std::sort(v.begin(), v.end());
    return v;
}

bool in_table(const std::vector<std::string_view>& sorted, std::string_view w) {
    return std::binary_search(sorted.begin(), sorted.end(), w);
}

bool is_honorific(std::string_view w) {
    static const auto table = sorted_table({
        "academician", "admiral", "ambassador", "archbishop", "bishop", "capt", "captain",
        "cardinal", "chairman", "chairwoman", "chancellor", "col", "colonel", "commander",
        "comrade", "dame", "dr", "emperor", "empress", "frau", "gen", "general", "gov",
        "governor", "herr", "imam", "judge", "king", "lady", "lord", "lt", "madame", "mayor",
        "minister", "miss", "mme", "monsieur", "mr", "mrs", "ms", "mx", "pope", "premier",
        "president", "prince", "princess", "prof", "professor", "queen", "rabbi", "rep",
        "rev", "reverend", "secretary", "sen", "senator", "sheikh", "sir", "sultan", "vice",
        "prime", "foreign", "deputy",
    });
    return in_table(table, w);
}

}  // namespace parallax::facts_detail
