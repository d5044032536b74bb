#include <algorithm>
#include <string>
#include <string_view>

#include "currency_table.hpp"
#include "figure_parts.hpp"
#include "number_words.hpp"

namespace parallax::facts_detail {

namespace {

// A word in capitals next to a code that is also a word ("TRY", "TOP")
// means the text is shouting (a headline), not naming a currency.
bool shouting(const std::vector<Tok>& t, std::size_t j) {
    return is_word(t, j) && t[j].all_caps && t[j].low.size() > 1;
}

std::string code_at(const std::vector<Tok>& t, std::size_t i, std::size_t neighbour_before, std::size_t neighbour_after) {
    if (!is_word(t, i) || !t[i].all_caps || t[i].low.size() != 3) return "";
    std::string code = currency_code(t[i].low);
    if (!code.empty() && code_is_word(t[i].low) &&
        ((neighbour_before < t.size() && shouting(t, neighbour_before)) || shouting(t, neighbour_after)))
        return "";
    return code;
}

// "U.S. $": the first letter opens a prefix no table holds.
constexpr std::string_view us_initial = "u";

// A sign after the number must not be the next amount's prefix ("20 $30").
bool prefixes_next_number(const std::vector<Tok>& t, std::size_t after) {
    return is_number(t, after) && attached(t, after);
}

}  // namespace

UnitMatch match_currency_prefix(const std::vector<Tok>& t, std::size_t i) {
    if (i >= t.size()) return {};
    if (t[i].kind == TokKind::punct) {
        std::string_view u = currency_sign(t[i].low);
        if (!u.empty()) return {std::string(u), i + 1};
        return {};
    }
    if (t[i].kind != TokKind::word) return {};
    // US$ / HK$ / JP¥ (attached), or "U.S. $"
    if (t[i].cap && (is_punct(t, i + 1, "$") || is_punct(t, i + 1, "¥") || is_punct(t, i + 1, "￥")) &&
        attached(t, i + 1)) {
        std::string_view u = t[i + 1].low == "$" ? dollar_letters(t[i].low) : yen_letters(t[i].low);
        if (!u.empty()) return {std::string(u), i + 2};
    }
    if (t[i].low == us_initial && is_punct(t, i + 1, ".") && is_word(t, i + 2, "s") && is_punct(t, i + 3, ".") &&
        is_punct(t, i + 4, "$"))
        return {"USD", i + 5};
    if (std::string code = code_at(t, i, i - 1, t.size()); !code.empty()) return {std::move(code), i + 1};
    // "Rs. 20", "Rs20", "RM 42"
    if (t[i].cap) {
        std::string_view u = abbreviation_before(t[i].low);
        if (!u.empty()) return {std::string(u), is_punct(t, i + 1, ".") && attached(t, i + 1) ? i + 2 : i + 1};
    }
    return {};
}

std::vector<std::string_view> currency_prefix_openers() {
    std::vector<std::string_view> out = currency_prefix_keys();
    out.push_back(us_initial);
    return out;
}

UnitMatch match_currency_suffix(const std::vector<Tok>& t, std::size_t i) {
    if (i >= t.size() || t[i].newline_before) return {};
    if (t[i].kind == TokKind::punct) {  // "20€", "20 €", "10$"
        std::string_view u = currency_sign(t[i].low);
        if (!u.empty() && !prefixes_next_number(t, i + 1)) return {std::string(u), i + 1};
        return {};
    }
    if (t[i].kind != TokKind::word) return {};
    const std::string& w = t[i].low;
    // "3.14US$"
    if (is_punct(t, i + 1, "$") && attached(t, i + 1) && !prefixes_next_number(t, i + 2)) {
        std::string_view u = dollar_letters(w);
        if (!u.empty() && t[i].cap) return {std::string(u), i + 2};
    }
    // "U.S. dollars", "U.S dollars"
    auto dollars_at = [&](std::size_t j) { return is_word(t, j, "dollars") || is_word(t, j, "dollar"); };
    if (w == "u" && is_punct(t, i + 1, ".") && is_word(t, i + 2, "s") && is_punct(t, i + 3, ".") && dollars_at(i + 4))
        return {"USD", i + 5};
    if (w == "u" && is_punct(t, i + 1, ".") && is_word(t, i + 2, "s") && dollars_at(i + 3)) return {"USD", i + 4};
    // names: "Swiss francs", "Hong Kong dollars", "yuan", "pounds sterling"
    std::array<std::string_view, 4> words{};
    for (std::size_t k = 0; k < words.size() && is_word(t, i + k) && (k == 0 || !t[i + k].newline_before); ++k)
        words[k] = t[i + k].low;
    if (NamedCurrency n = currency_name(words); n.words) return {std::string(n.unit), i + n.words};
    // "won" alone is a verb; after a scale it is the currency ("5 billion won")
    if (w == "won" && i > 0 && t[i - 1].kind == TokKind::word && scale_word(t[i - 1].low, false)) return {"KRW", i + 1};
    if (std::string code = code_at(t, i, t.size(), i + 1); !code.empty()) return {std::move(code), i + 1};
    if (std::string_view u = abbreviation_after(w); !u.empty()) {
        if ((w == "rs" || w == "rm") && !t[i].cap) return {};
        return {std::string(u), is_punct(t, i + 1, ".") && attached(t, i + 1) && w == "rs" ? i + 2 : i + 1};
    }
    return {};
}

MinorMatch match_minor_units(const std::vector<Tok>& t, std::size_t i, std::string_view unit) {
    std::size_t k = i;
    if (is_word(t, k, "and") && !t[k].newline_before) ++k;
    if (k >= t.size() || t[k].newline_before) return {};
    MinorMatch m;
    if (is_number(t, k)) {
        const Tok& d = t[k];
        if (d.decimal || d.grouped || d.int_digits > 2) return {};
        m.amount = d.value;
        m.digits = d.low;
        ++k;
    } else {
        auto w = parse_number_words(t, k);
        if (!w || w->ordinal || w->value >= 100 || w->value != static_cast<int>(w->value)) return {};
        m.amount = w->value;
        k = w->end;
    }
    if (k >= t.size() || t[k].newline_before) return {};
    // "43c", "20p", "43¢": the letter only glued to digits
    bool glued_letter = !m.digits.empty() && attached(t, k) && is_word(t, k) &&
                        ((t[k].low == "c" && minor_unit_of("cents", unit)) || (t[k].low == "p" && minor_unit_of("pence", unit)));
    bool cent_sign = is_punct(t, k, "¢") && minor_unit_of("cents", unit);
    if (glued_letter || cent_sign || (is_word(t, k) && minor_unit_of(t[k].low, unit))) {
        m.end = k + 1;
        return m;
    }
    return {};
}

void settle_shared_units(std::vector<Figure>& figures) {
    // one pass for the codes the text names, one to settle: linear in the figures
    std::vector<std::string> named;
    for (const Figure& g : figures)
        if (g.unit.size() == 3 && std::find(named.begin(), named.end(), g.unit) == named.end()) named.push_back(g.unit);
    for (Figure& f : figures) {
        if (f.unit.find('|') == std::string::npos) continue;
        const std::string* only = nullptr;
        bool several = false;
        for (const std::string& code : named) {
            if (!units_agree(f.unit, code)) continue;
            several = several || only;
            only = &code;
        }
        if (only && !several) f.unit = *only;
    }
}

UnitMatch match_percent(const std::vector<Tok>& t, std::size_t i) {
    if (i >= t.size() || t[i].newline_before) return {};
    if (is_punct(t, i, "%") || is_punct(t, i, "％")) return {"percent", i + 1};
    if (is_word(t, i, "percent") || is_word(t, i, "pct") || is_word(t, i, "pc")) {
        if (t[i].low == "pc" && !attached(t, i)) return {};
        return {"percent", i + 1};
    }
    if (is_word(t, i, "per") && is_word(t, i + 1, "cent")) return {"percent", i + 2};
    if (is_word(t, i, "процент") || is_word(t, i, "процента") || is_word(t, i, "процентов")) return {"percent", i + 1};
    if (is_word(t, i, "percentage")) {
        if (is_word(t, i + 1, "points") || is_word(t, i + 1, "point")) return {"percentage point", i + 2};
        return {"percent", i + 1};  // "thirty percentage" (Recognizers-Text PercentModel)
    }
    return {};
}

}  // namespace parallax::facts_detail
