#include <string_view>

#include "figure_parts.hpp"

namespace parallax::facts_detail {

namespace {

// Currency symbols written before the number.
std::string_view symbol_unit(std::string_view mark) {
    if (mark == "$") return "USD";
    if (mark == "€") return "EUR";
    if (mark == "£") return "GBP";
    if (mark == "¥" || mark == "￥") return "CNY";  // also yen; read as yuan (docs/facts.md)
    if (mark == "₸") return "KZT";
    if (mark == "₽") return "RUB";
    if (mark == "₹") return "INR";
    if (mark == "₩") return "KRW";
    return "";
}

// ISO codes and the like, recognised before or after a number when written in capitals.
std::string_view code_unit(std::string_view w) {
    static constexpr std::string_view codes[][2] = {
        {"usd", "USD"}, {"eur", "EUR"}, {"gbp", "GBP"}, {"cny", "CNY"}, {"rmb", "CNY"},
        {"kzt", "KZT"}, {"rub", "RUB"}, {"jpy", "JPY"}, {"inr", "INR"}, {"chf", "CHF"},
        {"krw", "KRW"}, {"hkd", "HKD"}, {"cad", "CAD"}, {"aud", "AUD"}, {"uzs", "UZS"},
        {"kgs", "KGS"}, {"try", "TRY"},
    };
    for (const auto& c : codes)
        if (c[0] == w) return c[1];
    return "";
}

// "US$", "HK$", "C$", "A$", "S$": a dollar with its country letters attached.
std::string_view dollar_prefix(std::string_view w) {
    if (w == "us" || w == "u.s") return "USD";
    if (w == "hk") return "HKD";
    if (w == "c" || w == "ca") return "CAD";
    if (w == "a" || w == "au") return "AUD";
    if (w == "s") return "SGD";
    if (w == "nt") return "TWD";
    return "";
}

}  // namespace

UnitMatch match_currency_prefix(const std::vector<Tok>& t, std::size_t i) {
    if (i >= t.size()) return {};
    if (t[i].kind == TokKind::punct) {
        std::string_view u = symbol_unit(t[i].low);
        if (!u.empty()) return {std::string(u), i + 1};
        return {};
    }
    if (t[i].kind != TokKind::word) return {};
    // US$ / HK$ (attached), or "U.S. $"
    if (is_punct(t, i + 1, "$") && attached(t, i + 1)) {
        std::string_view u = dollar_prefix(t[i].low);
        if (!u.empty() && t[i].cap) return {std::string(u), i + 2};
    }
    if (t[i].low == "u" && is_punct(t, i + 1, ".") && is_word(t, i + 2, "s") && is_punct(t, i + 3, ".") &&
        is_punct(t, i + 4, "$"))
        return {"USD", i + 5};
    if (t[i].all_caps && t[i].low.size() == 3) {
        std::string_view u = code_unit(t[i].low);
        if (!u.empty()) return {std::string(u), i + 1};
    }
    return {};
}

UnitMatch match_currency_suffix(const std::vector<Tok>& t, std::size_t i) {
    if (!is_word(t, i) || t[i].newline_before) return {};
    const std::string& w = t[i].low;
    // "U.S. dollars", "US dollars", "American dollars", "Hong Kong dollars"
    auto dollars_at = [&](std::size_t j) { return is_word(t, j, "dollars") || is_word(t, j, "dollar"); };
    if (w == "u" && is_punct(t, i + 1, ".") && is_word(t, i + 2, "s") && is_punct(t, i + 3, ".") && dollars_at(i + 4))
        return {"USD", i + 5};
    if (w == "u" && is_punct(t, i + 1, ".") && is_word(t, i + 2, "s") && dollars_at(i + 3)) return {"USD", i + 4};
    if ((w == "us" || w == "american") && dollars_at(i + 1)) return {"USD", i + 2};
    if (w == "hong" && is_word(t, i + 1, "kong") && dollars_at(i + 2)) return {"HKD", i + 3};
    if (w == "canadian" && dollars_at(i + 1)) return {"CAD", i + 2};
    if (w == "australian" && dollars_at(i + 1)) return {"AUD", i + 2};
    if (w == "dollars" || w == "dollar") return {"USD", i + 1};
    if (w == "pounds" && is_word(t, i + 1, "sterling")) return {"GBP", i + 2};
    static constexpr std::string_view words[][2] = {
        {"yuan", "CNY"}, {"renminbi", "CNY"}, {"tenge", "KZT"}, {"euros", "EUR"}, {"euro", "EUR"},
        {"roubles", "RUB"}, {"rubles", "RUB"}, {"rouble", "RUB"}, {"ruble", "RUB"}, {"pounds", "GBP"},
        {"pound", "GBP"}, {"sterling", "GBP"}, {"yen", "JPY"}, {"rupees", "INR"}, {"rupee", "INR"},
        {"som", "KGS"}, {"soms", "UZS"}, {"francs", "CHF"}, {"lira", "TRY"},
    };
    for (const auto& c : words)
        if (c[0] == w) return {std::string(c[1]), i + 1};
    if (t[i].all_caps && w.size() == 3) {
        std::string_view u = code_unit(w);
        if (!u.empty()) return {std::string(u), i + 1};
    }
    return {};
}

UnitMatch match_percent(const std::vector<Tok>& t, std::size_t i) {
    if (i >= t.size() || t[i].newline_before) return {};
    if (is_punct(t, i, "%") || is_punct(t, i, "％")) return {"percent", i + 1};
    if (is_word(t, i, "percent") || is_word(t, i, "pct") || is_word(t, i, "pc")) {
        if (t[i].low == "pc" && !attached(t, i)) return {};
        return {"percent", i + 1};
    }
    if (is_word(t, i, "per") && is_word(t, i + 1, "cent")) return {"percent", i + 2};
    if (is_word(t, i, "percentage") && (is_word(t, i + 1, "points") || is_word(t, i + 1, "point")))
        return {"percentage point", i + 2};
    return {};
}

}  // namespace parallax::facts_detail
