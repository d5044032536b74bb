// Figures written the Chinese way: Chinese writes no spaces, groups large
// numbers by 万 (10^4) and 亿 (10^8), puts "more than" after the number (多,
// 余) and the currency after it (美元), and may spell numbers in characters
// (四百一十). Values are the same as the English scanner's, so "410亿美元"
// and "US$41 billion" are one value (docs/facts.md, Chinese figures).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figure_parts.hpp"
#include "../unicode/unicode.hpp"

namespace parallax::facts_detail {

namespace {

struct Cp {
    char32_t c;
    std::size_t start, end;
};

std::vector<Cp> decode(std::string_view text) {
    std::vector<Cp> out;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t start = pos;
        char32_t c = unicode::next(text, pos);
        out.push_back({c, start, pos});
    }
    return out;
}

// Whether the code points from `i` spell `word` (UTF-8).
bool spells(const std::vector<Cp>& cps, std::size_t i, std::string_view word) {
    std::size_t pos = 0;
    while (pos < word.size()) {
        if (i >= cps.size()) return false;
        if (unicode::next(word, pos) != cps[i].c) return false;
        ++i;
    }
    return true;
}

std::size_t length_of(std::string_view word) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < word.size(); ++n) unicode::next(word, pos);
    return n;
}

int digit_value(char32_t c) {  // ASCII and full-width digits
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
    return -1;
}

int han_digit(char32_t c) {
    switch (c) {
        case U'零': case U'〇': return 0;
        case U'一': return 1;
        case U'二': case U'两': return 2;
        case U'三': return 3;
        case U'四': return 4;
        case U'五': return 5;
        case U'六': return 6;
        case U'七': return 7;
        case U'八': return 8;
        case U'九': return 9;
        default: return -1;
    }
}

double han_unit(char32_t c) {
    switch (c) {
        case U'十': return 10;
        case U'百': return 100;
        case U'千': return 1000;
        case U'万': return 1e4;
        case U'亿': return 1e8;
        default: return 0;
    }
}

// Qualifiers before the number, longest first.
struct Cue {
    std::string_view text;
    Qualifier qualifier;
};
constexpr Cue qualifiers[] = {
    {"将近", Qualifier::approximate}, {"接近", Qualifier::approximate}, {"大约", Qualifier::approximate},
    {"约合", Qualifier::approximate}, {"超过", Qualifier::lower_bound}, {"多于", Qualifier::lower_bound},
    {"不到", Qualifier::upper_bound}, {"不足", Qualifier::upper_bound}, {"少于", Qualifier::upper_bound},
    {"达到", Qualifier::exact},       {"共计", Qualifier::exact},       {"总计", Qualifier::exact},
    {"合计", Qualifier::exact},       {"约", Qualifier::approximate},   {"近", Qualifier::approximate},
    {"逾", Qualifier::lower_bound},   {"超", Qualifier::lower_bound},   {"达", Qualifier::exact},
};

struct Unit {
    std::string_view text;
    const char* unit;
};
constexpr Unit units[] = {
    {"元人民币", "CNY"}, {"个百分点", "percentage point"}, {"美元", "USD"}, {"人民币", "CNY"}, {"欧元", "EUR"},
    {"卢布", "RUB"},     {"坚戈", "KZT"},                  {"英镑", "GBP"}, {"日元", "JPY"},   {"元", "CNY"},
    {"%", "percent"},    {"％", "percent"},
};

// What the figure counts, from the word after it, in English so that the
// pairing by context works across languages too. Not 国: "两国" is "the two
// countries" of every bilateral text, no figure ("个国家" counts countries).
struct Counted {
    std::string_view text;
    const char* context;
};
constexpr Counted counted[] = {
    {"周年", "anniversary"}, {"个国家", "countries"}, {"个月", "months"}, {"年", "years"}, {"次", "times"},
    {"名", "people"},        {"人", "people"},        {"位", "people"},   {"倍", "times"},
    {"天", "days"},          {"岁", "years old"},     {"个", ""},
};

// Scales after digits: "410亿", "1.5万亿".
struct Scale {
    std::string_view text;
    double scale;
};
constexpr Scale scales[] = {{"万亿", 1e12}, {"千亿", 1e11}, {"百亿", 1e10}, {"千万", 1e7}, {"百万", 1e6}, {"亿", 1e8}, {"万", 1e4}};

struct Number {
    double value = 0;
    std::string digits;  // as written in digits ("410", "1.5"), "" for characters
    std::size_t end = 0;
    bool han = false;
};

// Digits with a decimal point and thousands separators.
std::optional<Number> digits_at(const std::vector<Cp>& cps, std::size_t i) {
    if (i >= cps.size() || digit_value(cps[i].c) < 0) return std::nullopt;
    Number n;
    std::size_t k = i;
    bool point = false;
    while (k < cps.size()) {
        int d = digit_value(cps[k].c);
        if (d >= 0) {
            n.digits += static_cast<char>('0' + d);
            ++k;
            continue;
        }
        bool dot = cps[k].c == '.' || cps[k].c == 0xFF0E;
        bool comma = cps[k].c == ',';
        if ((dot && !point) || comma) {
            if (k + 1 < cps.size() && digit_value(cps[k + 1].c) >= 0) {
                if (dot) n.digits += '.', point = true;
                ++k;
                continue;
            }
        }
        break;
    }
    // strtod, not stod: a run of hundreds of digits is +inf here, not an exception;
    // the value is capped as the English scanner caps it (no inf in JSON)
    n.value = std::min(std::strtod(n.digits.c_str(), nullptr), std::numeric_limits<double>::max());
    n.end = k;
    return n;
}

// A number in characters: "三十二", "四百一十亿", "两千".
std::optional<Number> han_at(const std::vector<Cp>& cps, std::size_t i) {
    std::size_t k = i;
    while (k < cps.size() && (han_digit(cps[k].c) >= 0 || han_unit(cps[k].c) > 0)) ++k;
    if (k == i) return std::nullopt;
    // starts with a digit, or with 十 / 百 ("十二", "近百"); never 千万, 万一
    char32_t first = cps[i].c;
    if (han_digit(first) < 0 && first != U'十' && first != U'百') return std::nullopt;
    double total = 0, section = 0, digit = 0;
    bool pending = false;
    for (std::size_t m = i; m < k; ++m) {
        char32_t c = cps[m].c;
        if (int d = han_digit(c); d >= 0) {
            if (pending) return std::nullopt;  // "一一": two digits in a row are no number
            digit = d, pending = true;
            continue;
        }
        double u = han_unit(c);
        if (u < 1e4) {
            section += (pending ? digit : 1) * u;
        } else if (u == 1e4) {
            total += (section + (pending ? digit : 0)) * 1e4;
            section = 0;
        } else {
            total = (total + section + (pending ? digit : 0)) * 1e8;
            section = 0;
        }
        digit = 0, pending = false;
    }
    Number n;
    n.value = total + section + (pending ? digit : 0);
    n.end = k;
    n.han = true;
    return n;
}

template <class T, std::size_t N>
const T* match_at(const std::vector<Cp>& cps, std::size_t i, const T (&table)[N]) {
    for (const T& t : table)
        if (spells(cps, i, t.text)) return &t;
    return nullptr;
}

std::string exact_of(const Number& n, double scale) {
    if (!n.digits.empty()) return exact_number(n.digits, scale);
    double v = n.value * scale;
    if (v >= 9e15 || v != std::floor(v)) return "";
    return exact_number(std::to_string(static_cast<long long>(v)), 1);
}

}  // namespace

std::vector<Figure> find_han_figures(std::string_view text) {
    std::vector<Figure> out;
    const std::vector<Cp> cps = decode(text);
    auto word_after = [&](std::size_t k) -> std::string {
        if (const Counted* c = match_at(cps, k, counted)) return c->context;
        return "";
    };
    for (std::size_t i = 0; i < cps.size();) {
        std::size_t begin = i, k = i;
        Figure f;
        bool ordinal = false;
        if (const Cue* q = match_at(cps, k, qualifiers)) f.qualifier = q->qualifier, k += length_of(q->text);
        else if (cps[k].c == U'第') ordinal = true, ++k;
        auto n = digits_at(cps, k);
        if (!n) n = han_at(cps, k);
        // a numeral inside a word ("一起", "十分") is no figure: characters
        // need a cue before them or a unit, scale or counted word after them
        if (n && n->han) {
            std::size_t after = n->end;
            bool cued = k != begin;
            bool followed = after < cps.size() && (match_at(cps, after, units) || match_at(cps, after, counted) ||
                                                   cps[after].c == U'多' || cps[after].c == U'余' || cps[after].c == U'月' ||
                                                   cps[after].c == U'日');
            bool long_number = after - k >= 2 && std::any_of(cps.begin() + static_cast<std::ptrdiff_t>(k),
                                                             cps.begin() + static_cast<std::ptrdiff_t>(after),
                                                             [](const Cp& c) { return han_unit(c.c) > 0; });
            if (!cued && !followed && !long_number) n.reset();
        }
        if (!n) {
            i = begin + 1;
            continue;
        }
        k = n->end;
        double scale = 1;
        if (!n->han)
            if (const Scale* s = match_at(cps, k, scales)) scale = s->scale, k += length_of(s->text);
        bool more = k < cps.size() && (cps[k].c == U'多' || cps[k].c == U'余');  // "2000多年": more than 2000 years, no year
        if (more) {
            if (f.qualifier == Qualifier::none) f.qualifier = Qualifier::lower_bound;
            ++k;
        }
        f.value = std::min(n->value * scale, std::numeric_limits<double>::max());
        f.exact = exact_of(*n, scale);
        std::size_t end = k;
        auto integral = [&](double lo, double hi) { return f.value >= lo && f.value <= hi && f.value == std::floor(f.value); };
        if (ordinal) {
            f.kind = FigureKind::ordinal;
            f.context = word_after(k);
        } else if (const Unit* u = match_at(cps, k, units)) {
            f.unit = u->unit;
            f.kind = f.unit == "percent" || f.unit == "percentage point" ? FigureKind::percent : FigureKind::money;
            end = k + length_of(u->text);
        } else if (scale == 1 && !more && k < cps.size() && (cps[k].c == U'年' || cps[k].c == U'月')) {
            // dates: 2024年7月2日, 7月2日, 2013年; "32年" counts years
            double year = 0, month = 0, day = 0;
            std::size_t m = k;
            if (cps[m].c == U'年' && integral(1000, 2100) && !n->digits.empty()) {
                year = f.value, ++m;
                if (auto mo = digits_at(cps, m); mo && mo->end < cps.size() && cps[mo->end].c == U'月') month = mo->value, m = mo->end + 1;
            } else if (cps[m].c == U'月' && integral(1, 12)) {
                month = f.value, ++m;
            }
            if (month > 0)
                if (auto d = digits_at(cps, m); d && d->end < cps.size() && (cps[d->end].c == U'日' || cps[d->end].c == U'号'))
                    day = d->value, m = d->end + 1;
            if (year > 0 && month == 0) {
                f.kind = FigureKind::year;
                end = m;
            } else if (year > 0 && month >= 1 && month <= 12 && day == 0) {  // 2022年6月: June 2022
                f.kind = FigureKind::date;
                f.value = year * 10000 + month * 100;
                f.exact.clear();
                end = m;
            } else if (month > 0 && day > 0 && month <= 12 && day <= 31) {
                f.kind = FigureKind::date;
                f.value = year * 10000 + month * 100 + day;
                f.exact.clear();
                end = m;
            } else {
                f.context = word_after(k);
            }
        } else {
            f.context = word_after(k);
        }
        f.value_hi = f.value;
        f.span = {cps[begin].start, end < cps.size() ? cps[end].start : text.size()};
        f.text = std::string(text.substr(f.span.start, f.span.size()));
        out.push_back(std::move(f));
        i = end;
    }
    return out;
}

}  // namespace parallax::facts_detail
